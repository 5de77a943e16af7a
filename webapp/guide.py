"""The guide: plain-language pages on inversion, its evidence, risks and equipment."""

from flask import Blueprint, abort, render_template

bp = Blueprint("guide", __name__, url_prefix="/guide")

PAGES = {}


@bp.get("/")
def index():
    return render_template("guide/index.html", pages=PAGES)


@bp.get("/<name>")
def page(name: str):
    if name not in PAGES:
        abort(404)
    return render_template(f"guide/{name}.html", pages=PAGES, current=name)
