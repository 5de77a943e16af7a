"""Engines, sessions and schema migrations, for SQLite and PostgreSQL alike."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

import catalog.version  # noqa: F401  (counts catalog changes in every session)

MIGRATIONS = "catalog:migrations"


def sqlite_url(folder: str | Path) -> str:
    """Return the URL of the embedded database file inside `folder`."""
    return f"sqlite:///{Path(folder) / 'inversion-guide.sqlite3'}"


def make_engine(url: str) -> Engine:
    """Create an engine; on SQLite, turn on foreign keys and allow concurrent readers."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 15})
        event.listen(engine, "connect", _tune_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _tune_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """Return the session factory used by the web app and the scripts."""
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(engine: Engine | None = None) -> Config:
    """Return an Alembic configuration pointing at the catalog's migrations."""
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(False))
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (default: the newest), keeping all data."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def schema_is_current(engine: Engine) -> bool:
    """Whether the database has been migrated to the newest revision."""
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return current == ScriptDirectory.from_config(alembic_config()).get_current_head()
