"""Browsing the catalog: every filter and sort, and products with unknown values kept and
marked, sorting last."""

from decimal import Decimal

import pytest

from catalog.database import make_sessions
from catalog.queries import CatalogQuery, browse, get_products, unknown_filters

D = Decimal


@pytest.fixture
def db(empty_db, make_product):
    """Five synthetic products (test data, never shipped)."""
    with make_sessions(empty_db)() as session:
        session.add_all(
            [
                make_product(
                    slug="cheap-small",
                    model="A",
                    price_cents=9900,
                    price_currency="USD",
                    in_use_length_in=50,
                    in_use_width_in=25,
                    foldable=True,
                    user_height_min_in=58,
                    user_height_max_in=78,
                    max_user_weight_lb=250,
                ),
                make_product(
                    slug="dear-big",
                    model="B",
                    price_cents=39900,
                    price_currency="USD",
                    in_use_length_in=60,
                    sweep_length_in=87,
                    sweep_width_in=29,
                    in_use_width_in=29,
                    foldable=False,
                    user_height_min_in=56,
                    user_height_max_in=78,
                    max_user_weight_lb=300,
                ),
                make_product(slug="unknown-table", model="C"),
                make_product(
                    slug="a-chair",
                    model="D",
                    category="chair",
                    support_level="seated",
                    price_cents=19900,
                    price_currency="USD",
                    max_user_weight_lb=275,
                ),
                make_product(
                    slug="some-boots",
                    model="E",
                    category="boots",
                    support_level="ankles_only",
                    price_cents=5000,
                    price_currency="USD",
                ),
            ]
        )
        session.commit()
        yield session


def slugs(db, **query):
    return [p.slug for p in browse(db, CatalogQuery(**query)).products]


def test_without_filters_everything_is_listed_by_name(db):
    assert slugs(db) == ["cheap-small", "dear-big", "unknown-table", "a-chair", "some-boots"]


def test_categories_can_be_combined(db):
    assert slugs(db, categories=("chair", "boots")) == ["a-chair", "some-boots"]


@pytest.mark.parametrize(
    ("cents", "expected"),
    [
        (19900, ["cheap-small", "unknown-table", "a-chair", "some-boots"]),
        (19899, ["cheap-small", "unknown-table", "some-boots"]),
    ],
)
def test_max_price_keeps_products_whose_price_is_unknown(db, cents, expected):
    assert slugs(db, max_price_cents=cents) == expected


def test_floor_length_uses_the_space_swept_while_rotating_when_known(db):
    assert "dear-big" not in slugs(db, max_floor_length_in=D(86))
    assert "dear-big" in slugs(db, max_floor_length_in=D(87))
    assert "cheap-small" not in slugs(db, max_floor_length_in=D("49.9"))


def test_must_fold_drops_only_products_known_not_to_fold(db):
    assert slugs(db, must_fold=True) == ["cheap-small", "unknown-table", "a-chair", "some-boots"]


@pytest.mark.parametrize(
    ("height", "dropped"),
    [
        ("58", set()),
        ("57.9", {"cheap-small"}),
        ("56", {"cheap-small"}),
        ("78", set()),
        ("78.1", {"cheap-small", "dear-big"}),
    ],
)
def test_fits_my_height_checks_both_ends_of_the_rated_range(db, height, dropped):
    listed = set(slugs(db, user_height_in=D(height)))
    everything = {"cheap-small", "dear-big", "unknown-table", "a-chair", "some-boots"}
    assert everything - listed == dropped


def test_fits_my_weight_keeps_unknowns_and_drops_known_limits_below_me(db):
    assert slugs(db, user_weight_lb=D(276)) == ["dear-big", "unknown-table", "some-boots"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("price", ["some-boots", "cheap-small", "a-chair", "dear-big", "unknown-table"]),
        ("-price", ["dear-big", "a-chair", "cheap-small", "some-boots", "unknown-table"]),
        ("capacity", ["dear-big", "a-chair", "cheap-small", "unknown-table", "some-boots"]),
        ("footprint", ["cheap-small", "dear-big", "unknown-table", "a-chair", "some-boots"]),
    ],
)
def test_each_sort_puts_unknown_values_last(db, sort, expected):
    assert slugs(db, sort=sort) == expected


def test_category_counts_follow_the_other_filters_but_not_the_category_filter(db):
    page = browse(db, CatalogQuery(categories=("chair",), max_price_cents=10_000))
    assert page.category_counts == {"table": 2, "boots": 1}
    assert [p.slug for p in page.products] == []


def test_products_kept_for_an_unknown_value_are_marked_with_what_is_unknown(db):
    query = CatalogQuery(max_price_cents=20_000, user_weight_lb=D(200), must_fold=True)
    page = browse(db, query)
    marks = {p.slug: unknown_filters(p, query) for p in page.products}
    assert marks["unknown-table"] == ["price", "whether it folds", "maximum user weight"]
    assert marks["cheap-small"] == []
    assert marks["some-boots"] == ["whether it folds", "maximum user weight"]


def test_pages_split_a_long_catalog_and_a_page_past_the_end_shows_the_last(db):
    first = browse(db, CatalogQuery(page=1), per_page=2)
    last = browse(db, CatalogQuery(page=99), per_page=2)
    assert (first.total, first.pages, len(first.products)) == (5, 3, 2)
    assert (last.page, [p.slug for p in last.products]) == (3, ["some-boots"])


def test_products_are_fetched_in_the_order_asked_and_unknown_slugs_skipped(db):
    assert [p.slug for p in get_products(db, ["a-chair", "nope", "cheap-small"])] == [
        "a-chair",
        "cheap-small",
    ]
