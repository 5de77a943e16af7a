"""GET /api/compare?products=a,b: the comparison as JSON, with the same rows as the page.

Repeated `products=a&products=b` is read as well (no redirect for API clients). A list
that needs fixing answers 400 (404 when no product exists at all) with every problem
named and the products that were found.
"""

from flask import Blueprint, jsonify, request, url_for

from catalog.comparison.export import comparison_record
from catalog.comparison.selection import NOT_FOUND, OK, read_selection
from catalog.comparison.table import build_comparison
from webapp.compare import canonical_args, read_form
from webapp.db import get_session
from webapp.units import current_units

bp = Blueprint("api_compare", __name__, url_prefix="/api")


@bp.get("/compare")
def index():
    form = read_form()
    selection = read_selection(get_session(), request.args.getlist("products"))
    if selection.outcome != OK or form.errors:
        return _refusal(selection, form)
    comparison = build_comparison(
        selection.products, current_units(), form.profile(), form.only_differences
    )
    record = comparison_record(comparison)
    for product in record["products"]:
        product["url"] = url_for("products.detail", slug=product["slug"], _external=True)
    args = canonical_args()
    record["links"] = {
        "page": url_for("compare.index", **args, _external=True),
        "csv": url_for("compare.csv", **args, _external=True),
    }
    return jsonify(record)


def _refusal(selection, form):
    status = 404 if selection.outcome == NOT_FOUND else 400
    problems = [
        {
            "code": problem.code,
            "message": problem.message,
            "entry": problem.entry,
            "suggestion": problem.suggestion[0] if problem.suggestion else None,
        }
        for problem in selection.problems
    ]
    if not selection.asked:
        problems.append({"code": "empty", "message": "Name two to four products: products=a,b."})
    kept = [product.slug for product in selection.compared]
    error = {
        "status": status,
        "name": "Not Found" if status == 404 else "Bad Request",
        "message": "The comparison cannot be made as asked: see problems.",
        "problems": problems,
        "fields": form.errors,
    }
    suggested = None
    if len(kept) >= 2:
        suggested = url_for("api_compare.index", **{**canonical_args(), "products": ",".join(kept)})
    return jsonify(error=error, found=kept, suggested=suggested), status
