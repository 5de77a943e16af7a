"""The catalog pages: browsing with filters in the URL, and one product's page."""

import pytest
from bs4 import BeautifulSoup

from catalog.fields import FIELDS, format_value
from catalog.queries import get_product


def soup(response):
    return BeautifulSoup(response.data, "lxml")


def listed(response):
    return [a.get_text(strip=True) for a in soup(response).select(".product-card h3 a")]


def test_the_catalog_lists_every_shipped_product(client):
    response = client.get("/products")
    assert response.status_code == 200
    assert len(listed(response)) == 30
    assert "30 products" in response.get_data(as_text=True)


def test_repeated_category_parameters_combine(client):
    names = listed(client.get("/products?category=boots&category=trapeze"))
    assert sorted(names) == [
        "Gravity Guidance Gravity Guidance System (boots + doorway bar)",
        "Teeter Hang Ups Gravity Boots",
        "YOGABODY The Yoga Trapeze",
    ]


def test_a_price_cap_drops_dearer_products_and_marks_those_without_a_price(client):
    response = client.get("/products?max_price=100")
    names = listed(response)
    assert "Teeter Hang Ups NXT-S" not in names
    assert "Iron Gym Total Upper Body Workout Bar" in names
    card = soup(response).find("a", string="Teeter EP-560 Ltd").find_parent("li")
    assert "price not published" in card.get_text(" ", strip=True)


@pytest.mark.parametrize(("max_length", "kept"), [("221", True), ("220", False)])
def test_floor_length_in_centimetres_uses_exact_conversion(client, max_length, kept):
    names = listed(client.get(f"/products?units=metric&max_length={max_length}&category=table"))
    assert ("Teeter EP-560 Ltd" in names) is kept  # it sweeps 87 in = 220.98 cm


def test_height_and_weight_filters_drop_products_rated_below_the_shopper(client):
    names = listed(client.get("/products?height=79&weight=250"))
    assert "Teeter EP-560 Ltd" not in names  # rated to 78 in
    assert "Innova 12-in-1 Inversion Table with Power Tower" not in names  # 250 lb is fine...
    names = listed(client.get("/products?weight=251"))
    assert "Innova 12-in-1 Inversion Table with Power Tower" not in names  # ...251 is not
    assert "IRONMAN Gravity 4000" in names  # capacity not published: kept


def test_sorting_by_price_lists_known_prices_first(client):
    names = listed(client.get("/products?sort=price"))
    assert names[:3] == [
        "Iron Gym Total Upper Body Workout Bar",
        "Iron Gym Extreme Edition",
        "Teeter Hang Ups NXT-S",
    ]


@pytest.mark.parametrize(
    "query",
    [
        "max_price=abc",
        "category=spaceship",
        "sort=evil",
        "page=0",
        "height=-5",
        "weight=99999",
        "units=cubits",
    ],
)
def test_a_bad_filter_re_renders_the_form_with_the_error_and_status_400(client, query):
    response = client.get(f"/products?{query}")
    assert response.status_code == 400
    page = soup(response)
    assert page.select(".error")
    assert page.find("form", class_="filters") is not None


def test_the_filter_state_survives_in_the_form(client):
    page = soup(client.get("/products?category=chair&max_price=250&sort=-price"))
    assert page.find("input", {"name": "category", "value": "chair"}).has_attr("checked")
    assert page.find("input", {"name": "max_price"})["value"] == "250"
    assert page.find("select", {"name": "sort"}).find("option", selected=True)["value"] == "-price"


def test_a_product_page_shows_each_figure_with_its_source_and_date(client):
    page = soup(client.get("/products/teeter-ep-560-ltd"))
    row = page.find("th", string="Maximum user weight").find_parent("tr")
    text = row.get_text(" ", strip=True)
    assert "300 lb" in text
    assert row.find("a", href="https://teetertv.com/faq/") is not None
    assert "dated Dec 2016 – Aug 2017" in text
    assert "recorded 22 Nov 2026" in text


def test_every_figure_on_every_product_page_matches_the_catalog_or_says_not_published(
    client, session
):
    for product in _all_products(session):
        page = soup(client.get(f"/products/{product.slug}"))
        for field in FIELDS:
            header = page.find("th", string=field.label)
            cell = header.find_parent("tr").find("td").get_text(" ", strip=True)
            expected = format_value(product, field, "imperial")
            if expected is None:
                assert cell.startswith("not published"), (product.slug, field.name)
            elif field.kind != "list":
                assert cell.startswith(expected), (product.slug, field.name)


def _all_products(session):
    from catalog.queries import list_products

    return list_products(session)


def test_metric_units_are_chosen_by_link_and_remembered(client):
    response = client.get("/products/teeter-ep-560-ltd?units=metric")
    assert "136.1 kg" in response.get_data(as_text=True)
    assert "units=metric" in response.headers["Set-Cookie"]
    again = client.get("/products/teeter-ep-560-ltd")
    assert "136.1 kg" in again.get_data(as_text=True)
    assert "Cookie" in again.headers["Vary"]


def test_the_footprint_is_drawn_to_scale_with_a_person_beside_it(client):
    page = soup(client.get("/products/teeter-ep-560-ltd"))
    sweep = page.find("rect", attrs={"data-kind": "sweep"})
    folded = page.find("rect", attrs={"data-kind": "folded"})
    assert float(sweep["width"]) / float(folded["width"]) == pytest.approx(87 / 20, rel=1e-3)
    assert page.find("ellipse", attrs={"data-kind": "person"}) is not None


def test_a_product_with_no_published_footprint_says_so_instead_of_drawing(client):
    response = client.get("/products/teeter-dex")
    assert "No floor measurements have been published" in response.get_data(as_text=True)


def test_a_product_page_says_who_it_suits_and_links_to_compare_and_related(client):
    page = soup(client.get("/products/teeter-hang-ups-gravity-boots"))
    text = page.get_text(" ", strip=True)
    assert "Beginners" in text
    assert page.find("a", string="Add to comparison")["href"] == (
        "/compare?products=teeter-hang-ups-gravity-boots"
    )
    assert page.find("a", string="Gravity Guidance Gravity Guidance System (boots + doorway bar)")


def test_an_unknown_product_is_a_404_page(client):
    response = client.get("/products/no-such-thing")
    assert response.status_code == 404
    assert "couldn't find that page" in response.get_data(as_text=True)


def test_the_product_query_finds_shipped_products(session):
    assert get_product(session, "teeter-ep-560-ltd").brand == "Teeter"
