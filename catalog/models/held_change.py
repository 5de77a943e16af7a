"""A value the importer saw but did not apply, kept until a maintainer decides."""

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalog.models.base import Base, utc_now


class HeldChange(Base):
    """A suspicious change (a price jump, a new currency) held for review, not applied.

    `current` and `proposed` are JSON values in the stored form of the field (a price is
    {"price_cents": ..., "currency": ...}). Seeing the same proposal again only bumps
    `last_seen_at` and `times_seen`, so re-running an import adds no rows.
    """

    __tablename__ = "held_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("product.id", ondelete="CASCADE"), index=True
    )
    page_id: Mapped[int | None] = mapped_column(ForeignKey("product_page.id", ondelete="SET NULL"))
    field: Mapped[str] = mapped_column(String(64))
    current: Mapped[dict] = mapped_column(JSON, default=dict)
    proposed: Mapped[dict] = mapped_column(JSON, default=dict)
    quote: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending|accepted|rejected
    first_seen_at: Mapped[datetime] = mapped_column(default=utc_now)
    last_seen_at: Mapped[datetime] = mapped_column(default=utc_now)
    times_seen: Mapped[int] = mapped_column(default=1)
    resolved_at: Mapped[datetime | None]
    import_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_run.id"))

    product: Mapped["Product"] = relationship()  # noqa: F821
    page: Mapped["ProductPage | None"] = relationship()  # noqa: F821

    def __repr__(self) -> str:
        return f"<HeldChange {self.product_id} {self.field} {self.status}>"
