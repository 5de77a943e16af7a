"""Hard requirements at their edges: just inside, just outside, and not published."""

import pytest

from tests.recommender.conftest import excluded, run, slugs


def outcome(result, slug: str) -> str:
    if slug in slugs(result.eligible):
        match = next(m for m in result.eligible if m.facts.slug == slug)
        return "unknown" if match.unknowns else "fits"
    return "out"


@pytest.mark.parametrize(
    ("figures", "body", "expected"),
    [
        # height against a rated range of 56-78 in
        ({}, {"height_in": 78}, "fits"),
        ({}, {"height_in": "78.01"}, "out"),
        ({}, {"height_in": 56}, "fits"),
        ({}, {"height_in": "55.99"}, "out"),
        ({"user_height_min_in": None}, {"height_in": 70}, "unknown"),
        ({"user_height_min_in": None}, {"height_in": 79}, "out"),  # over the known top
        ({"user_height_min_in": None, "user_height_max_in": None}, {"height_in": 70}, "unknown"),
        # weight against a maximum user weight of 300 lb
        ({}, {"weight_lb": 300}, "fits"),
        ({}, {"weight_lb": "300.5"}, "out"),
        ({"max_user_weight_lb": None}, {"weight_lb": 300}, "unknown"),
    ],
)
def test_height_and_weight_against_the_rated_range(make_product, figures, body, expected):
    product = make_product(slug="p", **{**_everything_known(), **figures})
    assert outcome(run([product], **body), "p") == expected


@pytest.mark.parametrize(
    ("sizes", "room", "expected"),
    [
        # the largest space it sweeps while rotating
        ({"sweep_length_in": 87}, {"room_length_in": 87}, "fits"),
        ({"sweep_length_in": 87}, {"room_length_in": 86}, "unknown"),  # may need less at 5'10"
        ({"sweep_length_in": 87}, {"room_length_in": 86, "height_in": 78}, "out"),  # at the tallest
        ({"in_use_length_in": 60, "sweep_length_in": 87}, {"room_length_in": 59}, "out"),
        ({"in_use_length_in": 60, "sweep_length_in": None}, {"room_length_in": 60}, "unknown"),
        ({"sweep_length_in": None}, {"room_length_in": 60}, "unknown"),  # no size published
        ({"sweep_width_in": 29}, {"room_width_in": 29}, "fits"),
        ({"in_use_width_in": 29}, {"room_width_in": 28}, "out"),
        ({"sweep_height_in": 85}, {"ceiling_in": 85}, "fits"),
        ({"in_use_height_in": 59}, {"ceiling_in": 58}, "out"),
    ],
)
def test_room_length_width_and_ceiling_against_the_space_it_needs(
    make_product, sizes, room, expected
):
    product = make_product(slug="p", **{**_everything_known(), **sizes})
    assert outcome(run([product], **room), "p") == expected


def test_a_room_shortfall_is_given_with_its_margin_in_the_shoppers_units(make_product):
    product = make_product(slug="p", in_use_length_in=60, sweep_length_in=87)
    result = run([product], room_length_in=50, units="metric")
    assert excluded(result)["p"] == (
        "Needs 152.4 cm of floor length even at rest; you have 127 cm (25.4 cm short).",
    )


@pytest.mark.parametrize(
    ("foldable", "expected"), [(True, "fits"), (False, "out"), (None, "unknown")]
)
def test_must_fold_rules_out_only_what_is_known_not_to_fold(make_product, foldable, expected):
    product = make_product(slug="p", foldable=foldable, **_everything_known())
    assert outcome(run([product], must_fold=True), "p") == expected


@pytest.mark.parametrize(
    ("price_cents", "budget_cents", "expected"),
    [(29999, 29999, "fits"), (29999, 29998, "out"), (None, 29998, "unknown")],
)
def test_the_budget_rules_out_only_known_prices_above_it(
    make_product, price_cents, budget_cents, expected
):
    product = make_product(
        slug="p",
        price_cents=price_cents,
        price_currency="USD" if price_cents else None,
        price_seen="2026-10",
        **_everything_known(),
    )
    assert outcome(run([product], budget_cents=budget_cents), "p") == expected


def test_a_price_over_budget_says_by_how_much_and_when_it_was_seen(make_product):
    product = make_product(slug="p", price_cents=29999, price_currency="USD", price_seen="2014~")
    reasons = excluded(run([product], budget_cents=18000))["p"]
    assert reasons == ("Costs $299.99 (seen around 2014): $119.99 over your $180.00 budget.",)


def test_a_price_in_another_currency_is_unknown_against_a_dollar_budget(make_product):
    product = make_product(slug="p", price_cents=99999, price_currency="EUR", **_everything_known())
    match = run([product], budget_cents=100).picks[0]
    assert "Its price is in EUR: check it fits your $1.00 budget." in match.unknowns


@pytest.mark.parametrize(
    ("wanted", "expected"), [((), "fits"), (("table",), "fits"), (("chair",), "out")]
)
def test_only_the_kinds_asked_for_are_picked(make_product, wanted, expected):
    product = make_product(slug="p", **_everything_known())
    assert outcome(run([product], categories=wanted), "p") == expected


def test_discontinued_products_are_left_out_as_no_longer_sold(make_product):
    product = make_product(slug="p", status="discontinued", **_everything_known())
    assert excluded(run([product]))["p"][0] == "No longer sold."


def test_a_doorway_bar_is_never_a_pick_on_its_own(shipped):
    result = run(shipped, experience="regular", alone=False, has_bar=True)
    reasons = excluded(result)
    for bar in (
        "iron-gym-total-upper-body-workout-bar",
        "iron-gym-extreme-edition",
        "crossgrips-doorway-bar",
    ):
        assert "not something to invert on by itself" in reasons[bar][0]


def _everything_known() -> dict:
    """Figures that fit the default shopper and room, so only the figure under test varies."""
    return dict(
        user_height_min_in=56,
        user_height_max_in=78,
        max_user_weight_lb=300,
        sweep_length_in=80,
        sweep_width_in=30,
        sweep_height_in=80,
        angle_control="tether",
    )
