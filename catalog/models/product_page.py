"""A product's page at a maker or shop: where the importer reads it, and how it last went."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalog.models.base import Base


class ProductPage(Base):
    """One URL listed for one product in the sources file, with its fetch state.

    The retailer settings are copied from the sources file on every run, so the file stays
    the reviewed truth. Validators (ETag, Last-Modified) and a content hash let an unchanged
    page cost a 304 and no parsing. Streaks count consecutive failures and 404/410s: a page
    is only called gone after several in a row (see catalog/importer/lifecycle.py).
    """

    __tablename__ = "product_page"
    __table_args__ = (UniqueConstraint("product_id", "url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("product.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"))
    url: Mapped[str] = mapped_column(String(2048))
    host: Mapped[str] = mapped_column(String(255), default="")
    retailer: Mapped[str] = mapped_column(String(120))
    adapter: Mapped[str | None] = mapped_column(String(40))
    currency: Mapped[str | None] = mapped_column(String(3))  # the shop's own currency
    decimal_mark: Mapped[str] = mapped_column(String(1), default=".")
    status: Mapped[str] = mapped_column(String(16), default="active")  # active|gone|retired

    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(64))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    final_url: Mapped[str | None] = mapped_column(String(2048))
    moved_to: Mapped[str | None] = mapped_column(String(2048))
    moved_streak: Mapped[int] = mapped_column(default=0)

    last_checked_at: Mapped[datetime | None]
    last_ok_at: Mapped[datetime | None]
    last_changed_at: Mapped[datetime | None]
    last_outcome: Mapped[str | None] = mapped_column(String(32))
    last_reason: Mapped[str | None] = mapped_column(Text)
    last_http_status: Mapped[int | None]
    failure_streak: Mapped[int] = mapped_column(default=0)
    gone_streak: Mapped[int] = mapped_column(default=0)
    gone_since: Mapped[datetime | None]  # the first 404/410 of the current streak

    product: Mapped["Product"] = relationship()  # noqa: F821
    source: Mapped["Source | None"] = relationship()  # noqa: F821

    def __repr__(self) -> str:
        return f"<ProductPage {self.product_id} {self.url}>"
