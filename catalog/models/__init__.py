"""SQLAlchemy models: products, where each figure came from, price history, import runs."""

from catalog.models.base import Base, FixedDecimal, UTCDateTime
from catalog.models.import_run import ImportRun
from catalog.models.price import PriceObservation
from catalog.models.product import Product
from catalog.models.source import FieldSource, Source

__all__ = [
    "Base",
    "FieldSource",
    "FixedDecimal",
    "ImportRun",
    "PriceObservation",
    "Product",
    "Source",
    "UTCDateTime",
]
