"""GET /api/openapi.json describes every endpoint under /api, and agrees with the code."""

import re

import pytest

from webapp.forms.quiz import QuizForm


@pytest.fixture
def document(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def test_it_is_an_openapi_3_1_document_pointing_at_this_site(document):
    assert document["openapi"] == "3.1.0"
    assert document["servers"] == [{"url": "http://localhost"}]


def test_every_api_route_is_described_with_its_methods(app, document):
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/"):
            continue
        path = re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule)
        assert path in document["paths"], path
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert method.lower() in document["paths"][path], f"{method} {path}"


def test_the_comparison_is_described_as_products_and_groups(document):
    compare = document["paths"]["/api/compare"]["get"]
    schema = compare["responses"]["200"]["content"]["application/json"]["schema"]
    assert {"products", "groups"} <= set(schema["required"])
    assert compare["parameters"][0]["name"] == "products"


def test_every_reference_points_at_something_described(document):
    text = repr(document)
    for name in set(re.findall(r"#/components/(?:schemas|responses)/(\w+)", text)):
        assert (
            name in document["components"]["schemas"] or name in document["components"]["responses"]
        )


def test_the_answers_are_described_field_for_field_as_the_quiz_form_reads_them(document):
    answers = document["components"]["schemas"]["Answers"]
    assert set(answers["properties"]) == {field.name for field in QuizForm()}
    conditions = answers["properties"]["conditions"]["oneOf"][1]["enum"]
    assert "high_blood_pressure" in conditions and "none" in conditions


def test_the_required_answers_are_exactly_the_ones_the_api_asks_for(client, document):
    required = document["components"]["schemas"]["Answers"]["required"]
    missing = client.post("/api/recommendations", json={}).get_json()["error"]["fields"]
    assert set(missing) == set(required)


def test_the_documented_example_request_is_accepted(client, document):
    content = document["paths"]["/api/recommendations"]["post"]["requestBody"]["content"]
    response = client.post("/api/recommendations", json=content["application/json"]["example"])
    assert response.status_code == 200


def test_the_recommendation_schema_names_every_top_level_field_the_api_returns(client, document):
    schema = document["components"]["schemas"]["Recommendation"]["properties"]
    body = client.post(
        "/api/recommendations", json={"conditions": [], "height": 70, "weight": 180}
    ).get_json()
    assert set(body) == set(schema)
    assert set(body["recommendations"][0]) == set(schema["recommendations"]["items"]["properties"])


def test_the_product_schema_names_every_field_a_product_has(client, document):
    schema = document["components"]["schemas"]["Product"]["properties"]
    product = client.get("/api/products/teeter-ep-560-ltd").get_json()
    assert set(product) == set(schema)
