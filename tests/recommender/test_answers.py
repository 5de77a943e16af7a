"""Answers read back from their own link exactly, in either unit system."""

from decimal import Decimal

import pytest

from catalog.recommender.answers import Answers
from tests.recommender.conftest import answers


def test_the_query_lists_every_answer_in_a_fixed_order():
    query = answers(
        joints={"knee", "ankle"}, budget_cents=29999, categories={"chair", "table"}
    ).as_query()
    assert list(query) == [
        "conditions",
        "height",
        "weight",
        "units",
        "joints",
        "experience",
        "alone",
        "goal",
        "room_length",
        "room_width",
        "ceiling",
        "budget",
        "categories",
    ]
    assert query["conditions"] == ["none"]
    assert query["joints"] == ["ankle", "knee"]
    assert query["categories"] == ["table", "chair"]
    assert query["budget"] == "299.99"


@pytest.mark.parametrize(
    ("units", "height_in", "shown"),
    [
        ("imperial", Decimal(70), "70"),
        ("imperial", Decimal("70.5"), "70.5"),
        ("metric", Decimal(178) / Decimal("2.54"), "178"),
        ("metric", Decimal("182.5") / Decimal("2.54"), "182.5"),
    ],
)
def test_sizes_are_written_in_the_shoppers_own_units(units, height_in, shown):
    assert answers(units=units, height_in=height_in).as_query()["height"] == shown


def test_weights_in_metric_are_written_in_kilograms():
    kilograms_82 = Decimal(82) / Decimal("0.45359237")
    assert answers(units="metric", weight_lb=kilograms_82).as_query()["weight"] == "82"


def test_booleans_appear_only_when_true_except_whether_you_are_alone():
    query = Answers(cleared=False, must_fold=True, alone=False).as_query()
    assert "cleared" not in query and query["must_fold"] == "yes" and query["alone"] == "no"
