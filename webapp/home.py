"""The front page and the load balancer's health check."""

from flask import Blueprint, jsonify, render_template
from sqlalchemy import text

from catalog.vocabulary import CATEGORY_PLURALS
from webapp.db import get_session

bp = Blueprint("home", __name__)


@bp.get("/")
def index():
    return render_template("home/index.html", categories=CATEGORY_PLURALS)


@bp.get("/healthz")
def healthz():
    """200 when the app can reach its database, 503 (via the error handler) when not."""
    get_session().execute(text("SELECT 1"))
    return jsonify(status="ok")
