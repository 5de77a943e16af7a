"""Migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from catalog.database import make_engine, migrate
from catalog.models import Base
from tests.conftest import drop_everything


def test_upgrading_an_empty_database_gives_the_models_schema(loaded_db):
    with loaded_db.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_migrating_twice_is_harmless(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'twice.sqlite3'}")
    migrate(engine)
    migrate(engine)
    assert {"product", "source", "field_source", "price_observation", "import_run"} <= set(
        inspect(engine).get_table_names()
    )
    drop_everything(engine)
    engine.dispose()
