"""What a shopper sees of a product's price over time: every observation with its source,
a chart when there is something to chart, when its pages were last checked, and any new
price held back for review (which is never shown as the current price)."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import dates
from catalog.models import HeldChange, PriceObservation, ProductPage, Source
from catalog.price_chart import PriceChart, Seen, price_chart
from catalog.provenance import web_link
from catalog.units import format_money
from catalog.vocabulary import AVAILABILITY

# "the page at teetertv.com ..." — how its last fetch went, for shoppers.
OUTCOME_WORDS = {
    "ok": "answered and was read",
    "not_modified": "answered: unchanged since the check before",
    "gone": "was no longer there",
    "blocked": "refused our request",
    "rate_limited": "asked us to come back later",
    "server_error": "failed to answer",
    "timeout": "took too long to answer",
    "too_large": "was too large to read",
    "not_html": "was not a web page",
}


@dataclass(frozen=True)
class PriceRow:
    seen: str  # the date in words
    price: str | None
    availability: str | None
    source_title: str
    source_url: str | None  # only ever an http(s) address
    origin: str  # catalog | import


@dataclass(frozen=True)
class Checked:
    on: date
    page: str  # "the page at teetertv.com", or "the saved copy of the page"
    outcome: str
    words: str


@dataclass(frozen=True)
class PriceHistory:
    rows: tuple[PriceRow, ...]  # newest first
    chart: PriceChart | None
    checked: Checked | None
    held: tuple[str, ...]  # sentences about prices waiting for review


def price_history(session: Session, product) -> PriceHistory:
    """Return the product's price story; the caller formats nothing itself."""
    statement = (
        select(PriceObservation, Source)
        .outerjoin(Source, PriceObservation.source_id == Source.id)
        .where(PriceObservation.product_id == product.id)
    )
    found = session.execute(statement).all()
    found.sort(
        key=lambda pair: (dates.parse(pair[0].observed_on)[0].earliest, pair[0].id), reverse=True
    )
    checked = last_checked(session, product)
    seen = [
        _seen(obs, source) for obs, source in found if obs.price_cents is not None and obs.currency
    ]
    chart = price_chart(seen, checked.on if checked else None)
    rows = tuple(_row(obs, source) for obs, source in found)
    return PriceHistory(rows, chart, checked, held_notes(session, product))


def last_checked(session: Session, product) -> Checked | None:
    """When one of the product's pages was last fetched, and how that went."""
    statement = (
        select(ProductPage)
        .where(
            ProductPage.product_id == product.id,
            ProductPage.status != "retired",
            ProductPage.last_checked_at.is_not(None),
        )
        .order_by(ProductPage.last_checked_at.desc())
        .limit(1)
    )
    page = session.scalar(statement)
    if page is None:
        return None
    words = OUTCOME_WORDS.get(page.last_outcome, page.last_outcome or "")
    where = f"the page at {page.host}" if page.host else "the saved copy of the page"
    return Checked(page.last_checked_at.date(), where, page.last_outcome, words)


def held_notes(session: Session, product) -> tuple[str, ...]:
    statement = select(HeldChange).where(
        HeldChange.product_id == product.id, HeldChange.status == "pending"
    )
    notes = []
    for held in session.scalars(statement.order_by(HeldChange.id)):
        price = format_money(held.proposed.get("price_cents"), held.proposed.get("currency"))
        where = held.page.host if held.page and held.page.host else "a product page"
        notes.append(
            f"{where} showed {price} on {_day(held.last_seen_at.date())}: {held.reason}. It waits "
            "for a maintainer to confirm it, so the price shown above is the last confirmed one."
        )
    return tuple(notes)


def _seen(observation, source) -> Seen:
    on = dates.parse(observation.observed_on)[0].earliest
    price = format_money(observation.price_cents, observation.currency)
    label = f"{price}, seen {dates.describe(observation.observed_on)}"
    return Seen(on, observation.price_cents, observation.currency, _title(source), label)


def _row(observation, source) -> PriceRow:
    availability = AVAILABILITY.get(observation.availability) if observation.availability else None
    return PriceRow(
        dates.describe(observation.observed_on),
        format_money(observation.price_cents, observation.currency),
        availability,
        _title(source),
        web_link(source.url) if source else None,
        observation.origin,
    )


def _title(source) -> str:
    return (source.title or source.url or "an unnamed source") if source else "our research"


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"
