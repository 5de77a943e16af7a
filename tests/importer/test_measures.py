"""The importer reads heights, weights and dimensions the way shops write them, exactly,
and refuses what it cannot read rather than guessing (hard cases 23, 24 and 25)."""

from decimal import Decimal

import pytest

from catalog.measures import (
    DisagreeingUnits,
    UnreadableMeasure,
    parse_length,
    parse_weight,
    read_dimensions,
    read_length,
    read_length_range,
    read_weight,
)
from catalog.units import cm_to_in, kg_to_lb

FEET_AND_INCHES = (Decimal(56), Decimal(78))
CENTIMETRES = (cm_to_in(142), cm_to_in(198))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4'8\" - 6'6\"", FEET_AND_INCHES),
        ("4' 8\" to 6' 6\"", FEET_AND_INCHES),
        ("4 ft 8 in – 6 ft 6 in", FEET_AND_INCHES),
        ("4ft8in—6ft6in", FEET_AND_INCHES),
        ('56" – 78"', FEET_AND_INCHES),
        ("56 to 78 in", FEET_AND_INCHES),
        ("4′8″–6′6″", FEET_AND_INCHES),
        ("4’8”-6’6”", FEET_AND_INCHES),
        ("56'' - 78''", FEET_AND_INCHES),
        ("Fits users from 4'8\" to 6'6\"", FEET_AND_INCHES),
        ("4'8\" – 6'6\" (142–198 cm)", FEET_AND_INCHES),
        ("142–198 cm", CENTIMETRES),
        ("142 bis 198 cm", CENTIMETRES),
    ],
)
def test_user_height_ranges_are_read_in_every_notation(text, expected):
    assert read_length_range(text) == expected


@pytest.mark.parametrize(
    "text",
    ["6'6\" - 4'8\"", "56 - 78", "tall people", "4'8\"", "4'8\" – 6'6\" (100–120 cm)"],
)
def test_a_height_range_that_is_backwards_unitless_or_self_contradicting_is_refused(text):
    with pytest.raises(UnreadableMeasure):
        read_length_range(text)


@pytest.mark.parametrize(
    "text, pounds",
    [
        ("300 lbs", Decimal(300)),
        ("300 lb.", Decimal(300)),
        ("300-lb", Decimal(300)),
        ("Up to 300 lbs", Decimal(300)),
        ("Max. 300 lbs", Decimal(300)),
        ("1,200 lb", Decimal(1200)),
        ("136 kg", kg_to_lb(136)),
        ("136,5 kg", kg_to_lb(Decimal("136.5"))),
        ("300 lbs (136 kg)", Decimal(300)),
        ("136 kg (300 lbs)", Decimal(300)),
    ],
)
def test_weights_are_read_exactly_and_the_pound_figure_wins_when_both_are_given(text, pounds):
    assert read_weight(text) == pounds


def test_a_weight_whose_two_units_disagree_is_refused():
    with pytest.raises(DisagreeingUnits):
        read_weight("300 lbs (100 kg)")


@pytest.mark.parametrize("text", ["300", "heavy", "300 stone"])
def test_a_weight_without_a_known_unit_is_refused(text):
    with pytest.raises(UnreadableMeasure):
        read_weight(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("60 x 29 x 59 in", (60, 29, 59, False)),
        ("60 × 29 × 59 inches", (60, 29, 59, False)),
        ('60" L x 29" W x 59" H', (60, 29, 59, True)),
        ('29" W x 60" D x 59" H', (60, 29, 59, True)),
        ("60 x 29 x 59 in (152 x 74 x 150 cm)", (60, 29, 59, False)),
    ],
)
def test_dimensions_keep_the_labelled_order_and_say_when_there_was_none(text, expected):
    assert read_dimensions(text) == tuple(
        Decimal(v) if not isinstance(v, bool) else v for v in expected
    )


def test_metric_dimensions_are_converted_exactly():
    assert read_dimensions("L 152 x W 74 x H 150 cm") == (
        cm_to_in(152),
        cm_to_in(74),
        cm_to_in(150),
        True,
    )


@pytest.mark.parametrize("text", ["60 x 29 x 59", "60 x 29 in", "big"])
def test_dimensions_without_units_or_a_third_side_are_refused(text):
    with pytest.raises(UnreadableMeasure):
        read_dimensions(text)


@pytest.mark.parametrize("text, inches", [("85 in", 85), ("6'6\"", 78), ("up to 254 cm", 100)])
def test_a_single_length_needs_its_unit(text, inches):
    assert read_length(text) == Decimal(inches)


def test_the_shoppers_readers_still_take_a_bare_number_in_their_own_units():
    assert parse_length("178", default_unit="cm") == cm_to_in(178)
    assert parse_weight("80", default_unit="kg") == kg_to_lb(80)
    assert parse_length("5'10\"") == Decimal(70)
