"""Jinja filters for the few values templates format themselves."""

from flask import Flask

from catalog import dates, units


def init_app(app: Flask) -> None:
    app.jinja_env.filters.update(
        edtf=dates.describe,
        money=units.format_money,
        length=units.format_length,
        height=units.format_height,
        weight=units.format_weight,
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
