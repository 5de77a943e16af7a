"""Price history: a row per page each time its price, currency or availability changed.

Rows are appended, never edited, so the previous price is always a query away. A value
the page did not show this time is not a change (missing is not removed).
"""

from sqlalchemy import select

from catalog.models import PriceObservation


def observe_prices(session, product, readings, pages, held_from, context) -> None:
    """Append a price observation per page whose price, currency or availability changed."""
    for reading in readings:
        price, stock = reading.accepted.get("price"), reading.accepted.get("availability")
        if reading is held_from or not (price or stock):
            continue
        source = pages[id(reading)].source
        seen = (
            price.value.cents if price else None,
            price.value.currency if price else None,
            stock.value if stock else None,
        )
        if not _unchanged(_last(session, product.id, source.id), seen):
            session.add(_observation(product.id, source.id, seen, context))


def _observation(product_id: int, source_id: int, seen: tuple, context) -> PriceObservation:
    price_cents, currency, availability = seen
    return PriceObservation(
        product_id=product_id,
        source_id=source_id,
        observed_on=context.now.date().isoformat(),
        price_cents=price_cents,
        currency=currency,
        availability=availability,
        origin="import",
        import_run_id=context.run_id,
    )


def _last(session, product_id: int, source_id: int) -> PriceObservation | None:
    statement = (
        select(PriceObservation)
        .where(PriceObservation.product_id == product_id, PriceObservation.source_id == source_id)
        .order_by(PriceObservation.id.desc())
        .limit(1)
    )
    return session.scalar(statement)


def _unchanged(last: PriceObservation | None, seen: tuple) -> bool:
    if last is None:
        return False
    stored = (last.price_cents, last.currency, last.availability)
    return all(new is None or new == old for new, old in zip(seen, stored, strict=True))
