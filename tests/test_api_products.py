"""GET /api/products and /api/products/<slug>: every field, null when not published, and
the source of every non-null field."""

from decimal import Decimal

import pytest

from catalog.catalog_file import FACT_NAMES

PRODUCTS = "/api/products"


def test_the_list_holds_every_product_with_every_field(client):
    body = client.get(PRODUCTS).get_json()
    assert body["total"] == 30 and len(body["products"]) == 30
    keys = set(body["products"][0])
    assert all(set(product) == keys for product in body["products"])
    assert {"slug", "name", "price_cents", "max_user_weight_lb", "sources", "url"} <= keys


def test_unpublished_figures_are_null_and_have_no_sources(client):
    dex = client.get(f"{PRODUCTS}/teeter-dex").get_json()
    assert dex["max_user_weight_lb"] is None and dex["price_cents"] is None
    assert "max_user_weight_lb" not in dex["sources"]


def test_every_non_null_field_names_its_source_url_and_dates(client):
    for product in client.get(PRODUCTS).get_json()["products"]:
        for name, value in product.items():
            if name in ("slug", "name", "url", "sources", "status_note", "data_notes"):
                continue
            if value not in (None, []):
                refs = product["sources"][name]
                assert refs, (product["slug"], name)
                assert all(ref["recorded_on"] and (ref["url"] or ref["title"]) for ref in refs)


def test_api_figures_equal_the_catalog_file(client, shipped_catalog):
    for spec in shipped_catalog["products"]:
        record = client.get(f"{PRODUCTS}/{spec['slug']}").get_json()
        for name in FACT_NAMES:
            expected = spec.get("facts", {}).get(name, {}).get("value")
            actual = record[name]
            if isinstance(expected, Decimal):
                actual = Decimal(str(actual))
            assert actual == expected, (spec["slug"], name)


def test_the_list_takes_the_catalog_filters(client):
    body = client.get(f"{PRODUCTS}?category=boots").get_json()
    assert sorted(p["slug"] for p in body["products"]) == [
        "gravity-guidance-system-boots",
        "teeter-hang-ups-gravity-boots",
    ]


@pytest.mark.parametrize("query", ["max_price=lots", "category=rocket", "sort=;drop"])
def test_bad_filters_are_a_400_naming_the_field(client, query):
    response = client.get(f"{PRODUCTS}?{query}")
    field = query.split("=")[0]
    assert response.status_code == 400
    assert field in response.get_json()["error"]["fields"]


def test_an_unknown_product_is_a_json_404(client):
    response = client.get(f"{PRODUCTS}/nothing-here")
    assert response.status_code == 404
    assert response.get_json()["error"]["status"] == 404
