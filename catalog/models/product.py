"""A product: one model of inversion equipment and everything known about it."""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalog.models.base import Base, utc_now


class Product(Base):
    """One model. Every figure is optional: None means nobody has published it.

    Lengths are inches and weights pounds, as the makers publish them; the unit is in
    each column's name. Angles use one convention: 0 deg is level, 90 deg fully head-down.
    """

    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    brand: Mapped[str] = mapped_column(String(120))
    model: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(32), index=True)
    support_level: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str | None] = mapped_column(String(32))
    status_note: Mapped[str | None] = mapped_column(Text)

    price_cents: Mapped[int | None]
    price_currency: Mapped[str | None] = mapped_column(String(3))
    price_seen: Mapped[str | None] = mapped_column(String(40))  # EDTF date, e.g. "2011-04"
    availability: Mapped[str | None] = mapped_column(String(32))

    max_user_weight_lb: Mapped[Decimal | None]
    user_height_min_in: Mapped[Decimal | None]
    user_height_max_in: Mapped[Decimal | None]

    max_angle_deg: Mapped[Decimal | None]
    angle_note: Mapped[str | None] = mapped_column(Text)
    angle_control: Mapped[str | None] = mapped_column(String(32))
    angle_presets: Mapped[str | None] = mapped_column(Text)
    ankle_system: Mapped[str | None] = mapped_column(Text)

    in_use_length_in: Mapped[Decimal | None]
    in_use_width_in: Mapped[Decimal | None]
    in_use_height_in: Mapped[Decimal | None]
    # The largest space the unit sweeps while rotating, at the setting named in sweep_note.
    sweep_length_in: Mapped[Decimal | None]
    sweep_width_in: Mapped[Decimal | None]
    sweep_height_in: Mapped[Decimal | None]
    sweep_note: Mapped[str | None] = mapped_column(Text)
    folded_length_in: Mapped[Decimal | None]
    folded_width_in: Mapped[Decimal | None]
    folded_height_in: Mapped[Decimal | None]
    min_ceiling_in: Mapped[Decimal | None]
    unit_weight_lb: Mapped[Decimal | None]
    foldable: Mapped[bool | None]
    needs: Mapped[str | None] = mapped_column(String(32))
    needs_note: Mapped[str | None] = mapped_column(Text)

    warranty: Mapped[str | None] = mapped_column(Text)
    certification: Mapped[str | None] = mapped_column(Text)
    features: Mapped[list] = mapped_column(JSON, default=list)  # [{"text", "source_ids"}]
    data_notes: Mapped[str | None] = mapped_column(Text)

    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    field_sources: Mapped[list["FieldSource"]] = relationship(  # noqa: F821
        back_populates="product", cascade="all, delete-orphan", lazy="selectin"
    )
    price_observations: Mapped[list["PriceObservation"]] = relationship(  # noqa: F821
        back_populates="product",
        cascade="all, delete-orphan",
        order_by="PriceObservation.id",
        lazy="raise",
    )

    @property
    def name(self) -> str:
        return f"{self.brand} {self.model}"

    def sources_for(self, field: str) -> list["FieldSource"]:  # noqa: F821
        """Return where the value of `field` came from, oldest record first."""
        return [fs for fs in self.field_sources if fs.field == field]

    def __repr__(self) -> str:
        return f"<Product {self.slug}>"
