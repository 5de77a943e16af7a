"""Floor footprints drawn to scale, as plain geometry for an inline SVG.

Shapes are seen from above: a product's length runs left to right, its width top to
bottom. One scale (pixels per inch) applies to the whole drawing. `product_drawing` shows
one product beside a person; `overlay_drawing` lays several products over one another and
over the shopper's room, in use and folded.
"""

from dataclasses import dataclass
from decimal import Decimal

from catalog.units import METRIC, cm_to_in, format_length

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
    number: int = 0  # the product's column in a comparison; 0 for the room or a person


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


# -- Several products over one room ------------------------------------------------------

NUMBER_PX = 28  # room right of the shapes for the products' numbers
PANEL_GAP_PX = 24
BAR_STEPS = {  # scale-bar lengths to choose from, in inches, with their labels
    "imperial": ((12, "1 ft"), (24, "2 ft"), (36, "3 ft"), (60, "5 ft"), (120, "10 ft")),
    METRIC: tuple(
        (cm_to_in(cm), label)
        for cm, label in ((30, "30 cm"), (50, "50 cm"), (100, "1 m"), (200, "2 m"), (300, "3 m"))
    ),
}
MIN_BAR_PX = 60


@dataclass(frozen=True)
class Panel:
    title: str
    title_y: float
    shapes: tuple[Shape, ...]  # the room first when known, then the products in column order


@dataclass(frozen=True)
class LegendEntry:
    number: int
    name: str
    in_use: str | None  # the size drawn, in words; None when not published
    folded: str | None


@dataclass(frozen=True)
class Overlay:
    width: float
    height: float
    px_per_in: float
    panels: tuple[Panel, ...]
    scale_bar: ScaleBar
    legend: tuple[LegendEntry, ...]  # every product, drawn or not


def in_use_size(product) -> tuple[str, Decimal, Decimal] | None:
    """(kind, length, width) on the floor in use: the largest sweep when published."""
    if product.sweep_length_in and product.sweep_width_in:
        return "sweep", product.sweep_length_in, product.sweep_width_in
    if product.in_use_length_in and product.in_use_width_in:
        return "in_use", product.in_use_length_in, product.in_use_width_in
    return None


def folded_size(product) -> tuple[str, Decimal, Decimal] | None:
    if product.folded_length_in and product.folded_width_in:
        return "folded", product.folded_length_in, product.folded_width_in
    return None


def overlay_drawing(products, room_length_in, room_width_in, system: str) -> Overlay | None:
    """Overlay the products' footprints, each from the room's corner, in use and folded.

    The room is drawn when both its length and width are known. Returns None when no
    product has a published footprint.
    """
    sizes = [(in_use_size(p), folded_size(p)) for p in products]
    if not any(size for pair in sizes for size in pair):
        return None
    room = (room_length_in, room_width_in) if room_length_in and room_width_in else None
    lengths = [size[1] for pair in sizes for size in pair if size] + ([room[0]] if room else [])
    px_per_in = float((MAX_WIDTH_PX - 2 * MARGIN_PX - NUMBER_PX) / max(lengths))
    panels, y = [], float(MARGIN_PX)
    for title, which in (("In use", 0), ("Folded", 1)):
        pieces = [(n, pair[which]) for n, pair in enumerate(sizes, start=1) if pair[which]]
        if pieces:
            panel, y = _panel(title, y, pieces, room, px_per_in, system)
            panels.append(panel)
    bar = _overlay_bar(px_per_in, system, y)
    legend = tuple(
        LegendEntry(n, p.name, _words(pair[0], system), _words(pair[1], system))
        for n, (p, pair) in enumerate(zip(products, sizes, strict=True), start=1)
    )
    return Overlay(MAX_WIDTH_PX, bar.y + 24, px_per_in, tuple(panels), bar, legend)


def _panel(title, top, pieces, room, px_per_in, system) -> tuple[Panel, float]:
    """Lay out one panel from `top`; return it and where the next one starts."""
    y = top + LABEL_PX + 4
    shapes = []
    if room:
        label = f"Your room: {_words(('room', *room), system)}"
        shapes.append(Shape("room", label, MARGIN_PX, y, *(float(v) * px_per_in for v in room)))
    for number, (kind, length, width) in pieces:
        size = (float(length) * px_per_in, float(width) * px_per_in)
        shapes.append(
            Shape(kind, _words((kind, length, width), system), MARGIN_PX, y, *size, number)
        )
    bottom = y + max(shape.height for shape in shapes)
    return Panel(title, top + LABEL_PX - 4, tuple(shapes)), bottom + PANEL_GAP_PX


def _words(size, system: str) -> str | None:
    if size is None:
        return None
    kind, length, width = size
    text = f"{format_length(length, system)} × {format_length(width, system)}"
    return f"{text}, largest while rotating" if kind == "sweep" else text


def _overlay_bar(px_per_in: float, system: str, y: float) -> ScaleBar:
    steps = BAR_STEPS.get(system, BAR_STEPS["imperial"])
    length_in, label = next(
        ((length, label) for length, label in steps if float(length) * px_per_in >= MIN_BAR_PX),
        steps[-1],
    )
    return ScaleBar(MARGIN_PX, y, float(length_in) * px_per_in, label)
