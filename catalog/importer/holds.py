"""Changes held for review: recorded once, seen again without new rows, and resolved by a
maintainer (accept applies the value, reject keeps the current one for good)."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.models import HeldChange

PENDING, ACCEPTED, REJECTED, SUPERSEDED = "pending", "accepted", "rejected", "superseded"


@dataclass(frozen=True)
class Proposal:
    field: str
    current: dict
    proposed: dict
    quote: str
    reason: str


def hold(session: Session, product, page, proposal: Proposal, run_id, now: datetime):
    """Hold a proposal for review; return (the held change, whether it is new).

    The same proposal seen again only bumps its counters; one a maintainer rejected
    stays rejected and is not raised again.
    """
    for held in _held(session, product, proposal.field):
        if held.proposed == proposal.proposed and held.status in (PENDING, REJECTED):
            if held.status == PENDING:
                held.last_seen_at, held.times_seen = now, held.times_seen + 1
            return held, False
    supersede(session, product, proposal.field, now)
    held = HeldChange(
        product_id=product.id,
        page_id=page.id,
        **proposal.__dict__,
        status=PENDING,
        first_seen_at=now,
        last_seen_at=now,
        times_seen=1,
        import_run_id=run_id,
    )
    session.add(held)
    return held, True


def supersede(session: Session, product, field: str, now: datetime) -> None:
    """Close pending holds of a field whose page has since moved on."""
    for held in _held(session, product, field):
        if held.status == PENDING:
            held.status, held.resolved_at = SUPERSEDED, now


def list_pending(session: Session) -> list[HeldChange]:
    """Every change waiting for a maintainer, oldest first."""
    return list(
        session.scalars(
            select(HeldChange)
            .where(HeldChange.status == PENDING)
            .order_by(HeldChange.first_seen_at, HeldChange.id)
        )
    )


def _held(session: Session, product, field: str) -> list[HeldChange]:
    statement = select(HeldChange).where(
        HeldChange.product_id == product.id, HeldChange.field == field
    )
    return list(session.scalars(statement.order_by(HeldChange.id)))
