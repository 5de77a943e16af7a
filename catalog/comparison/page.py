"""Everything the comparison page shows, worked out in one call from the request's values."""

from dataclasses import dataclass

from sqlalchemy.orm import Session

from catalog.comparison.candidates import CandidateGroup, candidate_groups
from catalog.comparison.selection import MAX_PRODUCTS, OK, SINGLE, Selection, read_selection
from catalog.comparison.table import Comparison, build_comparison
from catalog.fit import FitProfile
from catalog.footprint import Overlay, overlay_drawing


@dataclass(frozen=True)
class ComparisonPage:
    selection: Selection
    comparison: Comparison | None  # None when the list must be fixed first
    drawing: Overlay | None  # None when no compared product has a published footprint
    candidates: tuple[CandidateGroup, ...]  # for adding or choosing; () when it is full


def comparison_page(
    session: Session,
    values: list[str],
    system: str,
    profile: FitProfile,
    only_differences: bool = False,
    allow_single: bool = True,
) -> ComparisonPage:
    """Read the product list and, when it can be shown, compare and draw the products.

    One product alone is shown (it is how a comparison starts from a product page) unless
    `allow_single` is False, as for a download, where it needs fixing like any other list.
    """
    selection = read_selection(session, values)
    shown = selection.outcome == OK or (allow_single and selection.outcome == SINGLE)
    comparison = drawing = None
    if shown:
        products = selection.compared
        comparison = build_comparison(products, system, profile, only_differences)
        drawing = overlay_drawing(products, profile.room_length_in, profile.room_width_in, system)
    candidates = ()
    if not shown or len(selection.compared) < MAX_PRODUCTS:  # the page offers a picker
        categories = [product.category for product in selection.products]
        candidates = candidate_groups(session, selection.slugs, categories)
    return ComparisonPage(selection, comparison, drawing, candidates)
