"""One row counting changes to the catalog, so every process can tell when its cached
pages are out of date (see catalog/version.py)."""

from datetime import datetime

from sqlalchemy import BigInteger
from sqlalchemy.orm import Mapped, mapped_column

from catalog.models.base import Base, utc_now

ROW_ID = 1


class CatalogVersion(Base):
    __tablename__ = "catalog_version"

    id: Mapped[int] = mapped_column(primary_key=True)  # always ROW_ID
    version: Mapped[int] = mapped_column(BigInteger, default=0)
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)

    def __repr__(self) -> str:
        return f"<CatalogVersion {self.version}>"
