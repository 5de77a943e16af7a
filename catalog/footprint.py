"""Floor footprints drawn to scale, as plain geometry for an inline SVG.

Shapes are seen from above: a product's length runs left to right, its width top to
bottom. One scale (pixels per inch) applies to the whole drawing.
"""

from dataclasses import dataclass
from decimal import Decimal

from catalog.units import METRIC, format_length

MAX_WIDTH_PX = 640
MARGIN_PX = 16
GAP_IN = Decimal(12)
LABEL_PX = 16
# A standing adult seen from above, only to give the drawing a human scale.
PERSON_LENGTH_IN, PERSON_WIDTH_IN = Decimal(20), Decimal(12)


@dataclass(frozen=True)
class Shape:
    kind: str  # in_use | sweep | folded | person | room
    label: str
    x: float
    y: float
    width: float  # px, along the product's length
    height: float  # px, along the product's width


@dataclass(frozen=True)
class ScaleBar:
    x: float
    y: float
    width: float
    label: str


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    px_per_in: float
    shapes: tuple[Shape, ...]
    scale_bar: ScaleBar
    description: str


def product_drawing(product, system: str) -> Drawing | None:
    """Draw the product in use (largest sweep when known) and folded, beside a person.

    Returns None when no footprint has been published.
    """
    pieces = []
    if product.sweep_length_in and product.sweep_width_in:
        pieces.append(
            ("sweep", "While rotating (largest)", product.sweep_length_in, product.sweep_width_in)
        )
    elif product.in_use_length_in and product.in_use_width_in:
        pieces.append(("in_use", "In use", product.in_use_length_in, product.in_use_width_in))
    if product.folded_length_in and product.folded_width_in:
        pieces.append(("folded", "Folded", product.folded_length_in, product.folded_width_in))
    if not pieces:
        return None
    pieces.append(("person", "A person, for scale", PERSON_LENGTH_IN, PERSON_WIDTH_IN))
    return side_by_side(pieces, system)


def side_by_side(pieces: list[tuple[str, str, Decimal, Decimal]], system: str) -> Drawing:
    """Lay out (kind, label, length_in, width_in) pieces in a row, all at one scale."""
    total_in = sum(length for _, _, length, _ in pieces) + GAP_IN * (len(pieces) - 1)
    px_per_in = float((MAX_WIDTH_PX - 2 * MARGIN_PX) / total_in)
    tallest_in = max(width for _, _, _, width in pieces)
    shapes, x = [], float(MARGIN_PX)
    for kind, label, length, width in pieces:
        text = f"{label}: {format_length(length, system)} × {format_length(width, system)}"
        if kind == "person":
            text = label
        shapes.append(
            Shape(
                kind,
                text,
                x,
                MARGIN_PX + LABEL_PX,
                float(length) * px_per_in,
                float(width) * px_per_in,
            )
        )
        x += float(length + GAP_IN) * px_per_in
    body_bottom = MARGIN_PX + LABEL_PX + float(tallest_in) * px_per_in
    bar = scale_bar(px_per_in, system, MARGIN_PX, body_bottom + 20)
    description = "; ".join(shape.label for shape in shapes)
    return Drawing(MAX_WIDTH_PX, body_bottom + 48, px_per_in, tuple(shapes), bar, description)


def scale_bar(px_per_in: float, system: str, x: float, y: float) -> ScaleBar:
    """A bar one foot long (30 cm in metric) at the drawing's scale."""
    if system == METRIC:
        return ScaleBar(x, y, 30 / 2.54 * px_per_in, "30 cm")
    return ScaleBar(x, y, 12 * px_per_in, "1 ft (12 in)")
