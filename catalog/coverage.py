"""How complete the catalog is: for each field shoppers see, how many products have a
value that a source backs. A value nobody published is simply missing here."""

from dataclasses import dataclass

from sqlalchemy.orm import Session

from catalog.fields import FIELDS, GROUPS, value_of
from catalog.queries import list_products
from catalog.seed import IDENTITY, IDENTITY_FIELDS


@dataclass(frozen=True)
class FieldCoverage:
    name: str
    label: str
    group: str
    sourced: int  # products with a value and at least one source for it
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.sourced / self.total) if self.total else 0


def field_coverage(session: Session) -> tuple[FieldCoverage, ...]:
    """Return one row per shopper-facing field, in the product page's order."""
    products = list_products(session)
    rows = []
    for field in FIELDS:
        backing = IDENTITY if field.name in IDENTITY_FIELDS else field.name
        sourced = sum(
            1 for p in products if value_of(p, field) is not None and p.sources_for(backing)
        )
        rows.append(
            FieldCoverage(field.name, field.label, GROUPS[field.group], sourced, len(products))
        )
    return tuple(rows)
