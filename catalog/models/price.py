"""Price history: one row each time a price, currency or availability was seen to change."""

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalog.models.base import Base, utc_now


class PriceObservation(Base):
    """A price seen on a page on a date. Rows are appended, never edited."""

    __tablename__ = "price_observation"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("product.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"))
    observed_on: Mapped[str] = mapped_column(String(40))  # EDTF date, e.g. "2011-04" or "2014~"
    price_cents: Mapped[int | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    availability: Mapped[str | None] = mapped_column(String(32))
    origin: Mapped[str] = mapped_column(String(16), default="catalog")  # catalog | import
    import_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_run.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    product: Mapped["Product"] = relationship(back_populates="price_observations")  # noqa: F821

    def __repr__(self) -> str:
        return f"<PriceObservation {self.product_id} {self.observed_on} {self.price_cents}>"
