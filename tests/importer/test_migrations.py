"""Migrations build exactly the models' schema, and data written before the importer's
tables existed survives the upgrade. Runs on SQLite, and on PostgreSQL too when
TEST_DATABASE_URL is set (in a throwaway schema, so the suite's own tables are untouched)."""

import os
import uuid
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select, text

from catalog.database import make_engine, make_sessions, migrate
from catalog.models import Base, ImportRun, PriceObservation, Product, ProductPage


@pytest.fixture
def blank_engine(tmp_path):
    """An engine on a database (or PostgreSQL schema) with no tables at all."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url or not url.startswith("postgresql"):
        engine = make_engine(f"sqlite:///{tmp_path / 'blank.sqlite3'}")
        yield engine
        engine.dispose()
        return
    schema = f"migration_test_{uuid.uuid4().hex[:8]}"
    run_sql(url, f"CREATE SCHEMA {schema}")
    engine = create_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    yield engine
    engine.dispose()
    run_sql(url, f"DROP SCHEMA {schema} CASCADE")


def run_sql(url: str, statement: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(statement))
    engine.dispose()


def schema_differences(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_upgrading_an_empty_database_to_head_gives_exactly_the_models_schema(blank_engine):
    migrate(blank_engine)
    assert schema_differences(blank_engine) == []


def test_a_catalog_written_before_the_importer_survives_the_upgrade(blank_engine):
    migrate(blank_engine, "0001")
    with blank_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO product (id, slug, brand, model, category, support_level,"
                " description, price_cents, price_currency, max_user_weight_lb, features,"
                " created_at, updated_at) VALUES (7, 'old-table', 'Synthetic (test)', 'Old',"
                " 'table', 'table_bed', '', 19900, 'USD', 3000000, '[]', :now, :now)"
            ),
            {"now": datetime(2026, 1, 2, 3, 4)},
        )
        connection.execute(
            text(
                "INSERT INTO price_observation (product_id, observed_on, price_cents,"
                " currency, origin, created_at) VALUES (7, '2014~', 19900, 'USD', 'catalog', :now)"
            ),
            {"now": datetime(2026, 1, 2, 3, 4)},
        )
        connection.execute(
            text(
                "INSERT INTO import_run (id, started_at, status, dry_run, counts, report)"
                " VALUES (3, :now, 'finished', false, '{}', '{}')"
            ),
            {"now": datetime(2026, 1, 2, 3, 4)},
        )
    migrate(blank_engine)
    with make_sessions(blank_engine)() as session:
        product = session.scalar(select(Product).where(Product.slug == "old-table"))
        prices = session.scalars(select(PriceObservation.price_cents)).all()
        run = session.get(ImportRun, 3)
        pages = session.scalars(select(ProductPage)).all()
    assert (product.price_cents, str(product.max_user_weight_lb)) == (19900, "300")
    assert prices == [19900]
    assert run.status == "finished" and run.started_at == datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    assert run.pid is None and run.heartbeat_at is None
    assert pages == []
