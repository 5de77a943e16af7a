"""What a shopper told the quiz, as one immutable value, and the words each answer may take.

Lengths are inches and weights pounds whatever the shopper typed; `units` remembers which
system they think in, so every sentence the recommender writes uses it. The answer field
names (`height`, `room_length`, ...) are shared by the quiz form, the JSON API and the
comparison page's fit columns.
"""

from dataclasses import dataclass, replace
from decimal import Decimal

from catalog.fit import FitProfile
from catalog.units import IMPERIAL, METRIC, in_to_cm, lb_to_kg, number
from catalog.vocabulary import CATEGORIES

NO_CONDITION = "none"
CONDITIONS = {
    "eye_disease": "Glaucoma or another eye disease",
    "retinal_detachment": "Retinal detachment, now or in the past",
    "high_blood_pressure": "High blood pressure",
    "heart_disease": "Heart or circulatory disease",
    "stroke": "A past stroke or mini-stroke (TIA)",
    "pregnancy": "Pregnancy",
    "weak_bones": "Osteoporosis or weak bones",
    "hernia": "A hernia",
    "inner_ear_infection": "An inner-ear infection",
    "recent_surgery_or_injury": "Recent surgery or injury",
    "anticoagulants": "Taking anticoagulants (blood thinners)",
}
JOINTS = {"ankle": "Ankle pain", "knee": "Knee pain", "hip": "Hip pain"}
EXPERIENCE = {
    "never": "Never",
    "few": "A few times",
    "regular": "Regularly",
}
GOALS = {
    "relief": "Relief for my back",
    "stretch": "Stretching and relaxation",
    "exercises": "Exercises while upside down",
}
# Doorway bars are what boots hang from, never something to invert on by itself.
QUIZ_CATEGORIES = {key: label for key, label in CATEGORIES.items() if key != "doorway_bar"}
PLURALS = {
    "table": "inversion tables",
    "chair": "inversion chairs",
    "boots": "gravity boots",
    "trapeze": "yoga trapezes",
    "headstand_bench": "headstand benches",
}

# The body and room answers the comparison page also understands.
FIT_FIELDS = ("height", "weight", "room_length", "room_width", "ceiling", "units")


@dataclass(frozen=True)
class Answers:
    """One shopper's answers. An empty `categories` means every kind of equipment."""

    conditions: frozenset[str] = frozenset()
    cleared: bool = False
    height_in: Decimal | None = None
    weight_lb: Decimal | None = None
    joints: frozenset[str] = frozenset()
    mobility: bool = False  # trouble bending down or getting back up
    experience: str = "never"
    alone: bool = True
    goal: str = "relief"
    room_length_in: Decimal | None = None
    room_width_in: Decimal | None = None
    ceiling_in: Decimal | None = None
    must_fold: bool = False
    has_bar: bool = False
    budget_cents: int | None = None
    categories: frozenset[str] = frozenset()
    units: str = IMPERIAL

    def fit_profile(self) -> FitProfile:
        return FitProfile(
            self.height_in, self.weight_lb, self.room_length_in, self.room_width_in, self.ceiling_in
        )

    def wants(self, category: str) -> bool:
        return not self.categories or category in self.categories

    def changed(self, **changes) -> "Answers":
        return replace(self, **changes)

    def as_query(self) -> dict[str, str | list[str]]:
        """Return the answers as quiz form values, in the shopper's units, in a fixed order.

        Numbers are rounded to 2 decimals in the shopper's units, so anything typed with
        up to 2 decimals reads back as exactly the same answers.
        """
        query = {
            "conditions": [c for c in CONDITIONS if c in self.conditions] or [NO_CONDITION],
            "cleared": "yes" if self.cleared else None,
            "height": self._length(self.height_in),
            "weight": self._weight(self.weight_lb),
            "units": self.units,
            "joints": [j for j in JOINTS if j in self.joints],
            "mobility": "yes" if self.mobility else None,
            "experience": self.experience,
            "alone": "yes" if self.alone else "no",
            "goal": self.goal,
            "room_length": self._length(self.room_length_in),
            "room_width": self._length(self.room_width_in),
            "ceiling": self._length(self.ceiling_in),
            "must_fold": "yes" if self.must_fold else None,
            "has_bar": "yes" if self.has_bar else None,
            "budget": None
            if self.budget_cents is None
            else number(Decimal(self.budget_cents) / 100, 2),
            "categories": [c for c in QUIZ_CATEGORIES if c in self.categories],
        }
        return {name: value for name, value in query.items() if value not in (None, [])}

    def _length(self, inches: Decimal | None) -> str | None:
        if inches is None:
            return None
        return number(in_to_cm(inches) if self.units == METRIC else inches, 2)

    def _weight(self, pounds: Decimal | None) -> str | None:
        if pounds is None:
            return None
        return number(lb_to_kg(pounds) if self.units == METRIC else pounds, 2)
