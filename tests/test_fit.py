"""A product against a shopper's body and room: pass, fail or unknown, with the margin."""

from decimal import Decimal

import pytest

from catalog.fit import FAIL, PASS, UNKNOWN, FitProfile, check_fit, overall

D = Decimal


@pytest.fixture
def ep560_like(make_product):
    """Shaped like the Teeter EP-560 Ltd: rated 56–78 in, 300 lb; 60x29x59 at rest,
    87x29x85 while rotating at the tallest setting."""
    return make_product(
        user_height_min_in=56,
        user_height_max_in=78,
        max_user_weight_lb=300,
        in_use_length_in=60,
        in_use_width_in=29,
        in_use_height_in=59,
        sweep_length_in=87,
        sweep_width_in=29,
        sweep_height_in=85,
    )


def only(product, **profile):
    (check,) = check_fit(product, FitProfile(**{k: D(v) for k, v in profile.items()}))
    return check


@pytest.mark.parametrize(
    ("height_in", "status", "margin"),
    [
        ("56", PASS, 0),
        ("55.9", FAIL, "-0.1"),
        ("78", PASS, 0),
        ("78.1", FAIL, "-0.1"),
        ("70", PASS, 8),
    ],
)
def test_height_is_checked_against_both_ends_of_the_rated_range(
    ep560_like, height_in, status, margin
):
    check = only(ep560_like, height_in=height_in)
    assert (check.status, check.margin) == (status, D(margin))


@pytest.mark.parametrize(
    ("weight_lb", "status", "margin"),
    [("300", PASS, 0), ("300.5", FAIL, "-0.5"), ("180", PASS, 120)],
)
def test_weight_is_checked_against_the_maximum_user_weight(ep560_like, weight_lb, status, margin):
    check = only(ep560_like, weight_lb=weight_lb)
    assert (check.status, check.margin) == (status, D(margin))


def test_an_unpublished_rating_is_unknown_and_says_what_to_confirm(make_product):
    check = only(make_product(), weight_lb="180")
    assert check.status == UNKNOWN
    assert check.explain("imperial") == (
        "The maximum user weight is not published: confirm it takes 180 lb."
    )


def test_half_a_height_range_is_not_a_pass(make_product):
    check = only(make_product(user_height_max_in=78), height_in="70")
    assert check.status == UNKNOWN
    assert "shortest user it takes is not published" in check.explain("imperial")


def test_above_a_published_maximum_fails_even_when_the_minimum_is_unknown(make_product):
    assert only(make_product(user_height_max_in=78), height_in="79").status == FAIL


@pytest.mark.parametrize(
    ("room_length_in", "height_in", "status", "reason"),
    [
        ("87", "70", PASS, "sweep"),  # room for the largest sweep
        ("86.9", "78", FAIL, "sweep"),  # at the tallest setting the sweep is exact
        ("86.9", "70", UNKNOWN, "sweep_at_your_setting"),  # a shorter user may need less
        ("59.9", "70", FAIL, "at_rest"),  # does not even fit at rest
    ],
)
def test_floor_length_is_judged_by_the_space_swept_while_rotating(
    ep560_like, room_length_in, height_in, status, reason
):
    checks = check_fit(
        ep560_like, FitProfile(height_in=D(height_in), room_length_in=D(room_length_in))
    )
    length = next(c for c in checks if c.key == "length")
    assert (length.status, length.reason) == (status, reason)


def test_the_margin_is_said_in_the_shoppers_units(ep560_like):
    check = only(ep560_like, room_length_in="96")
    assert check.explain("imperial") == (
        "Needs 87 in of floor length while rotating; you have 96 in (9 in to spare)."
    )
    assert check.explain("metric") == (
        "Needs 221 cm of floor length while rotating; you have 243.8 cm (22.9 cm to spare)."
    )


def test_a_known_resting_size_with_no_published_sweep_is_unknown_not_a_pass(make_product):
    table = make_product(in_use_length_in=60)
    check = only(table, room_length_in="70")
    assert (check.status, check.reason) == (UNKNOWN, "sweep_unknown")


def test_a_ceiling_is_checked_against_the_height_swept_while_rotating(ep560_like):
    assert only(ep560_like, ceiling_in="85").status == PASS
    assert only(ep560_like, ceiling_in="58").status == FAIL


def test_boots_have_no_floor_checks(make_product):
    boots = make_product(category="boots", support_level="ankles_only")
    assert check_fit(boots, FitProfile(room_length_in=D(50), ceiling_in=D(80))) == ()


@pytest.mark.parametrize(
    ("statuses", "verdict"),
    [((PASS, PASS), PASS), ((PASS, UNKNOWN), UNKNOWN), ((UNKNOWN, FAIL), FAIL), ((), PASS)],
)
def test_one_fail_fails_the_product_and_one_unknown_keeps_it_unconfirmed(
    make_product, statuses, verdict
):
    from catalog.fit import FitCheck

    checks = tuple(FitCheck("weight", "w", status, D(1)) for status in statuses)
    assert overall(checks) == verdict
