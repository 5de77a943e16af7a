"""Does a product fit this person and this room? Each check gives its margin.

A figure the maker never published makes its check "unknown": never a pass, never a
fail, always with what to confirm. Space is checked against the largest space a product
sweeps while rotating where that is published (it is measured at the tallest setting, so
it is exact for the tallest users and an upper bound for everyone else).
"""

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from catalog.units import format_height, format_length, format_weight

PASS, FAIL, UNKNOWN = "pass", "fail", "unknown"
FLOOR_CATEGORIES = {"table", "chair", "headstand_bench"}  # things that stand on the floor


@dataclass(frozen=True)
class FitProfile:
    """The shopper's body and room, in inches and pounds; None where not answered."""

    height_in: Decimal | None = None
    weight_lb: Decimal | None = None
    room_length_in: Decimal | None = None
    room_width_in: Decimal | None = None
    ceiling_in: Decimal | None = None

    def is_empty(self) -> bool:
        return all(value is None for value in vars(self).values())


class FitCheck(NamedTuple):  # a NamedTuple: thousands are built per recommendation
    key: str  # height | weight | length | width | ceiling
    label: str
    status: str  # pass | fail | unknown
    have: Decimal
    needed: Decimal | None = None  # the limit or space that decides the check
    margin: Decimal | None = None  # spare (positive) or shortfall (negative), at `needed`
    reason: str = ""  # which case of the rule applied, e.g. "over" or "sweep_unknown"
    bounds: tuple[Decimal | None, Decimal | None] = (None, None)  # a rated range, low to high

    def explain(self, system: str) -> str:
        """Say the check in a sentence, in the shopper's units."""
        return EXPLAIN[self.key](self, system)


def check_fit(product, profile: FitProfile) -> tuple[FitCheck, ...]:
    """Check every answered part of the profile against the product, in a fixed order."""
    checks = []
    if profile.height_in is not None:
        checks.append(_height(product, profile.height_in))
    if profile.weight_lb is not None:
        checks.append(_weight(product, profile.weight_lb))
    if product.category in FLOOR_CATEGORIES or product.min_ceiling_in is not None:
        checks += _space(product, profile)
    return tuple(checks)


def overall(checks: tuple[FitCheck, ...]) -> str:
    """Fail if any check fails, else unknown if any is unknown, else pass."""
    statuses = {check.status for check in checks}
    return FAIL if FAIL in statuses else UNKNOWN if UNKNOWN in statuses else PASS


def _height(product, height: Decimal) -> FitCheck:
    low, high = product.user_height_min_in, product.user_height_max_in
    bounds = (low, high)
    if low is not None and height < low:
        return FitCheck("height", "Your height", FAIL, height, low, height - low, "under", bounds)
    if high is not None and height > high:
        return FitCheck("height", "Your height", FAIL, height, high, high - height, "over", bounds)
    if low is None or high is None:
        return FitCheck(
            "height", "Your height", UNKNOWN, height, reason="range_unknown", bounds=bounds
        )
    nearer = low if height - low < high - height else high
    return FitCheck(
        "height", "Your height", PASS, height, nearer, abs(height - nearer), "inside", bounds
    )


def _weight(product, weight: Decimal) -> FitCheck:
    limit = product.max_user_weight_lb
    if limit is None:
        return FitCheck("weight", "Your weight", UNKNOWN, weight, reason="limit_unknown")
    status = PASS if weight <= limit else FAIL
    return FitCheck("weight", "Your weight", status, weight, limit, limit - weight, "limit")


def _space(product, profile: FitProfile) -> list[FitCheck]:
    at_tallest = (
        profile.height_in is not None
        and product.user_height_max_in is not None
        and profile.height_in >= product.user_height_max_in
    )
    sizes = [
        (
            "length",
            "Floor length",
            profile.room_length_in,
            product.sweep_length_in,
            product.in_use_length_in,
        ),
        (
            "width",
            "Floor width",
            profile.room_width_in,
            product.sweep_width_in,
            product.in_use_width_in,
        ),
        (
            "ceiling",
            "Ceiling height",
            profile.ceiling_in,
            product.min_ceiling_in or product.sweep_height_in,
            product.in_use_height_in,
        ),
    ]
    return [
        _room_check(key, label, have, sweep, at_rest, at_tallest)
        for key, label, have, sweep, at_rest in sizes
        if have is not None
    ]


def _room_check(key, label, have, sweep, at_rest, at_tallest) -> FitCheck:
    """Compare one room size with what the product needs while rotating and at rest."""
    if sweep is not None and have >= sweep:
        return FitCheck(key, label, PASS, have, sweep, have - sweep, "sweep")
    if at_rest is not None and have < at_rest:
        return FitCheck(key, label, FAIL, have, at_rest, have - at_rest, "at_rest")
    if sweep is not None and at_tallest:
        return FitCheck(key, label, FAIL, have, sweep, have - sweep, "sweep")
    if sweep is not None:
        return FitCheck(key, label, UNKNOWN, have, sweep, have - sweep, "sweep_at_your_setting")
    if at_rest is not None:
        return FitCheck(key, label, UNKNOWN, have, at_rest, have - at_rest, "sweep_unknown")
    return FitCheck(key, label, UNKNOWN, have, reason="size_unknown")


def _explain_height(check: FitCheck, system: str) -> str:
    you = format_height(check.have, system)
    low, high = (format_height(bound, system) for bound in check.bounds)
    margin = format_length(abs(check.margin), system) if check.margin is not None else None
    if check.reason == "under":
        return f"Rated for users from {low}; you are {you} ({margin} under)."
    if check.reason == "over":
        return f"Rated for users up to {high}; you are {you} ({margin} over)."
    if check.reason == "range_unknown":
        if high:
            known = f"Rated for users up to {high}, but the shortest user it takes is"
        elif low:
            known = f"Rated for users from {low}, but the tallest user it takes is"
        else:
            known = "The height range it is rated for is"
        return f"{known} not published: confirm it takes someone {you} tall."
    inside = "exactly at its limit" if check.margin == 0 else f"{margin} inside the range"
    return f"Rated for users {low} – {high}; you are {you} ({inside})."


def _explain_weight(check: FitCheck, system: str) -> str:
    you = format_weight(check.have, system)
    if check.reason == "limit_unknown":
        return f"The maximum user weight is not published: confirm it takes {you}."
    limit, margin = format_weight(check.needed, system), format_weight(abs(check.margin), system)
    side = "to spare" if check.status == PASS else "over the limit"
    return f"Rated for users up to {limit}; you weigh {you} ({margin} {side})."


def _explain_space(check: FitCheck, system: str) -> str:
    what = {"length": "floor length", "width": "floor width", "ceiling": "ceiling height"}[
        check.key
    ]
    have = format_length(check.have, system)
    if check.reason == "size_unknown":
        return f"Its size in use is not published: confirm it fits within your {have} of {what}."
    needed = format_length(check.needed, system)
    gap = format_length(abs(check.margin), system)
    spare = f"{gap} to spare" if check.margin >= 0 else f"{gap} short"
    if check.reason == "sweep":
        return f"Needs {needed} of {what} while rotating; you have {have} ({spare})."
    if check.reason == "at_rest":
        return f"Needs {needed} of {what} even at rest; you have {have} ({spare})."
    if check.reason == "sweep_at_your_setting":
        return (
            f"At its tallest setting it needs {needed} of {what} while rotating; you have "
            f"{have}. At your setting it may need less: confirm with the maker."
        )
    return (
        f"At rest it needs {needed} of {what} and you have {have}, but the space it sweeps "
        f"while rotating is not published: confirm it."
    )


EXPLAIN = {
    "height": _explain_height,
    "weight": _explain_weight,
    "length": _explain_space,
    "width": _explain_space,
    "ceiling": _explain_space,
}
