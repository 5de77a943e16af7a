"""SQLAlchemy models: products, where each figure came from, price history, import runs,
the pages the importer reads and the changes it holds for review."""

from catalog.models.base import Base, FixedDecimal, UTCDateTime
from catalog.models.catalog_version import CatalogVersion
from catalog.models.held_change import HeldChange
from catalog.models.import_run import ImportRun
from catalog.models.price import PriceObservation
from catalog.models.product import Product
from catalog.models.product_page import ProductPage
from catalog.models.source import FieldSource, Source

__all__ = [
    "Base",
    "CatalogVersion",
    "FieldSource",
    "FixedDecimal",
    "HeldChange",
    "ImportRun",
    "PriceObservation",
    "Product",
    "ProductPage",
    "Source",
    "UTCDateTime",
]
