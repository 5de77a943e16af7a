"""One product checked against one shopper's answers, its fit worked out only when needed."""

from catalog.fit import FitCheck, FitProfile, check_fit
from catalog.recommender.answers import Answers
from catalog.recommender.constraints import (
    Violation,
    availability,
    fit_rules,
    preferences,
    safety_rules,
)
from catalog.recommender.safety import SafetyVerdict


class Assessment:
    """One product checked against the answers.

    The cheap rules run first. A product they already rule out has its fit checked only
    when someone reads its full list of violations (its reasons on the page, or the
    relaxations), so a large catalog is not fit-checked product by product for nothing.
    """

    __slots__ = ("product", "_answers", "_profile", "_fixed", "_preferences", "_fit")

    def __init__(self, product, answers: Answers, safety: SafetyVerdict, profile: FitProfile):
        self.product = product
        self._answers, self._profile = answers, profile
        self._fixed = (*availability(product), *safety_rules(product, answers, safety))
        self._preferences = tuple(preferences(product, answers))
        self._fit = None  # (checks, violations), worked out on first use

    @property
    def facts(self):
        return self.product

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why it was left out, one sentence per requirement broken."""
        return tuple(v.words(self.product, self._answers) for v in self.violations)

    @property
    def checks(self) -> tuple[FitCheck, ...]:
        return self._fitted()[0]

    @property
    def violations(self) -> tuple[Violation, ...]:
        """Every requirement broken, in a fixed order: availability, safety, fit, choices."""
        return self._fixed + self._fitted()[1] + self._preferences

    @property
    def eligible(self) -> bool:
        return not (self._fixed or self._preferences or self._fitted()[1])

    @property
    def relaxable(self) -> bool:
        """Whether changing the answers could let it in: nothing fixed rules it out."""
        if self._fixed:
            return False
        violations = self.violations
        return bool(violations) and all(v.change for v in violations)

    def _fitted(self):
        if self._fit is None:
            checks = check_fit(self.product, self._profile)
            self._fit = (
                checks,
                tuple(fit_rules(self.product, self._answers, self._profile, checks)),
            )
        return self._fit


def assess(product, answers: Answers, safety: SafetyVerdict, profile: FitProfile) -> Assessment:
    """Check one product against every hard requirement the answers set."""
    return Assessment(product, answers, safety, profile)
