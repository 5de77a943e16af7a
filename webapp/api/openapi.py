"""Placeholder: the openapi API lands with its feature."""

from flask import Blueprint

bp = Blueprint("api_openapi", __name__, url_prefix="/api")
