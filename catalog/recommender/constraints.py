"""Hard requirements: what rules a product out for this shopper, each with its reason.

Every broken requirement is listed, not just the first, so a product's full set of
violations is a candidate diagnosis for the relaxations. A violation carries the change to
the answers that would lift it, or none when nothing the shopper could change would: their
health, their body, or the product itself. Fit (height, weight, room) is decided by
catalog.fit alone; a figure nobody published never breaks a requirement here.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from catalog import dates
from catalog.fit import FAIL, UNKNOWN, FitCheck, FitProfile, check_fit
from catalog.recommender.answers import JOINTS, PLURALS, QUIZ_CATEGORIES, Answers
from catalog.recommender.safety import CAUTION, SafetyVerdict
from catalog.units import format_money

ROOM_FIELDS = {"length": "room_length_in", "width": "room_width_in", "ceiling": "ceiling_in"}
# Kinds that hold you fully head-down, with no gentler setting to stop at.
NO_PARTWAY = {"boots", "trapeze", "headstand_bench"}


@dataclass(frozen=True, slots=True)
class Change:
    """One change to the answers: `field` is an Answers field; for `categories`, the value
    is a category to add."""

    field: str
    value: object


@dataclass(frozen=True, slots=True)
class Violation:
    """A requirement broken. The sentence is written when read: fixed words, a function of
    the product and the answers, or the fit check's own explanation."""

    key: str  # the requirement: status | accessory | caution | boots_* | height | ... | bar
    reason: str | Callable | None
    change: Change | None = None  # None: not something the shopper's answers can relax
    check: FitCheck | None = None

    def words(self, product, answers: Answers) -> str:
        if self.check is not None:
            return self.check.explain(answers.units)
        return self.reason if isinstance(self.reason, str) else self.reason(product, answers)


def availability(product) -> list[Violation]:
    found = []
    if product.status == "discontinued":
        found.append(Violation("status", "No longer sold."))
    if product.category == "doorway_bar":
        found.append(
            Violation(
                "accessory",
                "A doorway bar is what gravity boots hang from, not something to invert on by "
                "itself, and no maker we know of rates these bars for hanging upside down.",
            )
        )
    return found


def safety_rules(product, answers: Answers, safety: SafetyVerdict) -> list[Violation]:
    found = []
    if safety.verdict == CAUTION:
        if product.category in NO_PARTWAY:
            kind = PLURALS[product.category].capitalize()
            found.append(
                Violation(
                    "caution",
                    f"{kind} hold you fully head-down with no gentler angle to stop at: not "
                    "for you while your clinician's caution applies.",
                )
            )
        elif product.category == "table" and product.angle_control == "none":
            found.append(
                Violation(
                    "caution",
                    "Has no way to limit how far it tips, which you need while your "
                    "clinician's caution applies.",
                )
            )
    if product.category == "boots":
        found += _boots(answers)
    return found


def _boots(answers: Answers) -> list[Violation]:
    found = []
    if answers.experience != "regular":
        found.append(
            Violation(
                "boots_new",
                "Gravity boots aren't for beginners: hooking on and off a bar upside down "
                "takes strength and practice, so we suggest them only to people who already "
                "invert regularly.",
            )
        )
    if answers.alone:
        found.append(
            Violation(
                "boots_alone",
                "Gravity boots need someone nearby every time: if your grip slips or the bar "
                "gives way, nothing else holds you.",
            )
        )
    if answers.joints:
        pains = " and ".join(JOINTS[j].lower() for j in JOINTS if j in answers.joints)
        found.append(
            Violation(
                "boots_joints",
                f"You mentioned {pains}: in gravity boots your ankles carry "
                "your whole weight and your knees and hips hang from them.",
            )
        )
    if answers.mobility:
        found.append(
            Violation(
                "boots_mobility",
                "Getting on and off a bar upside down means lifting and folding your body, "
                "which you told us is hard.",
            )
        )
    return found


def fit_rules(product, answers: Answers, profile: FitProfile, checks) -> list[Violation]:
    found = []
    for check in checks:
        if check.status != FAIL:
            continue
        if check.key in ROOM_FIELDS:
            needed = _room_needed(product, profile, check)
            change = Change(ROOM_FIELDS[check.key], needed)
            found.append(Violation(check.key, None, change, check))
        else:
            found.append(Violation(check.key, None, None, check))  # a body does not change
    return found


def _room_needed(product, profile: FitProfile, check: FitCheck) -> Decimal:
    """Return the room size at which the check stops failing, and passes where it can."""
    field = ROOM_FIELDS[check.key]
    again = check_fit(product, replace(profile, **{field: check.needed}))
    retry = next(c for c in again if c.key == check.key)
    if retry.status == UNKNOWN and retry.needed is not None and retry.needed > check.needed:
        return retry.needed  # the space it sweeps while rotating, where that is published
    return check.needed


def preferences(product, answers: Answers) -> list[Violation]:
    found = []
    if answers.must_fold and product.foldable is False:
        reason = "Doesn't fold away, and you need one that does."
        found.append(Violation("fold", reason, Change("must_fold", False)))
    price = product.price_cents
    if _over(price, answers.budget_cents) and priced_in_dollars(product):
        found.append(Violation("budget", _over_budget, Change("budget_cents", price)))
    if not answers.wants(product.category) and product.category in QUIZ_CATEGORIES:
        change = Change("categories", product.category)
        found.append(Violation("category", _not_chosen, change))
    if product.category == "boots" and not answers.has_bar:
        reason = (
            "Gravity boots hang from a bar, and you told us you don't have one rated for "
            "hanging upside down."
        )
        found.append(Violation("bar", reason, Change("has_bar", True)))
    return found


def priced_in_dollars(product) -> bool:
    """Whether the product's price can be held against a budget in US dollars."""
    return product.price_cents is not None and product.price_currency in (None, "USD")


def _not_chosen(_product, answers: Answers) -> str:
    chosen = ", ".join(PLURALS[c] for c in QUIZ_CATEGORIES if c in answers.categories)
    return f"Not one of the kinds you asked for ({chosen})."


def _over(price: int | None, budget: int | None) -> bool:
    return price is not None and budget is not None and price > budget


def _over_budget(product, answers: Answers) -> str:
    price = format_money(product.price_cents, "USD")
    over = format_money(product.price_cents - answers.budget_cents, "USD")
    budget = format_money(answers.budget_cents, "USD")
    seen = dates.describe(product.price_seen)
    when = f" (seen {seen})" if seen else ""
    return f"Costs {price}{when}: {over} over your {budget} budget."
