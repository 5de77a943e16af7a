"""Hostile values in every query parameter of every GET endpoint: markup, SQL, oversized and
malformed values, unknown names, path traversal, and methods the pages do not take.

None gives a 500 (the app fixture fails a test on any 500), none is reflected as markup,
and the stored data is the same afterwards.
"""

import re

import pytest

from tests.hardening.conftest import get_following_on_site
from tests.hardening.surface import PATH_PARAMETERS, SURFACE, attacks

# Sent one parameter at a time, with every other answer valid so the page goes deep.
MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{7*7777}}",  # rendered by a template engine, it would read 54439
]
SQL = ["' OR 1=1 --", '"; DROP TABLE product; --']
OVERSIZED = ["x" * 100_000, "1e309", "a\x00b"]
# Sent in every parameter at once, one value per request.
MORE = [
    "NaN",
    "9" * 400,
    "1" + "0" * 26,
    "'><svg/onload=alert(1)>",
    "JaVaScRiPt:alert(document.cookie)",
    "${7*7777}",
    "</textarea><script>alert(1)</script>",
    "1; DELETE FROM product",
    "teeter-dex' UNION SELECT * FROM source --",
    "%' OR '%'='",
    "-1e309",
    "Infinity",
    "-1",
    "0",
    "-0.0",
    "1_000",
    "0x41",
    "５'１０\"",  # full-width digits
    "١٨٠",  # Arabic-Indic digits
    "😀" * 50,
    "\u202eedoc",
    "\x00",
    " ",
    "%00",
    "\r\nSet-Cookie: hacked=1",
]
RAW_MARKUP = re.compile(r"<script>alert|<img src=x|<svg/onload|onerror=alert\(1\)>", re.I)
JAVASCRIPT_HREF = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.I)
SAFE_TYPES = {"text/html", "application/json", "text/csv", "text/css"}


def request_with(client, endpoint, values: dict):
    query = {**SURFACE[endpoint].baseline, **values}
    return get_following_on_site(client, SURFACE[endpoint].path, query)


def assert_harmless(response, endpoint):
    assert response.status_code < 500
    assert response.mimetype in SAFE_TYPES
    if SURFACE[endpoint].json:
        assert response.mimetype == "application/json"
        assert response.get_json() is not None
    if response.mimetype == "text/html":
        body = response.get_data(as_text=True)
        assert not RAW_MARKUP.search(body)
        assert not JAVASCRIPT_HREF.search(body)
        assert "54439" not in body
    assert "hacked" not in str(response.headers)


def assert_each_harmless(client, stored_data, endpoint, param, payloads):
    before = stored_data()
    for payload in payloads:
        assert_harmless(request_with(client, endpoint, {param: payload}), endpoint)
    assert stored_data() == before


@pytest.mark.parametrize(("endpoint", "param"), attacks())
def test_markup_in_any_parameter_is_never_reflected_as_markup(client, stored_data, endpoint, param):
    assert_each_harmless(client, stored_data, endpoint, param, MARKUP)


@pytest.mark.parametrize(("endpoint", "param"), attacks())
def test_sql_in_any_parameter_is_refused_or_ignored_never_run(client, stored_data, endpoint, param):
    assert_each_harmless(client, stored_data, endpoint, param, SQL)


@pytest.mark.parametrize(("endpoint", "param"), attacks())
def test_oversized_and_malformed_values_in_any_parameter_are_refused_calmly(
    client, stored_data, endpoint, param
):
    assert_each_harmless(client, stored_data, endpoint, param, OVERSIZED)


@pytest.mark.parametrize("endpoint", SURFACE)
def test_every_hostile_value_in_every_parameter_at_once_is_refused_calmly(
    client, stored_data, endpoint
):
    before = stored_data()
    for payload in MARKUP + SQL + OVERSIZED + MORE:
        values = dict.fromkeys(SURFACE[endpoint].attacked, payload)
        assert_harmless(request_with(client, endpoint, values), endpoint)
    assert stored_data() == before


@pytest.mark.parametrize("endpoint", SURFACE)
def test_every_parameter_repeated_a_thousand_times_is_answered_calmly(client, endpoint):
    repeated = [f"{n}<b>" for n in range(1000)]
    values = dict.fromkeys(SURFACE[endpoint].attacked, repeated)
    assert_harmless(request_with(client, endpoint, values), endpoint)


@pytest.mark.parametrize("endpoint", SURFACE)
def test_unknown_parameters_change_nothing_about_the_answer(client, endpoint):
    plain = request_with(client, endpoint, {})
    strange = {"__proto__": "x", "constructor[prototype]": "1", "debug": "1", "admin": "true"}
    padded = request_with(client, endpoint, strange)
    assert padded.status_code == plain.status_code == 200
    assert padded.mimetype == plain.mimetype
    if SURFACE[endpoint].json:  # pages differ: their units switch keeps every parameter
        assert padded.get_json() == plain.get_json()


TRAVERSALS = [
    "../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%252f..%252fetc%252fpasswd",
    "....//....//etc/passwd",
    "..\\..\\windows\\win.ini",
    "%2e%2e",
    "..",
    ".",
    "%00",
    "teeter-dex%00.html",
    "/etc/passwd",
    "..%c0%af..%c0%afetc%c0%afpasswd",
    "<script>alert(1)</script>",
    "x" * 5000,
]


@pytest.mark.parametrize("endpoint", PATH_PARAMETERS)
@pytest.mark.parametrize("slug", TRAVERSALS)
def test_a_slug_that_climbs_out_of_its_folder_finds_nothing(client, endpoint, slug):
    response = client.get(PATH_PARAMETERS[endpoint].format(slug))
    body = response.get_data(as_text=True)
    assert response.status_code in (301, 308, 400, 404)
    assert "root:" not in body and "[fonts]" not in body
    assert not RAW_MARKUP.search(body)


GET_ONLY = [name for name in SURFACE]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("endpoint", GET_ONLY)
def test_a_method_other_than_get_is_refused_with_405_and_the_allowed_methods(
    client, stored_data, endpoint, method
):
    before = stored_data()
    response = client.open(SURFACE[endpoint].path, method=method, data={"a": "b"})
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert stored_data() == before


@pytest.mark.parametrize("endpoint", GET_ONLY)
def test_head_answers_like_get_without_a_body(client, endpoint):
    path, baseline = SURFACE[endpoint].path, SURFACE[endpoint].baseline
    head = client.head(path, query_string=baseline)
    get = client.get(path, query_string=baseline)
    assert head.status_code == get.status_code == 200
    assert head.get_data() == b""
    assert head.mimetype == get.mimetype
    get.close()


@pytest.mark.parametrize("endpoint", GET_ONLY)
def test_options_names_only_the_read_methods(client, endpoint):
    response = client.options(SURFACE[endpoint].path)
    assert response.status_code == 200
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


@pytest.mark.parametrize("endpoint", SURFACE)
def test_a_query_that_is_not_utf8_is_answered_calmly(client, stored_data, endpoint):
    names = SURFACE[endpoint].attacked
    raw = "&".join(f"{name}=%FF%FE%C0%AF%ED%A0%80" for name in names)
    before = stored_data()
    response = client.get(f"{SURFACE[endpoint].path}?{raw}&%FF=%00")
    if 300 <= response.status_code < 400:
        response = get_following_on_site(client, response.headers["Location"])
    assert_harmless(response, endpoint)
    assert stored_data() == before
