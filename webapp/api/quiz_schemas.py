"""JSON Schemas (OpenAPI 3.1 dialect) of the quiz's answers and of a recommendation.

The answers are described field by field from QuizForm itself, the class that checks
them, so the description cannot drift from what POST /api/recommendations accepts.
"""

from wtforms import BooleanField, DecimalField, RadioField, SelectMultipleField

from catalog.recommender.safety import CAUTION, OK, SEE_CLINICIAN
from catalog.vocabulary import CATEGORIES
from webapp.api.schemas import NULLABLE_STRING, STRINGS
from webapp.forms.quiz import QuizForm

ANSWER_NOTES = {
    "conditions": "Which apply. `none` (or an empty list) when none do; required.",
    "cleared": "A clinician has cleared the shopper to invert despite the conditions.",
    "units": "How bare numbers in height, weight, room_length, room_width and ceiling are read: "
    "inches and pounds (imperial) or centimetres and kilograms (metric). Default imperial.",
    "height": "A number in the chosen units, or text with its own unit: 5'10\", 5 ft 10, "
    "178 cm. Between 3 ft and 8 ft. Required.",
    "weight": "A number in the chosen units, or text with its own unit: 180 lb, 82 kg. "
    "Between 50 lb and 700 lb. Required.",
    "room_length": "Clear floor length, in the chosen units or with a unit (8 ft, 250 cm).",
    "room_width": "Clear floor width, in the chosen units or with a unit.",
    "ceiling": "Ceiling height, in the chosen units or with a unit.",
    "budget": "The most to spend, in US dollars, up to 2 decimals.",
    "categories": "Kinds of equipment to consider; none means every kind.",
    "alone": "`yes` (or true) when the shopper will usually be alone. Default yes.",
}


def answers_schema() -> dict:
    """The quiz's answers, field for field as QuizForm reads them."""
    properties = {field.name: _answer(field) for field in QuizForm()}
    return {
        "type": "object",
        "properties": properties,
        "required": ["conditions", "height", "weight"],
        "additionalProperties": False,
    }


def _answer(field) -> dict:
    schema = {"title": field.label.text}
    if field.name in ANSWER_NOTES:
        schema["description"] = ANSWER_NOTES[field.name]
    if isinstance(field, SelectMultipleField):
        item = {"enum": [value for value, _label in _choices(field)]}
        return {**schema, "oneOf": [{"type": "array", "items": item}, item]}
    if isinstance(field, RadioField):
        values = [value for value, _label in _choices(field)]
        return {**schema, "enum": values + [True, False] if values == ["yes", "no"] else values}
    if isinstance(field, BooleanField):
        return {**schema, "type": ["boolean", "string"], "default": False}
    if isinstance(field, DecimalField):
        return {**schema, "type": ["number", "string"], "minimum": 0}
    return {**schema, "type": ["number", "string"]}


def _choices(field):
    return [(value, label) for value, label, *_ in field.iter_choices()]


def recommendation_schema() -> dict:
    match = {
        "type": "object",
        "properties": {
            "slug": {"type": "string"},
            "name": {"type": "string"},
            "category": {"enum": list(CATEGORIES)},
            "score": {
                "type": "integer",
                "description": "Higher is better; compare within one result.",
            },
            "reasons": {**STRINGS, "description": "Why it fits, fit margins first."},
            "cautions": {**STRINGS, "description": "What to keep in mind."},
            "unknowns": {**STRINGS, "description": "Unpublished figures to confirm before buying."},
        },
    }
    step = {
        "type": "object",
        "properties": {
            "week": {"type": "integer"},
            "angle_deg": {
                "type": ["integer", "null"],
                "description": "null: a chair's gentlest setting.",
            },
            "minutes": {"type": "number", "description": "Per session."},
            "sessions_per_day": {"type": "integer"},
            "note": NULLABLE_STRING,
        },
    }
    return {
        "type": "object",
        "properties": {
            "units": {"enum": ["imperial", "metric"]},
            "safety": {
                "type": "object",
                "properties": {
                    "verdict": {"enum": [OK, CAUTION, SEE_CLINICIAN]},
                    "reasons": STRINGS,
                    "max_angle_deg": {"type": "integer", "description": "0: do not invert yet."},
                    "conditions": STRINGS,
                    "questions_for_clinician": STRINGS,
                    "sources": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Citation"},
                    },
                },
            },
            "recommendations": {"type": "array", "items": match, "maxItems": 3},
            "others": {
                "type": "array",
                "items": {"type": "object"},
                "description": "They fit too, ranked below.",
            },
            "excluded": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "slug": {"type": "string"},
                        "name": {"type": "string"},
                        "reasons": STRINGS,
                    },
                },
            },
            "relaxations": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "description": {"type": "string"},
                        "changes": {
                            "type": "object",
                            "description": "Answer field to its new value.",
                        },
                        "unlocks": {**STRINGS, "description": "Slugs that fit with the change."},
                        "share_url": {"type": "string", "format": "uri"},
                    },
                },
            },
            "plan": {"type": "array", "items": step},
            "plan_for": NULLABLE_STRING,
            "plan_notes": STRINGS,
            "notes": STRINGS,
            "share_url": {"type": "string", "format": "uri"},
        },
    }
