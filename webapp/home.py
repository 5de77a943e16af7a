"""The front page and the load balancer's health check."""

from flask import Blueprint, jsonify, render_template

from catalog.version import current_version
from catalog.vocabulary import CATEGORY_PLURALS
from webapp.db import get_session

bp = Blueprint("home", __name__)


@bp.get("/")
def index():
    return render_template("home/index.html", categories=CATEGORY_PLURALS)


@bp.get("/healthz")
def healthz():
    """200 when the app can read the catalog, 503 (via the error handler) when not.

    It reads a catalog table, not just `SELECT 1`: an empty SQLite file left where the
    database was answers `SELECT 1` while every page fails.
    """
    current_version(get_session())
    return jsonify(status="ok")
