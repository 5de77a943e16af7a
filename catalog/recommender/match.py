"""A product that fits: ranked by its score now, explained when someone reads it.

Only a few matches are ever read (the picks), so a match keeps its score and what it
needs to explain itself, and works out its sentences on first read. That also lets each
product's fit checks be let go as soon as it is scored.
"""

from datetime import date
from typing import NamedTuple

from catalog.fit import FitProfile
from catalog.recommender.answers import Answers
from catalog.recommender.assessment import Assessment, assess
from catalog.recommender.caveats import cautions, unknowns
from catalog.recommender.facts import Facts
from catalog.recommender.safety import SafetyVerdict
from catalog.recommender.scoring import reasons


class Context(NamedTuple):
    """What every product is judged against in one request."""

    answers: Answers
    safety: SafetyVerdict
    profile: FitProfile
    today: date


class Match:
    __slots__ = ("facts", "score", "unknown_count", "_context", "_assessment")

    def __init__(self, facts: Facts, score: int, unknown_count: int, context: Context):
        self.facts = facts
        self.score = score
        self.unknown_count = unknown_count  # figures left to confirm
        self._context = context
        self._assessment = None

    @property
    def product(self):
        return self.facts.product

    @property
    def checks(self):
        return self._assessed().checks

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why it fits: fit margins first, then what scored."""
        return reasons(self._assessed(), self._context.answers, self._context.safety)

    @property
    def unknowns(self) -> tuple[str, ...]:
        """What to confirm before buying."""
        return unknowns(self._assessed(), self._context.answers, self._context.safety)

    @property
    def cautions(self) -> tuple[str, ...]:
        """What to keep in mind."""
        answers, safety, _profile, today = self._context
        return cautions(self.facts, answers, safety, today)

    def _assessed(self) -> Assessment:
        if self._assessment is None:
            answers, safety, profile, _today = self._context
            self._assessment = assess(self.facts, answers, safety, profile)
        return self._assessment

    def __repr__(self) -> str:
        return f"<Match {self.facts.slug} {self.score}>"
