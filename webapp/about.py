"""About our data: how complete and how fresh the catalog is."""

from flask import Blueprint, render_template

bp = Blueprint("about", __name__, url_prefix="/about")


@bp.get("/data")
def data():
    return render_template("about/data.html")
