"""OpenGraph and product meta tags (og:*, product:*, twitter:*).

For a property given twice, the first non-empty value wins, as Facebook reads it.
"""

from catalog.importer.availability import normalise_availability
from catalog.importer.candidate import Candidate, Money
from catalog.importer.currency import iso_code
from catalog.importer.money import structured_amount, to_cents
from catalog.importer.text import clean_text

_PRICE = ("product:price:amount", "og:price:amount")
_CURRENCY = ("product:price:currency", "og:price:currency")
_LIST_PRICE = ("og:price:standard_amount", "product:original_price:amount")
_AVAILABILITY = ("product:availability", "og:availability")


def meta_properties(metas) -> dict[str, str]:
    """Return meta property/name → content, lower-case keys, first non-empty value kept."""
    found: dict[str, str] = {}
    for meta in metas:
        key = (meta.get("property") or meta.get("name") or "").strip().casefold()
        content = (meta.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content
    return found


def opengraph_candidates(meta: dict[str, str], decimal_mark: str) -> list[Candidate]:
    """Price, list price, availability and name from the page's meta tags."""
    currency_text = _first(meta, _CURRENCY)
    currency = iso_code(currency_text)
    found = []
    for field, keys in (("price", _PRICE), ("list_price", _LIST_PRICE)):
        raw = _first(meta, keys)
        cents = to_cents(structured_amount(raw, decimal_mark))
        if cents is not None:
            quote = " ".join(part for part in (raw, currency_text) if part)
            found.append(Candidate(field, Money(cents, currency), quote, "opengraph", keys[0]))
    raw_stock = _first(meta, _AVAILABILITY)
    if availability := normalise_availability(raw_stock):
        found.append(
            Candidate("availability", availability, raw_stock, "opengraph", "og availability")
        )
    if title := clean_text(meta.get("og:title")):
        found.append(Candidate("name", title, meta["og:title"], "opengraph", "og:title"))
    return found


def _first(meta: dict[str, str], keys) -> str | None:
    return next((meta[key] for key in keys if key in meta), None)
