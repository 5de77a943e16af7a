"""Per-retailer adapters, for shops whose pages carry no usable structured data.

An adapter reads a shop's own markup and is trusted above every generic strategy on that
shop's pages. The sources file names the adapter for a retailer ("adapter": "amazon").
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from bs4 import Tag

from catalog.importer.availability import availability_in_text
from catalog.importer.candidate import Candidate, Money
from catalog.importer.money import structured_amount, to_cents, visible_price
from catalog.importer.text import clean_text


@dataclass(frozen=True)
class Adapter:
    key: str
    read: Callable  # (document, page_url, decimal_mark) -> list[Candidate]
    keep_ids: frozenset[str] = frozenset()  # elements the parser must keep for it


_AMAZON_PRICE_BOXES = (
    "corePrice_feature_div",
    "corePriceDisplay_desktop_feature_div",
    "apex_desktop",
)


def _amazon(document, page_url: str, decimal_mark: str) -> list[Candidate]:
    """Amazon-style pages: the buy box, not JSON-LD (there is none)."""
    found = []
    if title := document.by_id("productTitle"):
        text = title.get_text(" ", strip=True)
        found.append(Candidate("name", clean_text(text), text, "adapter", "#productTitle"))
    for box_id in _AMAZON_PRICE_BOXES:
        box = document.by_id(box_id)
        shown = _first_with_class(box, "a-offscreen") if box else None
        text = shown.get_text(" ", strip=True) if shown else ""
        if (reading := visible_price(text, decimal_mark)) and (cents := to_cents(reading[0])):
            found.append(
                Candidate(
                    "price", Money(cents, reading[1]), text, "adapter", f"#{box_id} .a-offscreen"
                )
            )
            break
    for element_id in ("availability", "outOfStock"):
        element = document.by_id(element_id)
        text = element.get_text(" ", strip=True) if element else ""
        if stock := availability_in_text(text):
            found.append(Candidate("availability", stock, text, "adapter", f"#{element_id}"))
            break
    return found


def _first_with_class(element, name: str):
    return next(
        (e for e in element.descendants if isinstance(e, Tag) and name in e.get("class", [])), None
    )


def _shopify(document, page_url: str, decimal_mark: str) -> list[Candidate]:
    """Shopify themes: the product JSON the theme embeds (prices in integer cents)."""
    for script in document.named("script"):
        if script.get("type") != "application/json":
            continue
        if script.has_attr("data-product-json") or script.get("id", "").startswith("ProductJson"):
            try:
                product = json.loads(script.string or "")
            except ValueError:
                return []
            return _shopify_variant(product, page_url)
    return []


def _shopify_variant(product: dict, page_url: str) -> list[Candidate]:
    variants = [v for v in product.get("variants", []) if isinstance(v, dict)]
    wanted = parse_qs(urlsplit(page_url).query).get("variant", [None])[0]
    chosen = [v for v in variants if str(v.get("id")) == wanted] or variants
    prices = {v.get("price") for v in chosen}
    if len(prices) != 1:
        return []
    variant = chosen[0]
    raw = variant.get("price")
    cents = raw if isinstance(raw, int) and raw > 0 else to_cents(structured_amount(raw))
    found = []
    if cents:
        found.append(
            Candidate("price", Money(cents, None), str(raw), "adapter", "Shopify product JSON")
        )
    if isinstance(variant.get("available"), bool):
        stock = "in_stock" if variant["available"] else "out_of_stock"
        found.append(
            Candidate(
                "availability",
                stock,
                f"available: {variant['available']}",
                "adapter",
                "Shopify product JSON",
            )
        )
    return found


ADAPTERS = {
    "amazon": Adapter(
        "amazon",
        _amazon,
        frozenset(
            {
                "productTitle",
                "corePrice_feature_div",
                "corePriceDisplay_desktop_feature_div",
                "apex_desktop",
                "availability",
                "outOfStock",
            }
        ),
    ),
    "shopify": Adapter("shopify", _shopify),
}
KEEP_IDS = frozenset().union(*(adapter.keep_ids for adapter in ADAPTERS.values()))
