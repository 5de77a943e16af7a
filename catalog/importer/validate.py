"""Impossible values are rejected; suspicious changes are held for a maintainer.

Hard limits are wide on purpose (nobody makes an inversion table for a 20 ft user): they
catch misreads such as a product weight taken for a user limit, or cents read as dollars.
A price that moves more than the threshold, or changes currency, is held, not applied.
"""

from dataclasses import dataclass
from decimal import Decimal

from catalog.importer.candidate import Money
from catalog.importer.reconcile import Decision
from catalog.units import round_to
from catalog.vocabulary import AVAILABILITY

PRICE_JUMP = Decimal("0.5")  # hold a price that moves by more than 50 %
STORED_PLACES = 4  # the catalog keeps lengths and weights to 1/10000 of a unit
LIMITS = {
    "price": (Decimal(1), Decimal(100_000)),  # in the currency's units
    "max_user_weight_lb": (Decimal(50), Decimal(1000)),
    "user_height_min_in": (Decimal(36), Decimal(96)),
    "user_height_max_in": (Decimal(36), Decimal(96)),
    "unit_weight_lb": (Decimal("0.5"), Decimal(500)),
}
LENGTH_LIMITS = (Decimal(1), Decimal(240))
SPEC_FIELDS = (
    "max_user_weight_lb",
    "user_height_min_in",
    "user_height_max_in",
    "in_use_length_in",
    "in_use_width_in",
    "in_use_height_in",
    "folded_length_in",
    "folded_width_in",
    "folded_height_in",
    "unit_weight_lb",
    "warranty",
)
APPLIED = ("price", "availability", *SPEC_FIELDS)


@dataclass(frozen=True)
class Rejection:
    field: str
    quote: str
    problem: str


def check(decisions: dict[str, Decision]) -> tuple[dict[str, Decision], list[Rejection]]:
    """Return (the decisions the catalog may take, the impossible ones and why)."""
    kept, rejected = {}, []
    for name, decision in decisions.items():
        if name not in APPLIED:
            continue
        value, problem = _checked(name, decision.value)
        if problem:
            rejected.append(Rejection(name, decision.quote, problem))
        else:
            kept[name] = Decision(name, value, decision.quote, decision.strategies)
    low, high = kept.get("user_height_min_in"), kept.get("user_height_max_in")
    if low and high and low.value >= high.value:
        for name in ("user_height_min_in", "user_height_max_in"):
            rejected.append(
                Rejection(name, kept.pop(name).quote, "the shortest user is not below the tallest")
            )
    return kept, rejected


def _checked(name: str, value):
    if name == "price":
        amount = Decimal(value.cents) / 100
        low, high = LIMITS["price"]
        return value, None if low <= amount <= high else f"{value} is not a believable price"
    if name == "availability":
        return value, None if value in AVAILABILITY else f"unknown availability {value!r}"
    if name == "warranty":
        return value, None if 0 < len(value) <= 300 else "not a warranty statement"
    low, high = LIMITS.get(name, LENGTH_LIMITS)
    if not low <= value <= high:
        return value, f"{value} is outside the believable range {low}–{high}"
    rounded = round_to(value, STORED_PLACES)
    return (rounded if rounded == rounded.to_integral() else rounded.normalize()), None


def hold_reason(
    current: Money | None, proposed: Money, threshold: Decimal = PRICE_JUMP
) -> str | None:
    """Why a new price must wait for a maintainer, or None when it may be applied."""
    if current is None:
        return None
    if current.currency != proposed.currency:
        return f"the currency would change from {current.currency} to {proposed.currency}"
    change = (Decimal(proposed.cents) - current.cents) / current.cents
    if abs(change) > threshold:
        direction = "rise" if change > 0 else "drop"
        limit = f"{threshold * 100:.0f} %"
        return f"a {abs(change) * 100:.0f} % price {direction} (more than the {limit} allowed)"
    return None
