"""The database read-only, missing or gone: the site says so with a plain 503 and a log line,
the health check agrees, and everything comes back by itself, nothing lost, when it does.

SQLite faults use a file of their own built by init-db; the PostgreSQL outage runs the app
through a TCP proxy that is stopped and started again.
"""

import json
import os
import socket
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from catalog.catalog_file import read_catalog
from catalog.database import make_engine, make_sessions, migrate
from catalog.models import Product
from catalog.seed import load_catalog
from tests.hardening.surface import SURFACE
from tests.hardening.tcp_proxy import TcpProxy
from webapp import create_app

UNAVAILABLE = "can't be reached right now"
# When the suite runs on SQLite, the outage test uses a PostgreSQL database of its own,
# made on first use, so it never touches a database another run owns.
OWN_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/inversion_guide_faults"
SHIPPED_PRODUCTS = 30


def build_sqlite(path: Path) -> str:
    url = f"sqlite:///{path}"
    runner = create_app({"TESTING": True, "DATABASE_URL": url}).test_cli_runner()
    assert runner.invoke(args=["init-db"]).exit_code == 0
    return url


def app_on(url: str):
    return create_app({"TESTING": True, "DATABASE_URL": url})


def read_only(path: Path) -> str:
    """A URL that opens the file read-only (chmod would not stop root, who runs CI here)."""
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def product_count(url: str) -> int:
    engine = make_engine(url)
    with make_sessions(engine)() as session:
        count = session.scalar(select(func.count()).select_from(Product))
    engine.dispose()
    return count


def assert_unavailable(client, caplog) -> None:
    caplog.clear()
    page = client.get("/products", query_string={"outage": os.urandom(4).hex()})
    assert page.status_code == 503
    assert page.headers["Retry-After"] == "30"
    assert UNAVAILABLE in page.get_data(as_text=True)
    assert "Traceback" not in page.get_data(as_text=True)
    assert client.get("/api/products").get_json()["error"]["status"] == 503
    assert client.get("/healthz").status_code == 503
    assert any("database unavailable" in r.getMessage() for r in caplog.records)


def assert_serving(client) -> None:
    assert client.get("/healthz").status_code == 200
    assert client.get("/products", query_string={"back": os.urandom(4).hex()}).status_code == 200


def move(path: Path, suffix_from: str, suffix_to: str) -> None:
    """Move the database file and its WAL companions together, as an operator would."""
    for companion in ("", "-wal", "-shm"):
        source = Path(f"{path}{companion}{suffix_from}")
        if source.exists():
            os.replace(source, f"{path}{companion}{suffix_to}")


@pytest.fixture
def sqlite_file(tmp_path) -> Path:
    path = tmp_path / "catalog.sqlite3"
    build_sqlite(path)
    return path


def test_a_read_only_database_still_serves_every_page(sqlite_file):
    app = app_on(read_only(sqlite_file))
    client = app.test_client()
    for endpoint in SURFACE.values():
        response = client.get(endpoint.path, query_string=endpoint.baseline)
        assert response.status_code == 200, endpoint.path
        response.close()
    answers = {"conditions": [], "height": 70, "weight": 180}
    assert client.post("/api/recommendations", json=answers).status_code == 200
    app.extensions["catalog_engine"].dispose()


def test_a_write_to_a_read_only_database_fails_with_a_clear_error_and_loses_nothing(
    sqlite_file, tmp_path
):
    changed = read_catalog()
    changed["products"][0]["description"] += " (revised)"
    catalog = tmp_path / "revised.json"
    catalog.write_text(json.dumps(changed, default=str), encoding="utf-8")
    app = app_on(read_only(sqlite_file))
    result = app.test_cli_runner().invoke(args=["init-db", "--catalog", str(catalog)])
    assert result.exit_code == 1
    assert "cannot update the database" in result.output and "readonly" in result.output
    assert "Traceback" not in result.output
    assert_serving(app.test_client())
    assert product_count(f"sqlite:///{sqlite_file}") == SHIPPED_PRODUCTS
    app.extensions["catalog_engine"].dispose()


def test_the_importer_on_a_read_only_database_fails_with_a_clear_error(sqlite_file):
    app = app_on(read_only(sqlite_file))
    result = app.test_cli_runner().invoke(
        args=[
            "import-products",
            "--only",
            "teeter-ep-560-ltd",
            "--quiet",
            "--delay",
            "0",
            "--contact-url",
            "https://example.org/contact",
        ]  # fmt: skip
    )
    assert result.exit_code == 1
    assert "cannot update the database" in result.output and "readonly" in result.output
    assert product_count(f"sqlite:///{sqlite_file}") == SHIPPED_PRODUCTS
    app.extensions["catalog_engine"].dispose()


def test_init_db_on_a_missing_folder_says_where_it_could_not_write(tmp_path):
    app = app_on(f"sqlite:///{tmp_path / 'gone' / 'catalog.sqlite3'}")
    result = app.test_cli_runner().invoke(args=["init-db"])
    assert result.exit_code == 1
    assert "cannot update the database at sqlite:///" in result.output
    assert "unable to open database file" in result.output


def test_a_missing_database_file_gives_503_and_the_site_recovers_when_it_is_back(
    sqlite_file, caplog
):
    app = app_on(f"sqlite:///{sqlite_file}")
    client = app.test_client()
    assert_serving(client)
    app.extensions["catalog_engine"].dispose()  # a fresh worker, holding no open file
    move(sqlite_file, "", ".away")
    assert_unavailable(client, caplog)
    move(sqlite_file, ".away", "")  # put back over the empty file SQLite made meanwhile
    assert_serving(client)
    assert product_count(f"sqlite:///{sqlite_file}") == SHIPPED_PRODUCTS
    app.extensions["catalog_engine"].dispose()


def test_an_unreachable_database_folder_gives_503_and_the_site_recovers(sqlite_file, caplog):
    folder = sqlite_file.parent
    app = app_on(f"sqlite:///{sqlite_file}")
    client = app.test_client()
    assert_serving(client)
    app.extensions["catalog_engine"].dispose()
    os.replace(folder, f"{folder}.away")
    try:
        assert_unavailable(client, caplog)
    finally:
        os.replace(f"{folder}.away", folder)
    assert_serving(client)
    assert product_count(f"sqlite:///{sqlite_file}") == SHIPPED_PRODUCTS
    app.extensions["catalog_engine"].dispose()


def postgres_answers(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=1).close()
    except OSError:
        return False
    return True


def create_database_if_missing(url) -> None:
    server = make_engine(url.set(database="postgres").render_as_string(False))
    with server.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        known = connection.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": url.database}
        )
        if not known:
            connection.execute(text(f'CREATE DATABASE "{url.database}"'))
    server.dispose()


@pytest.fixture
def postgres_url(database_url, loaded_db) -> str:
    """The suite's PostgreSQL database, or this branch's own one when the suite is on SQLite
    (migrated and given the shipped catalog if it has none)."""
    url = database_url if database_url.startswith("postgresql") else OWN_POSTGRES
    parsed = make_url(url)
    if not postgres_answers(parsed.host or "127.0.0.1", parsed.port or 5432):
        pytest.skip(f"no PostgreSQL answers at {parsed.host}:{parsed.port or 5432}")
    if url != database_url:
        create_database_if_missing(parsed)
        engine = make_engine(url)
        migrate(engine)
        with make_sessions(engine)() as session:
            if not session.scalar(select(func.count()).select_from(Product)):
                load_catalog(session, read_catalog())
                session.commit()
        engine.dispose()
    return url


def test_postgres_going_away_gives_503_and_the_site_recovers_when_it_returns(postgres_url, caplog):
    target = make_url(postgres_url)
    proxy = TcpProxy(target.host or "127.0.0.1", target.port or 5432).start()
    proxied = target.set(host="127.0.0.1", port=proxy.port).render_as_string(False)
    app = app_on(proxied)
    client = app.test_client()
    try:
        assert_serving(client)
        before = product_count(postgres_url)
        proxy.stop()
        assert_unavailable(client, caplog)
        assert_unavailable(client, caplog)  # and again: no request hangs or turns into a 500
        proxy.start()
        assert_serving(client)
        assert client.get("/products/teeter-dex").status_code == 200
        assert product_count(postgres_url) == before
    finally:
        app.extensions["catalog_engine"].dispose()
        proxy.stop()
