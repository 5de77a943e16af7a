"""Which cells of a row hold the best value, and whether a row's values differ.

"Best" is marked only where it is beyond argument: the lowest price, the highest rated
capacity, the smallest folded footprint. It is chosen among known values only, and only
when there is something to beat: a single known value beside unknowns is not "best", and
neither is a value every known cell shares. Ties for best are all marked.
"""

from decimal import Decimal

BEST_WORDS = {"lowest": "Lowest", "highest": "Highest", "smallest": "Smallest"}


def best_positions(values: list[Decimal | int | None], direction: str) -> tuple[int, ...]:
    """Return the positions of the best known value (smallest for "lowest"/"smallest")."""
    known = [(position, value) for position, value in enumerate(values) if value is not None]
    if len(known) < 2:
        return ()
    pick = max if direction == "highest" else min
    top = pick(value for _, value in known)
    winners = tuple(position for position, value in known if value == top)
    return winners if len(winners) < len(known) else ()


def differs(texts: list[str | None]) -> bool:
    """Whether a shopper would read different values in the row.

    A published value beside "not published" is a difference (one of them is something
    to ask the seller about); a row where every cell is unknown, or every cell reads the
    same, is not. Values are compared as shown, in the shopper's units.
    """
    return len(set(texts)) > 1


def price_values(products) -> list[int | None]:
    """Prices in cents, comparable only when every known price is in one currency."""
    currencies = {p.price_currency or "USD" for p in products if p.price_cents is not None}
    if len(currencies) > 1:
        return [None for _ in products]
    return [p.price_cents for p in products]
