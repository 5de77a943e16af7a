"""What a shopper must confirm before buying a product, and what to watch once they have it.

An unknown is a figure or feature nobody published that matters for these answers: it never
rules a product out and never counts as a pass; it becomes a sentence saying exactly what
to ask the seller. Cautions are things that are known and worth keeping in mind.
"""

from datetime import date
from functools import lru_cache

from catalog import dates
from catalog.fit import UNKNOWN
from catalog.recommender.answers import JOINTS, Answers
from catalog.recommender.assessment import Assessment
from catalog.recommender.constraints import NO_PARTWAY, priced_in_dollars
from catalog.recommender.safety import CAUTION, FULL_INVERSION_DEG, OK, SafetyVerdict
from catalog.units import format_length, format_money, number

STALE_PRICE_DAYS = 2 * 365
NEEDS = {
    "bar": "No bar in our catalog is rated by its maker for hanging upside down: use only a bar "
    "whose maker rates it for that, fitted the way they say.",
    "overhead_anchor": "Needs an overhead anchor fixed into a joist, beam or concrete; never "
    "into drywall, plaster or a drop ceiling.",
    "wall": "Needs a clear stretch of wall to lean against.",
}


def unknowns(assessment: Assessment, answers: Answers, safety: SafetyVerdict) -> tuple[str, ...]:
    """Return what to confirm before buying, one sentence each.

    The sides of a size nobody published share one sentence.
    """
    product, units = assessment.product, answers.units
    unknown = [check for check in assessment.checks if check.status == UNKNOWN]
    sizes = [check for check in unknown if check.reason == "size_unknown"]
    merged = len(sizes) > 1
    found = [c.explain(units) for c in unknown if not (merged and c.reason == "size_unknown")]
    if merged:
        found.append(_size_unknown(sizes, units))
    for applies, words in NOTES:
        if applies(product, answers, safety):
            found.append(words if isinstance(words, str) else words(product, answers))
    return tuple(found)


def unknown_count(assessment: Assessment, answers: Answers, safety: SafetyVerdict) -> int:
    """Return how many unpublished figures matter here (each side of a size counts)."""
    product = assessment.product
    checks = sum(1 for check in assessment.checks if check.status == UNKNOWN)
    return checks + sum(1 for applies, _words in NOTES if applies(product, answers, safety))


def _fold_unknown(product, answers: Answers, _safety) -> bool:
    return answers.must_fold and product.foldable is None


def _price_not_comparable(product, answers: Answers, _safety) -> bool:
    return answers.budget_cents is not None and not priced_in_dollars(product)


def _limit_unknown(product, answers: Answers, safety: SafetyVerdict) -> bool:
    if product.category != "table" or product.angle_control is not None:
        return False
    return safety.verdict == CAUTION or answers.experience == "never"


def _reach_unknown(product, answers: Answers, safety: SafetyVerdict) -> bool:
    table = product.category == "table" and product.max_angle_deg is None
    return table and _wants_full_inversion(answers, safety)


def cautions(product, answers: Answers, safety: SafetyVerdict, today: date) -> tuple[str, ...]:
    """Return what to keep in mind about this product for these answers."""
    found = []
    if product.price_cents is not None and _is_stale(product.price_seen, today):
        found.append(f"Price seen {dates.describe(product.price_seen)}: check today's price.")
    if product.needs in NEEDS:
        found.append(NEEDS[product.needs])
    if answers.joints and product.category == "table":
        pains = " or ".join(JOINTS[j].lower() for j in JOINTS if j in answers.joints)
        found.append(
            f"On a table your ankles carry more of your weight the steeper you go: with {pains}, "
            "stay at gentle angles and stop if it hurts."
        )
    if answers.mobility and product.category == "table":
        found.append(
            "You lie back on a table and bend to lock your ankles: ask about a long ankle "
            "handle, or have someone help you on and off."
        )
    if answers.experience == "never" and product.category in NO_PARTWAY:
        found.append(
            "It has no gentler setting than fully upside down: learn it with someone "
            "experienced beside you."
        )
    found += _exercise_cautions(product, answers, safety)
    return tuple(found)


def _exercise_cautions(product, answers: Answers, safety: SafetyVerdict) -> list[str]:
    if not _wants_full_inversion(answers, safety):
        return []
    if product.max_angle_deg is not None and product.max_angle_deg < FULL_INVERSION_DEG:
        angle = number(product.max_angle_deg)
        return [f"Stops at {angle}°, short of the full inversion the exercises need."]
    if product.category == "chair" and product.max_angle_deg is None:
        return [
            "Chairs usually stop short of fully head-down (often around 70°), so the inverted "
            "exercises may not be possible in it."
        ]
    return []


def _size_unknown(checks, units: str) -> str:
    sides = {"length": "long", "width": "wide", "ceiling": "high"}
    room = ", ".join(f"{format_length(c.have, units)} {sides[c.key]}" for c in checks)
    return f"Its size in use is not published: confirm it fits your room ({room})."


def _price_unknown(product, answers: Answers) -> str:
    budget = format_money(answers.budget_cents, "USD")
    if product.price_cents is None:
        return f"Its price is not published: check it fits your {budget} budget."
    return f"Its price is in {product.price_currency}: check it fits your {budget} budget."


def _is_stale(seen: str | None, today: date) -> bool:
    return bool(seen) and (today - _latest(seen)).days > STALE_PRICE_DAYS


@lru_cache(maxsize=1024)
def _latest(seen: str) -> date:
    return dates.latest(seen)  # few distinct dates, each parsed once


def _wants_full_inversion(answers: Answers, safety: SafetyVerdict) -> bool:
    return answers.goal == "exercises" and safety.verdict == OK


# What else may need confirming beyond the fit checks: when it applies, and what to say.
NOTES = (
    (_fold_unknown, "Whether it folds is not published: confirm it folds away before buying."),
    (_price_not_comparable, _price_unknown),
    (
        _limit_unknown,
        "How to limit the angle is not published: confirm it has a tether or pin settings to "
        "stop at a gentle angle before buying.",
    ),
    (
        _reach_unknown,
        "How far it tips is not published: confirm it reaches 90°, fully head-down, which the "
        "inverted exercises need.",
    ),
)
