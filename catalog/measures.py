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


# What the importer reads on product pages: ranges, figures given in two unit systems, and
# "L x W x H" dimensions. Values come back exact; `quote`-keeping is the caller's job.

AGREEMENT = Decimal("0.01")  # two unit systems must agree within 1 %
_RANGE_SPLIT = re.compile(r"\s*(?:–|—|~|\bto\b|\bbis\b|-)\s*", re.I)
_PAREN = re.compile(r"^(?P<main>[^()]+?)\s*\((?P<other>[^()]+)\)\s*$")
_PREFIX = re.compile(r"^[^\d½¼¾]*?(?=\d)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_UNIT_AT_END = re.compile(rf"(cm|mm|m|{INCHES}|{FEET})\s*$", re.I)
_WEIGHT_UNIT = re.compile(
    r"^(?P<number>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>lbs?\.?|pounds?|kgs?|kilo(?:gram)?s?)$"
)
_DIMENSION_LABELS = {"l": "length", "d": "length", "w": "width", "h": "height"}
_SIDE = re.compile(
    rf"^(?:(?P<pre>[LWHD])\s*:?\s*)?(?P<size>{NUMBER}\s*(?:cm|mm|m|{INCHES})?)\s*(?:(?P<post>[LWHD])\b\.?)?$",
    re.I,
)


class DisagreeingUnits(UnreadableMeasure):
    """A figure given in two unit systems whose two values do not agree."""


def _tidy(text: str) -> str:
    """Drop leading words ("up to", "fits users") and thousands commas ("1,200 lb")."""
    text = _clean(text).replace("’’", '"').replace("′′", '"')
    return _THOUSANDS.sub("", _PREFIX.sub("", text, count=1)).strip(" .:;")


def _check_agreement(first: Decimal, second: Decimal, text: str) -> None:
    if abs(first - second) > AGREEMENT * max(first, second):
        raise DisagreeingUnits(f"the two units disagree: {text!r}")


def _with_other_units(text: str, read):
    """Read `main (other)`: both halves must agree; the imperial figure is the one kept."""
    match = _PAREN.match(_clean(text))
    if not match:
        return read(text)
    main, other = read(match["main"]), read(match["other"])
    pairs = zip(main, other, strict=True) if isinstance(main, tuple) else [(main, other)]
    for first, second in (pair for pair in pairs if isinstance(pair[0], Decimal)):
        _check_agreement(first, second, text)
    return main if _is_imperial(match["main"]) or not _is_imperial(match["other"]) else other


def _is_imperial(text: str) -> bool:
    return not re.search(r"\d\s*(cm|mm|m|kgs?|kilo)", text, re.I)


def read_weight(text: str) -> Decimal:
    """Return pounds from "300 lbs", "300-lb", "up to 136 kg", "300 lbs (136 kg)"."""
    return _with_other_units(text, _one_weight)


def _one_weight(text: str) -> Decimal:
    match = _WEIGHT_UNIT.match(_tidy(text).lower().replace(",", "."))
    if not match:
        raise UnreadableMeasure(f"not a weight with its unit: {text!r}")
    value = Decimal(match["number"])
    return kg_to_lb(value) if match["unit"].startswith("k") else value


def read_length_range(text: str) -> tuple[Decimal, Decimal]:
    """Return (shortest, longest) inches from "4'8\" – 6'6\"", "142–198 cm", "56 to 78 in"."""
    return _with_other_units(text, _one_range)


def _one_range(text: str) -> tuple[Decimal, Decimal]:
    parts = _RANGE_SPLIT.split(_tidy(text), maxsplit=1)
    if len(parts) != 2:
        raise UnreadableMeasure(f"not a range: {text!r}")
    low_text, high_text = parts
    unit = _UNIT_AT_END.search(high_text)
    if unit and not _UNIT_AT_END.search(low_text) and not re.search(FEET, low_text):
        low_text = f"{low_text} {unit[1]}"
    low, high = _strict_length(low_text), _strict_length(high_text)
    if low >= high:
        raise UnreadableMeasure(f"the range runs backwards: {text!r}")
    return low, high


def _strict_length(text: str) -> Decimal:
    """A length that must name its unit: a bare number on a product page is a guess."""
    if re.fullmatch(NUMBER, _clean(text)):
        raise UnreadableMeasure(f"a length with no unit: {text!r}")
    return parse_length(text)


def read_length(text: str) -> Decimal:
    """Return inches from one length with its unit ("85 in", "up to 216 cm", "6'6\"")."""
    return _with_other_units(text, lambda part: _strict_length(_tidy(part)))


def read_dimensions(text: str) -> tuple[Decimal, Decimal, Decimal, bool]:
    """Return (length, width, height) inches and whether the page labelled the order.

    "60\" L x 29\" W x 59\" H" and "L 152 x W 74 x H 150 cm" are labelled; "60 x 29 x 59 in"
    is not, and is read in the usual length x width x height order.
    """
    return _with_other_units(text, _one_box)


def _one_box(text: str) -> tuple[Decimal, Decimal, Decimal, bool]:
    cleaned = _THOUSANDS.sub("", _clean(text).replace("’’", '"').replace("′′", '"'))
    sides = [side.strip() for side in re.split(r"\s*[x×*]\s*", cleaned, flags=re.I)]
    matches = [_SIDE.match(side) for side in sides]
    if len(sides) != 3 or not all(matches):
        raise UnreadableMeasure(f"not three dimensions: {text!r}")
    sizes = [match["size"] for match in matches]
    units = [found[1] for size in sizes if (found := _UNIT_AT_END.search(size))]
    if not units:
        raise UnreadableMeasure(f"dimensions with no unit: {text!r}")
    sizes = [size if _UNIT_AT_END.search(size) else f"{size} {units[-1]}" for size in sizes]
    labels = [(m["pre"] or m["post"] or "").lower() for m in matches]
    values = [_strict_length(size) for size in sizes]
    named = [_DIMENSION_LABELS.get(label) for label in labels]
    if all(named) and sorted(named) == ["height", "length", "width"]:
        by_name = dict(zip(named, values, strict=True))
        return by_name["length"], by_name["width"], by_name["height"], True
    return values[0], values[1], values[2], False
