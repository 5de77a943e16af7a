"""JSON Schemas (OpenAPI 3.1 dialect) of the catalog's bodies: products, sources, errors.

The product schema is built from the catalog's own field table, so it cannot drift from
what /api/products returns.
"""

from catalog.export import EXTRA_FIELDS
from catalog.fields import FIELDS
from catalog.vocabulary import CATEGORIES, SUPPORT_LEVELS

KIND_TYPES = {
    "money": {"type": ["integer", "null"], "description": "Price in cents of price_currency."},
    "length": {"type": ["number", "null"], "description": "Inches."},
    "height": {"type": ["number", "null"], "description": "A user's height in inches."},
    "weight": {"type": ["number", "null"], "description": "Pounds."},
    "angle": {"type": ["number", "null"], "description": "Degrees past level; 90 is head-down."},
    "bool": {"type": ["boolean", "null"]},
    "text": {"type": ["string", "null"]},
}
NULLABLE_STRING = {"type": ["string", "null"]}
STRINGS = {"type": "array", "items": {"type": "string"}}


def product_schema() -> dict:
    properties = {
        "slug": {"type": "string"},
        "name": {"type": "string"},
        "brand": {"type": "string"},
        "model": {"type": "string"},
        "category": {"enum": list(CATEGORIES)},
        "support_level": {"enum": list(SUPPORT_LEVELS)},
        "description": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
    }
    for field in FIELDS:
        if field.kind == "choice":
            properties[field.name] = {"enum": [*field.choices, None], "title": field.label}
        elif field.kind in KIND_TYPES:
            properties[field.name] = {**KIND_TYPES[field.kind], "title": field.label}
    properties.update({name: NULLABLE_STRING for name in EXTRA_FIELDS})
    properties["features"] = {
        "type": "array",
        "items": {"type": "object", "properties": {"text": {"type": "string"}, "sources": STRINGS}},
    }
    properties["sources"] = {
        "type": "object",
        "description": "For each field with a value, the pages it came from.",
        "additionalProperties": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}},
    }
    return {
        "type": "object",
        "description": "Every figure is null when nobody has published it: unknown, not zero.",
        "properties": properties,
        "required": ["slug", "name", "category", "sources"],
    }


def support_schemas() -> dict:
    """The small shared shapes: a source, a citation, an error."""
    return {
        "Source": {
            "type": "object",
            "properties": {
                name: {"type": ["string", "null"]}
                for name in (
                    "url",
                    "title",
                    "publisher",
                    "tier",
                    "published",
                    "recorded_on",
                    "quote",
                )
            },
        },
        "Citation": {
            "type": "object",
            "properties": {"title": {"type": "string"}, "url": {"type": "string", "format": "uri"}},
        },
        "Error": {
            "type": "object",
            "properties": {
                "error": {
                    "type": "object",
                    "properties": {
                        "status": {"type": "integer"},
                        "message": {"type": "string"},
                        "fields": {
                            "type": "object",
                            "description": "Each bad field with its messages.",
                            "additionalProperties": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                }
            },
        },
    }
