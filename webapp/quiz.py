"""The recommendation quiz (placeholder until the recommender lands)."""

from flask import Blueprint, render_template

bp = Blueprint("quiz", __name__)


@bp.get("/quiz")
def index():
    return render_template("quiz/index.html")
