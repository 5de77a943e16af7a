"""Write one product's findings: page records, changed fields with their new source and
date, price history, held changes. The caller runs this in one transaction per product.

Missing is not removed: a field no page gave this time keeps its value. A value equal to
the stored one (within 1 % for measurements, so 136 kg does not overwrite 300 lb) only
adds the page as one more source. A price change is applied, or held when it jumps.
"""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.importer import holds
from catalog.importer.candidate import Money
from catalog.importer.changes import Found, json_value, merge_pages
from catalog.importer.lifecycle import record_fetch
from catalog.importer.links import link
from catalog.importer.observations import observe_prices
from catalog.importer.reconcile import same_value
from catalog.importer.validate import PRICE_JUMP, SPEC_FIELDS, hold_reason
from catalog.models import ProductPage, Source


@dataclass(frozen=True)
class Context:
    run_id: int | None
    now: datetime
    price_jump: Decimal = PRICE_JUMP


@dataclass
class ProductResult:
    slug: str
    changes: list[dict] = field(default_factory=list)
    held: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)


def apply_product(session: Session, product, readings: list, context: Context) -> ProductResult:
    """Record every page's fetch and apply what the pages agree on."""
    result = ProductResult(product.slug)
    pages = {id(reading): page_row(session, product, reading) for reading in readings}
    session.flush()
    for reading in readings:
        page = pages[id(reading)]
        events = record_fetch(page, reading.fetched, context.now, reading.requested)
        result.events += [f"{reading.plan.spec.url}: {event}" for event in events]
        if reading.content_hash and reading.content_hash != page.content_hash:
            page.content_hash, page.last_changed_at = reading.content_hash, context.now
    found, result.conflicts = merge_pages(readings)
    held_from = None
    if "price" in found:
        held_from = _apply_price(session, product, found["price"], pages, context, result)
    for name in ("availability", *SPEC_FIELDS):
        if name in found:
            _apply_field(product, found[name], pages, context, result)
    observe_prices(session, product, readings, pages, held_from, context)
    if any(": gone:" in event for event in result.events) and _all_gone(session, product):
        _unlisted(product, readings, pages, context, result)
    session.flush()
    return result


def _all_gone(session: Session, product) -> bool:
    statuses = session.scalars(
        select(ProductPage.status).where(
            ProductPage.product_id == product.id, ProductPage.status != "retired"
        )
    )
    return all(status == "gone" for status in statuses)


def _unlisted(product, readings, pages, context, result) -> None:
    """Every page for the product has gone: its availability is no longer known."""
    if product.availability in (None, "unknown"):
        return
    page = pages[id(readings[0])]
    quote = f"every page for it answers 404/410 (last checked {context.now:%d %b %Y})"
    result.changes.append(
        {
            "product": product.slug,
            "field": "availability",
            "old": product.availability,
            "new": "unknown",
            "quote": quote,
            "page": page.url,
        }
    )
    product.availability = "unknown"
    link(product, "availability", page.source, quote, context, replace=True)


def page_row(session: Session, product, reading) -> ProductPage:
    """The product's row for this page (made on first sight), with the file's settings."""
    spec = reading.plan.spec
    page = session.scalar(
        select(ProductPage).where(ProductPage.product_id == product.id, ProductPage.url == spec.url)
    )
    if page is None:
        page = ProductPage(
            product_id=product.id,
            url=spec.url,
            failure_streak=0,
            gone_streak=0,
            moved_streak=0,
            status="active",
        )
        session.add(page)
    retailer = spec.retailer
    page.host, page.retailer, page.adapter = reading.plan.host, retailer.key, retailer.adapter
    page.currency, page.decimal_mark = retailer.currency, retailer.decimal_mark
    page.status = "active" if page.status == "retired" else page.status
    title = spec.title or (reading.extraction.title if reading.extraction else "")
    page.source = page.source or _source(session, spec, title)
    if not page.source.title and title:
        page.source.title = title
    return page


def _source(session: Session, spec, title: str) -> Source:
    source = session.scalar(select(Source).where(Source.url == spec.url))
    if source is None:
        source = Source(
            url=spec.url, title=title, publisher=spec.retailer.name, tier=spec.retailer.tier
        )
        session.add(source)
    return source


def _apply_price(session, product, found: Found, pages, context, result) -> object:
    """Apply, confirm or hold the price; return the reading whose price was held, if any."""
    money, page = found.value, pages[id(found.reading)]
    current = None
    if product.price_cents is not None:
        current = Money(product.price_cents, product.price_currency)
    if current == money:
        holds.supersede(session, product, "price_cents", context.now)
        if link(product, "price_cents", page.source, found.quote, context, replace=False):
            result.confirmed.append("price_cents")
        product.price_seen = context.now.date().isoformat()
        return None
    if reason := hold_reason(current, money, context.price_jump):
        _hold_price(session, product, found, page, current, reason, context, result)
        return found.reading
    change = _change(product, "price_cents", current and current.cents, money.cents, found, page)
    change.update(old_currency=current and current.currency, currency=money.currency)
    result.changes.append(change)
    product.price_cents, product.price_currency = money.cents, money.currency
    product.price_seen = context.now.date().isoformat()
    link(product, "price_cents", page.source, found.quote, context, replace=True)
    holds.supersede(session, product, "price_cents", context.now)
    return None


def _hold_price(session, product, found, page, current, reason, context, result) -> None:
    money = found.value
    proposal = holds.Proposal(
        "price_cents",
        {"price_cents": current.cents, "currency": current.currency},
        {"price_cents": money.cents, "currency": money.currency},
        found.quote,
        reason,
    )
    _, new = holds.hold(session, product, page, proposal, context.run_id, context.now)
    result.held.append(
        {
            "field": "price_cents",
            "current": proposal.current,
            "proposed": proposal.proposed,
            "reason": reason,
            "new": new,
            "page": page.url,
        }
    )


def _apply_field(product, found: Found, pages, context, result) -> None:
    page, old = pages[id(found.reading)], getattr(product, found.field)
    if old is not None and same_value(old, found.value):
        if link(product, found.field, page.source, found.quote, context, replace=False):
            result.confirmed.append(found.field)
        return
    result.changes.append(_change(product, found.field, old, found.value, found, page))
    setattr(product, found.field, found.value)
    link(product, found.field, page.source, found.quote, context, replace=True)


def _change(product, name: str, old, new, found: Found, page) -> dict:
    return {
        "product": product.slug,
        "field": name,
        "old": json_value(old),
        "new": json_value(new),
        "quote": found.quote,
        "page": page.url,
    }
