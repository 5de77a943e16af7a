"""POST /api/recommendations: the same answers as the quiz, as JSON, giving the same result."""

import pytest

from tests.quiz.conftest import (
    HEALTHY,
    JSON_HEALTHY,
    excluded_slugs,
    page,
    pick_slugs,
    query,
)


def post(client, **answers):
    return client.post("/api/recommendations", json={**JSON_HEALTHY, **answers})


def test_a_recommendation_has_the_documented_shape(client):
    response = post(client)
    assert response.status_code == 200
    body = response.get_json()
    assert set(body) >= {
        "safety",
        "recommendations",
        "excluded",
        "relaxations",
        "plan",
        "share_url",
    }
    assert set(body["safety"]) >= {"verdict", "reasons", "max_angle_deg"}
    pick = body["recommendations"][0]
    assert set(pick) >= {"slug", "name", "category", "score", "reasons", "cautions", "unknowns"}
    assert set(body["plan"][0]) >= {"week", "angle_deg", "minutes", "sessions_per_day"}
    assert body["plan"][0] == {
        "week": 1,
        "angle_deg": 20,
        "minutes": 1,
        "sessions_per_day": 1,
        "note": None,
    }


@pytest.mark.parametrize(
    "answers",
    [
        {},
        {"joints": ["ankle"], "mobility": True},
        {
            "conditions": ["high_blood_pressure"],
            "cleared": True,
            "units": "metric",
            "height": 178,
            "weight": 82,
            "room_length": 300,
            "room_width": 250,
            "ceiling": 250,
        },
        {"conditions": ["eye_disease"]},
        {"categories": ["boots"], "experience": "regular", "alone": False},
        {"budget": 50, "must_fold": True, "goal": "exercises"},
    ],
)
def test_the_page_and_the_api_agree_for_the_same_answers(client, answers):
    body = post(client, **answers).get_json()
    as_query = {
        **HEALTHY,
        **{k: ("yes" if v is True else "no" if v is False else v) for k, v in answers.items()},
    }
    if "conditions" not in answers:
        as_query["conditions"] = "none"
    soup = page(client.get("/quiz/results?" + query(**as_query)))
    assert soup.select_one(f".verdict-{body['safety']['verdict']}") is not None
    assert pick_slugs(soup) == [pick["slug"] for pick in body["recommendations"]]
    assert excluded_slugs(soup) == [x["slug"] for x in body["excluded"]]
    shown = [a.get_text(strip=True) for a in soup.select(".relaxations li a")]
    assert shown == [r["description"] for r in body["relaxations"]]
    steps = [row.select_one("th").get_text() for row in soup.select(".plan-table tbody tr")]
    assert steps == [str(step["week"]) for step in body["plan"]]
    for pick, card in zip(body["recommendations"], soup.select(".pick"), strict=True):
        assert [li.get_text() for li in card.select(".why-list li")] == pick["reasons"]
        assert [li.get_text() for li in card.select(".confirm-list li")] == pick["unknowns"]
        assert [li.get_text() for li in card.select(".watch-list li")] == pick["cautions"]


def test_the_share_url_opens_the_same_result_on_the_site(client):
    body = post(client, budget=400).get_json()
    share = body["share_url"]
    assert share.startswith("http://localhost/quiz/results?")
    soup = page(client.get(share.removeprefix("http://localhost")))
    assert pick_slugs(soup) == [pick["slug"] for pick in body["recommendations"]]


def test_each_relaxation_lists_its_changes_and_what_it_unlocks(client):
    body = post(client, categories=["boots"], experience="regular").get_json()
    assert body["recommendations"] == []
    tables = next(r for r in body["relaxations"] if r["description"] == "Include inversion tables")
    assert tables["changes"] == {"categories": ["table", "boots"]}
    assert "teeter-ep-560-ltd" in tables["unlocks"]
    again = post(client, categories=["table", "boots"], experience="regular").get_json()
    fits = [p["slug"] for p in again["recommendations"]] + [o["slug"] for o in again["others"]]
    assert fits == tables["unlocks"]


def test_an_explicitly_empty_list_of_conditions_means_none_apply(client):
    assert post(client, conditions=[]).get_json()["safety"]["verdict"] == "ok"


def test_see_a_clinician_comes_with_questions_and_sources_and_nothing_else(client):
    body = post(client, conditions=["anticoagulants", "stroke"]).get_json()
    assert body["safety"]["verdict"] == "see_clinician"
    assert body["safety"]["max_angle_deg"] == 0
    assert body["safety"]["conditions"] == ["stroke", "anticoagulants"]
    assert len(body["safety"]["questions_for_clinician"]) == 5
    assert all(source["url"].startswith("https://") for source in body["safety"]["sources"])
    assert body["recommendations"] == body["excluded"] == body["relaxations"] == body["plan"] == []


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"height": "tall"}, {"height"}),
        ({"weight": None}, {"weight"}),
        ({"conditions": ["none", "stroke"]}, {"conditions"}),
        ({"conditions": "stroke", "colour": "red"}, {"colour"}),
        ({"height": [70]}, {"height"}),
        ({"joints": [{"ankle": True}]}, {"joints"}),
        (
            {"budget": "lots", "experience": "expert", "units": "cubits"},
            {"budget", "experience", "units"},
        ),
        ({"room_length": {"value": 120}}, {"room_length"}),
    ],
)
def test_bad_values_give_400_naming_each_bad_field(client, body, fields):
    response = client.post("/api/recommendations", json={**JSON_HEALTHY, **body})
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert set(error["fields"]) == fields
    assert all(error["fields"][name] for name in fields)
    assert error["message"] == "Invalid answers: " + ", ".join(sorted(fields)) + "."


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        ("{not json", "application/json"),
        ("[1, 2]", "application/json"),
        ("height=70", "application/x-www-form-urlencoded"),
    ],
)
def test_a_body_that_is_not_a_json_object_gives_400(client, data, content_type):
    response = client.post("/api/recommendations", data=data, content_type=content_type)
    assert response.status_code == 400
    assert response.get_json()["error"]["fields"] == {
        "body": ["Send the answers as a JSON object, with Content-Type: application/json."]
    }


def test_missing_answers_are_named(client):
    response = client.post("/api/recommendations", json={})
    assert set(response.get_json()["error"]["fields"]) == {"conditions", "height", "weight"}


def test_only_post_is_allowed(client):
    response = client.get("/api/recommendations")
    assert response.status_code == 405
    assert response.get_json()["error"]["status"] == 405
