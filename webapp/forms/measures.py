"""A length or weight typed the way people write it, read in the form's unit system.

"5'10\"", "70", "178 cm", "8 ft", "82 kg": a bare number is in the units the form's
`units` field names; a number with its own unit keeps it. The value is held exactly, in
inches or pounds, kept to 2 decimals in the shopper's units so that a link rebuilt from
it reads back as the same answer. Every form with a body or room size uses this one field,
and the units switch (webapp.units.units_url) uses MEASURE_PARAMS to keep meanings intact.
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from wtforms import StringField, ValidationError

from catalog.measures import UnreadableMeasure, parse_length, parse_weight
from catalog.units import (
    METRIC,
    format_height,
    format_length,
    format_weight,
    in_to_cm,
    lb_to_kg,
    length_to_inches,
    round_to,
    weight_to_pounds,
)

MAX_CHARS = 40
BARE_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
UNIT_WORDS = {
    "imperial": {"length": "in", "weight": "lb"},
    METRIC: {"length": "cm", "weight": "kg"},
}


@dataclass(frozen=True)
class Measure:
    dimension: str  # length | weight
    noun: str
    example: str
    low: Decimal  # inches or pounds
    high: Decimal

    def read(self, text: str, system: str) -> Decimal:
        parse = parse_length if self.dimension == "length" else parse_weight
        return parse(text, UNIT_WORDS[system][self.dimension])

    def show(self, value: Decimal, system: str) -> str:
        if self.noun == "a height":
            return format_height(value, system)
        return (format_length if self.dimension == "length" else format_weight)(value, system)


HEIGHT = Measure("length", "a height", "5'10\", 70 in or 178 cm", Decimal(36), Decimal(96))
WEIGHT = Measure("weight", "a weight", "180 lb or 82 kg", Decimal(50), Decimal(700))
ROOM = Measure("length", "a size", "96 in, 8 ft or 250 cm", Decimal(12), Decimal(1200))
CEILING = Measure("length", "a ceiling height", "96 in, 8 ft or 244 cm", Decimal(48), Decimal(360))
# Query parameters that hold a measure, on any page, and what they measure.
MEASURE_PARAMS = {
    "height": "length",
    "weight": "weight",
    "room_length": "length",
    "room_width": "length",
    "ceiling": "length",
    "max_length": "length",
}


class MeasureField(StringField):
    """A body or room size; after validation `amount` holds it in inches or pounds."""

    def __init__(self, label, measure: Measure, **kwargs):
        super().__init__(label, filters=[lambda text: text.strip() if text else text], **kwargs)
        self.measure = measure
        self.amount: Decimal | None = None

    def pre_validate(self, form) -> None:
        self.amount = None
        if not self.data:
            return
        measure, system = self.measure, form.units.data
        if system not in UNIT_WORDS:
            return  # the units answer is wrong itself, and says so beside its own question
        if len(self.data) > MAX_CHARS:
            raise ValidationError(f"That is too long to read: write it like {measure.example}.")
        try:
            amount = _kept_to_two_places(measure.read(self.data, system), measure, system)
        except UnreadableMeasure:
            raise ValidationError(f"Write {measure.noun} like {measure.example}.") from None
        except InvalidOperation:  # too many digits to keep two decimals: far out of range
            amount = None
        if amount is None or not measure.low <= amount <= measure.high:
            low, high = measure.show(measure.low, system), measure.show(measure.high, system)
            raise ValidationError(f"Enter {measure.noun} between {low} and {high}.")
        self.amount = amount


def _kept_to_two_places(amount: Decimal, measure: Measure, system: str) -> Decimal:
    if system != METRIC:
        return round_to(amount, 2)
    if measure.dimension == "length":
        return length_to_inches(round_to(in_to_cm(amount), 2), METRIC)
    return weight_to_pounds(round_to(lb_to_kg(amount), 2), METRIC)


def with_unit(text: str, dimension: str, system: str) -> str:
    """Spell out the unit of a bare number typed in `system` ("70" -> "70 in")."""
    if BARE_NUMBER.fullmatch(text.strip()):
        return f"{text.strip()} {UNIT_WORDS[system][dimension]}"
    return text
