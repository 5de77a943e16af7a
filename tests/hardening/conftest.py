"""Fixtures for the hardening tests: a fingerprint of the stored data, hostile requests,
and the hypothesis profile that keeps the fuzzing inside the folder's time budget."""

import hashlib
from urllib.parse import urlsplit

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, settings
from sqlalchemy import select

from catalog.models import Base
from tests.conftest import record_server_errors
from webapp import create_app

# Fuzz tests take the function-scoped `app` fixture (the module's shared app, which keeps
# no state between requests), so every example may share it; each asserts its own status.
settings.register_profile(
    "hardening",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class BufferedClient(FlaskClient):
    """A test client that reads and closes every response (static files hold a file open)."""

    def open(self, *args, buffered=True, **kwargs):
        return super().open(*args, buffered=buffered, **kwargs)


@pytest.fixture(scope="module")
def shared_app(loaded_db, database_url):
    """One app per module: building one per test would compile every template again."""
    app = create_app({"TESTING": True, "DATABASE_URL": database_url})
    app.test_client_class = BufferedClient
    app.extensions["server_errors"] = record_server_errors(app)
    yield app
    app.extensions["catalog_engine"].dispose()


@pytest.fixture
def app(shared_app, request):
    """The shared app; as in tests/conftest.py, a 500 fails the test unless it expects one."""
    server_errors = shared_app.extensions["server_errors"]
    server_errors.clear()
    yield shared_app
    if "expect_server_errors" not in request.fixturenames:
        assert server_errors == [], "a request answered 500; see the captured log"


@pytest.fixture
def stored_data(loaded_db):
    """A function returning a digest of every row of every table (the catalog's version
    counter among them), read in one connection."""

    def fingerprint() -> str:
        digest = hashlib.sha256()
        with loaded_db.connect() as connection:
            for table in Base.metadata.sorted_tables:
                rows = connection.execute(select(table).order_by(*table.primary_key.columns))
                digest.update(repr(rows.all()).encode())
        return digest.hexdigest()

    return fingerprint


def is_on_site(location: str) -> bool:
    """Whether a Location header stays on this site (no scheme, no other host, no `//`)."""
    parts = urlsplit(location)
    if parts.scheme not in ("", "http") or parts.netloc not in ("", "localhost"):
        return False
    return not location.startswith(("//", "/\\", "\\"))


def get_following_on_site(client, path: str, query=None, **kwargs):
    """GET, following redirects only while they stay on this site (asserted)."""
    response = client.get(path, query_string=query, **kwargs)
    for _ in range(3):
        if not 300 <= response.status_code < 400:
            break
        location = response.headers["Location"]
        assert is_on_site(location), f"redirect off-site to {location!r}"
        response = client.get(location, **kwargs)
    return response
