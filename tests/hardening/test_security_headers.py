"""Security headers on every kind of answer: pages, JSON, CSV, static files, redirects,
errors (400, 404, 405, 503) and pages served from the page cache."""

import pytest
from bs4 import BeautifulSoup

from tests.hardening.surface import SURFACE, html_pages
from webapp import create_app

BAD_REFERRER_POLICIES = {"unsafe-url", "no-referrer-when-downgrade", "origin-when-cross-origin"}


def policy(response) -> dict[str, list[str]]:
    directives = [part.split() for part in response.headers["Content-Security-Policy"].split(";")]
    return {words[0]: words[1:] for words in directives if words}


def assert_protected(response) -> None:
    csp = policy(response)
    script_sources = csp.get("script-src", csp.get("default-src"))
    assert script_sources == ["'self'"]
    assert "'unsafe-inline'" not in csp.get("style-src", [])
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] not in BAD_REFERRER_POLICIES | {""}


@pytest.mark.parametrize("endpoint", SURFACE)
def test_every_endpoint_answers_with_the_security_headers(client, endpoint):
    response = client.get(SURFACE[endpoint].path, query_string=SURFACE[endpoint].baseline)
    assert response.status_code == 200
    assert_protected(response)


@pytest.mark.parametrize("endpoint", SURFACE)
def test_a_page_served_from_the_cache_keeps_the_security_headers(client, endpoint):
    path, baseline = SURFACE[endpoint].path, SURFACE[endpoint].baseline
    client.get(path, query_string=baseline)
    again = client.get(path, query_string=baseline)
    assert again.status_code == 200
    assert_protected(again)


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/products?page=0", 400),
        ("GET", "/api/products?sort=nonsense", 400),
        ("GET", "/compare.csv?products=teeter-dex", 400),
        ("GET", "/no-such-page", 404),
        ("GET", "/api/no-such-thing", 404),
        ("GET", "/static/no-such-file.css", 404),
        ("POST", "/products", 405),
        ("DELETE", "/api/products", 405),
        ("GET", "/api/recommendations", 405),
        ("POST", "/api/recommendations", 400),
        ("GET", "/compare?products=teeter-dex&products=teeter-ep-560-ltd", 302),
        ("GET", "/guide", 308),
        ("HEAD", "/products", 200),
        ("OPTIONS", "/products", 200),
    ],
)
def test_errors_redirects_and_other_methods_carry_the_security_headers(
    client, method, path, status
):
    response = client.open(path, method=method)
    assert response.status_code == status
    assert_protected(response)


@pytest.mark.parametrize("path", ["/products", "/api/products", "/healthz"])
def test_the_unavailable_page_carries_the_security_headers(tmp_path, path):
    missing = tmp_path / "no-such-folder" / "catalog.sqlite3"
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{missing}"})
    response = app.test_client().get(path)
    assert response.status_code == 503
    assert_protected(response)
    app.extensions["catalog_engine"].dispose()


def test_a_server_error_page_carries_the_security_headers(database_url):
    app = create_app({"TESTING": True, "DATABASE_URL": database_url})

    @app.get("/hardening-explodes")
    def explode():
        raise RuntimeError("boom")

    response = app.test_client().get("/hardening-explodes")
    assert response.status_code == 500
    assert_protected(response)
    app.extensions["catalog_engine"].dispose()


@pytest.mark.parametrize("endpoint", html_pages())
def test_no_page_needs_inline_script_style_or_event_handlers(client, endpoint):
    """The policy blocks inline script and style, so a page relying on them would break."""
    response = client.get(SURFACE[endpoint].path, query_string=SURFACE[endpoint].baseline)
    assert response.mimetype == "text/html"
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert [s for s in soup.find_all("script") if not s.get("src")] == []
    assert soup.find_all("style") == []
    inline = [(t.name, a) for t in soup.find_all(True) for a in t.attrs if a.startswith("on")]
    inline += [(t.name, "style") for t in soup.find_all(style=True)]
    assert inline == []
    assert [t for t in soup.find_all(href=True) if t["href"].startswith("javascript:")] == []
