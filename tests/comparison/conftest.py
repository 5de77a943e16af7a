"""Readers for the comparison as the shopper gets it: the HTML table, the CSV, the JSON."""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from catalog.comparison.fit_table import STATUS_WORDS
from webapp import create_app

NOT_PUBLISHED = "not published"


@pytest.fixture(scope="module")
def client(loaded_db, database_url):
    """A client of one app per module (templates compile once); the catalog is read-only."""
    app = create_app({"TESTING": True, "DATABASE_URL": database_url})
    yield app.test_client()
    app.extensions["catalog_engine"].dispose()


def html_rows(html: str) -> list[list[str]]:
    """Each table row as [group, label, value per product], text as a shopper reads it."""
    table = BeautifulSoup(html, "html.parser").select_one("table.compare-table")
    rows = []
    for body in table.select("tbody"):
        group = body.select_one("tr.group-row th").get_text(" ", strip=True)
        for tr in body.select("tr:not(.group-row)"):
            label = tr.th.find(string=True, recursive=False).strip()
            rows.append([group, label, *(cell_text(td) for td in tr.select("td"))])
    return rows


def cell_text(td) -> str:
    if status := td.select_one(".fit-status"):
        return f"{status.get_text(strip=True)}. {td.select_one('.fit-text').get_text(strip=True)}"
    if items := td.select(".cell-item"):
        return "; ".join(item.get_text() for item in items)
    if td.select_one(".cell-value") is None:
        assert td.select_one(".unknown").get_text(strip=True) == NOT_PUBLISHED
        return NOT_PUBLISHED
    return td.select_one(".cell-value").get_text()


def html_marks(html: str) -> list[tuple[bool, list[int]]]:
    """(differs, best positions) for each product row of the table, in order."""
    table = BeautifulSoup(html, "html.parser").select_one("table.compare-table")
    return [
        (
            "differs" in tr["class"],
            [i for i, td in enumerate(tr.select("td")) if "best" in td["class"]],
        )
        for tr in table.select("tbody:not(.fit-rows) tr:not(.group-row)")
    ]


def csv_rows(text: str) -> list[list[str]]:
    """The CSV without its header and its Differs and Best columns."""
    return [line[:-2] for line in list(csv.reader(io.StringIO(text)))[1:]]


def json_rows(record: dict) -> list[list[str]]:
    rows = [
        [group["label"], row["label"], *(NOT_PUBLISHED if v is None else v for v in row["values"])]
        for group in record["groups"]
        for row in group["rows"]
    ]
    if record["fit"]:
        rows += [
            [
                "Fit against your answers",
                row["label"],
                *(f"{STATUS_WORDS[v['status']]}. {v['text']}" for v in row["values"]),
            ]
            for row in record["fit"]["rows"]
        ]
    return rows


def fit_rows_first(rows: list[list[str]]) -> list[list[str]]:
    """The page puts the fit rows first, the downloads last: order them alike."""
    fit = [row for row in rows if row[0] == "Fit against your answers"]
    return fit + [row for row in rows if row[0] != "Fit against your answers"]
