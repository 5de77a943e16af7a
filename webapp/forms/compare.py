"""The comparison's GET form: the products, "differences only", and the shopper's answers.

Answers use the quiz's names (height, weight, room_length, room_width, ceiling, units), so
quiz results can link straight here. Each is read as people write it ("5'10\"", "178 cm",
"10 ft"); a bare number is in the page's unit system.
"""

import re
from decimal import Decimal

from wtforms import Form, HiddenField, SelectField, StringField, ValidationError

from catalog.fit import FitProfile
from catalog.measures import UnreadableMeasure, parse_length, parse_weight
from catalog.units import METRIC, format_height, format_length, format_weight

# Every query parameter the comparison reads besides `products`, in canonical order.
QUERY_NAMES = ("only", "height", "weight", "room_length", "room_width", "ceiling", "units")
MAX_ANSWER_CHARS = 40
BARE_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
UNIT_WORDS = {
    "imperial": {"length": "in", "weight": "lb"},
    METRIC: {"length": "cm", "weight": "kg"},
}
MEASURES = {  # how each kind of answer is read, shown, and written in an example
    "height": ("length", parse_length, format_height, "5'10\", 70 in or 178 cm"),
    "length": ("length", parse_length, format_length, "10 ft, 120 in or 3 m"),
    "weight": ("weight", parse_weight, format_weight, "180 lb or 82 kg"),
}


class MeasureField(StringField):
    """A length or weight as typed; `amount` holds it exactly in inches or pounds."""

    def __init__(self, label, measure: str, limits: tuple[int, int], **kwargs):
        super().__init__(label, filters=[lambda text: text.strip() if text else text], **kwargs)
        self.dimension, self.read, self.show, self.example = MEASURES[measure]
        self.limits = limits
        self.amount: Decimal | None = None

    def pre_validate(self, form: Form) -> None:
        self.amount = None
        if not self.data:
            return
        if len(self.data) > MAX_ANSWER_CHARS:
            raise ValidationError(f"That is too long to read: write it like {self.example}.")
        system = form.units.data
        try:
            amount = self.read(self.data, UNIT_WORDS[system][self.dimension])
        except UnreadableMeasure:
            raise ValidationError(f"Write it like {self.example}.") from None
        low, high = self.limits
        if not low <= amount <= high:
            low, high = self.show(Decimal(low), system), self.show(Decimal(high), system)
            raise ValidationError(f"Give a value from {low} to {high}: check the units.")
        self.amount = amount

    def with_unit(self, written_in: str) -> str | None:
        """The answer with its unit spelt out, so it keeps its meaning in any system."""
        if self.data and BARE_NUMBER.fullmatch(self.data):
            return f"{self.data} {UNIT_WORDS[written_in][self.dimension]}"
        return self.data or None


class CompareForm(Form):
    products = HiddenField()
    only = HiddenField()
    height = MeasureField("Your height", "height", (24, 108))
    weight = MeasureField("Your weight", "weight", (40, 1_000))
    room_length = MeasureField("Room length", "length", (12, 1_200))
    room_width = MeasureField("Room width", "length", (12, 1_200))
    ceiling = MeasureField("Ceiling height", "length", (48, 360))
    units = SelectField(
        "Units", choices={"imperial": "in / lb / ft", METRIC: "cm / kg / m"}, default="imperial"
    )

    def __init__(self, formdata=None, *, units: str = "imperial", **kwargs):
        super().__init__(formdata, **kwargs)
        self.units.data = units  # the page's units: the query's `units`, else the cookie

    @property
    def answers(self) -> tuple[MeasureField, ...]:
        return (self.height, self.weight, self.room_length, self.room_width, self.ceiling)

    @property
    def only_differences(self) -> bool:
        return self.only.data == "differences"

    def profile(self) -> FitProfile:
        """The answers that could be read, in inches and pounds."""
        return FitProfile(*(field.amount for field in self.answers))

    def answers_in(self, system: str) -> dict[str, str]:
        """The answers as query values that mean the same when the page is in `system`."""
        if system == self.units.data:
            return {field.name: field.data for field in self.answers if field.data}
        return {
            field.name: field.with_unit(self.units.data) for field in self.answers if field.data
        }
