"""Dates as sources give them: often only a month, a year, a span or "around".

They are stored as EDTF strings (ISO 8601-2): "2017-08-14", "2017-08", "2017", "2014~"
(around 2014), "2016-12/2017-08" (a span), "198X" (the 1980s).
"""

import re
from dataclasses import dataclass
from datetime import date

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_SINGLE = re.compile(
    r"^(?P<year>\d{3}[\dX])(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<approx>~)?$"
)


class BadDate(ValueError):
    """The text is not a date this catalog can store."""


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    decade: bool = False

    @property
    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def describe(self) -> str:
        """Return the date in plain words: "Aug 2017", "around 2014", "the 1980s"."""
        if self.decade:
            return f"the {self.year}s"
        words = str(self.year)
        if self.month:
            words = f"{MONTHS[self.month - 1]} {words}"
        if self.day:
            words = f"{self.day} {words}"
        return f"around {words}" if self.approximate else words


def parse_single(text: str) -> PartialDate:
    """Parse one EDTF date (no span)."""
    match = _SINGLE.match(text.strip())
    if not match:
        raise BadDate(f"not an EDTF date: {text!r}")
    year_text = match["year"]
    decade = year_text.endswith("X")
    year = int(year_text.replace("X", "0"))
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    try:
        date(year, month or 1, day or 1)
    except ValueError as error:
        raise BadDate(f"no such date: {text!r}") from error
    return PartialDate(year, month, day, bool(match["approx"]), decade)


def parse(text: str) -> tuple[PartialDate, ...]:
    """Parse an EDTF date or span into one or two dates; raise BadDate otherwise."""
    parts = tuple(parse_single(part) for part in text.split("/"))
    if len(parts) > 2 or (len(parts) == 2 and parts[0].earliest > parts[1].earliest):
        raise BadDate(f"not a date span: {text!r}")
    return parts


def describe(text: str | None) -> str | None:
    """Return a stored date in plain words, "Dec 2016 – Aug 2017" for a span; None stays None."""
    if not text:
        return None
    return " – ".join(part.describe() for part in parse(text))


def latest(text: str) -> date:
    """Return the latest day the stored date can stand for, for judging how old a figure is."""
    last = parse(text)[-1]
    if last.decade:
        return date(last.year + 9, 12, 31)
    if last.day:
        return last.earliest
    if last.month:
        next_month = date(last.year + last.month // 12, last.month % 12 + 1, 1)
        return date.fromordinal(next_month.toordinal() - 1)
    return date(last.year, 12, 31)
