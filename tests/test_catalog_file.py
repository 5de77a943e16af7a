"""The shipped catalog holds every reference product, with the reference's figures exactly,
and no blank in the reference has become a value."""

import csv
import re
from decimal import Decimal
from pathlib import Path

import pytest

from catalog.catalog_file import check_catalog, read_catalog, source_keys

REFERENCE = Path(__file__).parent / "fixtures" / "reference_products.csv"
ROWS = list(csv.DictReader(REFERENCE.read_text(encoding="utf-8").splitlines()))
CATALOG = read_catalog()
PRODUCTS = {product["slug"]: product for product in CATALOG["products"]}

NUMBERS = {
    "max_user_weight_lb": "max_user_weight_lb",
    "user_height_min_in": "user_height_min_in",
    "user_height_max_in": "user_height_max_in",
    "max_inversion_deg": "max_angle_deg",
    "unit_weight_lb": "unit_weight_lb",
    "ceiling_clearance_in": "min_ceiling_in",
}
DIMENSIONS = {
    "dims_in_use_l_w_h_in": ("in_use_length_in", "in_use_width_in", "in_use_height_in"),
    "dims_max_footprint_l_w_h_in": ("sweep_length_in", "sweep_width_in", "sweep_height_in"),
    "dims_folded_in": ("folded_length_in", "folded_width_in", "folded_height_in"),
}
# A reference column that is blank must leave these facts out altogether.
TEXTS = {
    "ankle_securing": ("ankle_system",),
    "angle_limit_mechanism": ("angle_control", "angle_presets"),
    "safety_certification": ("certification",),
    "warranty": ("warranty",),
}


def fact(slug, name):
    found = PRODUCTS[slug].get("facts", {}).get(name)
    return None if found is None else found["value"]


def rows(ids=lambda row: row["id"]):
    return pytest.mark.parametrize("row", ROWS, ids=[ids(row) for row in ROWS])


def test_the_catalog_file_keeps_its_own_rules():
    assert check_catalog(CATALOG) == []


def test_every_reference_product_is_in_the_catalog_and_nothing_else():
    assert set(PRODUCTS) == {row["id"] for row in ROWS}


@rows()
def test_brand_and_model_match_the_reference(row):
    assert (PRODUCTS[row["id"]]["brand"], PRODUCTS[row["id"]]["model"]) == (
        row["brand"],
        row["model"],
    )


@rows()
def test_numbers_equal_the_reference_and_blanks_stay_blank(row):
    for column, name in NUMBERS.items():
        expected = Decimal(row[column]) if row[column] else None
        assert fact(row["id"], name) == expected, f"{column} -> {name}"


@rows()
def test_dimensions_equal_the_reference_and_blanks_stay_blank(row):
    for column, names in DIMENSIONS.items():
        match = re.match(r"\s*([\d.]+)x([\d.]+)x([\d.]+)", row[column])
        expected = [Decimal(n) for n in match.groups()] if match else [None] * 3
        assert [fact(row["id"], name) for name in names] == expected, column


@rows()
def test_price_equals_the_reference_in_cents_and_blank_stays_blank(row):
    expected = int(Decimal(row["price_usd"]) * 100) if row["price_usd"] else None
    assert fact(row["id"], "price_cents") == expected
    if expected is not None:
        assert PRODUCTS[row["id"]]["facts"]["price_cents"]["currency"] == "USD"


@rows()
def test_descriptive_fields_exist_only_where_the_reference_has_words(row):
    for column, names in TEXTS.items():
        present = any(fact(row["id"], name) is not None for name in names)
        assert present == bool(row[column].strip()), column


@rows()
def test_foldable_only_where_the_reference_says_so(row):
    expected = True if row["foldable"].startswith("yes") else None
    assert fact(row["id"], "foldable") == expected


@rows()
def test_every_cited_page_is_one_the_reference_cites_for_that_product(row):
    cited = set(row["source_urls"].split(";"))
    product = PRODUCTS[row["id"]]
    entries = [*product.get("facts", {}).values(), *product.get("features", [])]
    keys = set(product["sources"]) | {key for entry in entries for key in source_keys(entry)}
    urls = {CATALOG["sources"][key].get("url") for key in keys}
    assert urls - {None} <= cited
