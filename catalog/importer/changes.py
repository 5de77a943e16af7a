"""One product's new values from all its pages, and what they would change.

Pages are listed in the sources file in order of preference: the price (with its
currency, and the availability beside it) comes from the first page that gives one.
Specifications must agree across pages; when two pages disagree the field is withheld
and the disagreement reported.
"""

from dataclasses import dataclass

from catalog.importer.reconcile import same_value
from catalog.importer.validate import SPEC_FIELDS


@dataclass(frozen=True)
class Found:
    field: str
    value: object
    quote: str
    reading: object  # the PageReading that gave it


def merge_pages(readings: list) -> tuple[dict[str, Found], list[dict]]:
    """Return (field -> value found for the product, cross-page disagreements)."""
    usable = [r for r in readings if r.accepted]
    found, conflicts = {}, []
    priced = next((r for r in usable if "price" in r.accepted), None)
    if priced is not None:
        found["price"] = _found(priced, "price")
    stocked = priced if priced and "availability" in priced.accepted else None
    stocked = stocked or next((r for r in usable if "availability" in r.accepted), None)
    if stocked is not None:
        found["availability"] = _found(stocked, "availability")
    for name in SPEC_FIELDS:
        values = [_found(r, name) for r in usable if name in r.accepted]
        if not values:
            continue
        if all(same_value(values[0].value, other.value) for other in values[1:]):
            found[name] = values[0]
        else:
            seen = [f"{v.reading.plan.spec.url}: {v.quote}" for v in values]
            conflicts.append(
                {"field": name, "seen": seen, "outcome": "withheld: the pages disagree"}
            )
    return found, conflicts


def _found(reading, name: str) -> Found:
    decision = reading.accepted[name]
    return Found(name, decision.value, decision.quote, reading)


def json_value(value):
    """A value as the run report stores it: Decimals as exact strings."""
    return str(value) if value is not None and not isinstance(value, bool | int | str) else value
