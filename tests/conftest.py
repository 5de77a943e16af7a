"""Shared fixtures.

The database is SQLite in a temporary folder, or PostgreSQL when TEST_DATABASE_URL is set
(the suite then owns that database: it drops and rebuilds every table). The shipped
catalog is loaded once per session; tests that write use `writable_db`, which puts the
shipped catalog back afterwards.
"""

import os
from decimal import Decimal

import pytest
from flask import request
from sqlalchemy import text

from catalog.catalog_file import read_catalog
from catalog.database import make_engine, make_sessions, migrate
from catalog.models import Base, Product
from catalog.seed import load_catalog
from webapp import create_app


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


@pytest.fixture(scope="session")
def engine(database_url):
    engine = make_engine(database_url)
    drop_everything(engine)
    migrate(engine)
    yield engine
    engine.dispose()


def drop_everything(engine) -> None:
    """Drop every table the suite may have made, including Alembic's own."""
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))


def empty_tables(engine) -> None:
    with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())


@pytest.fixture(scope="session")
def shipped_catalog() -> dict:
    return read_catalog()


def reload_shipped_catalog(engine, data) -> None:
    empty_tables(engine)
    with make_sessions(engine)() as session:
        load_catalog(session, data)
        session.commit()


@pytest.fixture(scope="session")
def loaded_db(engine, shipped_catalog):
    """The shipped catalog in the test database, loaded once; treat it as read-only."""
    reload_shipped_catalog(engine, shipped_catalog)
    return engine


@pytest.fixture
def writable_db(loaded_db, shipped_catalog):
    """The shipped catalog, free to change: it is restored after the test."""
    yield loaded_db
    reload_shipped_catalog(loaded_db, shipped_catalog)


@pytest.fixture
def empty_db(loaded_db, shipped_catalog):
    """A migrated database with no rows; the shipped catalog is restored afterwards."""
    empty_tables(loaded_db)
    yield loaded_db
    reload_shipped_catalog(loaded_db, shipped_catalog)


@pytest.fixture
def session(loaded_db):
    with make_sessions(loaded_db)() as session:
        yield session


@pytest.fixture
def app(loaded_db, database_url, request):
    """The app on the test database. A 500 response fails the test, unless the test asks
    for `expect_server_errors` (a 500 page hides the traceback from the test otherwise)."""
    app = create_app({"TESTING": True, "DATABASE_URL": database_url})
    server_errors = record_server_errors(app)
    yield app
    app.extensions["catalog_engine"].dispose()
    if "expect_server_errors" not in request.fixturenames:
        assert server_errors == [], "a request answered 500; see the captured log"


def record_server_errors(app) -> list[str]:
    """Return a list that collects the path of every request `app` answers with a 500."""
    server_errors = []

    @app.after_request
    def record(response):
        if response.status_code == 500:
            server_errors.append(request.path)
        return response

    return server_errors


@pytest.fixture
def expect_server_errors():
    """Mark a test that provokes 500 responses on purpose."""


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def make_product():
    """Build a transient Product (never added to a session) with everything unknown.

    Only brand, model, category and support level have defaults; pass any column as a
    keyword. Numbers may be given as int or str and become Decimal.
    """
    counter = iter(range(1, 1_000_000))

    def make(**values) -> Product:
        number = next(counter)
        values.setdefault("slug", f"synthetic-{number}")
        values.setdefault("brand", "Synthetic (test)")
        values.setdefault("model", f"Model {number}")
        values.setdefault("category", "table")
        values.setdefault("support_level", "table_bed")
        values.setdefault("description", "A made-up product for tests.")
        values.setdefault("features", [])
        for name, value in values.items():
            if name.endswith(("_in", "_lb", "_deg")) and value is not None:
                values[name] = Decimal(str(value))
        return Product(**values)

    return make
