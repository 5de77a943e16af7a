"""Conversions are exact; display rounds only at the end, in the shopper's units."""

from decimal import Decimal

import pytest

from catalog import units


@pytest.mark.parametrize(
    ("inches", "cm"),
    [("1", "2.54"), ("56", "142.24"), ("78", "198.12"), ("87", "220.98"), ("0.5", "1.27")],
)
def test_inches_and_centimetres_convert_exactly_both_ways(inches, cm):
    assert units.in_to_cm(Decimal(inches)) == Decimal(cm)
    assert units.cm_to_in(Decimal(cm)) == Decimal(inches)


def test_pounds_convert_with_the_exact_international_pound():
    assert units.lb_to_kg(Decimal(300)) == Decimal("136.07771100")
    assert units.kg_to_lb(Decimal("136.07771100")) == Decimal(300)


@pytest.mark.parametrize(
    ("formatter", "value", "system", "shown"),
    [
        (units.format_length, "87", "imperial", "87 in"),
        (units.format_length, "87", "metric", "221 cm"),
        (units.format_length, "56", "metric", "142.2 cm"),
        (units.format_height, "56", "imperial", "4 ft 8 in"),
        (units.format_height, "72", "imperial", "6 ft"),
        (units.format_height, "56.5", "imperial", "4 ft 8.5 in"),
        (units.format_height, "78", "metric", "198.1 cm"),
        (units.format_weight, "300", "imperial", "300 lb"),
        (units.format_weight, "300", "metric", "136.1 kg"),
    ],
)
def test_figures_read_naturally_in_each_unit_system(formatter, value, system, shown):
    assert formatter(Decimal(value), system) == shown


@pytest.mark.parametrize(
    "formatter", [units.format_length, units.format_height, units.format_weight]
)
def test_an_unknown_figure_stays_unknown_when_formatted(formatter):
    assert formatter(None, "metric") is None


@pytest.mark.parametrize(
    ("cents", "currency", "shown"),
    [
        (29999, "USD", "$299.99"),
        (3000, "USD", "$30.00"),
        (129900, "EUR", "1,299.00 EUR"),
        (None, "USD", None),
    ],
)
def test_money_is_shown_from_integer_cents_with_its_currency(cents, currency, shown):
    assert units.format_money(cents, currency) == shown


def test_a_shopper_typing_centimetres_is_read_as_exact_inches():
    assert units.length_to_inches(Decimal("198.12"), "metric") == Decimal(78)
    assert units.weight_to_pounds(Decimal(300), "imperial") == Decimal(300)
