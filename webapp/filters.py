"""Jinja filters for the few values templates format themselves."""

from flask import Flask

from catalog import dates, units


def init_app(app: Flask) -> None:
    app.jinja_env.filters.update(
        edtf=dates.describe,
        money=units.format_money,
        # Not "length": that name is Jinja's own filter for counting items.
        as_length=units.format_length,
        as_height=units.format_height,
        as_weight=units.format_weight,
        thousands="{:,}".format,  # 4,400 products, not 4400
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
