"""Error pages: a plain page (or JSON under /api) for every error, never a stack trace.

A database that cannot be reached or written gives 503 with a log line, and the site
recovers by itself once the database is back: the pooled connections are dropped, so the
next request connects afresh (an SQLite file restored in place of a missing one would
otherwise stay hidden behind a connection to the empty file SQLite made meanwhile).
"""

import logging

from flask import Flask, Response, current_app, jsonify, render_template, request
from sqlalchemy.exc import DBAPIError, OperationalError
from werkzeug.exceptions import (
    HTTPException,
    InternalServerError,
    SecurityError,
    ServiceUnavailable,
)

log = logging.getLogger(__name__)


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(OperationalError, database_unavailable)
    app.register_error_handler(Exception, unexpected_error)


def http_error(error: HTTPException):
    return _render(error)


def database_unavailable(error: DBAPIError):
    log.error("database unavailable: %s", error.orig or error)
    current_app.extensions["catalog_engine"].dispose()
    return _render(ServiceUnavailable("The product database cannot be reached right now."))


def unexpected_error(error: Exception):
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return database_unavailable(error)
    log.exception("unhandled error on %s %s", request.method, request.path)
    return _render(InternalServerError())


def _render(error: HTTPException):
    if request.path.startswith("/api/"):
        response = jsonify(
            error={"status": error.code, "name": error.name, "message": error.description}
        )
    elif isinstance(error, SecurityError):  # a Host not in TRUSTED_HOSTS: no link can be built
        response = Response(
            f"{error.code} {error.name}: {error.description}", mimetype="text/plain"
        )
    else:
        response = render_template("errors/error.html", error=error)
    headers = dict(error.get_headers()) if error.code == 405 else {}
    if error.code == 503:
        headers["Retry-After"] = "30"
    return response, error.code, {k: v for k, v in headers.items() if k != "Content-Type"}
