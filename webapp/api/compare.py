"""Placeholder: the compare API lands with its feature."""

from flask import Blueprint

bp = Blueprint("api_compare", __name__, url_prefix="/api")
