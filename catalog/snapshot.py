"""Every product's figures, read from the database once per catalog version.

The recommender reads the whole catalog on every request. A process keeps the figures it
last read until the catalog's change counter moves (catalog/version.py), so a request pays
for one small query instead of loading every product. Each process holds its own copy and
never writes it back: stopping a worker loses nothing.
"""

from threading import Lock

from sqlalchemy import select
from sqlalchemy.orm import Session, raiseload

from catalog.models import Product
from catalog.recommender.facts import Facts, read_facts
from catalog.version import current_version


class CatalogSnapshot:
    def __init__(self):
        self._lock = Lock()
        self._version: int | None = None
        self._facts: tuple[Facts, ...] = ()

    def facts(self, session: Session) -> tuple[Facts, ...]:
        """Return every product's figures as of the catalog's current version."""
        version = current_version(session)
        with self._lock:
            if version != self._version:
                self._facts = tuple(read_facts(product) for product in _every_product(session))
                self._version = version
            return self._facts


def _every_product(session: Session):
    # Only the figures are kept: a kept product must never reach for its sources later.
    statement = (
        select(Product)
        .options(raiseload(Product.field_sources), raiseload(Product.price_observations))
        .order_by(Product.brand, Product.model, Product.slug)
    )
    return session.scalars(statement)
