"""Several footprints over the shopper's room, one scale for all."""

from decimal import Decimal

import pytest

from catalog.footprint import overlay_drawing, product_drawing
from catalog.units import IMPERIAL, METRIC


def shapes(drawing, kind=None):
    return [s for panel in drawing.panels for s in panel.shapes if kind in (None, s.kind)]


def test_a_60_in_table_is_drawn_twice_the_length_of_a_30_in_one(make_product):
    long = make_product(in_use_length_in=60, in_use_width_in=20)
    short = make_product(in_use_length_in=30, in_use_width_in=20)
    drawing = overlay_drawing([long, short], None, None, IMPERIAL)
    first, second = shapes(drawing, "in_use")
    assert first.width == pytest.approx(2 * second.width)
    assert first.height == pytest.approx(second.height)
    assert first.width == pytest.approx(60 * drawing.px_per_in)


def test_the_room_is_drawn_at_the_same_scale_around_the_products(make_product):
    table = make_product(
        sweep_length_in=87, sweep_width_in=29, folded_length_in=20, folded_width_in=29
    )
    drawing = overlay_drawing([table], Decimal(120), Decimal(96), IMPERIAL)
    rooms = shapes(drawing, "room")
    assert len(rooms) == 2  # behind the in-use and the folded footprints
    assert rooms[0].width == pytest.approx(120 * drawing.px_per_in)
    assert rooms[0].height == pytest.approx(96 * drawing.px_per_in)
    assert shapes(drawing, "sweep")[0].width == pytest.approx(87 * drawing.px_per_in)
    assert shapes(drawing, "folded")[0].width == pytest.approx(20 * drawing.px_per_in)


def test_every_footprint_starts_from_the_rooms_corner(make_product):
    drawing = overlay_drawing(
        [make_product(in_use_length_in=60, in_use_width_in=20)], Decimal(100), Decimal(80), IMPERIAL
    )
    room, table = drawing.panels[0].shapes
    assert (room.x, room.y) == (table.x, table.y)


def test_the_drawing_fits_its_width_whatever_is_longest(make_product):
    drawing = overlay_drawing(
        [make_product(in_use_length_in=60, in_use_width_in=20)],
        Decimal(400),
        Decimal(200),
        IMPERIAL,
    )
    assert max(s.x + s.width for s in shapes(drawing)) <= drawing.width


def test_products_without_a_footprint_are_listed_but_not_drawn(make_product):
    drawn = make_product(in_use_length_in=60, in_use_width_in=20)
    drawing = overlay_drawing([drawn, make_product(in_use_length_in=60)], None, None, IMPERIAL)
    assert [s.number for s in shapes(drawing)] == [1]
    assert [(e.in_use, e.folded) for e in drawing.legend] == [("60 in × 20 in", None), (None, None)]


def test_nothing_is_drawn_when_no_product_has_a_footprint(make_product):
    assert (
        overlay_drawing([make_product(), make_product()], Decimal(100), Decimal(80), IMPERIAL)
        is None
    )


BAR_INCHES = {
    IMPERIAL: {"1 ft": 12, "2 ft": 24, "3 ft": 36, "5 ft": 60, "10 ft": 120},
    METRIC: {"30 cm": 30 / 2.54, "50 cm": 50 / 2.54, "1 m": 100 / 2.54, "2 m": 200 / 2.54},
}


@pytest.mark.parametrize("system", [IMPERIAL, METRIC])
@pytest.mark.parametrize("room_in", [None, 120, 600])
def test_the_scale_bar_is_a_round_length_in_the_shoppers_units_at_the_drawings_scale(
    make_product, system, room_in
):
    room = (Decimal(room_in), Decimal(room_in)) if room_in else (None, None)
    product = make_product(in_use_length_in=60, in_use_width_in=20)
    drawing = overlay_drawing([product], *room, system)
    bar = drawing.scale_bar
    assert bar.width == pytest.approx(BAR_INCHES[system][bar.label] * drawing.px_per_in)


def test_the_product_page_drawing_still_works(make_product):
    drawing = product_drawing(make_product(in_use_length_in=60, in_use_width_in=29), IMPERIAL)
    assert [s.kind for s in drawing.shapes] == ["in_use", "person"]
