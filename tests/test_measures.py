"""Heights and weights are read the way people write them, exactly."""

from decimal import Decimal

import pytest

from catalog.measures import UnreadableMeasure, parse_length, parse_weight


@pytest.mark.parametrize(
    ("text", "inches"),
    [
        ("5'10\"", 70),
        ("5 ft 10 in", 70),
        ("5′ 10″", 70),
        ("5’ 10”", 70),
        ("5ft10", 70),
        ("6'", 72),
        ("6 feet", 72),
        ("4' 8\"", 56),
        ('56"', 56),
        ("56 in", 56),
        ("70", 70),
        ("5' 10½\"", Decimal("70.5")),
        ("198.12 cm", 78),
        ("1981.2 mm", 78),
    ],
)
def test_lengths_in_common_notations_become_inches(text, inches):
    assert parse_length(text) == Decimal(inches)


def test_a_bare_number_is_read_in_the_shoppers_unit():
    assert parse_length("198.12", default_unit="cm") == Decimal(78)
    assert parse_weight("80", default_unit="kg") == Decimal(80) / Decimal("0.45359237")


@pytest.mark.parametrize(
    ("text", "pounds"), [("300 lbs", 300), ("300 lb.", 300), ("300", 300), ("136.077711 kg", 300)]
)
def test_weights_become_pounds(text, pounds):
    assert parse_weight(text) == Decimal(pounds)


@pytest.mark.parametrize("text", ["", "tall", "5x", "5'10\" and a bit", "-3"])
def test_unreadable_text_is_refused_not_guessed(text):
    with pytest.raises(UnreadableMeasure):
        parse_length(text)
