"""Score and rank the products that passed every hard requirement.

A score is the sum of the parts below that apply to the answers: how the body is carried
(more for a seat, and less for a table, when joints hurt or getting up is hard; more for
a table bed or seat for a first-timer), a way to limit the angle (for first-timers and
for a clinician's caution), spare weight capacity, price against budget, folding when it
must fold, and full inversion when the goal is exercises. Every fit check passed on a
published figure adds a little; every thing left to confirm takes a little away, so a
product with an unpublished rating ranks below an equal one whose rating is known.

Ties are broken in this order: fewer figures to confirm; a published price before an
unpublished one, then the cheaper; then name, then slug. So the order never depends on
the order products came in.
"""

from catalog import dates
from catalog.fit import PASS
from catalog.recommender.answers import JOINTS, Answers
from catalog.recommender.assessment import Assessment
from catalog.recommender.constraints import priced_in_dollars
from catalog.recommender.safety import CAUTION, FULL_INVERSION_DEG, OK, SafetyVerdict
from catalog.units import format_length, format_money

SUPPORT_POINTS = {"table_bed": 20, "seated": 20, "sling": 8, "shoulders": 6}
JOINT_FRIENDLY_POINTS = 40  # a seat, when joints hurt or getting up is hard: it matters most
JOINT_STRAIN_PENALTY = 15  # hanging from the ankles or lying down, for the same people
BEGINNER_POINTS = 10  # a table bed or a seat, for someone who has never inverted
ANGLE_LIMIT_POINTS = 15  # a tether or pin settings, for first-timers and cautions
FULL_INVERSION_POINTS = 20  # reaches 90 degrees, when the goal is exercises
CAPACITY_POINTS_MAX = 10
CAPACITY_LB_PER_POINT = 10  # one point per 10 lb of spare capacity, up to the maximum
BUDGET_POINTS_MAX = 10  # half for a known price within budget, the rest for how far below
FOLDS_POINTS = 10  # known to fold, when it must
FOLDED_SMALL_POINTS_MAX = 5  # and how much floor folding frees, where both sizes are known
KNOWN_FIT_POINTS = 2  # each fit check passed on a published figure
UNKNOWN_PENALTY = 3  # each thing left to confirm

SUPPORT_WORDS = {
    "table_bed": "Your whole back rests on the table bed while it tilts.",
    "seated": "You stay seated, held at the hips and thighs.",
    "sling": "A fabric sling carries your hips.",
    "shoulders": "Your shoulders rest on padding, so your head and neck carry no weight.",
}
ANGLE_WORDS = {
    "tether": "A tether strap stops the tilt at the angle you set, so you can start low.",
    "pin_presets": "Pin settings stop the tilt at preset angles, so you can start low.",
}


def score(assessment: Assessment, answers: Answers, safety: SafetyVerdict, unknown_count: int):
    """Return the points: each part that applies, plus known fit, less what is unknown."""
    product = assessment.product
    passed = sum(1 for check in assessment.checks if check.status == PASS)
    parts = sum(part(product, answers, safety)[0] for part in PARTS)
    return parts + KNOWN_FIT_POINTS * passed - UNKNOWN_PENALTY * unknown_count


def reasons(assessment: Assessment, answers: Answers, safety: SafetyVerdict) -> tuple[str, ...]:
    """Return why it fits: the fit margins first, then what scored."""
    fit = [c.explain(answers.units) for c in assessment.checks if c.status == PASS]
    product = assessment.product
    words = [part(product, answers, safety)[1] for part in PARTS]
    return (*fit, *(w if isinstance(w, str) else w(product, answers) for w in words if w))


def rank(matches: list) -> list:
    """Best first, with the tie-break in the module docstring."""
    return sorted(matches, key=_rank_key)


def _rank_key(match):
    price = match.facts.price_cents
    return (
        -match.score,
        match.unknown_count,
        price is None,
        price or 0,
        match.facts.name,
        match.facts.slug,
    )


def _support(product, _answers, _safety) -> tuple[int, str | None]:
    return SUPPORT_POINTS.get(product.support_level, 0), SUPPORT_WORDS.get(product.support_level)


def _joints(product, answers: Answers, _safety) -> tuple[int, str | None]:
    if not (answers.joints or answers.mobility):
        return 0, None
    if product.support_level in ("table_bed", "ankles_only"):
        return -JOINT_STRAIN_PENALTY, None  # its cautions say why
    if product.support_level != "seated":
        return 0, None
    troubles = [JOINTS[j].lower() for j in JOINTS if j in answers.joints]
    if answers.mobility:
        troubles.append("trouble getting up")
    return JOINT_FRIENDLY_POINTS, (
        f"Seated, so your ankles don't carry your weight and there's no lying down to get "
        f"up from: kinder to {' and '.join(troubles)}."
    )


def _beginner(product, answers: Answers, _safety) -> tuple[int, str | None]:
    if answers.experience != "never" or product.support_level not in ("table_bed", "seated"):
        return 0, None
    return BEGINNER_POINTS, "A well-supported way to start for someone new to inversion."


def _angle_limit(product, answers: Answers, safety: SafetyVerdict) -> tuple[int, str | None]:
    if product.angle_control not in ANGLE_WORDS:
        return 0, None
    if safety.verdict != CAUTION and answers.experience != "never":
        return 0, ANGLE_WORDS[product.angle_control]
    return ANGLE_LIMIT_POINTS, ANGLE_WORDS[product.angle_control]


def _full_inversion(product, answers: Answers, safety: SafetyVerdict) -> tuple[int, str | None]:
    if answers.goal != "exercises" or safety.verdict != OK or product.max_angle_deg is None:
        return 0, None
    if product.max_angle_deg < FULL_INVERSION_DEG:
        return 0, None
    return FULL_INVERSION_POINTS, "Tips all the way to 90°, which the inverted exercises need."


def _capacity(product, answers: Answers, _safety) -> tuple[int, None]:
    limit, weight = product.max_user_weight_lb, answers.weight_lb
    if limit is None or weight is None or weight > limit:
        return 0, None  # the fit check's own sentence already gives the margin
    return min(CAPACITY_POINTS_MAX, int((limit - weight) / CAPACITY_LB_PER_POINT)), None


def _budget(product, answers: Answers, _safety) -> tuple:
    price, budget = product.price_cents, answers.budget_cents
    if budget is None or not priced_in_dollars(product) or price > budget:
        return 0, None
    half = BUDGET_POINTS_MAX // 2
    below = half * (budget - price) // budget if budget else 0
    return half + below, _within_budget


def _within_budget(product, answers: Answers) -> str:
    seen = dates.describe(product.price_seen)
    when = f" (seen {seen})" if seen else ""
    price, budget = format_money(product.price_cents, "USD"), answers.budget_cents
    return f"Costs {price}{when}, within your {format_money(budget, 'USD')} budget."


def _folds(product, answers: Answers, _safety) -> tuple:
    if not answers.must_fold or product.foldable is not True:
        return 0, None
    length, width = product.folded_length_in, product.folded_width_in
    if length is None or width is None:
        return FOLDS_POINTS, "Folds away for storage."
    points = FOLDS_POINTS
    if product.in_use_length_in and product.in_use_width_in:
        freed = 1 - (length * width) / (product.in_use_length_in * product.in_use_width_in)
        points += max(0, int(FOLDED_SMALL_POINTS_MAX * freed))
    return points, _folded_size


def _folded_size(product, answers: Answers) -> str:
    length = format_length(product.folded_length_in, answers.units)
    width = format_length(product.folded_width_in, answers.units)
    return f"Folds away to {length} × {width} of floor."


PARTS = (_support, _joints, _beginner, _angle_limit, _full_inversion, _capacity, _budget, _folds)
