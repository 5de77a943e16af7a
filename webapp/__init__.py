"""The Inversion Guide web app: HTTP in, catalog calls, HTML or JSON out."""

import os

from flask import Flask

from catalog.database import sqlite_url
from webapp import (
    about,
    cache,
    compare,
    db,
    errors,
    filters,
    guide,
    home,
    products,
    quiz,
    security,
    slugs,
    units,
)
from webapp.api import compare as api_compare
from webapp.api import openapi as api_openapi
from webapp.api import products as api_products
from webapp.api import recommendations as api_recommendations
from webapp.commands import import_products_command

# Pages drawn from the catalog, kept until the catalog changes (webapp/cache.py). Not the
# health check (it must ask the database), nor the guide (it needs no database at all).
CACHED_ENDPOINTS = {
    "home.index",
    "products.index",
    "products.detail",
    "compare.index",
    "compare.csv",
    "quiz.index",
    "quiz.results",
    "about.data",
    "api_products.index",
    "api_products.detail",
    "api_compare.index",
    "api_openapi.index",
}


# The largest request body read: quiz answers as JSON take well under 2 kB.
MAX_BODY_BYTES = 64 * 1024


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app. No data loading, network or migration happens here."""
    app = Flask(__name__, instance_relative_config=True, template_folder="../templates")
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.from_mapping(
        DATABASE_URL=sqlite_url(app.instance_path),
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
    )
    if test_config is None:
        app.config.from_prefixed_env()
        if "DATABASE_URL" in os.environ:
            app.config["DATABASE_URL"] = os.environ["DATABASE_URL"]
    else:
        app.config.update(test_config)
    db.init_app(app)
    slugs.init_app(app)
    security.init_app(app)
    units.init_app(app)
    filters.init_app(app)
    errors.init_app(app)
    app.cli.add_command(import_products_command)
    blueprints = (
        home.bp,
        products.bp,
        guide.bp,
        quiz.bp,
        compare.bp,
        about.bp,
        api_products.bp,
        api_recommendations.bp,
        api_compare.bp,
        api_openapi.bp,
    )
    for blueprint in blueprints:
        app.register_blueprint(blueprint)
    cache.init_app(app, CACHED_ENDPOINTS)
    return app
