"""About our data: how complete and how fresh the catalog is, for shoppers and maintainers."""

from flask import Blueprint, render_template

from catalog.coverage import field_coverage
from catalog.freshness import page_checks, pending_holds, recent_runs
from webapp.db import get_session
from webapp.units import current_units

bp = Blueprint("about", __name__, url_prefix="/about")


@bp.get("/data")
def data():
    session = get_session()
    return render_template(
        "about/data.html",
        coverage=field_coverage(session),
        pages=page_checks(session),
        runs=recent_runs(session, current_units()),
        held=pending_holds(session),
    )
