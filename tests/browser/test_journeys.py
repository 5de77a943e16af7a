"""Whole journeys across features, as a shopper makes them, in a real browser."""

import pytest

from tests.browser.test_quiz_in_a_browser import fill_the_quiz


@pytest.mark.parametrize("javascript", ["with-js", "without-js"])
def test_from_the_first_question_to_a_comparison_of_the_picks_to_a_product_page(
    request, javascript, live_server, screenshot
):
    page = request.getfixturevalue("page" if javascript == "with-js" else "page_without_js")
    page.goto(f"{live_server}/")
    page.get_by_role("link", name="Take the fit quiz").click()
    fill_the_quiz(page)
    page.get_by_role("button", name="Show my results").click()
    first_pick = page.locator(".pick h3").first.inner_text()
    page.get_by_role("link", name="Compare these picks").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Comparing 3 products"
    fit = page.get_by_role("row", name="Your height")
    assert "you are 5 ft 10 in" in fit.inner_text()
    screenshot(page, f"journey-compare-picks-{javascript}")

    page.get_by_role("link", name=first_pick).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == first_pick
    assert page.get_by_role("link", name="Add to comparison").is_visible()
