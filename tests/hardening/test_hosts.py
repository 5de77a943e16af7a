"""Links the site writes out in full (share links, API links) use the request's Host; with
TRUSTED_HOSTS set, a forged Host is refused plainly instead of being written into them."""

import pytest

from webapp import create_app

QUIZ = "/quiz/results?conditions=none&height=70&weight=180"


@pytest.fixture
def guarded(database_url, loaded_db):
    app = create_app(
        {"TESTING": True, "DATABASE_URL": database_url, "TRUSTED_HOSTS": ["guide.example"]}
    )
    yield app.test_client()
    app.extensions["catalog_engine"].dispose()


@pytest.mark.parametrize("path", [QUIZ, "/products", "/api/products", "/no-such-page"])
def test_a_forged_host_is_refused_with_a_plain_400(guarded, path):
    response = guarded.get(path, headers={"Host": "evil.example"})
    assert response.status_code == 400
    assert response.mimetype == ("application/json" if path[:5] == "/api/" else "text/plain")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_a_trusted_host_gets_share_links_on_that_host(guarded):
    response = guarded.get(QUIZ, headers={"Host": "guide.example"})
    assert response.status_code == 200
    assert 'href="http://guide.example/quiz/results?' in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "path", [QUIZ, "/api/products", "/api/compare?products=teeter-dex,teeter-ep-560-ltd"]
)
def test_a_forged_host_cannot_poison_the_page_cache_for_everyone_else(client, path):
    client.get(path, headers={"Host": "evil.example"})
    honest = client.get(path)
    assert honest.status_code == 200
    assert "evil.example" not in honest.get_data(as_text=True)
