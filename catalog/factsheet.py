"""Everything known about one product, grouped and formatted, each figure with its sources."""

from dataclasses import dataclass

from catalog import dates
from catalog.fields import FIELDS, GROUPS, Field, format_value, value_of
from catalog.provenance import SourceRef, feature_refs, source_refs

# Notes that qualify a figure are shown under that figure's row.
NOTES = {"max_angle_deg": "angle_note", "sweep_length_in": "sweep_note", "needs": "needs_note"}


@dataclass(frozen=True)
class FactItem:
    text: str
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class FactRow:
    name: str
    label: str
    display: str | None  # None: not published
    sources: tuple[SourceRef, ...]
    note: str | None = None
    items: tuple[FactItem, ...] = ()


@dataclass(frozen=True)
class FactGroup:
    key: str
    label: str
    rows: tuple[FactRow, ...]


def fact_sheet(product, system: str) -> tuple[FactGroup, ...]:
    """Return the product's facts in shopper order; unknown figures are rows with no display."""
    return tuple(
        FactGroup(key, label, tuple(fact_row(product, f, system) for f in FIELDS if f.group == key))
        for key, label in GROUPS.items()
    )


def fact_row(product, field: Field, system: str) -> FactRow:
    """Return one formatted figure of one product with its sources and any note."""
    display = format_value(product, field, system)
    if field.kind == "money" and display and product.price_seen:
        display = f"{display} (seen {dates.describe(product.price_seen)})"
    items = ()
    if field.kind == "list":
        items = tuple(
            FactItem(f["text"], feature_refs(product, f)) for f in value_of(product, field) or []
        )
    note_field = NOTES.get(field.name)
    note = getattr(product, note_field) if note_field else None
    return FactRow(field.name, field.label, display, source_refs(product, field.name), note, items)
