"""The units switch in a real browser: one click turns every figure metric, and the choice
follows the shopper from page to page until they switch back."""

from playwright.sync_api import expect

TWO = "teeter-ep-560-ltd,innova-itx9400"


def weight_row(page):
    """The figure itself, without its source's own words (which may say "up to 300 lb")."""
    return page.get_by_role("row", name="Maximum user weight").locator(".value")


def test_metric_chosen_on_a_product_page_follows_the_shopper_through_catalog_and_compare(
    page, live_server
):
    page.goto(f"{live_server}/products/teeter-ep-560-ltd")
    expect(weight_row(page)).to_have_text("300 lb")
    page.locator(".units-switch").get_by_role("link", name="cm / kg").click()
    expect(weight_row(page)).to_have_text("136.1 kg")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Products").click()
    card = page.locator(".product-card", has=page.get_by_role("link", name="Teeter EP-560 Ltd"))
    expect(card).to_contain_text("136.1 kg")
    expect(page.get_by_label("Units")).to_have_value("metric")

    page.goto(f"{live_server}/compare?products={TWO}")  # a shared link: no units in it
    expect(page.locator("tr[data-row=user_height_max_in]")).to_contain_text("198.1 cm")

    page.locator(".units-switch").get_by_role("link", name="in / lb").click()
    expect(page.locator("tr[data-row=user_height_max_in]")).to_contain_text("6 ft 6 in")
    page.goto(f"{live_server}/products/teeter-ep-560-ltd")
    expect(weight_row(page)).to_have_text("300 lb")


def test_switching_units_keeps_the_fit_answers_meaning_the_same(page, live_server):
    page.goto(f"{live_server}/compare?products={TWO}&height=70&weight=180&units=imperial")
    fit = page.get_by_role("row", name="Your weight")
    expect(fit).to_contain_text("180 lb")
    page.locator(".units-switch").get_by_role("link", name="cm / kg").click()
    expect(fit).to_contain_text("81.6 kg")
    expect(page.locator("thead .verdict")).to_have_text(["Fits", "Fits"])
