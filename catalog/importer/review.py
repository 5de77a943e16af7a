"""A maintainer's decision on a held change: accept applies it (dated when the page showed
it, backed by that page), reject keeps the current value and silences the proposal."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from catalog.importer.holds import ACCEPTED, PENDING, REJECTED
from catalog.importer.links import link
from catalog.models import HeldChange, PriceObservation
from catalog.units import format_money


class NotPending(LookupError):
    """No held change with that id is waiting for review."""


@dataclass(frozen=True)
class _Context:
    run_id: int | None
    now: datetime


def describe(held: HeldChange) -> str:
    """One line for a maintainer: what, where, why."""
    proposed, current = held.proposed, held.current
    new = format_money(proposed.get("price_cents"), proposed.get("currency"))
    old = format_money(current.get("price_cents"), current.get("currency"))
    where = held.page.url if held.page else "a page no longer listed"
    seen = f"seen {held.times_seen}x at {where}"
    return f"#{held.id} {held.product.slug} price {old} -> {new}: {held.reason} ({seen})"


def accept(session: Session, held_id: int, now: datetime) -> HeldChange:
    """Apply a held price as if the page had just shown it; the caller commits."""
    held = _pending(session, held_id)
    product, seen_on = held.product, held.last_seen_at.date()
    product.price_cents = held.proposed["price_cents"]
    product.price_currency = held.proposed["currency"]
    product.price_seen = seen_on.isoformat()
    source = held.page.source if held.page else None
    if source is not None:
        link(
            product,
            "price_cents",
            source,
            held.quote or "",
            _Context(held.import_run_id, held.last_seen_at),
            replace=True,
        )
    session.add(
        PriceObservation(
            product_id=product.id,
            source_id=source.id if source else None,
            observed_on=seen_on.isoformat(),
            price_cents=product.price_cents,
            currency=product.price_currency,
            origin="import",
            import_run_id=held.import_run_id,
        )
    )
    held.status, held.resolved_at = ACCEPTED, now
    return held


def reject(session: Session, held_id: int, now: datetime) -> HeldChange:
    """Keep the current value; the same proposal will not be raised again."""
    held = _pending(session, held_id)
    held.status, held.resolved_at = REJECTED, now
    return held


def _pending(session: Session, held_id: int) -> HeldChange:
    held = session.get(HeldChange, held_id)
    if held is None or held.status != PENDING:
        raise NotPending(f"no held change #{held_id} is waiting for review")
    return held
