"""Build the comparison table: grouped rows, best-in-row, computed rows and fit columns.

Rows come from catalog.fields.FIELDS, in its groups and order, with the computed rows
after the field they follow and a data-freshness group last. Every row is kept, even one
where nothing is published (that absence is worth seeing); `only_differences` drops the
rows whose cells all read the same, which includes the all-unknown ones. Fit rows are
about the shopper, not the products, and are never dropped.
"""

from dataclasses import dataclass, replace

from catalog.comparison import freshness
from catalog.comparison.best import BEST_WORDS, best_positions, price_values
from catalog.comparison.column import Column, column_for
from catalog.comparison.computed import COMPUTED, computed_row
from catalog.comparison.fit_table import FitTable, fit_table
from catalog.comparison.row import Cell, Group, Item, Row, make_row
from catalog.factsheet import fact_row
from catalog.fields import FIELDS, GROUPS, Field, value_of
from catalog.fit import FitProfile


@dataclass(frozen=True)
class Comparison:
    system: str
    columns: tuple[Column, ...]
    groups: tuple[Group, ...]
    fit: FitTable | None = None
    only_differences: bool = False

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(row for group in self.groups for row in group.rows)


def build_comparison(
    products, system: str, profile: FitProfile | None = None, only_differences: bool = False
) -> Comparison:
    """Compare the products, in the order given, in `system` units.

    A lone product has nothing to differ from, so `only_differences` needs two or more.
    """
    products = tuple(products)
    only_differences = only_differences and len(products) > 1
    columns = tuple(column_for(product) for product in products)
    groups = [
        Group(key, label, _group_rows(key, products, columns, system))
        for key, label in GROUPS.items()
    ]
    groups.append(Group("freshness", freshness.LABEL, freshness.freshness_rows(products, columns)))
    if only_differences:
        groups = [replace(g, rows=tuple(r for r in g.rows if r.differs)) for g in groups]
    fit = fit_table(products, profile, system) if profile else None
    return Comparison(system, columns, tuple(g for g in groups if g.rows), fit, only_differences)


def _group_rows(group: str, products, columns, system: str) -> tuple[Row, ...]:
    rows = []
    for field in FIELDS:
        if field.group != group:
            continue
        rows.append(field_row(field, products, columns, system))
        rows += [
            computed_row(computed, products, columns, system)
            for computed in COMPUTED
            if computed.after == field.name
        ]
    return tuple(rows)


def field_row(field: Field, products, columns, system: str) -> Row:
    """One field of every product, as the product page shows it (prices with their date)."""
    cells = [
        _cell(fact_row(product, field, system), column)
        for product, column in zip(products, columns, strict=True)
    ]
    best = ()
    if field.best:
        values = (
            price_values(products)
            if field.kind == "money"
            else [value_of(product, field) for product in products]
        )
        best = best_positions(values, field.best)
    return make_row(field.name, field.label, cells, best, BEST_WORDS.get(field.best, ""))


def _cell(fact, column: Column) -> Cell:
    items = tuple(Item(item.text, column.numbers(item.sources)) for item in fact.items)
    return Cell(fact.display, column.numbers(fact.sources), fact.note, items)
