"""A record of one importer run: when, what it did, and its report."""

from datetime import datetime

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from catalog.models.base import Base, utc_now


class ImportRun(Base):
    """One run of the importer. A dry run leaves no record at all.

    While a run works, `heartbeat_at` moves after every product; a run still marked
    "running" whose process is gone is marked "interrupted" by the next run.
    """

    __tablename__ = "import_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(default=utc_now)
    finished_at: Mapped[datetime | None]
    # running | finished | failed | interrupted
    status: Mapped[str] = mapped_column(String(16), default="running")
    dry_run: Mapped[bool] = mapped_column(default=False)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    report: Mapped[dict] = mapped_column(JSON, default=dict)
    hostname: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None]
    heartbeat_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<ImportRun {self.id} {self.status}>"
