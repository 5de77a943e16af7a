"""The catalog's change counter: bumped in the same transaction as any change to catalog
data, whatever writes it (the loader, the importer, a maintainer's script), so a cache in
any process or host can compare one number to know whether it is stale.
"""

from itertools import chain

from sqlalchemy import Connection, event, select
from sqlalchemy.orm import Session

from catalog.models import CatalogVersion
from catalog.models.base import utc_now
from catalog.models.catalog_version import ROW_ID

# A Core statement on the table, not the mapped class: asked on every page request, it
# costs a sixth of the ORM query when run on a bare connection.
_VERSION = CatalogVersion.__table__.c
_READ_VERSION = select(_VERSION.version).where(_VERSION.id == ROW_ID)


def current_version(bind: Session | Connection) -> int:
    """Return the catalog's change count (0 for a catalog never changed)."""
    return bind.scalar(_READ_VERSION) or 0


@event.listens_for(Session, "before_flush")
def _count_catalog_changes(session: Session, _context, _instances) -> None:
    """Add one to the counter in any flush that writes catalog rows."""
    touched = chain(session.new, session.dirty, session.deleted)
    if not any(not isinstance(row, CatalogVersion) for row in touched):
        return
    with session.no_autoflush:
        row = session.get(CatalogVersion, ROW_ID)
    if row is None:
        session.add(CatalogVersion(id=ROW_ID, version=1, changed_at=utc_now()))
    else:
        # An SQL expression, so two writers at once still add one each.
        row.version = CatalogVersion.version + 1
        row.changed_at = utc_now()
