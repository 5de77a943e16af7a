"""The questionnaire and its results page, through HTTP."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.quiz.conftest import excluded_slugs, page, pick_slugs, query


def test_the_quiz_asks_every_question_in_seven_groups_health_first(client):
    soup = page(client.get("/quiz"))
    steps = [legend.get_text(" ", strip=True) for legend in soup.select("fieldset.step > legend")]
    assert steps == [
        "1 Your health",
        "2 Your body",
        "3 Joints and getting about",
        "4 Experience and help",
        "5 Your goal",
        "6 Your space",
        "7 Budget and kinds (optional)",
    ]
    form = soup.select_one("form.quiz")
    assert form["method"] == "get" and form["action"] == "/quiz/results"
    assert len(soup.select("fieldset.step p.why")) == 7


def test_every_input_on_the_quiz_has_a_label(client):
    soup = page(client.get("/quiz"))
    for field in soup.select("form.quiz input"):
        assert soup.select_one(f'label[for="{field["id"]}"]'), field["name"]


def test_the_quiz_comes_back_filled_in_from_a_link(client):
    soup = page(
        client.get("/quiz?" + query(joints=["knee"], budget="250", units="metric", height="178"))
    )
    assert soup.select_one("#height")["value"] == "178"
    assert soup.select_one("#budget")["value"] == "250"
    assert soup.select_one("input[name=joints][value=knee]").has_attr("checked")
    assert soup.select_one("input[name=units][value=metric]").has_attr("checked")
    assert soup.select_one("#height ~ .suffix").get_text() == "cm"


def test_the_quiz_uses_the_units_the_shopper_chose_before(client):
    client.set_cookie("units", "metric")
    soup = page(client.get("/quiz"))
    assert soup.select_one("input[name=units][value=metric]").has_attr("checked")


@pytest.mark.parametrize(
    ("answers", "field", "message"),
    [
        ({"conditions": []}, "conditions", "Tick the ones that apply, or “None of these”."),
        (
            {"conditions": ["none", "stroke"]},
            "conditions",
            "You ticked “None of these” and a condition",
        ),
        ({"conditions": ["measles"]}, "conditions", "is not a valid choice"),
        ({"height": ""}, "height", "Enter your height."),
        ({"height": "tall"}, "height", "Write a height like 5'10\", 70 in or 178 cm."),
        ({"height": "9 ft"}, "height", "Enter a height between 3 ft and 8 ft."),
        (
            {"height": "30", "units": "metric"},
            "height",
            "Enter a height between 91.4 cm and 243.8 cm.",
        ),
        ({"weight": "heavy"}, "weight", "Write a weight like 180 lb or 82 kg."),
        ({"weight": "20 kg"}, "weight", "Enter a weight between 50 lb and 700 lb."),
        ({"room_length": "2"}, "room_length", "Enter a size between 12 in and 1200 in."),
        ({"ceiling": "high"}, "ceiling", "Write a ceiling height like 96 in, 8 ft or 244 cm."),
        ({"budget": "-5"}, "budget", "Number must be between 0 and 100000."),
        ({"budget": "cheap"}, "budget", "Not a valid decimal value."),
        ({"experience": "expert"}, "experience", "Not a valid choice."),
        ({"goal": "flying"}, "goal", "Not a valid choice."),
        ({"categories": ["doorway_bar"]}, "categories", "is not a valid choice"),
        ({"units": "furlongs"}, "units", "Not a valid choice."),
    ],
)
def test_invalid_answers_come_back_with_the_error_beside_the_question(
    client, answers, field, message
):
    response = client.get("/quiz/results?" + query(**answers))
    assert response.status_code == 400
    soup = page(response)
    error = soup.select_one(f"#{field}-error")
    assert error is not None and message in error.get_text()
    assert soup.select_one('[role="alert"]').select_one(f'a[href="#{field}"]')


@pytest.mark.parametrize(
    ("answers", "shown"),
    [
        ({"height": "5'10\""}, "you are 5 ft 10 in"),
        ({"height": "5 ft 10"}, "you are 5 ft 10 in"),
        ({"height": "70"}, "you are 5 ft 10 in"),
        ({"height": "177.8 cm"}, "you are 5 ft 10 in"),
        (
            {
                "height": "177.8",
                "units": "metric",
                "weight": "82",
                "room_length": "300",
                "room_width": "250",
                "ceiling": "250",
            },
            "you are 177.8 cm",
        ),
        ({"weight": "81.65 kg"}, "you weigh 180 lb"),
        ({"ceiling": "8 ft"}, "you have 96 in (11 in to spare)"),
    ],
)
def test_sizes_are_read_as_typed_and_shown_back_in_the_shoppers_units(client, answers, shown):
    text = page(client.get("/quiz/results?" + query(**answers))).get_text(" ")
    assert shown in text


def test_the_results_page_shows_the_verdict_before_the_picks(client):
    response = client.get("/quiz/results?" + query())
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert html.index("verdict-ok") < html.index('class="picks"')
    soup = page(response)
    assert pick_slugs(soup) == ["innova-itx9400", "teeter-ep-560-ltd", "teeter-ep-970-ltd"]
    first = soup.select_one(".pick")
    assert [h.get_text() for h in first.select("h4")][0] == "Why it fits"
    assert "Confirm before buying" in first.get_text()


def test_products_left_out_are_listed_with_their_reasons_inside_a_closed_details(client):
    soup = page(client.get("/quiz/results?" + query()))
    details = soup.select_one("details.excluded")
    assert not details.has_attr("open")
    assert "teeter-hang-ups-gravity-boots" in excluded_slugs(soup)
    assert "aren't for beginners" in details.get_text()


def test_the_plan_is_a_table_of_weeks_starting_low(client):
    soup = page(client.get("/quiz/results?" + query()))
    rows = [
        [cell.get_text(strip=True) for cell in row.select("th, td")]
        for row in soup.select(".plan-table tbody tr")
    ]
    assert rows[0] == ["1", "20°", "1 minute", "1"]
    assert rows[-1][1] == "60°"


def test_compare_these_picks_links_the_picks_with_the_body_and_room_answers(client):
    soup = page(client.get("/quiz/results?" + query(units="imperial")))
    link = soup.find("a", string="Compare these picks")["href"]
    parts = urlsplit(link)
    assert parts.path == "/compare"
    args = parse_qs(parts.query)
    assert args["products"] == ["innova-itx9400,teeter-ep-560-ltd,teeter-ep-970-ltd"]
    assert {k: v[0] for k, v in args.items() if k != "products"} == {
        "height": "70",
        "weight": "180",
        "room_length": "120",
        "room_width": "96",
        "ceiling": "96",
        "units": "imperial",
    }


def test_change_my_answers_goes_back_to_the_quiz_filled_in(client):
    soup = page(client.get("/quiz/results?" + query(joints=["hip"], goal="stretch")))
    link = soup.find("a", string="Change my answers")["href"]
    form = page(client.get(link))
    assert form.select_one("input[name=joints][value=hip]").has_attr("checked")
    assert form.select_one("input[name=goal][value=stretch]").has_attr("checked")
    assert form.select_one("#height")["value"] == "70"


def test_the_share_link_reopens_the_same_result(client):
    first = client.get("/quiz/results?" + query(budget="400"))
    share = page(first).select_one("#share-url")["value"]
    assert share.startswith("http://localhost/quiz/results?")
    again = client.get(share.removeprefix("http://localhost"))
    assert pick_slugs(page(again)) == pick_slugs(page(first))


def test_someone_who_should_see_a_clinician_gets_questions_not_products(client):
    soup = page(client.get("/quiz/results?" + query(conditions=["pregnancy"])))
    assert (
        "Please talk to a clinician before you buy anything"
        in soup.select_one(".verdict h2").get_text()
    )
    assert soup.select(".pick") == [] and soup.select_one("details.excluded") is None
    assert len(soup.select(".questions li")) == 4
    assert soup.find("a", string="Compare these picks") is None


def test_each_relaxation_is_a_link_to_the_results_it_promises(client):
    soup = page(client.get("/quiz/results?" + query(categories=["boots"], experience="regular")))
    links = soup.select(".relaxations li a")
    assert links, "nothing fits, so changes are offered"
    for link in links:
        promised = re.search(r"→ (\d+) more option", link.parent.get_text()).group(1)
        after = page(client.get(link["href"]))
        assert len(after.select(".pick")) == min(3, int(promised))


def test_without_a_room_size_the_page_says_the_space_was_not_checked(client):
    soup = page(client.get("/quiz/results?" + query(room_length="", room_width="", ceiling="")))
    assert "couldn't check the space" in soup.get_text()


def test_switching_units_on_the_results_page_keeps_what_the_answers_mean(client):
    soup = page(client.get("/quiz/results?" + query(units="imperial")))
    switch = soup.select_one(".units-switch a")["href"]
    assert "units=metric" in switch and "weight=180+lb" in switch and "room_length=120+in" in switch
    metric = page(client.get(switch))
    assert pick_slugs(metric) == pick_slugs(soup)
    assert "you are 177.8 cm" in metric.get_text(" ")


def test_switching_units_on_the_quiz_keeps_the_answers_typed_so_far(client):
    soup = page(client.get("/quiz?" + query(units="imperial", weight="180")))
    metric = page(client.get(soup.select_one(".units-switch a")["href"]))
    assert metric.select_one("#weight")["value"] == "180 lb"
    assert metric.select_one("input[name=units][value=metric]").has_attr("checked")


def test_a_large_catalog_lists_the_first_fifty_left_out_and_points_to_the_api(
    client, writable_db, make_product
):
    from catalog.database import make_sessions

    with make_sessions(writable_db)() as session:
        # 60 synthetic tables rated for people no taller than 4 ft: all left out for height.
        session.add_all(make_product(user_height_max_in=48) for _ in range(60))
        session.commit()
    soup = page(client.get("/quiz/results?" + query()))
    summary = soup.select_one("details.excluded summary").get_text(" ", strip=True)
    total = int(summary.split()[0].replace(",", ""))
    assert total >= 60
    assert len(excluded_slugs(soup)) == 50
    hint = soup.select_one("details.excluded .hint").get_text(" ", strip=True)
    assert f"The first 50 of {total}" in hint and "POST /api/recommendations" in hint
