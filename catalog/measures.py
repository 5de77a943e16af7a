"""Read lengths and weights written the way people and shops write them.

"5'10\"", "5 ft 10 in", "5′ 10″", "70", "178 cm", "1.78 m", "300 lbs", "136 kg".
Everything comes back exact, as Decimal inches or pounds. A bare number is read in the
`default_unit` the caller gives (the shopper's unit system); nothing is guessed.
"""

import re
from decimal import Decimal, InvalidOperation

from catalog.units import cm_to_in, kg_to_lb

FEET = r"(?:'|′|’|ft\.?|feet|foot)"
INCHES = r"(?:\"|″|”|''|in\.?|inch(?:es)?)"
NUMBER = r"(\d+(?:[.,]\d+)?)"
FRACTIONS = {"½": "0.5", "¼": "0.25", "¾": "0.75", "⅛": "0.125"}

_FEET_INCHES = re.compile(rf"^{NUMBER}\s*{FEET}\s*(?:{NUMBER}\s*{INCHES}?)?$", re.I)
_WITH_UNIT = re.compile(rf"^{NUMBER}\s*(cm|mm|m|{INCHES}|{FEET})$", re.I)
_WEIGHT = re.compile(rf"^{NUMBER}\s*(lbs?\.?|pounds?|kgs?|kilo(?:gram)?s?)?$", re.I)


class UnreadableMeasure(ValueError):
    """The text is not a length or weight this reader understands."""


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation as error:
        raise UnreadableMeasure(text) from error


def _clean(text: str) -> str:
    text = str(text).strip()
    for symbol, decimal in FRACTIONS.items():
        text = re.sub(rf"(\d)\s*{symbol}", rf"\1.{decimal[2:]}", text).replace(symbol, decimal)
    return re.sub(r"\s+", " ", text)


def parse_length(text: str, default_unit: str = "in") -> Decimal:
    """Return a length in inches; a bare number is in `default_unit` ("in" or "cm")."""
    cleaned = _clean(text)
    if match := _FEET_INCHES.match(cleaned):
        feet, inches = match.groups()
        return _decimal(feet) * 12 + (_decimal(inches) if inches else 0)
    if match := _WITH_UNIT.match(cleaned):
        value, unit = _decimal(match[1]), match[2].lower()
        if unit == "cm":
            return cm_to_in(value)
        if unit == "mm":
            return cm_to_in(value / 10)
        if unit == "m":
            return cm_to_in(value * 100)
        return value * 12 if re.fullmatch(FEET, unit, re.I) else value
    if re.fullmatch(NUMBER, cleaned):
        return cm_to_in(_decimal(cleaned)) if default_unit == "cm" else _decimal(cleaned)
    raise UnreadableMeasure(f"not a length: {text!r}")


def parse_weight(text: str, default_unit: str = "lb") -> Decimal:
    """Return a weight in pounds; a bare number is in `default_unit` ("lb" or "kg")."""
    match = _WEIGHT.match(_clean(text))
    if not match:
        raise UnreadableMeasure(f"not a weight: {text!r}")
    value, unit = _decimal(match[1]), (match[2] or default_unit).lower()
    return kg_to_lb(value) if unit.startswith("k") else value
