"""The shopper's unit system: `?units=` wins, then the `units` cookie, then imperial.

Choosing units through the query also remembers the choice in a cookie, so the switch is
a plain link that works without JavaScript.
"""

from flask import Flask, g, request, url_for

from catalog.units import IMPERIAL
from catalog.vocabulary import UNIT_SYSTEMS
from webapp.forms.measures import MEASURE_PARAMS, with_unit

COOKIE = "units"
ONE_YEAR_S = 365 * 24 * 3600


def init_app(app: Flask) -> None:
    app.after_request(remember_units)
    app.context_processor(lambda: {"units": current_units(), "units_url": units_url})


def current_units() -> str:
    """Return "imperial" or "metric" for this request."""
    if "units" not in g:
        asked = request.args.get("units", "")
        g.units = asked if asked in UNIT_SYSTEMS else _cookie_units()
    return g.units


def units_url(system: str) -> str:
    """Return this page's address in `system` units, keeping what every answer means.

    A bare number typed as a body or room size gets its unit spelt out ("70" becomes
    "70 in"), so switching to metric never reads 70 inches as 70 cm.
    """
    args = request.args.to_dict(flat=False)
    now = current_units()
    for name, dimension in MEASURE_PARAMS.items():
        if name in args and system != now:
            args[name] = [with_unit(value, dimension, now) for value in args[name]]
    args["units"] = [system]
    if request.endpoint is None:
        return url_for("home.index", units=system)
    return url_for(request.endpoint, **(request.view_args or {}), **args)


def _cookie_units() -> str:
    remembered = request.cookies.get(COOKIE, "")
    return remembered if remembered in UNIT_SYSTEMS else IMPERIAL


def remember_units(response):
    response.vary.add("Cookie")  # pages are drawn in the remembered units
    asked = request.args.get("units", "")
    if asked in UNIT_SYSTEMS and asked != request.cookies.get(COOKIE):
        response.set_cookie(
            COOKIE,
            asked,
            max_age=ONE_YEAR_S,
            samesite="Lax",
            httponly=True,
            secure=request.is_secure,  # over https, never sent back over plain http
        )
    return response
