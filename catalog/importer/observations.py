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
        last = session.scalar(
            select(PriceObservation)
            .where(
                PriceObservation.product_id == product.id, PriceObservation.source_id == source.id
            )
            .order_by(PriceObservation.id.desc())
            .limit(1)
        )
        seen = (
            price.value.cents if price else None,
            price.value.currency if price else None,
            stock.value if stock else None,
        )
        if last is not None and all(
            new is None or new == old
            for new, old in zip(
                seen, (last.price_cents, last.currency, last.availability), strict=True
            )
        ):
            continue
        session.add(
            PriceObservation(
                product_id=product.id,
                source_id=source.id,
                observed_on=context.now.date().isoformat(),
                price_cents=seen[0],
                currency=seen[1],
                availability=seen[2],
                origin="import",
                import_run_id=context.run_id,
            )
        )
