"""Placeholder: the recommendations API lands with its feature."""

from flask import Blueprint

bp = Blueprint("api_recommendations", __name__, url_prefix="/api")
