"""GET /api/compare: the comparison as JSON, and bad lists answered as JSON."""

import pytest

A, B, C = "teeter-ep-560-ltd", "innova-itx9400", "innova-12in1-inversion-power-tower"


def test_the_api_lists_products_groups_rows_and_fit(client):
    record = client.get(f"/api/compare?products={A},{C}&weight=280&units=imperial").get_json()
    assert [p["slug"] for p in record["products"]] == [A, C]
    assert record["products"][0]["url"].endswith(f"/products/{A}")
    weight = next(
        row
        for group in record["groups"]
        for row in group["rows"]
        if row["key"] == "max_user_weight_lb"
    )
    assert weight["values"] == ["300 lb", "250 lb"]
    assert weight["differs"] is True
    assert weight["best"] == [A]
    assert weight["best_means"] == "highest"
    assert record["fit"]["profile"] == {
        "height_in": None,
        "weight_lb": 280,
        "room_length_in": None,
        "room_width_in": None,
        "ceiling_in": None,
    }
    overall = record["fit"]["rows"][0]
    assert [v["status"] for v in overall["values"]] == ["pass", "fail"]


def test_unknown_values_are_null_and_sources_are_numbered_per_product(client):
    record = client.get(f"/api/compare?products={A},{B}").get_json()
    rows = {row["key"]: row for group in record["groups"] for row in group["rows"]}
    assert rows["warranty"]["values"] == [None, None]
    assert rows["max_user_weight_lb"]["sources"] == [[1], [1]]
    assert record["products"][0]["sources"][0]["url"] == "https://teetertv.com/faq/"
    assert record["fit"] is None


def test_repeated_products_are_read_without_a_redirect(client):
    response = client.get(f"/api/compare?products={A}&products={B}")
    assert response.status_code == 200
    assert response.get_json()["links"]["page"].endswith(f"/compare?products={A},{B}")


@pytest.mark.parametrize(
    ("query", "status", "codes", "found"),
    [
        ("", 400, ["empty"], []),
        (f"products={A}", 400, ["too_few"], [A]),
        (f"products={A},{A},{B}", 400, ["duplicate"], [A, B]),
        (f"products={A},{B},nope", 400, ["unknown"], [A, B]),
        ("products=nope,nada", 404, ["unknown", "unknown"], []),
        ("products=%3Cscript%3E", 404, ["malformed"], []),
    ],
)
def test_bad_lists_answer_json_naming_each_problem(client, query, status, codes, found):
    response = client.get(f"/api/compare?{query}")
    assert response.status_code == status
    body = response.get_json()
    assert [p["code"] for p in body["error"]["problems"]] == codes
    assert body["found"] == found


def test_a_fixable_list_offers_the_address_of_the_valid_comparison(client):
    body = client.get(f"/api/compare?products={A},{B},nope").get_json()
    assert body["suggested"] == f"/api/compare?products={A},{B}"
    assert body["error"]["problems"][0]["entry"] == "nope"


def test_unreadable_answers_are_a_bad_request_with_the_field_named(client):
    response = client.get(f"/api/compare?products={A},{B}&height=tall")
    assert response.status_code == 400
    assert "height" in response.get_json()["error"]["fields"]
