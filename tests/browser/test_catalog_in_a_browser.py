"""A shopper browses the catalog in a real browser."""


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


def test_filters_combine_keep_their_values_re_sort_on_change_and_clear(page, live_server):
    page.goto(f"{live_server}/products")
    everything = page.get_by_role("heading", level=2, name="products").inner_text()
    page.get_by_label("Most you want to spend (US$)").fill("200")
    page.get_by_label("Must fold for storage").check()
    page.get_by_role("button", name="Show products").click()
    assert "max_price=200" in page.url and "foldable=y" in page.url
    narrowed = page.get_by_role("heading", level=2, name="products").inner_text()
    assert int(narrowed.split()[0]) < int(everything.split()[0])
    assert page.get_by_label("Most you want to spend (US$)").input_value() == "200"
    assert page.get_by_label("Must fold for storage").is_checked()

    page.wait_for_load_state()  # site.js, deferred, listens for the change from then on
    page.get_by_label("Sort by").select_option("-price")
    page.wait_for_url("**sort=-price**")  # site.js submits the form as soon as the order changes
    assert "max_price=200" in page.url
    prices = page.locator(".product-card dd", has_text="$").all_inner_texts()
    dollars = [float(text.split("$")[1].split()[0].replace(",", "")) for text in prices]
    assert len(dollars) >= 2 and dollars == sorted(dollars, reverse=True)  # unknowns come last

    page.get_by_role("link", name="Clear filters").click()
    assert page.get_by_role("heading", level=2, name="products").inner_text() == everything


def test_a_filter_value_that_cannot_be_read_is_explained_beside_its_field(page, live_server):
    page.goto(f"{live_server}/products")
    page.get_by_label("Your height").fill("tall")
    page.get_by_role("button", name="Show products").click()
    assert page.get_by_role("heading", name="Please check the filters").is_visible()
    assert page.get_by_role("alert").is_visible()
    height = page.get_by_label("Your height")
    assert height.input_value() == "tall"
    assert height.get_attribute("aria-invalid") == "true"
    message = page.locator("#height-error").inner_text()
    assert message and message in height.evaluate(
        "el => el.getAttribute('aria-describedby').split(' ')"
        ".map(id => document.getElementById(id).innerText).join(' ')"
    )
