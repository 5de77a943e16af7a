"""The smallest changes to the answers that would let something fit, each one proven.

Each ruled-out product whose every violation can be lifted by a change to the answers is a
candidate diagnosis: its set of violated requirements, turned into concrete new answers
("raise the budget to $299.99"). Candidates whose set of changed answers contains another
candidate's are not minimal and are dropped; the rest are ranked by how many answers they
change, then by cost (below), and at most MAX_CANDIDATES of them are checked by re-running
the recommender on the changed answers. A change is offered only with the products that
re-run really added. Health and body answers (and, for gravity boots, experience, help and
joints) are never relaxed: constraints.py gives their violations no change, so a product
ruled out by them is never a candidate.

Cost: each changed answer costs its FIELD_COST, plus, for budget and room sizes, how much
bigger the new value is as a fraction of the old one.
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from catalog.recommender.answers import PLURALS, QUIZ_CATEGORIES, Answers
from catalog.recommender.assessment import Assessment
from catalog.units import METRIC, cm_to_in, format_length, format_money, in_to_cm

MAX_RELAXATIONS = 4
MAX_CANDIDATES = 12
PER_NUMBER_LADDER = 2
SIZES = ("budget_cents", "room_length_in", "room_width_in", "ceiling_in")  # numeric answers
FIELD_COST = {
    "categories": 1.0,  # just another kind of equipment to consider
    "must_fold": 1.5,
    "budget_cents": 1.0,
    "room_length_in": 2.0,  # finding more room is harder than finding more money
    "room_width_in": 2.0,
    "ceiling_in": 3.0,
    "has_bar": 3.0,  # buying and fitting a bar rated for hanging upside down
}
FORM_NAMES = {
    "budget_cents": "budget",
    "room_length_in": "room_length",
    "room_width_in": "room_width",
    "ceiling_in": "ceiling",
    "must_fold": "must_fold",
    "has_bar": "has_bar",
    "categories": "categories",
}


@dataclass(frozen=True)
class Relaxation:
    description: str
    changes: dict  # answer field name -> new value, in the shopper's units
    answers: Answers  # the same answers with the change applied
    unlocks: tuple[str, ...]  # slugs the re-run added, best first


def find_relaxations(
    assessments: list[Assessment],
    answers: Answers,
    eligible: set[str],
    rerun: Callable[[Answers, list], list[str]],
) -> tuple[Relaxation, ...]:
    """Return up to MAX_RELAXATIONS proven changes, fewest and cheapest first.

    `rerun(changed, products)` runs the recommender on changed answers over those products
    and returns the slugs that fit. A change only loosens answers, so nothing that fits
    stops fitting; it is proven on the ruled-out products whose own needs it covers.
    """
    needs = [(a.product, _changes_for(a, answers)) for a in assessments if a.relaxable]
    found = []
    for changes in _ranked(_candidates(needs), answers)[:MAX_CANDIDATES]:
        changed = answers.changed(**changes)
        pool = [product for product, need in needs if _covers(changes, need)]
        unlocks = tuple(slug for slug in rerun(changed, pool) if slug not in eligible)
        if unlocks:
            description = _describe(changes, answers)
            found.append(Relaxation(description, _form_changes(changed, changes), changed, unlocks))
        if len(found) == MAX_RELAXATIONS:
            break
    return tuple(found)


def _candidates(needs: list[tuple]) -> list[tuple[dict, int]]:
    """Return each distinct change set, minimal under set inclusion, with how many ruled-out
    products need exactly it."""
    counts, unique = {}, {}
    for _product, changes in needs:
        key = tuple(sorted(changes.items(), key=lambda item: item[0]))
        unique.setdefault(key, changes)
        counts[key] = counts.get(key, 0) + 1
    sets = {frozenset(changes) for changes in unique.values()}
    return [
        (changes, counts[key])
        for key, changes in unique.items()
        if not any(other < frozenset(changes) for other in sets)
    ]


def _covers(changes: dict, need: dict) -> bool:
    """Whether the changed answers give a product everything it needs."""
    for field, value in need.items():
        if field not in changes:
            return False
        given = changes[field]
        if field == "categories":
            if not value <= given:
                return False
        elif field in SIZES:
            if given < value:
                return False
        elif given != value:
            return False
    return True


def _changes_for(assessment: Assessment, answers: Answers) -> dict:
    changes = {}
    for violation in assessment.violations:
        field, value = violation.change.field, violation.change.value
        if field == "categories":
            value = answers.categories | {value}
        elif field in SIZES[1:]:
            value = _round_up(value, answers.units)
        changes[field] = value
    return changes


def _ranked(candidates: list[tuple[dict, int]], answers: Answers) -> list[dict]:
    """Fewest changed answers first, then the cheapest, then the one more products asked for.

    Of changes that differ only in a number (a budget, a room size), only the cheapest
    PER_NUMBER_LADDER are kept: a bigger step is worth showing, a hundred of them are not.
    """
    ordered = sorted(
        candidates,
        key=lambda pair: (
            len(pair[0]),
            _cost(pair[0], answers),
            -pair[1],
            _describe(pair[0], answers),
        ),
    )
    kept, per_ladder = [], {}
    for changes, _count in ordered:
        ladder = tuple(sorted((f, None if f in SIZES else v) for f, v in changes.items()))
        per_ladder[ladder] = per_ladder.get(ladder, 0) + 1
        if per_ladder[ladder] <= PER_NUMBER_LADDER:
            kept.append(changes)
    return kept


def _cost(changes: dict, answers: Answers) -> float:
    total = 0.0
    for field, value in changes.items():
        total += FIELD_COST[field]
        old = getattr(answers, field)
        if field in SIZES and old:
            total += float((Decimal(value) - Decimal(old)) / Decimal(old))
    return total


def _round_up(inches: Decimal, units: str) -> Decimal:
    """Round a room size up to a whole inch or centimetre, as a shopper would type it."""
    if units == METRIC:
        return cm_to_in(in_to_cm(inches).to_integral_value(ROUND_CEILING))
    return Decimal(inches).to_integral_value(ROUND_CEILING)


def _describe(changes: dict, answers: Answers) -> str:
    text = " and ".join(_phrase(field, value, answers) for field, value in changes.items())
    return text[0].upper() + text[1:]


def _phrase(field: str, value, answers: Answers) -> str:
    if field == "budget_cents":
        return f"raise your budget to {format_money(value, 'USD')}"
    if field == "must_fold":
        return "drop “must fold away”"
    if field == "has_bar":
        return "fit a bar rated by its maker for hanging upside down (none in our catalog is)"
    if field == "categories":
        added = [PLURALS[c] for c in QUIZ_CATEGORIES if c in value - answers.categories]
        return "include " + " and ".join(added)
    size = format_length(value, answers.units)
    if field == "ceiling_in":
        return f"use a room with a ceiling of at least {size}"
    what = "floor length" if field == "room_length_in" else "floor width"
    return f"make room for {size} of {what}"


def _form_changes(changed: Answers, changes: dict) -> dict:
    query = changed.as_query()
    values = {}
    for field in changes:
        name = FORM_NAMES[field]
        if field in ("must_fold", "has_bar"):
            values[name] = getattr(changed, field)
        elif field == "categories":
            values[name] = list(query[name])
        else:
            values[name] = Decimal(query[name])
    return values
