"""Building the comparison rows: differences, best in row, unknowns and computed rows."""

import pytest

from catalog.comparison.table import build_comparison
from catalog.fields import FIELDS
from catalog.units import IMPERIAL, METRIC


def row(comparison, key):
    return next(r for r in comparison.rows if r.key == key)


def texts(comparison, key):
    return [cell.text for cell in row(comparison, key).cells]


def test_every_field_has_a_row_in_its_group_even_when_nothing_is_published(make_product):
    comparison = build_comparison([make_product(), make_product()], IMPERIAL)
    keys = {r.key for r in comparison.rows}
    assert {field.name for field in FIELDS} <= keys
    assert texts(comparison, "warranty") == [None, None]
    assert [g.key for g in comparison.groups][:2] == ["price", "fit"]
    assert comparison.groups[-1].label == "Data freshness"


@pytest.mark.parametrize(
    ("left", "right", "differs"),
    [
        (300, 300, False),  # the same value
        (300, 250, True),  # different values
        (300, None, True),  # known beside unknown is worth seeing
        (None, None, False),  # unknown everywhere reads the same
    ],
)
def test_a_row_differs_when_a_shopper_would_read_different_values(
    make_product, left, right, differs
):
    products = [make_product(max_user_weight_lb=left), make_product(max_user_weight_lb=right)]
    assert row(build_comparison(products, IMPERIAL), "max_user_weight_lb").differs is differs


def test_differences_only_hides_identical_and_all_unknown_rows_and_keeps_the_rest(make_product):
    products = [
        make_product(max_user_weight_lb=300, warranty="Two years"),
        make_product(max_user_weight_lb=250, warranty="Two years"),
    ]
    comparison = build_comparison(products, IMPERIAL, only_differences=True)
    keys = {r.key for r in comparison.rows}
    assert "max_user_weight_lb" in keys
    assert "warranty" not in keys  # the same on both
    assert "ceiling" not in keys and "min_ceiling_in" not in keys  # unknown on both
    assert all(r.differs for r in comparison.rows)
    assert all(group.rows for group in comparison.groups)  # emptied groups are dropped


@pytest.mark.parametrize(
    ("capacities", "best"),
    [
        ((300, 250, 350), (2,)),
        ((300, 300, 250), (0, 1)),  # ties for best are all marked
        ((300, 300, 300), ()),  # nothing to beat
        ((300, None, None), ()),  # a lone known value is not "best"
        ((300, None, 250), (0,)),  # unknowns are left out, not counted as worse
        ((None, None, None), ()),
    ],
)
def test_the_highest_capacity_is_best_only_among_known_values(make_product, capacities, best):
    products = [make_product(max_user_weight_lb=c) for c in capacities]
    found = row(build_comparison(products, IMPERIAL), "max_user_weight_lb")
    assert found.best == best
    assert found.best_word == "Highest"


def test_the_lowest_price_is_best_and_its_date_is_shown_beside_it(make_product):
    products = [
        make_product(price_cents=29_999, price_currency="USD", price_seen="2014~"),
        make_product(price_cents=3_000, price_currency="USD", price_seen="2011-04"),
    ]
    comparison = build_comparison(products, IMPERIAL)
    assert texts(comparison, "price_cents") == [
        "$299.99 (seen around 2014)",
        "$30.00 (seen Apr 2011)",
    ]
    assert row(comparison, "price_cents").best == (1,)
    assert row(comparison, "price_cents").best_word == "Lowest"


def test_prices_in_different_currencies_have_no_best(make_product):
    products = [
        make_product(price_cents=10_000, price_currency="USD"),
        make_product(price_cents=9_000, price_currency="EUR"),
    ]
    assert row(build_comparison(products, IMPERIAL), "price_cents").best == ()


def test_the_smallest_folded_floor_area_is_best_not_the_shortest_side(make_product):
    products = [
        make_product(folded_length_in=20, folded_width_in=40),  # 800 sq in
        make_product(folded_length_in=30, folded_width_in=25),  # 750 sq in
    ]
    comparison = build_comparison(products, IMPERIAL)
    assert row(comparison, "floor_area_folded").best == (1,)
    assert row(comparison, "folded_length_in").best == ()  # a single side is no verdict


@pytest.mark.parametrize("key", ["max_angle_deg", "support_level", "features", "unit_weight_lb"])
def test_matters_of_taste_never_get_a_best(make_product, key):
    products = [
        make_product(max_angle_deg=90, unit_weight_lb=70, support_level="table_bed"),
        make_product(max_angle_deg=60, unit_weight_lb=50, support_level="seated"),
    ]
    products[0].features = [{"text": "Folds flat", "source_ids": []}]
    assert row(build_comparison(products, IMPERIAL), key).best == ()


@pytest.mark.parametrize(
    ("price_cents", "capacity_lb", "system", "shown"),
    [
        (29_999, 300, IMPERIAL, "$1.00 per lb"),
        (3_000, 300, IMPERIAL, "$0.10 per lb"),
        (3_000, 300, METRIC, "$0.22 per kg"),
        (None, 300, IMPERIAL, None),
        (3_000, None, IMPERIAL, None),
    ],
)
def test_price_per_unit_of_capacity_is_worked_out_only_from_two_published_figures(
    make_product, price_cents, capacity_lb, system, shown
):
    product = make_product(
        price_cents=price_cents, price_currency="USD", max_user_weight_lb=capacity_lb
    )
    comparison = build_comparison([product, make_product()], system)
    assert texts(comparison, "price_per_capacity")[0] == shown


def test_the_price_per_capacity_row_says_which_unit_it_divides_by(make_product):
    products = [make_product(), make_product()]
    assert row(build_comparison(products, IMPERIAL), "price_per_capacity").label == (
        "Price per pound of rated capacity"
    )
    assert "per kg" in row(build_comparison(products, METRIC), "price_per_capacity").label


@pytest.mark.parametrize(
    ("system", "length", "area"),
    [
        (IMPERIAL, "20 in", "4 sq ft (20 × 29 in)"),
        (METRIC, "50.8 cm", "0.37 m² (50.8 × 73.7 cm)"),
    ],
)
def test_lengths_and_areas_are_shown_in_the_shoppers_units(make_product, system, length, area):
    product = make_product(folded_length_in=20, folded_width_in=29)
    comparison = build_comparison([product, make_product()], system)
    assert texts(comparison, "folded_length_in")[0] == length
    assert texts(comparison, "floor_area_folded")[0] == area


def test_the_floor_area_in_use_says_whether_it_is_the_sweep_or_at_rest(make_product):
    products = [
        make_product(sweep_length_in=87, sweep_width_in=29, in_use_length_in=60),
        make_product(in_use_length_in=60, in_use_width_in=24),
    ]
    shown = texts(build_comparison(products, IMPERIAL), "floor_area_in_use")
    assert shown == [
        "17.5 sq ft (87 × 29 in), largest while rotating",
        "10 sq ft (60 × 24 in), at rest",
    ]


def test_no_and_not_published_are_different_values(make_product):
    products = [make_product(foldable=False), make_product(foldable=None)]
    found = row(build_comparison(products, IMPERIAL), "foldable")
    assert [cell.shown for cell in found.cells] == ["No", "not published"]
    assert found.differs


def test_a_single_product_is_shown_with_nothing_marked(make_product):
    comparison = build_comparison([make_product(max_user_weight_lb=300)], IMPERIAL)
    assert not any(r.differs or r.best for r in comparison.rows)


def test_differences_only_leaves_a_lone_product_whole(make_product):
    comparison = build_comparison([make_product()], IMPERIAL, only_differences=True)
    assert not comparison.only_differences
    assert len(comparison.rows) == len(build_comparison([make_product()], IMPERIAL).rows)


def test_columns_keep_the_order_asked(make_product):
    products = [make_product(model="B"), make_product(model="A")]
    columns = build_comparison(products, IMPERIAL).columns
    assert [c.name for c in columns] == ["Synthetic (test) B", "Synthetic (test) A"]
