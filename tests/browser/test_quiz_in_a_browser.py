"""A shopper takes the fit quiz in a real browser, with and without JavaScript."""

from urllib.parse import parse_qs, urlsplit

RESULTS = (
    "/quiz/results?conditions=none&height=70&weight=180&room_length=120&room_width=96&ceiling=96"
)


def fill_the_quiz(page):
    """Answer as a healthy first-timer would: one tick, a few sizes, the rest as they come."""
    page.get_by_label("None of these").check()
    page.get_by_label("Your height").fill("5'10\"")
    page.get_by_label("Your weight").fill("180")
    page.get_by_label("Floor length").fill("10 ft")
    page.get_by_label("Floor width").fill("96")
    page.get_by_label("Ceiling height").fill("8 ft")
    page.get_by_label("Stretching and relaxation").check()


def test_a_shopper_fills_the_quiz_and_reaches_picks_they_can_compare(page, live_server, screenshot):
    page.goto(f"{live_server}/quiz")
    screenshot(page, "quiz-form")
    fill_the_quiz(page)
    page.get_by_role("button", name="Show my results").click()
    assert "/quiz/results?" in page.url
    verdict = page.get_by_role("heading", level=2).first
    assert "Nothing you told us rules inversion out" in verdict.inner_text()
    picks = page.locator(".pick h3")
    assert picks.count() == 3
    assert "Innova ITX9400" in picks.first.inner_text()
    page.get_by_text("products left out, and why").click()
    assert page.get_by_text("aren't for beginners").first.is_visible()
    screenshot(page, "quiz-results")
    page.get_by_role("link", name="Compare these picks").click()
    address = urlsplit(page.url)
    assert address.path == "/compare"
    answers = parse_qs(address.query)
    assert answers["products"] == ["innova-itx9400,teeter-ep-560-ltd,teeter-ep-970-ltd"]
    assert answers["height"] == ["70"] and answers["room_length"] == ["120"]


def test_the_quiz_works_without_javascript(page_without_js, live_server):
    page = page_without_js
    page.goto(f"{live_server}/quiz")
    fill_the_quiz(page)
    page.get_by_label("Centimetres and kilograms").check()
    page.get_by_label("Your weight").fill("82")
    page.get_by_role("button", name="Show my results").click()
    assert page.locator(".pick").count() == 3
    assert "you weigh 82 kg" in page.locator(".picks").inner_text()


def test_a_missing_answer_keeps_the_shopper_on_the_quiz_with_the_error_beside_it(page, live_server):
    page.goto(f"{live_server}/quiz")
    page.get_by_label("None of these").check()
    page.get_by_label("Your height").fill("5'10\"")
    page.get_by_role("button", name="Show my results").click()
    assert page.get_by_role("alert").is_visible()
    assert page.locator("#weight-error").inner_text() == "Enter your weight."
    assert page.get_by_label("Your height").input_value() == "5'10\""
    page.get_by_role("alert").get_by_role("link", name="Your weight").click()
    assert page.evaluate("location.hash") == "#weight"


def test_the_units_beside_each_size_follow_the_units_chosen(page, live_server):
    page.goto(f"{live_server}/quiz")
    assert page.locator("#height ~ .suffix").inner_text() == "in"
    page.get_by_label("Centimetres and kilograms").check()
    assert page.locator("#height ~ .suffix").inner_text() == "cm"
    assert page.locator("#weight ~ .suffix").inner_text() == "kg"


def test_none_of_these_and_a_condition_cannot_both_stay_ticked(page, live_server):
    page.goto(f"{live_server}/quiz")
    page.get_by_label("None of these").check()
    page.get_by_label("High blood pressure").check()
    assert not page.get_by_label("None of these").is_checked()


def test_a_relaxation_is_one_click_away(page, live_server):
    page.goto(
        f"{live_server}/quiz/results?conditions=none&height=70&weight=180"
        "&categories=boots&experience=regular"
    )
    assert page.get_by_role("heading", name="Nothing fits every answer").is_visible()
    page.get_by_role("link", name="Include inversion chairs").click()
    assert page.locator(".pick").count() == 2
