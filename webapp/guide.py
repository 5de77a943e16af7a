"""The guide: plain-language pages on inversion, its evidence, risks and equipment.

The pages need no database, so they stay readable while the catalog is unavailable.
"""

from flask import Blueprint, abort, render_template

from catalog import guide

bp = Blueprint("guide", __name__, url_prefix="/guide")


@bp.get("/")
def index():
    return render_template("guide/index.html", pages=guide.list_pages())


@bp.get("/<name>")
def page(name: str):
    reading = guide.read_page(name) or abort(404)
    return render_template(f"guide/{name}.html", reading=reading, page=reading.page)
