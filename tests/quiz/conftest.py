"""Helpers for the quiz's HTTP tests: answers as a query or JSON, and reading the pages."""

from urllib.parse import urlencode

from bs4 import BeautifulSoup

HEALTHY = {
    "conditions": "none",
    "height": "5'10\"",
    "weight": "180",
    "room_length": "120",
    "room_width": "96",
    "ceiling": "96",
}
# The same answers as the recommendations API takes them.
JSON_HEALTHY = {
    "conditions": [],
    "height": "5'10\"",
    "weight": 180,
    "room_length": 120,
    "room_width": 96,
    "ceiling": 96,
}


def query(**answers) -> str:
    """The query string for these answers (lists become repeated values)."""
    return urlencode({**HEALTHY, **answers}, doseq=True)


def page(response) -> BeautifulSoup:
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def pick_slugs(soup) -> list[str]:
    return [a["href"].rsplit("/", 1)[-1] for a in soup.select(".pick h3 a")]


def excluded_slugs(soup) -> list[str]:
    return [a["href"].rsplit("/", 1)[-1] for a in soup.select("details.excluded > ul > li > a")]
