"""A shopper browses the catalog in a real browser."""

from tests.browser.conftest import horizontal_overflow_px


def test_a_shopper_filters_to_tables_and_opens_a_product_page(page, live_server, screenshot):
    page.goto(f"{live_server}/products")
    page.get_by_label("Inversion table").check()
    page.get_by_role("button", name="Show products").click()
    assert "category=table" in page.url
    screenshot(page, "catalog-tables")
    page.get_by_role("link", name="Teeter EP-560 Ltd").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Teeter EP-560 Ltd"
    weight_row = page.get_by_role("row", name="Maximum user weight")
    assert "300 lb" in weight_row.inner_text()
    screenshot(page, "product-page")


def test_the_catalog_filters_work_without_javascript(page_without_js, live_server):
    page = page_without_js
    page.goto(f"{live_server}/products")
    page.get_by_label("Your weight").fill("310")
    page.get_by_role("button", name="Show products").click()
    assert page.get_by_role("link", name="Teeter EP-560 Ltd").count() == 0
    assert page.get_by_role("link", name="IRONMAN Gravity 4000").count() == 1


def test_the_catalog_fits_a_phone_screen(phone_page, live_server, screenshot):
    phone_page.goto(f"{live_server}/products")
    assert horizontal_overflow_px(phone_page) == 0
    screenshot(phone_page, "catalog-phone")
