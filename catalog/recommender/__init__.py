"""The recommender: safety first, then fit, then ranking, every step with its reasons.

`recommend` is pure and deterministic: it reads only the products and answers it is
given, plus `today` for judging how old a price is, and returns plain values whose
sentences are already in the shopper's units.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from catalog.recommender.answers import Answers
from catalog.recommender.assessment import Assessment, assess
from catalog.recommender.caveats import unknown_count
from catalog.recommender.facts import read_facts
from catalog.recommender.match import Context, Match
from catalog.recommender.plan import Plan, starter_plan
from catalog.recommender.relaxations import Relaxation, find_relaxations
from catalog.recommender.safety import SEE_CLINICIAN, SafetyVerdict, screen
from catalog.recommender.scoring import rank, score

LIMIT = 3  # picks; the rest that fit are listed after them
RELAX_AT_MOST = 1  # offer relaxations when no more than this many products fit
NO_ROOM = (
    "You didn't give your room's size, so we couldn't check the space: a table needs room "
    "to tip, more than it takes at rest."
)


@dataclass(frozen=True)
class Recommendation:
    answers: Answers
    safety: SafetyVerdict
    picks: tuple[Match, ...] = ()
    others: tuple[Match, ...] = ()  # they fit too, ranked below the picks
    excluded: tuple[Assessment, ...] = ()  # each with .facts and .reasons
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
    context = Context(answers, safety, answers.fit_profile(), today)
    matches, excluded = [], []
    for product in products:
        assessment = assess(read_facts(product), answers, safety, context.profile)
        if assessment.eligible:
            matches.append(_match(assessment, context))  # its fit checks go once scored
        else:
            excluded.append(assessment)
    ranked = rank(matches)
    excluded.sort(key=lambda assessment: (assessment.facts.name, assessment.facts.slug))
    relaxations = ()
    if relax and len(ranked) <= RELAX_AT_MOST:

        def rerun(changed: Answers, pool: list) -> list[str]:
            again = recommend(pool, changed, today=today, relax=False)
            return [match.facts.slug for match in again.eligible]

        eligible = {match.facts.slug for match in ranked}
        relaxations = find_relaxations(excluded, answers, eligible, rerun)
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


def _match(assessment: Assessment, context: Context) -> Match:
    answers, safety = context.answers, context.safety
    figures = unknown_count(assessment, answers, safety)
    points = score(assessment, answers, safety, figures)
    return Match(assessment.facts, points, figures, context)
