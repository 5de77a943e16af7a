"""Products offered for adding: the kinds being compared first."""

from catalog.comparison.candidates import candidate_groups
from catalog.queries import list_products


def test_the_kind_being_compared_comes_first_and_chosen_products_are_marked(session):
    groups = candidate_groups(session, ["teeter-dex"], ["chair"])
    assert groups[0].label == "Inversion chairs"
    chosen = [c.slug for g in groups for c in g.candidates if c.chosen]
    assert chosen == ["teeter-dex"]


def test_every_product_is_offered_once(session):
    groups = candidate_groups(session, [], [])
    slugs = [c.slug for g in groups for c in g.candidates]
    assert sorted(slugs) == sorted(p.slug for p in list_products(session))
    assert groups[0].label == "Inversion tables"
    assert groups[-1].label == "Headstand benches"


def test_a_big_kind_lists_its_first_products_by_name_and_every_chosen_one(session):
    tables = [p for p in list_products(session) if p.category == "table"]
    last_table = tables[-1].slug
    groups = candidate_groups(session, [last_table], ["table"], per_kind=2)
    listed = [c.slug for c in groups[0].candidates]
    assert listed == [tables[0].slug, tables[1].slug, last_table]
    assert groups[0].total == len(tables)
    assert groups[0].not_listed == len(tables) - 3


def test_the_picker_counts_the_products_it_does_not_list_and_links_the_catalog(
    client, writable_db, make_product
):
    from bs4 import BeautifulSoup

    from catalog.comparison.candidates import PER_KIND
    from catalog.database import make_sessions

    with make_sessions(writable_db)() as session:
        session.add_all(
            make_product(category="chair", support_level="seated") for _ in range(PER_KIND)
        )
        session.commit()
        chairs = len([p for p in list_products(session) if p.category == "chair"])
    soup = BeautifulSoup(client.get("/compare?products=teeter-dex").data, "html.parser")
    chair_group = next(
        group
        for group in soup.select("fieldset.picker-group")
        if group.legend.get_text(strip=True) == "Inversion chairs"
    )
    # The synthetic chairs sort before Teeter: the first PER_KIND by name are offered, and
    # the Teeter DEX, being compared already, is neither offered nor counted as not listed.
    assert len(chair_group.select("input[type=checkbox]")) == PER_KIND
    hint = chair_group.select_one(".hint")
    assert hint.get_text(" ", strip=True).startswith(f"{chairs - PER_KIND - 1} more of this kind")
    assert hint.a["href"] == "/products?category=chair"


def test_a_full_comparison_offers_no_picker(client):
    four = "teeter-ep-560-ltd,ironman-gravity-4000,innova-itx9400,teeter-hang-ups-f5000"
    page = client.get(f"/compare?products={four}").get_data(as_text=True)
    assert "the most that fit side by side" in page
    assert 'class="picker"' not in page
