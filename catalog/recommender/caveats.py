"""What a shopper must confirm before buying a product, and what to watch once they have it.

An unknown is a figure or feature nobody published that matters for these answers: it never
rules a product out and never counts as a pass; it becomes a sentence saying exactly what
to ask the seller. Cautions are things that are known and worth keeping in mind.
"""

from datetime import date
from functools import lru_cache, partial

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


def unknowns(assessment: Assessment, answers: Answers, safety: SafetyVerdict) -> tuple:
    """Return what to confirm before buying, one sentence each, and how many figures that is.

    The sides of a size nobody published share one sentence but count one figure each.
    """
    product = assessment.product
    unknown = [c for c in assessment.checks if c.status == UNKNOWN]
    sizes = [c for c in unknown if c.reason == "size_unknown"]
    if len(sizes) > 1:  # one sentence for a size nobody published, not one per side
        unknown = [c for c in unknown if c.reason != "size_unknown"]
    found = [partial(c.explain, answers.units) for c in unknown]
    if len(sizes) > 1:
        found.append(partial(_size_unknown, sizes, answers.units))
    if answers.must_fold and product.foldable is None:
        found.append("Whether it folds is not published: confirm it folds away before buying.")
    if answers.budget_cents is not None and not priced_in_dollars(product):
        found.append(partial(_price_unknown, product, answers))
    needs_limit = safety.verdict == CAUTION or answers.experience == "never"
    if product.category == "table" and product.angle_control is None and needs_limit:
        found.append(
            "How to limit the angle is not published: confirm it has a tether or pin "
            "settings to stop at a gentle angle before buying."
        )
    reach_unknown = product.category == "table" and product.max_angle_deg is None
    if _wants_full_inversion(answers, safety) and reach_unknown:
        found.append(
            "How far it tips is not published: confirm it reaches 90°, fully head-down, "
            "which the inverted exercises need."
        )
    shared = len(sizes) - 1 if len(sizes) > 1 else 0  # sides sharing the one sentence
    return tuple(found), len(found) + shared


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
