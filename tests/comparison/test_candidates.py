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
