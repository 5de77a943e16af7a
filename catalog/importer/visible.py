"""Prices and stock words read from the visible page: the weakest evidence, used only
when no structured source gave the field.

Text is read string by string, so HTML comments splitting a price ("$<!-- -->90.74")
vanish, and superscript cents ("1,299<sup>00</sup>") get their decimal mark back.
Prices inside related-item blocks and struck-through "was" prices are never read.
"""

import re

from bs4 import Comment, NavigableString, Tag

from catalog.importer.availability import availability_in_text
from catalog.importer.candidate import Candidate, Money
from catalog.importer.money import to_cents, visible_price

_PRICE_BOX = re.compile(r"price", re.I)
_NOT_CURRENT = re.compile(
    r"was|old|list|compare|strike|regular|save|saving|per|unit|msrp|rrp", re.I
)
_ELSEWHERE = re.compile(r"related|recommend|similar|carousel|upsell|sponsor|also", re.I)
_STOCK_BOX = re.compile(r"stock|availab", re.I)
_CENTS = re.compile(r"\d{2}")


def visible_candidates(document, decimal_mark: str, wanted: set[str]) -> list[Candidate]:
    """Return a price and/or availability from the page's visible boxes, as asked."""
    found = []
    if "price" in wanted:
        found += _first_price(document, decimal_mark)
    if "availability" in wanted:
        for box in document.with_class(_STOCK_BOX):
            text = box.get_text(" ", strip=True)
            if not _elsewhere(box) and (stock := availability_in_text(text)):
                found.append(Candidate("availability", stock, text, "visible", _describe(box)))
                break
    return found


def _first_price(document, decimal_mark: str) -> list[Candidate]:
    for box in document.with_class(_PRICE_BOX):
        if _NOT_CURRENT.search(_classes(box)) or _elsewhere(box) or box.name in ("del", "s"):
            continue
        if any(_PRICE_BOX.search(_classes(inner)) for inner in _tags_in(box)):
            continue  # read the innermost boxes, where "was" and "now" are told apart
        text = price_text(box, decimal_mark)
        reading = visible_price(text, decimal_mark)
        cents = to_cents(reading[0]) if reading else None
        if cents is not None:
            return [Candidate("price", Money(cents, reading[1]), text, "visible", _describe(box))]
    return []


def price_text(box, decimal_mark: str) -> str:
    """The box's text with comments dropped and trailing superscript cents marked."""
    sups = box.find_all("sup")
    cents = sups[-1] if sups and _CENTS.fullmatch(sups[-1].get_text(strip=True)) else None
    parts = []
    for string in box.descendants:
        if not isinstance(string, NavigableString) or isinstance(string, Comment):
            continue
        if cents is not None and string.parent is cents:
            parts.append(decimal_mark)
        parts.append(str(string))
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _tags_in(element):
    return (e for e in element.descendants if isinstance(e, Tag))


def _classes(element) -> str:
    return " ".join(element.get("class", []))


def _elsewhere(element) -> bool:
    """Whether the element sits in a block about other products."""
    for parent in element.parents:
        if parent.name and _ELSEWHERE.search(f"{_classes(parent)} {parent.get('id', '')}"):
            return True
    return False


def _describe(element) -> str:
    return f"<{element.name} class={_classes(element)!r}>"
