"""A starter plan for the top pick: start low and short, add a little each week.

The numbers follow the usage guidance in the research notes (products_notes.md, 3.5):
start around 15-20 degrees, or 20-30 where a stretch is first felt; 30-45 seconds to
1-2 minutes per session in the first weeks, building to about 5 minutes; about 5 degrees
more each week; most of the stretch by 60 degrees; morning and evening at most. A
clinician's caution starts lower, stays at one short session a day and stops at the
safety cap. Chairs usually tilt less and are planned by time.
"""

from dataclasses import dataclass
from decimal import Decimal

from catalog.recommender.answers import Answers
from catalog.recommender.constraints import NO_PARTWAY
from catalog.recommender.safety import CAUTION, FULL_INVERSION_DEG, OK, SafetyVerdict
from catalog.units import number

START_ANGLE_DEG = {"never": 20, "few": 25, "regular": 30}
CAUTION_START_ANGLE_DEG = 15
ANGLE_STEP_DEG = 5  # per week
TARGET_ANGLE_DEG = 60  # most of the stretch; full inversion is not needed for it
START_MINUTES = {"never": Decimal(1), "few": Decimal("1.5"), "regular": Decimal(2)}
CAUTION_START_MINUTES = Decimal("0.5")
MINUTES_STEP = Decimal("0.5")  # per week
MAX_MINUTES = Decimal(5)
CAUTION_MAX_MINUTES = Decimal(2)
NO_PARTWAY_MAX_MINUTES = Decimal(2)  # no gentler angle to rest at, so shorter sessions
SINGLE_SESSION_WEEKS = 2  # then morning and evening


@dataclass(frozen=True)
class PlanStep:
    week: int
    angle_deg: int | None  # None: the equipment's own gentlest setting (chairs)
    minutes: Decimal  # per session
    sessions_per_day: int
    note: str | None = None

    @property
    def angle(self) -> str:
        """The angle in words: "25°", "90°, fully head-down", or a chair's gentlest setting."""
        if self.angle_deg is None:
            return "Its gentlest setting, then a little further as it feels comfortable"
        if self.angle_deg >= FULL_INVERSION_DEG:
            return f"{FULL_INVERSION_DEG}°, fully head-down"
        return f"{self.angle_deg}°"

    @property
    def duration(self) -> str:
        """Minutes per session in words: "30 seconds", "1 minute", "2.5 minutes"."""
        if self.minutes < 1:
            return f"{number(self.minutes * 60)} seconds"
        return f"{number(self.minutes)} minute{'' if self.minutes == 1 else 's'}"


@dataclass(frozen=True)
class Plan:
    slug: str  # the product the plan is for
    steps: tuple[PlanStep, ...]
    notes: tuple[str, ...]


def starter_plan(product, answers: Answers, safety: SafetyVerdict) -> Plan:
    """Return a week-by-week plan for this product and person."""
    caution = safety.verdict == CAUTION
    if product.category in NO_PARTWAY:
        angles = None
        minutes = _minutes(CAUTION_START_MINUTES, NO_PARTWAY_MAX_MINUTES)
    else:
        angles = _angles(product, answers, safety)
        start = CAUTION_START_MINUTES if caution else START_MINUTES[answers.experience]
        minutes = _minutes(start, CAUTION_MAX_MINUTES if caution else MAX_MINUTES)
    weeks = max(len(minutes), len(angles or ()))
    steps = [
        PlanStep(
            week,
            _angle_for(product, angles, week),
            minutes[min(week, len(minutes)) - 1],
            1 if caution or week <= SINGLE_SESSION_WEEKS else 2,
        )
        for week in range(1, weeks + 1)
    ]
    if _full_inversion_later(product, answers, safety):
        steps.append(
            PlanStep(
                weeks + 1,
                FULL_INVERSION_DEG,
                Decimal(1),
                2,
                "Only once 60° feels easy: brief full inversions for the exercises, a few "
                "seconds at a time at first.",
            )
        )
    return Plan(product.slug, tuple(steps), _notes(product, safety))


def _angles(product, answers: Answers, safety: SafetyVerdict) -> tuple[int, ...] | None:
    if product.category == "chair":
        return None  # planned by time: chairs tilt less and their settings vary
    caution = safety.verdict == CAUTION
    start = CAUTION_START_ANGLE_DEG if caution else START_ANGLE_DEG[answers.experience]
    top = min(safety.max_angle_deg, TARGET_ANGLE_DEG)
    if product.max_angle_deg is not None:
        top = min(top, int(product.max_angle_deg))
    return tuple(range(min(start, top), top + 1, ANGLE_STEP_DEG))


def _angle_for(product, angles, week: int) -> int | None:
    if product.category in NO_PARTWAY:
        return FULL_INVERSION_DEG
    if angles is None:
        return None
    return angles[min(week, len(angles)) - 1]


def _minutes(start: Decimal, most: Decimal) -> tuple[Decimal, ...]:
    count = int((most - start) / MINUTES_STEP) + 1
    return tuple(min(most, start + MINUTES_STEP * week) for week in range(max(1, count)))


def _full_inversion_later(product, answers: Answers, safety: SafetyVerdict) -> bool:
    return (
        answers.goal == "exercises"
        and safety.verdict == OK
        and product.category == "table"
        and product.max_angle_deg is not None
        and product.max_angle_deg >= FULL_INVERSION_DEG
    )


def _notes(product, safety: SafetyVerdict) -> tuple[str, ...]:
    notes = [
        "Before coming upright, rest near level for a moment; never try to sit up while head-down.",
        "Come up at once if you feel pain, dizziness, or pounding in your head or eyes.",
        "Two short sessions a day, morning and evening, is the most you need.",
    ]
    if product.category == "chair":
        notes.append(
            "Chairs are planned by time: use the chair's gentlest setting first, and tilt a "
            "little further each week only if it feels comfortable."
        )
    if product.category in NO_PARTWAY:
        notes.append(
            "It has no gentler setting than fully upside down, so sessions stay short; come "
            "up sooner if your head feels full."
        )
    if safety.verdict == CAUTION:
        notes.append(
            f"Go no further than {safety.max_angle_deg}°, and only as far as your clinician agrees."
        )
    elif product.category == "table":
        notes.append(
            "Most of the stretch comes by 60°. Full inversion isn't needed; go further only "
            "once 60° feels easy."
        )
    return tuple(notes)
