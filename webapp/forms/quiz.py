"""The quiz form: one class reads both the query string of /quiz/results and the JSON body
of POST /api/recommendations, so the page and the API accept and refuse the same answers.

Body and room sizes are typed in the shopper's units (`units`: inches and pounds, or
centimetres and kilograms); a height may also be written 5'10" or 5 ft 10, and any size
may carry its own unit ("178 cm", "8 ft"). Numbers are kept to 2 decimals in the
shopper's units, so a result's link reads back as exactly the same answers.
"""

from decimal import Decimal

from werkzeug.datastructures import MultiDict
from wtforms import BooleanField, DecimalField, Form, RadioField, StringField
from wtforms.validators import InputRequired, NumberRange, Optional, ValidationError

from catalog.measures import UnreadableMeasure, parse_length, parse_weight
from catalog.recommender.answers import (
    CONDITIONS,
    EXPERIENCE,
    GOALS,
    JOINTS,
    NO_CONDITION,
    QUIZ_CATEGORIES,
    Answers,
)
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
from webapp.forms.browse import MultiCheckboxField

UNITS = {"imperial": "Inches and pounds", "metric": "Centimetres and kilograms"}
YES_NO = ("", "0", "no", "false", "off")
# Sensible bounds, in inches and pounds, whatever the shopper's units.
HEIGHT_IN = (Decimal(36), Decimal(96))
WEIGHT_LB = (Decimal(50), Decimal(700))
ROOM_IN = (Decimal(12), Decimal(1200))


class QuizForm(Form):
    conditions = MultiCheckboxField(
        "Do any of these apply to you?",
        choices={**CONDITIONS, NO_CONDITION: "None of these"},
        validate_choice=True,
    )
    cleared = BooleanField(
        "A clinician who knows about it has cleared me to invert", false_values=YES_NO
    )
    units = RadioField("Units", choices=UNITS, default="imperial")
    height = StringField("Your height", validators=[InputRequired("Enter your height.")])
    weight = StringField("Your weight", validators=[InputRequired("Enter your weight.")])
    joints = MultiCheckboxField("Do you have pain in any of these?", choices=JOINTS)
    mobility = BooleanField(
        "I find it hard to bend down, or to get up from lying down", false_values=YES_NO
    )
    experience = RadioField(
        "Have you used inversion equipment?", choices=EXPERIENCE, default="never"
    )
    alone = RadioField(
        "When you use it, will someone be nearby?",
        choices={"yes": "Usually I'll be alone", "no": "Usually someone will be nearby"},
        default="yes",
    )
    goal = RadioField("What do you want from it most?", choices=GOALS, default="relief")
    room_length = StringField("Floor length", validators=[Optional()])
    room_width = StringField("Floor width", validators=[Optional()])
    ceiling = StringField("Ceiling height", validators=[Optional()])
    must_fold = BooleanField("It must fold away between sessions", false_values=YES_NO)
    has_bar = BooleanField(
        "I have a bar whose maker rates it for hanging upside down (for gravity boots)",
        false_values=YES_NO,
    )
    budget = DecimalField(
        "Most you want to spend (US$)",
        places=2,
        validators=[Optional(), NumberRange(min=0, max=100_000)],
    )
    categories = MultiCheckboxField("Kinds to include", choices=QUIZ_CATEGORIES)

    def validate_conditions(self, field):
        chosen = set(field.data or ())
        if not chosen:
            raise ValidationError("Tick the ones that apply, or “None of these”.")
        if NO_CONDITION in chosen and len(chosen) > 1:
            raise ValidationError("You ticked “None of these” and a condition: untick one.")

    def validate_height(self, field):
        field.inches = self._size(field, HEIGHT_IN, parse_length, "height")

    def validate_weight(self, field):
        field.pounds = self._size(field, WEIGHT_LB, parse_weight, "weight")

    def validate_room_length(self, field):
        field.inches = self._size(field, ROOM_IN, parse_length, "length")

    def validate_room_width(self, field):
        field.inches = self._size(field, ROOM_IN, parse_length, "length")

    def validate_ceiling(self, field):
        field.inches = self._size(field, ROOM_IN, parse_length, "length")

    def answers(self) -> Answers:
        """Return the validated answers in inches, pounds and cents."""
        return Answers(
            conditions=frozenset(self.conditions.data) - {NO_CONDITION},
            cleared=self.cleared.data,
            height_in=self.height.inches,
            weight_lb=self.weight.pounds,
            joints=frozenset(self.joints.data or ()),
            mobility=self.mobility.data,
            experience=self.experience.data,
            alone=self.alone.data == "yes",
            goal=self.goal.data,
            room_length_in=getattr(self.room_length, "inches", None),
            room_width_in=getattr(self.room_width, "inches", None),
            ceiling_in=getattr(self.ceiling, "inches", None),
            must_fold=self.must_fold.data,
            has_bar=self.has_bar.data,
            budget_cents=None if self.budget.data is None else int(self.budget.data * 100),
            categories=frozenset(self.categories.data or ()),
            units=self.units.data,
        )

    def _size(self, field, bounds, parse, kind: str) -> Decimal | None:
        """Read a size in the shopper's units, kept to 2 decimals in those units."""
        if not field.data or not field.data.strip():
            return None
        metric = self.units.data == METRIC
        default = (
            ("cm" if metric else "in") if parse is parse_length else ("kg" if metric else "lb")
        )
        try:
            value = parse(field.data, default)
        except UnreadableMeasure:
            raise ValidationError(_unreadable(kind, metric)) from None
        value = _two_places(value, metric, parse is parse_length)
        low, high = bounds
        if not low <= value <= high:
            raise ValidationError(_out_of_range(kind, low, high, self.units.data))
        return value


def _two_places(value: Decimal, metric: bool, is_length: bool) -> Decimal:
    if not metric:
        return round_to(value, 2)
    shown = round_to(in_to_cm(value) if is_length else lb_to_kg(value), 2)
    return length_to_inches(shown, METRIC) if is_length else weight_to_pounds(shown, METRIC)


def _unreadable(kind: str, metric: bool) -> str:
    if kind == "height":
        return (
            "Enter your height in cm, like 178."
            if metric
            else ("Enter your height in inches, like 70, or in feet and inches, like 5'10\".")
        )
    if kind == "weight":
        return "Enter a weight in kg, like 82." if metric else "Enter a weight in lb, like 180."
    return (
        "Enter a size in cm, like 250."
        if metric
        else "Enter a size in inches, like 96, or feet, like 8 ft."
    )


def _out_of_range(kind: str, low: Decimal, high: Decimal, system: str) -> str:
    what, show = {
        "height": ("a height", format_height),
        "weight": ("a weight", format_weight),
    }.get(kind, ("a size", format_length))
    return f"Enter {what} between {show(low, system)} and {show(high, system)}."


def formdata_from_json(payload: dict) -> tuple[MultiDict, dict[str, list[str]]]:
    """Turn a JSON object of answers into form data, and name each value JSON can't give.

    Lists become repeated values; true and false become "yes" and "no"; null leaves the
    answer out. An explicitly empty `conditions` list means none of them apply.
    """
    data, problems = MultiDict(), {}
    for name, value in payload.items():
        if name not in ANSWER_NAMES:
            problems[name] = ["Not an answer this quiz asks for."]
        elif name == "conditions" and value == []:
            data.add(name, NO_CONDITION)
        elif isinstance(value, list) and name in MULTIPLE:
            for item in value:
                if not isinstance(item, str):
                    problems[name] = ["Give a list of words."]
                data.add(name, str(item))
        elif isinstance(value, bool):
            data.add(name, "yes" if value else "no")
        elif isinstance(value, (str, int, float)):
            data.add(name, str(value))
        elif value is not None:
            problems[name] = [
                "Give a single value here." if name not in MULTIPLE else "Give a list."
            ]
    return data, problems


ANSWER_NAMES = tuple(QuizForm().data)
MULTIPLE = {"conditions", "joints", "categories"}
