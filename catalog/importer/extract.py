"""Everything a page says about its product, as candidates with their provenance.

Strategies run in trust order — retailer adapter, JSON-LD, microdata, OpenGraph, spec
tables, visible text — and all of their findings are kept, so reconcile can see when
they disagree. Visible text is read only for fields no structured source gave.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from catalog.importer.adapters import ADAPTERS
from catalog.importer.candidate import STRUCTURED, Candidate, Money
from catalog.importer.decode import decode
from catalog.importer.graph import flatten, get, index_nodes, main_product, prop
from catalog.importer.jsonld import decode_blocks
from catalog.importer.microdata import microdata_items
from catalog.importer.money import to_cents
from catalog.importer.offers import read_offers
from catalog.importer.opengraph import meta_properties, opengraph_candidates
from catalog.importer.sources import Retailer
from catalog.importer.spectable import spec_candidates, spec_rows
from catalog.importer.text import clean_text
from catalog.importer.visible import visible_candidates

_JUNK_IMAGE = re.compile(r"logo|icon|sprite|placeholder|spacer|blank\.gif|pixel", re.I)
_MALFORMED = re.compile(r"^https?:/(?!/)", re.I)
_UNIT_CODES = {"LBR": "lb", "KGM": "kg", "CMT": "cm", "INH": "in", "MMT": "mm", "MTR": "m"}


@dataclass
class Extraction:
    candidates: list[Candidate] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)  # values seen but unreadable
    repairs: list[str] = field(default_factory=list)  # JSON-LD that needed mending
    title: str = ""
    canonical: str | None = None
    product: str = ""  # how the page's own product was found, or why it was not
    images: list[str] = field(default_factory=list)
    encoding: str | None = None


def extract(body: bytes, content_type: str | None, url: str, retailer: Retailer) -> Extraction:
    """Parse a page once and run every strategy over it."""
    document = decode(body, content_type)
    mark = retailer.decimal_mark
    meta = meta_properties(document.named("meta"))
    result = Extraction(title=_title(document, meta), encoding=document.encoding)
    result.canonical = _canonical(document, meta, url)
    page_urls = [url, *([result.canonical] if result.canonical else [])]
    if retailer.adapter:
        result.candidates += ADAPTERS[retailer.adapter].read(document, url, mark)
    scripts = [s for s in document.named("script") if "ld+json" in s.get("type", "").casefold()]
    blocks = decode_blocks([script.string or "" for script in scripts])
    result.repairs = [f"JSON-LD block {b.index}: {b.repair}" for b in blocks if b.repair]
    jsonld_nodes = [node for block in blocks for node in flatten(block.data)]
    _read_schema(result, jsonld_nodes, "jsonld", page_urls, mark)
    _read_schema(
        result,
        flatten(microdata_items(document.with_attribute("itemscope"), url)),
        "microdata",
        page_urls,
        mark,
    )
    result.candidates += opengraph_candidates(meta, mark)
    rows, problems = spec_candidates(spec_rows(document))
    result.candidates += rows
    result.problems += problems
    result.candidates = _trusted(result.candidates, retailer)
    given = {c.field for c in result.candidates if c.strategy in STRUCTURED}
    wanted = {"price", "availability"} - given
    result.candidates += _trusted(visible_candidates(document, mark, wanted), retailer)
    result.images = _images(result.images + [meta.get("og:image")], url)
    return result


def _trusted(candidates: list[Candidate], retailer: Retailer) -> list[Candidate]:
    """Drop what the retailer's settings say is wrong on its pages ("jsonld:price")."""
    return [c for c in candidates if f"{c.strategy}:{c.field}" not in retailer.ignore]


def _read_schema(
    result: Extraction, nodes: list[dict], strategy: str, page_urls, mark: str
) -> None:
    if not nodes:
        return
    nodes, index = index_nodes(nodes)
    product, how = main_product(nodes, index, page_urls, result.title)
    label = "JSON-LD" if strategy == "jsonld" else "microdata"
    result.product = result.product or f"{label}: {how}"
    if product is None:
        return
    if name := clean_text(get(product, "name"), strip_tags=True):
        result.candidates.append(
            Candidate("name", name, str(get(product, "name")), strategy, label)
        )
    if brand := _brand(product, index):
        result.candidates.append(Candidate("brand", brand, brand, strategy, label))
    offer = read_offers(product, index, page_urls[0], mark)
    result.candidates += _offer_candidates(offer, strategy, f"{label} offers")
    if offer.note:
        result.problems.append({"label": f"{label} price", "quote": "", "problem": offer.note})
    specs, problems = spec_candidates(_properties(product, index), strategy)
    result.candidates += specs
    result.problems += problems
    result.images += [_image_url(image) for image in prop(product, "image", index)]


def _offer_candidates(offer, strategy: str, where: str) -> list[Candidate]:
    found = []
    for name, amount in (("price", offer.amount), ("list_price", offer.list_amount)):
        if (cents := to_cents(amount)) is not None:
            money = Money(cents, offer.currency)
            found.append(Candidate(name, money, offer.quote, strategy, where))
    if offer.availability:
        quote = offer.availability_quote
        found.append(Candidate("availability", offer.availability, quote, strategy, where))
    return found


def _brand(product: dict, index: dict) -> str:
    for brand in prop(product, "brand", index):
        name = get(brand, "name") if isinstance(brand, dict) else brand
        if text := clean_text(name, strip_tags=True):
            return text
    return ""


def _properties(product: dict, index: dict) -> list[tuple[str, str, str]]:
    """additionalProperty values and a QuantitativeValue weight, as labelled rows."""
    rows = []
    for item in prop(product, "additionalProperty", index):
        if isinstance(item, dict) and get(item, "name") is not None:
            rows.append((str(get(item, "name")), _with_unit(item), "additionalProperty"))
    weight = get(product, "weight")
    if isinstance(weight, dict):
        rows.append(("Product weight", _with_unit(weight), "weight"))
    return rows


def _with_unit(item: dict) -> str:
    code = str(get(item, "unitCode") or "").upper()
    unit = _UNIT_CODES.get(code) or str(get(item, "unitText") or "")
    return f"{get(item, 'value')} {unit}".strip()


def _image_url(image) -> str | None:
    if isinstance(image, dict):
        image = get(image, "url") or get(image, "contentUrl")
    return image if isinstance(image, str) else None


def _images(urls: list, base: str) -> list[str]:
    """Absolute http(s) image URLs, de-duplicated, in order, logos and icons dropped.

    Relative and protocol-relative ("//cdn.shop/x.jpg") URLs are resolved; a malformed one
    ("https:/www2.shop/x.jpg", one slash) is dropped rather than read as a path.
    """
    kept = []
    for url in urls:
        if not isinstance(url, str) or not url.strip() or _MALFORMED.match(url.strip()):
            continue
        absolute = urljoin(base, url.strip())
        if _is_image_url(absolute) and absolute not in kept:
            kept.append(absolute)
    return kept


def _is_image_url(url: str) -> bool:
    parts = urlsplit(url)
    return (
        parts.scheme in ("http", "https")
        and "." in (parts.hostname or "")
        and not _JUNK_IMAGE.search(parts.path)
    )


def _title(document, meta: dict) -> str:
    headings = [*document.named("h1")[:1], *document.named("title")[:1]]
    for text in (meta.get("og:title"), *(_text(element) for element in headings)):
        if cleaned := clean_text(text):
            return cleaned
    return ""


def _text(element) -> str | None:
    return element.get_text(" ", strip=True) if element is not None else None


def _canonical(document, meta: dict, url: str) -> str | None:
    links = [e for e in document.named("link") if "canonical" in e.get("rel", [])]
    link = links[0] if links else None
    href = (link.get("href") if link else None) or meta.get("og:url")
    absolute = urljoin(url, href.strip()) if href and href.strip() else None
    return absolute if absolute and urlsplit(absolute).scheme in ("http", "https") else None
