"""Side-by-side comparison (placeholder until the comparison builder lands)."""

from flask import Blueprint, render_template

bp = Blueprint("compare", __name__)


@bp.get("/compare")
def index():
    return render_template("compare/index.html")
