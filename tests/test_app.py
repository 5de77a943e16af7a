"""The app as a whole: health check, error pages, security headers, the init-db command."""

import pytest
from sqlalchemy import func, select

from catalog.database import make_engine, make_sessions
from catalog.models import Product
from webapp import create_app

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/products",
        "/products/teeter-dex",
        "/api/products",
        "/no-such-page",
        "/static/style.css",
        "/healthz",
    ],
)
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    for name, value in HEADERS.items():
        assert response.headers[name] == value
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    response.close()


def test_the_front_page_offers_the_three_ways_in_and_the_guide(client):
    html = client.get("/").get_data(as_text=True)
    for link in ('href="/quiz"', 'href="/products"', 'href="/compare"', 'href="/guide/"'):
        assert link in html


def test_the_health_check_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert (response.status_code, response.get_json()) == (200, {"status": "ok"})


def test_an_unexpected_error_shows_a_plain_page_without_a_traceback(app, expect_server_errors):
    @app.get("/explode")
    def explode():
        raise RuntimeError("secret internals")

    response = app.test_client().get("/explode")
    html = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong on our side" in html
    assert "Traceback" not in html and "secret internals" not in html


def test_a_method_the_page_does_not_take_is_refused_politely(client):
    response = client.post("/products")
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]


def test_an_unreachable_database_gives_a_503_page_and_recovers_nothing_lost(tmp_path):
    app = create_app(
        {"TESTING": True, "DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:9/none"}
    )
    response = app.test_client().get("/products")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert "can't be reached right now" in response.get_data(as_text=True)
    assert app.test_client().get("/api/products").get_json()["error"]["status"] == 503


def test_init_db_builds_the_database_and_is_idempotent(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    runner = create_app({"TESTING": True, "DATABASE_URL": url}).test_cli_runner()
    first = runner.invoke(args=["init-db"])
    second = runner.invoke(args=["init-db"])
    assert "30 added" in first.output
    assert "0 added, 0 updated, 30 unchanged" in second.output
    engine = make_engine(url)
    with make_sessions(engine)() as session:
        assert session.scalar(select(func.count()).select_from(Product)) == 30
    engine.dispose()
