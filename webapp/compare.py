"""Compare two to four products side by side: the page and its CSV download.

The address is the whole comparison (no server-side state). A list sent the way the
catalog's checkboxes send it (`products=a&products=b`), or with empty answers from the
forms, is redirected to its one canonical address: `products=a,b` and only what is set.
"""

from flask import Blueprint, Response, redirect, render_template, request, url_for

from catalog.comparison.export import comparison_csv
from catalog.comparison.page import comparison_page
from catalog.comparison.selection import EMPTY, INVALID, MAX_PRODUCTS, NOT_FOUND, OK, SINGLE
from webapp.db import get_session
from webapp.forms.compare import QUERY_NAMES, CompareForm
from webapp.units import current_units

bp = Blueprint("compare", __name__)

PAGE_STATUS = {EMPTY: 200, SINGLE: 200, OK: 200, INVALID: 400, NOT_FOUND: 404}
EXPORT_STATUS = {**PAGE_STATUS, EMPTY: 400, SINGLE: 400}
ANSWER_NAMES = ("height", "weight", "room_length", "room_width", "ceiling")


@bp.get("/compare")
def index():
    if target := canonical_target():
        return redirect(target)
    form = read_form()
    page = comparison_page(get_session(), *_arguments(form))
    status = max(PAGE_STATUS[page.selection.outcome], 400 if form.errors else 200)
    return _render(form, page), status


@bp.get("/compare.csv")
def csv():
    if target := canonical_target():
        return redirect(target)
    form = read_form()
    page = comparison_page(get_session(), *_arguments(form), allow_single=False)
    if page.comparison is None:
        return _render(form, page), EXPORT_STATUS[page.selection.outcome]
    if form.errors:
        return _render(form, page), 400
    filename = "comparison-" + "-vs-".join(page.selection.slugs[:MAX_PRODUCTS]) + ".csv"
    return Response(
        comparison_csv(page.comparison),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def read_form() -> CompareForm:
    form = CompareForm(request.args, units=current_units())
    form.validate()
    return form


def _arguments(form: CompareForm) -> tuple:
    return request.args.getlist("products"), current_units(), form.profile(), form.only_differences


def canonical_args() -> dict[str, str]:
    """This request's parameters in canonical form: products joined, empty ones dropped.

    Answers always travel with their units, so a shared link reads the same everywhere.
    """
    values = [value for value in request.args.getlist("products") if value.strip()]
    args = {"products": ",".join(values)} if values else {}
    args |= {name: request.args[name] for name in QUERY_NAMES if request.args.get(name)}
    if args.get("only") != "differences":
        args.pop("only", None)
    if any(name in args for name in ANSWER_NAMES):
        args.setdefault("units", current_units())
    return args


def canonical_target() -> str | None:
    """The canonical address of this page (a path on this site), or None if it is already."""
    args = canonical_args()
    if request.args.to_dict(flat=False) == {name: [value] for name, value in args.items()}:
        return None
    return url_for(request.endpoint, **args)


def _render(form: CompareForm, page) -> str:
    args = canonical_args()
    query = {name: value for name, value in args.items() if name != "products"}

    return render_template(
        "compare/index.html",
        form=form,
        page=page,
        comparison=page.comparison,
        slugs=[column.slug for column in page.comparison.columns] if page.comparison else [],
        query=query,
        query_all_rows={name: value for name, value in query.items() if name != "only"},
        max_products=MAX_PRODUCTS,
    )
