"""Where a figure came from: a page (Source) and the link from a product's field to it."""

from datetime import date

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalog.models.base import Base


class Source(Base):
    """A web page or document that states facts about one or more products."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    # None for a source with no public address (its title then says what it is).
    url: Mapped[str | None] = mapped_column(String(2048), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    publisher: Mapped[str | None] = mapped_column(String(200))
    tier: Mapped[str] = mapped_column(String(32))
    published: Mapped[str | None] = mapped_column(String(40))  # EDTF, e.g. "2016-12/2017-08"
    note: Mapped[str | None] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"<Source {self.url or self.title}>"


class FieldSource(Base):
    """One source backing one field of one product, with the words it used."""

    __tablename__ = "field_source"
    __table_args__ = (UniqueConstraint("product_id", "field", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(64))
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))
    quote: Mapped[str | None] = mapped_column(Text)  # the original text, before conversion
    recorded_on: Mapped[date]  # when this value entered the catalog
    origin: Mapped[str] = mapped_column(String(16), default="catalog")  # catalog | import
    import_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_run.id"))

    product: Mapped["Product"] = relationship(back_populates="field_sources")  # noqa: F821
    source: Mapped[Source] = relationship(lazy="joined")

    def __repr__(self) -> str:
        return f"<FieldSource {self.field} <- {self.source_id}>"
