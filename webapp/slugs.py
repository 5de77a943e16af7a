"""The `slug` URL converter: a product address only matches the shape a slug can have.

Anything else (a NUL byte, `../`, upper case) is a 404 before any query is made;
PostgreSQL would otherwise refuse a NUL byte with an error instead of finding nothing.
"""

from flask import Flask
from werkzeug.routing import BaseConverter

from catalog.comparison.selection import SLUG


class SlugConverter(BaseConverter):
    regex = SLUG.pattern


def init_app(app: Flask) -> None:
    app.url_map.converters["slug"] = SlugConverter
