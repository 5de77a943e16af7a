"""No open redirects, and no way for another site to change anything: the only route that
takes more than GET is the recommendations API, which writes nothing and refuses the
bodies a cross-site HTML form can send."""

import pytest

from tests.hardening.conftest import is_on_site
from tests.hardening.surface import SURFACE, html_pages
from tests.quiz.conftest import JSON_HEALTHY

TARGETS = [
    "https://evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "https:evil.example",
    "javascript:alert(1)",
]
REDIRECT_NAMES = ["next", "return_to", "url", "redirect", "redirect_uri", "back", "units"]
WRITE_METHODS = {"POST", "PUT", "DELETE", "PATCH"}


@pytest.mark.parametrize("endpoint", SURFACE)
def test_no_parameter_sends_the_shopper_to_another_site(client, endpoint):
    path, baseline = SURFACE[endpoint].path, SURFACE[endpoint].baseline
    names = [*REDIRECT_NAMES, *SURFACE[endpoint].params]
    tries = [{name: target} for name in names for target in TARGETS[:2]]
    tries += [dict.fromkeys(names, target) for target in TARGETS]  # every name at once
    for values in tries:
        response = client.get(path, query_string={**baseline, **values})
        if 300 <= response.status_code < 400:
            assert is_on_site(response.headers["Location"]), values
        assert "evil.example" not in response.headers.get("Refresh", "")


@pytest.mark.parametrize("target", TARGETS)
def test_the_comparisons_canonical_redirect_stays_on_this_site(client, target):
    for path in ("/compare", "/compare.csv"):
        response = client.get(path, query_string={"products": [target, "teeter-dex"]})
        assert response.status_code == 302
        assert is_on_site(response.headers["Location"])


@pytest.mark.parametrize(
    "path",
    ["//evil.example", "//evil.example/", "/\\evil.example", "//evil.example/guide", "//guide"],
)
def test_a_path_that_looks_like_another_host_is_not_redirected_there(client, path):
    response = client.get("/", environ_overrides={"PATH_INFO": path})
    assert response.status_code in (308, 404)
    if response.status_code == 308:
        assert is_on_site(response.headers["Location"])


def test_the_recommendations_api_is_the_only_route_that_takes_more_than_get(app):
    writers = {
        rule.endpoint: sorted(rule.methods & WRITE_METHODS)
        for rule in app.url_map.iter_rules()
        if rule.methods & WRITE_METHODS
    }
    assert writers == {"api_recommendations.create": ["POST"]}


def test_no_page_has_a_form_that_posts(client):
    for endpoint in html_pages():
        html = client.get(SURFACE[endpoint].path, query_string=SURFACE[endpoint].baseline)
        forms = html.get_data(as_text=True).lower().split("<form")[1:]
        assert [form for form in forms if 'method="post"' in form.split(">")[0]] == []


def test_asking_for_recommendations_writes_nothing(client, stored_data):
    before = stored_data()
    for _ in range(3):
        assert client.post("/api/recommendations", json=JSON_HEALTHY).status_code == 200
    assert stored_data() == before


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/x-www-form-urlencoded", "conditions=none&height=70&weight=180"),
        ("multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="a"'),
        ("text/plain", '{"conditions": [], "height": 70, "weight": 180, "x": "="}'),
        ("text/plain; charset=utf-8", '{"conditions": [], "height": 70, "weight": 180}'),
    ],
)
def test_a_cross_site_form_cannot_drive_the_recommendations_api(
    client, stored_data, content_type, body
):
    before = stored_data()
    response = client.post(
        "/api/recommendations",
        data=body,
        content_type=content_type,
        headers={"Origin": "https://evil.example"},
    )
    assert response.status_code in (400, 415)
    assert response.mimetype == "application/json"
    assert "JSON object" in response.get_json()["error"]["message"] + str(
        response.get_json()["error"].get("fields")
    )
    assert "Access-Control-Allow-Origin" not in response.headers
    assert stored_data() == before
