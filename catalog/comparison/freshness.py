"""The data-freshness rows: how much of each product is published, and how old it is.

Prices and specs in this catalog are often years old; a shopper should see that next to
the figures, not in a footnote elsewhere.
"""

from catalog import dates
from catalog.comparison.column import Column
from catalog.comparison.row import Cell, Item, Row, list_cell, make_row
from catalog.fields import FIELDS, value_of

LABEL = "Data freshness"


def freshness_rows(products, columns: tuple[Column, ...]) -> tuple[Row, ...]:
    pairs = list(zip(products, columns, strict=True))
    return (
        make_row("figures_published", "Figures published", [_published(p) for p, _ in pairs]),
        make_row("oldest_source", "Oldest source dated", [_dated(c, oldest=True) for c in columns]),
        make_row(
            "newest_source", "Newest source dated", [_dated(c, oldest=False) for c in columns]
        ),
        make_row("recorded_on", "Entered our catalog", [_recorded(p) for p, _ in pairs]),
        make_row("sources", "Sources", [_sources(c) for c in columns]),
    )


def _published(product) -> Cell:
    known = sum(value_of(product, field) is not None for field in FIELDS)
    return Cell(f"{known} of {len(FIELDS)}")


def _dated(column: Column, oldest: bool) -> Cell:
    dated = [ref for ref in column.sources if ref.published]
    if not dated:
        return Cell(None)
    if oldest:
        ref = min(dated, key=lambda ref: dates.parse(ref.published)[0].earliest)
    else:
        ref = max(dated, key=lambda ref: dates.latest(ref.published))
    return Cell(dates.describe(ref.published), column.numbers([ref]))


def _recorded(product) -> Cell:
    recorded = [link.recorded_on for link in product.field_sources]
    if not recorded:
        return Cell(None)
    newest = max(recorded)
    return Cell(f"{newest.day} {dates.MONTHS[newest.month - 1]} {newest.year}")


def _sources(column: Column) -> Cell:
    items = []
    for number, ref in enumerate(column.sources, start=1):
        name = ref.title or ref.url
        dated = f"dated {ref.published_words}" if ref.published else "undated"
        text = f"[{number}] {name} · {ref.tier_label} · {dated}"
        items.append(Item(text, (number,), ref.link, name))
    return list_cell(tuple(items))
