"""Fit against the shopper, per column: pass, fail or unknown with the margin, and a verdict."""

from decimal import Decimal

import pytest

from catalog.comparison.fit_table import fit_table
from catalog.comparison.table import build_comparison
from catalog.fit import FitProfile
from catalog.units import IMPERIAL, METRIC


def table_for(product, system=IMPERIAL, **answers):
    profile = FitProfile(**{name: Decimal(str(v)) for name, v in answers.items()})
    return fit_table([product], profile, system)


def cell(table, key):
    return next(row for row in table.rows if row.key == key).cells[0]


@pytest.mark.parametrize(
    ("height_in", "status", "words"),
    [
        (55, "fail", "(1 in under)"),
        (56, "pass", "(exactly at its limit)"),
        (70, "pass", "(8 in inside the range)"),
        (78, "pass", "(exactly at its limit)"),
        (78.5, "fail", "(0.5 in over)"),
    ],
)
def test_height_is_checked_at_the_edges_of_the_rated_range(make_product, height_in, status, words):
    product = make_product(user_height_min_in=56, user_height_max_in=78)
    found = cell(table_for(product, height_in=height_in), "height")
    assert found.status == status
    assert words in found.text


@pytest.mark.parametrize(
    ("weight_lb", "status", "words"),
    [
        (299, "pass", "1 lb to spare"),
        (300, "pass", "0 lb to spare"),
        (301, "fail", "1 lb over the limit"),
    ],
)
def test_weight_is_checked_against_the_limit_with_its_margin(
    make_product, weight_lb, status, words
):
    found = cell(table_for(make_product(max_user_weight_lb=300), weight_lb=weight_lb), "weight")
    assert (found.status, words in found.text) == (status, True)


def test_an_unpublished_limit_is_unknown_never_pass_or_fail(make_product):
    table = table_for(make_product(), height_in=70, weight_lb=180)
    assert cell(table, "weight").status == "unknown"
    assert cell(table, "height").status == "unknown"
    assert "confirm" in cell(table, "weight").text
    assert cell(table, "overall").status == "unknown"


def test_one_failing_check_makes_the_verdict_fail_and_names_it(make_product):
    product = make_product(max_user_weight_lb=250, user_height_min_in=56, user_height_max_in=78)
    verdict = cell(table_for(product, height_in=70, weight_lb=280), "overall")
    assert verdict.status == "fail"
    assert "your weight" in verdict.text
    assert verdict.shown.startswith("Does not fit.")


def test_the_room_is_checked_against_the_sweep_with_the_space_to_spare(make_product):
    product = make_product(sweep_length_in=87, sweep_width_in=29, sweep_height_in=85)
    table = table_for(product, room_length_in=96, room_width_in=29, ceiling_in=84)
    assert cell(table, "length").status == "pass"
    assert "9 in to spare" in cell(table, "length").text
    assert cell(table, "width").status == "pass"  # exactly enough
    # 1 in short of the tallest setting's sweep: at a shorter setting it may still fit.
    assert cell(table, "ceiling").status == "unknown"


def test_products_that_do_not_stand_on_the_floor_are_not_checked_against_the_room(make_product):
    boots = make_product(category="boots", support_level="ankles_only")
    table = fit_table(
        [make_product(in_use_length_in=60, in_use_width_in=29), boots],
        FitProfile(room_length_in=Decimal(100)),
        IMPERIAL,
    )
    length = next(row for row in table.rows if row.key == "length")
    assert [c.status for c in length.cells] == ["unknown", "not_checked"]
    assert table.verdicts[1].status == "not_checked"


def test_margins_are_given_in_the_shoppers_units(make_product):
    table = table_for(make_product(max_user_weight_lb=300), METRIC, weight_lb=180)
    assert "136.1 kg" in cell(table, "weight").text
    assert table.answers == (("Weight", "81.6 kg"),)


def test_without_answers_there_are_no_fit_rows(make_product):
    comparison = build_comparison([make_product(), make_product()], IMPERIAL, FitProfile())
    assert comparison.fit is None


def test_only_answered_checks_get_rows_after_the_verdict(make_product):
    table = table_for(make_product(max_user_weight_lb=300), weight_lb=180)
    assert [row.key for row in table.rows] == ["overall", "weight"]
