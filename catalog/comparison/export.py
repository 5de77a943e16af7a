"""The comparison as CSV and as a JSON-ready record: the same rows and values as the page.

A cell reads exactly as on the page: its text in the shopper's units, "not published"
(CSV) or null (JSON) where nobody published the figure. Fit cells read "Fits. <why>".
"""

import csv
import io
from dataclasses import asdict

from catalog.comparison.row import Row
from catalog.comparison.table import Comparison
from catalog.export import json_number

FIT_GROUP = "Fit against your answers"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets would run as formulas


def table_rows(comparison: Comparison) -> list[list[str]]:
    """The table as text: group, row, one value per product; fit rows last."""
    rows = [
        [group.label, row.label, *(cell.shown for cell in row.cells)]
        for group in comparison.groups
        for row in group.rows
    ]
    if comparison.fit:
        rows += [
            [FIT_GROUP, row.label, *(cell.shown for cell in row.cells)]
            for row in comparison.fit.rows
        ]
    return rows


def comparison_csv(comparison: Comparison) -> str:
    """CSV with a header of product names, then a line per row, plus Differs and Best."""
    extra = {
        (group.label, row.label): _marks(row, comparison)
        for group in comparison.groups
        for row in group.rows
    }
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    names = [_safe(column.name) for column in comparison.columns]  # imported text, too
    writer.writerow(["Group", "Row", *names, "Differs", "Best"])
    for line in table_rows(comparison):
        writer.writerow([_safe(text) for text in [*line, *extra.get((line[0], line[1]), ["", ""])]])
    return out.getvalue()


def _marks(row: Row, comparison: Comparison) -> list[str]:
    best = "; ".join(comparison.columns[position].name for position in row.best)
    return ["yes" if row.differs else "no", f"{row.best_word}: {best}" if best else ""]


def _safe(text: str) -> str:
    """Keep a spreadsheet from reading a value as a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def comparison_record(comparison: Comparison) -> dict:
    """The comparison as plain JSON values; `best` lists product slugs."""
    slugs = [column.slug for column in comparison.columns]
    return {
        "units": comparison.system,
        "only": "differences" if comparison.only_differences else "all",
        "products": [
            {
                "slug": column.slug,
                "name": column.name,
                "category": column.category,
                "category_label": column.category_label,
                "sources": [
                    {"number": number, **ref.as_json()}
                    for number, ref in enumerate(column.sources, start=1)
                ],
            }
            for column in comparison.columns
        ],
        "groups": [
            {"key": g.key, "label": g.label, "rows": [_row(row, slugs) for row in g.rows]}
            for g in comparison.groups
        ],
        "fit": _fit(comparison.fit),
    }


def _row(row: Row, slugs: list[str]) -> dict:
    return {
        "key": row.key,
        "label": row.label,
        "values": [cell.text for cell in row.cells],
        "differs": row.differs,
        "best": [slugs[position] for position in row.best],
        "best_means": row.best_word.lower() or None,
        "sources": [list(cell.sources) for cell in row.cells],
        "notes": [cell.note for cell in row.cells],
        "how": row.how or None,
    }


def _fit(fit) -> dict | None:
    if fit is None:
        return None
    return {
        "answers": [{"label": label, "value": value} for label, value in fit.answers],
        "profile": {name: json_number(value) for name, value in asdict(fit.profile).items()},
        "rows": [
            {
                "key": row.key,
                "label": row.label,
                "values": [{"status": c.status, "text": c.text} for c in row.cells],
            }
            for row in fit.rows
        ],
    }
