"""Bodies no quiz answer looks like: too large, nested too deep, or numbers JSON should not
hold. Each is refused with a JSON error, never a 500, and nothing is read past the cap."""

import json

import pytest

from tests.hardening.surface import field_names
from webapp import MAX_BODY_BYTES
from webapp.forms.quiz import QuizForm

QUIZ_FIELDS = field_names(QuizForm)
ANSWERS = {"conditions": [], "height": 70, "weight": 180}


def post(client, body: str):
    return client.post("/api/recommendations", data=body, content_type="application/json")


@pytest.mark.parametrize(
    "body",
    [
        "[" * 20_000 + "]" * 20_000,
        '{"a":' * 6_000 + "1" + "}" * 6_000,
        '{"conditions": [' + "[" * 10_000 + "]" * 10_000 + "]}",
        '{"height": ' + "9" * 5_000 + "}",
        '{"height": NaN, "weight": Infinity, "conditions": []}',
        '{"height": -Infinity, "weight": 1e999, "conditions": []}',
        '{"height": 70, "height": 71, "weight": 180, "conditions": []}',
        '{"conditions": []',
        "\ufeff{}",
        "\x00",
        "",
    ],
    ids=[
        "deep-list",
        "deep-object",
        "deep-in-a-field",
        "long-number",
        "nan",
        "infinity",
        "repeated-key",
        "truncated",
        "bom",
        "nul",
        "empty",
    ],
)
def test_a_malformed_body_is_refused_with_a_json_error(client, body):
    response = post(client, body)
    assert response.status_code in (200, 400)
    assert response.mimetype == "application/json"
    if response.status_code == 400:
        assert response.get_json()["error"]["fields"]


def test_a_body_over_the_cap_is_refused_with_413_before_it_is_parsed(client):
    padding = "x" * MAX_BODY_BYTES
    response = post(client, json.dumps({"conditions": [], "height": 70, "note": padding}))
    assert response.status_code == 413
    assert response.get_json()["error"]["status"] == 413


def test_a_body_under_the_cap_is_answered(client):
    assert post(client, json.dumps(ANSWERS)).status_code == 200


HOSTILE_VALUES = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{7*7777}}",
    "' OR 1=1 --",
    '"; DROP TABLE product; --',
    "x" * 20_000,
    "a\x00b",
    1e308,
    -1,
    10**30,
    ["<script>alert(1)</script>"] * 100,
    {"$gt": ""},
]


@pytest.mark.parametrize("field", QUIZ_FIELDS)
def test_hostile_values_in_any_json_answer_are_refused_or_ignored_as_data(
    client, stored_data, field
):
    before = stored_data()
    for value in HOSTILE_VALUES:
        response = post(client, json.dumps({**ANSWERS, field: value}))
        assert response.status_code in (200, 400)
        assert response.mimetype == "application/json"
        if response.status_code == 400:
            assert field in response.get_json()["error"]["fields"]
        assert "54439" not in response.get_data(as_text=True)
    assert stored_data() == before
