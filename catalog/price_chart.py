"""A product's price over time as plain geometry for a small inline SVG.

Prices are drawn as steps: a price holds until the next one was seen, and the last one
runs to the day the page was last checked. Only one currency is drawn (the latest one);
prices in another currency stay in the table beside the chart.
"""

from dataclasses import dataclass
from datetime import date

from catalog.units import format_money

WIDTH_PX, HEIGHT_PX = 560, 180
LEFT_PX, RIGHT_PX, TOP_PX, BOTTOM_PX = 72, 16, 16, 28


@dataclass(frozen=True)
class Seen:
    """One priced observation, ready to draw."""

    on: date
    cents: int
    currency: str
    series: str  # which page (or "catalog research") saw it
    label: str  # "$299.99 on 3 Dec 2026"


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    label: str


@dataclass(frozen=True)
class Series:
    name: str
    index: int  # for the stroke colour class
    path: str  # SVG path data, steps
    dots: tuple[Dot, ...]


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class PriceChart:
    width: int
    height: int
    currency: str
    series: tuple[Series, ...]
    y_ticks: tuple[Tick, ...]
    x_ticks: tuple[Tick, ...]
    plot: tuple[float, float, float, float]  # left, top, right, bottom
    summary: str  # the chart in words, for its caption and screen readers


def price_chart(seen: list[Seen], until: date | None = None) -> PriceChart | None:
    """Draw the latest currency's prices; None when fewer than two prices were seen in it."""
    if not seen:
        return None
    currency = max(seen, key=lambda s: s.on).currency
    points = sorted((s for s in seen if s.currency == currency), key=lambda s: s.on)
    if len(points) < 2:
        return None
    first, last = points[0].on, max(until or points[-1].on, points[-1].on)
    low, high = min(p.cents for p in points), max(p.cents for p in points)
    scale = _Scale(first, last, low, high)
    names = list(dict.fromkeys(p.series for p in points))
    series = tuple(
        _series(name, i, [p for p in points if p.series == name], scale, last)
        for i, name in enumerate(names)
    )
    y_ticks = tuple(Tick(scale.y(c), format_money(c, currency)) for c in sorted({low, high}))
    x_ticks = (Tick(scale.x(first), _day(first)), Tick(scale.x(last), _day(last)))
    summary = _summary(points, currency, low, high)
    plot = (LEFT_PX, TOP_PX, WIDTH_PX - RIGHT_PX, HEIGHT_PX - BOTTOM_PX)
    return PriceChart(WIDTH_PX, HEIGHT_PX, currency, series, y_ticks, x_ticks, plot, summary)


class _Scale:
    def __init__(self, first: date, last: date, low: int, high: int):
        self.first, self.days = first, max((last - first).days, 1)
        margin = (high - low) * 0.15  # keep the line off the axis and the frame
        self.low, self.span = low - margin, max(high - low + 2 * margin, 1)
        self.flat = high == low

    def x(self, day: date) -> float:
        share = (day - self.first).days / self.days
        return round(LEFT_PX + share * (WIDTH_PX - LEFT_PX - RIGHT_PX), 1)

    def y(self, cents: int) -> float:
        share = 0.5 if self.flat else (cents - self.low) / self.span
        bottom, top = HEIGHT_PX - BOTTOM_PX, TOP_PX
        return round(bottom - share * (bottom - top), 1)


def _series(name: str, index: int, points: list[Seen], scale: _Scale, last: date) -> Series:
    dots = tuple(Dot(scale.x(p.on), scale.y(p.cents), p.label) for p in points)
    steps = [f"M{dots[0].x},{dots[0].y}"]
    for dot in dots[1:]:
        steps += [f"H{dot.x}", f"V{dot.y}"]
    steps.append(f"H{scale.x(last)}")
    return Series(name, index % 4, " ".join(steps), dots)


def _summary(points: list[Seen], currency: str, low: int, high: int) -> str:
    first, last = points[0], points[-1]
    start = f"{format_money(first.cents, currency)} ({_day(first.on)})"
    words = f"From {start} to {format_money(last.cents, currency)} ({_day(last.on)})"
    if low == high:
        return f"{words}: the price did not change."
    return f"{words}; lowest {format_money(low, currency)}, highest {format_money(high, currency)}."


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"
