"""Fit against the shopper: one row per answered check, a verdict per product.

The checks themselves are catalog.fit's (check_fit); this module only lays them out in
columns, says each in the shopper's units and sums them up per product.
"""

from dataclasses import dataclass

from catalog.fit import FAIL, PASS, UNKNOWN, FitCheck, FitProfile, check_fit, overall
from catalog.units import format_height, format_length, format_weight

NOT_CHECKED = "not_checked"
STATUS_WORDS = {
    PASS: "Fits",
    FAIL: "Does not fit",
    UNKNOWN: "Unknown",
    NOT_CHECKED: "Not checked",
}
ORDER = {
    "height": "Your height",
    "weight": "Your weight",
    "length": "Floor length",
    "width": "Floor width",
    "ceiling": "Ceiling height",
}


@dataclass(frozen=True)
class FitCell:
    status: str  # pass | fail | unknown | not_checked
    text: str

    @property
    def words(self) -> str:
        return STATUS_WORDS[self.status]

    @property
    def shown(self) -> str:
        return f"{self.words}. {self.text}"


@dataclass(frozen=True)
class FitRow:
    key: str  # overall, or a check's key
    label: str
    cells: tuple[FitCell, ...]


@dataclass(frozen=True)
class FitTable:
    answers: tuple[tuple[str, str], ...]  # (what, value as shown), for "checked against"
    rows: tuple[FitRow, ...]  # the overall verdict first, then each check
    profile: FitProfile  # the answers themselves, in inches and pounds

    @property
    def verdicts(self) -> tuple[FitCell, ...]:
        return self.rows[0].cells


def fit_table(products, profile: FitProfile, system: str) -> FitTable | None:
    """Check every product against the profile; None when nothing was answered."""
    if profile.is_empty():
        return None
    checks = [{check.key: check for check in check_fit(p, profile)} for p in products]
    rows = [
        FitRow(key, label, tuple(_cell(found.get(key), system) for found in checks))
        for key, label in ORDER.items()
        if any(key in found for found in checks)
    ]
    verdicts = tuple(_verdict(tuple(found.values())) for found in checks)
    overall_row = FitRow("overall", "Overall", verdicts)
    return FitTable(answers(profile, system), (overall_row, *rows), profile)


def _cell(check: FitCheck | None, system: str) -> FitCell:
    if check is None:
        return FitCell(NOT_CHECKED, "It does not stand on the floor, so the room is not checked.")
    return FitCell(check.status, check.explain(system))


def _verdict(checks: tuple[FitCheck, ...]) -> FitCell:
    if not checks:
        return FitCell(NOT_CHECKED, "None of your answers applies to it.")
    status = overall(checks)
    named = ", ".join(ORDER[c.key].lower() for c in checks if c.status == status)
    if status == FAIL:
        return FitCell(FAIL, f"Outside what it takes: {named}.")
    if status == UNKNOWN:
        return FitCell(UNKNOWN, f"Nothing fails, but confirm with the maker: {named}.")
    return FitCell(PASS, "Everything you entered is within what it takes.")


def answers(profile: FitProfile, system: str) -> tuple[tuple[str, str], ...]:
    """The answers the columns were checked against, in the shopper's units."""
    shown = (
        ("Height", format_height(profile.height_in, system)),
        ("Weight", format_weight(profile.weight_lb, system)),
        ("Room length", format_length(profile.room_length_in, system)),
        ("Room width", format_length(profile.room_width_in, system)),
        ("Ceiling", format_length(profile.ceiling_in, system)),
    )
    return tuple((what, value) for what, value in shown if value is not None)
