"""Whole journeys across features, as a shopper makes them, in a real browser."""

from tests.browser.test_quiz_in_a_browser import fill_the_quiz


def test_from_the_first_question_to_a_comparison_of_the_picks_to_a_product_page(
    page, live_server, screenshot
):
    page.goto(f"{live_server}/")
    page.get_by_role("link", name="Take the fit quiz").click()
    fill_the_quiz(page)
    page.get_by_role("button", name="Show my results").click()
    first_pick = page.locator(".pick h3").first.inner_text()
    page.get_by_role("link", name="Compare these picks").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Comparing 3 products"
    fit = page.get_by_role("row", name="Your height")
    assert "you are 5 ft 10 in" in fit.inner_text()
    screenshot(page, "journey-compare-picks")

    page.get_by_role("link", name=first_pick).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == first_pick
    assert page.get_by_role("link", name="Add to comparison").is_visible()


def test_metric_chosen_once_follows_the_shopper_from_page_to_page(page, live_server):
    page.goto(f"{live_server}/products/teeter-ep-560-ltd")
    page.get_by_role("link", name="cm / kg").click()
    assert "136.1 kg" in page.get_by_role("row", name="Maximum user weight").inner_text()
    page.goto(f"{live_server}/compare?products=teeter-ep-560-ltd,innova-itx9400")
    assert "198.1 cm" in page.locator("tr[data-row=user_height_max_in]").inner_text()
