"""Fixtures for the recommender's pure tests: answers with sensible defaults, a fixed day,
and the shipped catalog as plain products."""

from datetime import date
from decimal import Decimal

import pytest

from catalog.database import make_sessions
from catalog.queries import list_products
from catalog.recommender import recommend
from catalog.recommender.answers import Answers

TODAY = date(2026, 11, 22)


def answers(**changes) -> Answers:
    """A healthy 5 ft 10 in, 180 lb first-timer with a big room, plus any changes."""
    base = dict(
        height_in=Decimal(70),
        weight_lb=Decimal(180),
        room_length_in=Decimal(120),
        room_width_in=Decimal(96),
        ceiling_in=Decimal(96),
    )
    for name, value in changes.items():
        if name.endswith(("_in", "_lb")) and value is not None:
            changes[name] = Decimal(str(value))
        if name in ("conditions", "joints", "categories"):
            changes[name] = frozenset(value)
    return Answers(**{**base, **changes})


def run(products, **changes):
    return recommend(products, answers(**changes), today=TODAY)


def slugs(matches) -> list[str]:
    return [match.facts.slug for match in matches]


def excluded(result) -> dict[str, tuple[str, ...]]:
    """Each left-out product's slug with its reasons."""
    return {x.facts.slug: x.reasons for x in result.excluded}


@pytest.fixture(scope="session")
def shipped(loaded_db):
    """Every product of the shipped catalog, loaded once and detached from its session."""
    with make_sessions(loaded_db)() as session:
        return list_products(session)  # every column is loaded; the session may close
