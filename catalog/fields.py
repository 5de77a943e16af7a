"""The product fields shoppers see, in the order and groups they read them.

One table drives the product page, the comparison rows, the API and the data-completeness
page, so a new field is added here once.
"""

from dataclasses import dataclass
from decimal import Decimal

from catalog import units, vocabulary


@dataclass(frozen=True)
class Field:
    name: str  # the Product attribute
    label: str
    group: str
    kind: str  # money | length | height | weight | angle | bool | choice | text | list
    choices: dict | None = None  # the vocabulary for kind == "choice"
    best: str | None = None  # "lowest" | "highest" where a smaller/larger value is plainly better


GROUPS = {
    "price": "Price",
    "fit": "Who it fits",
    "space": "Space it takes",
    "support": "Support and safety",
    "features": "Features",
    "assurance": "Warranty and claims",
}

FIELDS = (
    Field("price_cents", "Price", "price", "money", best="lowest"),
    Field("availability", "Availability", "price", "choice", vocabulary.AVAILABILITY),
    Field("status", "Status", "price", "choice", vocabulary.STATUSES),
    Field("max_user_weight_lb", "Maximum user weight", "fit", "weight", best="highest"),
    Field("user_height_min_in", "Shortest user", "fit", "height"),
    Field("user_height_max_in", "Tallest user", "fit", "height"),
    Field("in_use_length_in", "Length in use", "space", "length"),
    Field("in_use_width_in", "Width in use", "space", "length"),
    Field("in_use_height_in", "Height in use", "space", "length"),
    Field("sweep_length_in", "Length while rotating (largest)", "space", "length"),
    Field("sweep_width_in", "Width while rotating (largest)", "space", "length"),
    Field("sweep_height_in", "Height while rotating (largest)", "space", "length"),
    Field("folded_length_in", "Length folded", "space", "length"),
    Field("folded_width_in", "Width folded", "space", "length"),
    Field("folded_height_in", "Height folded", "space", "length"),
    Field("min_ceiling_in", "Ceiling needed", "space", "length"),
    Field("foldable", "Folds for storage", "space", "bool"),
    Field("unit_weight_lb", "Weight of the unit", "space", "weight"),
    Field(
        "support_level", "What carries your body", "support", "choice", vocabulary.SUPPORT_LEVELS
    ),
    Field("max_angle_deg", "Steepest angle (90° = head-down)", "support", "angle"),
    Field("angle_control", "Angle control", "support", "choice", vocabulary.ANGLE_CONTROLS),
    Field("angle_presets", "Angle settings", "support", "text"),
    Field("ankle_system", "Ankle system", "support", "text"),
    Field("needs", "Also needs", "support", "choice", vocabulary.NEEDS),
    Field("features", "Features", "features", "list"),
    Field("warranty", "Warranty", "assurance", "text"),
    Field("certification", "Certification claims", "assurance", "text"),
)

FIELDS_BY_NAME = {field.name: field for field in FIELDS}
NOT_PUBLISHED = "not published"


def value_of(product, field: Field):
    """Return the product's value for `field`, None when nobody published it."""
    value = getattr(product, field.name)
    return value or None if field.kind == "list" else value


def format_value(product, field: Field, system: str) -> str | None:
    """Return the value as a shopper reads it in `system` units, or None when unknown."""
    value = value_of(product, field)
    if value is None:
        return None
    if field.kind == "money":
        return units.format_money(value, product.price_currency)
    if field.kind == "length":
        return units.format_length(value, system)
    if field.kind == "height":
        return units.format_height(value, system)
    if field.kind == "weight":
        return units.format_weight(value, system)
    if field.kind == "angle":
        return f"{units.number(Decimal(value))}°"
    if field.kind == "bool":
        return "Yes" if value else "No"
    if field.kind == "choice":
        return field.choices.get(value, value)
    if field.kind == "list":
        return "; ".join(item["text"] for item in value)
    return str(value)
