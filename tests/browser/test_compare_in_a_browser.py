"""A shopper compares products in a real browser: desktop, phone, no JavaScript, paper."""

import pytest

from tests.browser.conftest import horizontal_overflow_px

# In the catalog's order (by brand and model), which is the order the checkboxes send.
PICKS = ("Innova 12-in-1 Inversion Table with Power Tower", "Innova ITX9400", "Teeter EP-560 Ltd")
THREE = "innova-12in1-inversion-power-tower,innova-itx9400,teeter-ep-560-ltd"


def cell(page, row_label: str, column: int) -> str:
    row = page.locator(
        "table.compare-table tbody tr", has=page.get_by_role("rowheader", name=row_label)
    )
    return row.locator("td").nth(column).inner_text().strip()


def test_from_the_catalog_to_three_products_side_by_side_and_only_their_differences(
    page, live_server, screenshot
):
    page.goto(f"{live_server}/products")
    for name in PICKS:
        card = page.locator(".product-card", has=page.get_by_role("link", name=name, exact=True))
        card.get_by_label("Compare").check()
    page.get_by_role("button", name="Compare ticked products").click()
    assert page.url.endswith(f"/compare?products={THREE}")
    heads = page.locator("thead th .product-name").all_inner_texts()
    assert heads == list(PICKS)
    assert page.get_by_role("rowheader", name="Warranty").count() == 1
    page.get_by_role("link", name="Differences only").click()
    assert "only=differences" in page.url
    assert page.get_by_role("rowheader", name="Warranty").count() == 0  # unknown for all three
    assert cell(page, "Maximum user weight", 0).startswith("250 lb")
    assert cell(page, "Maximum user weight", 2).startswith("300 lb")
    screenshot(page, "compare-differences")


def test_a_shopper_checks_the_fit_and_sees_a_verdict_per_product(page, live_server):
    page.goto(f"{live_server}/compare?products={THREE}")
    page.get_by_text("Check them against your body and room").click()
    page.get_by_label("Your height").fill("5'10\"")
    page.get_by_label("Your weight").fill("270")
    page.get_by_role("button", name="Check the fit").click()
    assert "height=5" in page.url and "units=imperial" in page.url
    assert page.locator("thead .verdict").all_inner_texts() == ["Does not fit", "Fits", "Fits"]
    assert "20 lb over the limit" in cell(page, "Your weight", 0)


def test_on_a_phone_the_product_names_stay_in_view_and_only_the_table_scrolls_sideways(
    phone_page, live_server, screenshot
):
    page = phone_page
    page.goto(f"{live_server}/compare?products={THREE}&height=70&weight=180&units=imperial")
    assert horizontal_overflow_px(page) == 0
    box = page.locator(".compare-scroll")
    box.scroll_into_view_if_needed()
    assert box.evaluate("el => el.scrollWidth > el.clientWidth")  # three columns need more room
    box.evaluate("el => { el.scrollTop = 1200; el.scrollLeft = 120; }")
    frame = box.bounding_box()
    name = page.locator("thead th .product-name").nth(1).bounding_box()
    label = page.get_by_role("rowheader", name="Tallest user").bounding_box()
    assert frame["y"] <= name["y"] < frame["y"] + 120  # still at the top of the table's box
    assert frame["x"] <= label["x"] < frame["x"] + 10  # row labels stay at its left edge
    assert horizontal_overflow_px(page) == 0
    screenshot(page, "compare-phone")


def test_the_comparison_works_without_javascript(page_without_js, live_server):
    page = page_without_js
    page.goto(f"{live_server}/compare?products=teeter-ep-560-ltd")
    page.get_by_label("Innova ITX9400").check()
    page.get_by_role("button", name="Add to the comparison").click()
    assert page.url.endswith("/compare?products=teeter-ep-560-ltd,innova-itx9400")
    page.get_by_text("Check them against your body and room").click()
    page.get_by_label("Your weight").fill("180")
    page.get_by_role("button", name="Check the fit").click()
    assert page.locator("thead .verdict").count() == 2
    page.get_by_role("link", name="Remove Innova ITX9400").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Start a comparison"


def test_printed_the_table_fits_the_paper_and_leaves_the_controls_out(page, live_server):
    page.set_viewport_size({"width": 1047, "height": 740})  # A4 landscape inside its margins
    page.emulate_media(media="print")
    page.goto(
        f"{live_server}/compare?products=teeter-ep-560-ltd,innova-itx9400,"
        "iron-gym-total-upper-body-workout-bar,teeter-ep-970-ltd&height=70&units=imperial"
    )
    table = page.locator("table.compare-table").bounding_box()
    assert table["x"] >= 0 and table["x"] + table["width"] <= 1047
    assert page.locator(".fit-form").is_hidden()
    assert page.locator("#add").is_hidden()
    assert page.locator("thead .remove").first.is_hidden()
    assert page.get_by_text("Printed from").is_visible()


@pytest.mark.parametrize(
    "query",
    ["", "?products=teeter-dex", "?products=teeter-ep-560-ltd,nope,%3Cb%3E,teeter-ep-560-ltd"],
)
def test_starting_adding_and_fixing_pages_fit_a_phone_screen(phone_page, live_server, query):
    phone_page.goto(f"{live_server}/compare{query}")
    assert horizontal_overflow_px(phone_page) == 0
