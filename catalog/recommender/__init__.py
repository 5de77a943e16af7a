"""The recommender: safety first, then fit, then ranking, every step with its reasons.

`recommend` is pure and deterministic: it reads only the products and answers it is
given, plus `today` for judging how old a price is, and returns plain values whose
sentences are already in the shopper's units.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import partial

from catalog.recommender.answers import Answers
from catalog.recommender.assessment import Assessment, assess
from catalog.recommender.caveats import cautions, unknowns
from catalog.recommender.constraints import Violation
from catalog.recommender.facts import Facts, read_facts
from catalog.recommender.plan import Plan, starter_plan
from catalog.recommender.relaxations import Relaxation, find_relaxations
from catalog.recommender.safety import SEE_CLINICIAN, SafetyVerdict, screen
from catalog.recommender.scoring import Match, rank, score
from catalog.recommender.words import say_all

LIMIT = 3  # picks; the rest that fit are listed after them
RELAX_AT_MOST = 1  # offer relaxations when no more than this many products fit
NO_ROOM = (
    "You didn't give your room's size, so we couldn't check the space: a table needs room "
    "to tip, more than it takes at rest."
)


@dataclass(frozen=True, slots=True)
class Exclusion:
    facts: Facts
    assessment: Assessment  # its violations are worked out in full when read

    @property
    def product(self):
        return self.facts.product

    @property
    def violations(self) -> tuple[Violation, ...]:
        return self.assessment.violations

    @property
    def reasons(self) -> tuple[str, ...]:
        return say_all(v.reason for v in self.violations)


@dataclass(frozen=True)
class Recommendation:
    answers: Answers
    safety: SafetyVerdict
    picks: tuple[Match, ...] = ()
    others: tuple[Match, ...] = ()  # they fit too, ranked below the picks
    excluded: tuple[Exclusion, ...] = ()
    relaxations: tuple[Relaxation, ...] = ()
    plan: Plan | None = None
    notes: tuple[str, ...] = ()

    @property
    def eligible(self) -> tuple[Match, ...]:
        return self.picks + self.others


def recommend(
    products: Iterable, answers: Answers, *, today: date, limit: int = LIMIT, relax: bool = True
) -> Recommendation:
    """Return the safety verdict, the ranked picks, what was ruled out and why, and a plan.

    Nothing is recommended without a clinician when a listed condition applies. When no
    more than one product fits, the smallest proven changes to the answers come with it.
    """
    safety = screen(answers)
    if safety.verdict == SEE_CLINICIAN:
        return Recommendation(answers, safety)
    products = [read_facts(product) for product in products]
    profile = answers.fit_profile()
    assessments = [assess(product, answers, safety, profile) for product in products]
    ranked = rank([_match(a, answers, safety, today) for a in assessments if a.eligible])
    excluded = sorted(
        (Exclusion(a.product, a) for a in assessments if not a.eligible),
        key=lambda exclusion: (exclusion.facts.name, exclusion.facts.slug),
    )
    relaxations = ()
    if relax and len(ranked) <= RELAX_AT_MOST:

        def rerun(changed: Answers) -> list[str]:
            again = recommend(products, changed, today=today, relax=False)
            return [match.facts.slug for match in again.eligible]

        relaxations = find_relaxations(assessments, answers, {m.facts.slug for m in ranked}, rerun)
    plan = starter_plan(ranked[0].facts, answers, safety) if ranked else None
    notes = (NO_ROOM,) if answers.room_length_in is None and answers.room_width_in is None else ()
    return Recommendation(
        answers,
        safety,
        tuple(ranked[:limit]),
        tuple(ranked[limit:]),
        tuple(excluded),
        relaxations,
        plan,
        notes,
    )


def _match(assessment: Assessment, answers: Answers, safety: SafetyVerdict, today: date) -> Match:
    product = assessment.product
    to_confirm, figures = unknowns(assessment, answers, safety)
    points, reasons = score(assessment, answers, safety, figures)
    watch = partial(cautions, product, answers, safety, today)
    return Match(product, points, assessment.checks, reasons, to_confirm, figures, watch)
