"""The quiz form: one class reads both the query string of /quiz/results and the JSON body
of POST /api/recommendations, so the page and the API accept and refuse the same answers.

Body and room sizes are MeasureFields (webapp/forms/measures.py), shared with the catalog
filters and the comparison: typed in the shopper's units, or with their own ("5'10\"",
"178 cm", "8 ft").
"""

from werkzeug.datastructures import MultiDict
from wtforms import BooleanField, DecimalField, Form, RadioField
from wtforms.validators import InputRequired, NumberRange, Optional, ValidationError

from catalog.recommender.answers import (
    CONDITIONS,
    EXPERIENCE,
    GOALS,
    JOINTS,
    NO_CONDITION,
    QUIZ_CATEGORIES,
    Answers,
)
from webapp.forms.browse import MultiCheckboxField
from webapp.forms.measures import CEILING, HEIGHT, ROOM, WEIGHT, MeasureField

UNITS = {"imperial": "Inches and pounds", "metric": "Centimetres and kilograms"}
YES_NO = ("", "0", "no", "false", "off")


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
    height = MeasureField("Your height", HEIGHT, validators=[InputRequired("Enter your height.")])
    weight = MeasureField("Your weight", WEIGHT, validators=[InputRequired("Enter your weight.")])
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
    room_length = MeasureField("Floor length", ROOM)
    room_width = MeasureField("Floor width", ROOM)
    ceiling = MeasureField("Ceiling height", CEILING)
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

    def answers(self) -> Answers:
        """Return the validated answers in inches, pounds and cents."""
        return Answers(
            conditions=frozenset(self.conditions.data) - {NO_CONDITION},
            cleared=self.cleared.data,
            height_in=self.height.amount,
            weight_lb=self.weight.amount,
            joints=frozenset(self.joints.data or ()),
            mobility=self.mobility.data,
            experience=self.experience.data,
            alone=self.alone.data == "yes",
            goal=self.goal.data,
            room_length_in=self.room_length.amount,
            room_width_in=self.room_width.amount,
            ceiling_in=self.ceiling.amount,
            must_fold=self.must_fold.data,
            has_bar=self.has_bar.data,
            budget_cents=None if self.budget.data is None else int(self.budget.data * 100),
            categories=frozenset(self.categories.data or ()),
            units=self.units.data,
        )


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
