"""Availability in one vocabulary (catalog.vocabulary.AVAILABILITY), from any spelling.

schema.org values arrive as "https://schema.org/InStock", "http://schema.org/instock",
"InStock", "in stock" or "in_stock". Nothing recognisable gives None, never "in stock".
"""

import re

_SCHEMA = {
    "instock": "in_stock",
    "instoreonly": "in_stock",
    "onlineonly": "in_stock",
    "limitedavailability": "limited",
    "preorder": "preorder",
    "presale": "preorder",
    "backorder": "backorder",
    "madetoorder": "backorder",
    "availablefororder": "backorder",
    "outofstock": "out_of_stock",
    "soldout": "out_of_stock",
    "oos": "out_of_stock",
    "discontinued": "discontinued",
}
# Buy-box wording: weak evidence, used only when no structured value was given.
_PHRASES = (
    (
        re.compile(
            r"\b(out of stock|sold out|currently unavailable|ausverkauft|épuisé|agotado)\b", re.I
        ),
        "out_of_stock",
    ),
    (re.compile(r"\b(discontinued|no longer available)\b", re.I), "discontinued"),
    (re.compile(r"\b(pre-?order)\b", re.I), "preorder"),
    (re.compile(r"\b(back-?order(ed)?)\b", re.I), "backorder"),
    (re.compile(r"\b(only \d+ left|limited stock|low stock)\b", re.I), "limited"),
    (re.compile(r"\b(in stock|auf lager|en stock|disponible)\b", re.I), "in_stock"),
)


def normalise_availability(value) -> str | None:
    """Return the catalog's word for a schema.org availability value, or None."""
    if not isinstance(value, str):
        return None
    key = re.sub(r"[^a-z]", "", value.rsplit("/", 1)[-1].casefold())
    return _SCHEMA.get(key)


def availability_in_text(text: str) -> str | None:
    """Return what buy-box wording says about stock, or None when it says nothing clear."""
    for pattern, word in _PHRASES:
        if pattern.search(text):
            return word
    return None
