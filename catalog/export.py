"""Products as plain JSON-ready records: every field (None when not published) and, for
each field that has a value, the sources it came from."""

from decimal import Decimal

from catalog.fields import FIELDS
from catalog.provenance import feature_refs, source_refs
from catalog.seed import IDENTITY

IDENTITY_FIELDS = ("brand", "model", "category", "support_level", "description")
EXTRA_FIELDS = (
    "price_currency",
    "price_seen",
    "angle_note",
    "sweep_note",
    "needs_note",
    "status_note",
    "data_notes",
)
# Fields whose provenance is stored under another field's name.
SOURCED_WITH = {
    "price_currency": "price_cents",
    "price_seen": "price_cents",
    **{name: IDENTITY for name in (*IDENTITY_FIELDS, "status")},
}
UNSOURCED = {"status_note", "data_notes"}  # the catalog's own words about its data


def json_number(value):
    """Return a Decimal as an int when whole, else a float; other values unchanged."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def product_record(product) -> dict:
    """Return every field of the product and a `sources` object for the non-null ones."""
    names = [*IDENTITY_FIELDS, *(f.name for f in FIELDS if f.name != "features"), *EXTRA_FIELDS]
    record = {"slug": product.slug, "name": product.name}
    record.update({name: json_number(getattr(product, name)) for name in names})
    record["features"] = [
        {"text": f["text"], "sources": [ref.url or ref.title for ref in feature_refs(product, f)]}
        for f in product.features or []
    ]
    record["sources"] = {
        name: [ref.as_json() for ref in source_refs(product, SOURCED_WITH.get(name, name))]
        for name in [*names, "features"]
        if record.get(name) not in (None, []) and name not in UNSOURCED
    }
    return record
