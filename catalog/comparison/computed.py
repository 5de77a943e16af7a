"""Rows worked out from two published figures, never from a guess.

Each is shown only where every figure it needs is published; otherwise its cell is
"not published" like any other unknown.
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from catalog.comparison.best import BEST_WORDS, best_positions
from catalog.comparison.column import Column
from catalog.comparison.row import Cell, Row, make_row
from catalog.provenance import source_refs
from catalog.units import METRIC, format_money, in_to_cm, lb_to_kg, number

SQ_IN_PER_SQ_FT = 144
SQ_CM_PER_SQ_M = 10_000


@dataclass(frozen=True)
class Computed:
    key: str
    after: str  # the field whose row it follows
    label: Callable[[str], str]  # the label in a unit system
    cell: Callable[[object, str], tuple[str | None, tuple[str, ...]]]  # (text, source fields)
    size: Callable[[object], Decimal | None] | None = None  # what "best" compares
    best: str | None = None
    how: str = ""


def price_per_capacity(product, system: str):
    capacity = product.max_user_weight_lb
    if product.price_cents is None or not capacity:
        return None, ()
    unit = "kg" if system == METRIC else "lb"
    capacity = lb_to_kg(capacity) if system == METRIC else capacity
    cents = int((Decimal(product.price_cents) / capacity).quantize(Decimal(1), ROUND_HALF_UP))
    text = f"{format_money(cents, product.price_currency)} per {unit}"
    return text, ("price_cents", "max_user_weight_lb")


def floor_area_in_use(product, system: str):
    if product.sweep_length_in and product.sweep_width_in:
        text = area(product.sweep_length_in, product.sweep_width_in, system)
        return f"{text}, largest while rotating", ("sweep_length_in", "sweep_width_in")
    if product.in_use_length_in and product.in_use_width_in:
        text = area(product.in_use_length_in, product.in_use_width_in, system)
        return f"{text}, at rest", ("in_use_length_in", "in_use_width_in")
    return None, ()


def folded_area(product) -> Decimal | None:
    if product.folded_length_in and product.folded_width_in:
        return product.folded_length_in * product.folded_width_in
    return None


def floor_area_folded(product, system: str):
    if folded_area(product) is None:
        return None, ()
    text = area(product.folded_length_in, product.folded_width_in, system)
    return text, ("folded_length_in", "folded_width_in")


def area(length_in: Decimal, width_in: Decimal, system: str) -> str:
    """'4 sq ft (20 × 29 in)' or '0.37 m² (50.8 × 73.7 cm)'."""
    if system == METRIC:
        length_cm, width_cm = in_to_cm(length_in), in_to_cm(width_in)
        square_m = length_cm * width_cm / SQ_CM_PER_SQ_M
        return f"{number(square_m, 2)} m² ({number(length_cm)} × {number(width_cm)} cm)"
    square_ft = length_in * width_in / SQ_IN_PER_SQ_FT
    return f"{number(square_ft)} sq ft ({number(length_in)} × {number(width_in)} in)"


COMPUTED = (
    Computed(
        "price_per_capacity",
        after="price_cents",
        label=lambda system: f"Price per {'kg' if system == METRIC else 'pound'} of rated capacity",
        cell=price_per_capacity,
        how="The price divided by the maximum user weight, where both are published.",
    ),
    Computed(
        "floor_area_in_use",
        after="sweep_height_in",
        label=lambda system: "Floor area in use",
        cell=floor_area_in_use,
        how="Length × width while rotating where published, else at rest.",
    ),
    Computed(
        "floor_area_folded",
        after="folded_height_in",
        label=lambda system: "Floor area folded",
        cell=floor_area_folded,
        size=folded_area,
        best="smallest",
        how="Folded length × folded width, where both are published.",
    ),
)


def computed_row(computed: Computed, products, columns: tuple[Column, ...], system: str) -> Row:
    """Work the row out for every product; unknown where an input is unknown."""
    cells = []
    for product, column in zip(products, columns, strict=True):
        text, fields = computed.cell(product, system)
        refs = [ref for field in fields for ref in source_refs(product, field)]
        cells.append(Cell(text, column.numbers(refs)))
    best = ()
    if computed.best:
        best = best_positions([computed.size(p) for p in products], computed.best)
    word = BEST_WORDS.get(computed.best, "")
    return make_row(computed.key, computed.label(system), cells, best, word, computed.how)
