"""The importer's pages in a real browser: the price history on a phone, /about/data
without JavaScript, and no accessibility violations that axe can find."""

from datetime import UTC, datetime, timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe

from catalog.database import make_sessions
from tests.browser.conftest import horizontal_overflow_px
from tests.importer.conftest import add_synthetic, importer, write_sources
from tests.importer.pageserver import PageServer

DAY0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


@pytest.fixture
def priced(writable_db, tmp_path):
    """A synthetic product read three times in a month: $299.99, $259.00, then a euro
    price that is held for review."""
    sessions = make_sessions(writable_db)
    slug = add_synthetic(sessions, "synthetic-browser")
    pages = PageServer().start()
    sources = write_sources(tmp_path, {slug: [pages.url("/p")]})
    for day, page in (
        (0, "case24_weights.html"),
        (12, "case25_dimensions.html"),
        (30, "case10_thousands_lookalike.html"),
    ):
        pages.route("/p", page=page)
        importer(sessions, sources, clock=lambda d=day: DAY0 + timedelta(days=d))
    yield slug
    pages.stop()


def test_the_price_history_reads_well_on_a_phone(phone_page, live_server, priced, screenshot):
    phone_page.goto(f"{live_server}/products/{priced}")
    chart = phone_page.get_by_role("img", name="Prices in USD")
    assert chart.is_visible()
    table = phone_page.get_by_role("table", name="Every price and stock state we have recorded")
    assert table.get_by_role("row").count() == 3  # header + two prices; the euro one is held
    assert phone_page.get_by_text("Held for review.").is_visible()
    assert horizontal_overflow_px(phone_page) == 0
    screenshot(phone_page, "importer-price-history-phone")


def test_the_data_page_works_without_javascript_and_fits_a_phone(
    page_without_js, phone_page, live_server, priced, screenshot
):
    page_without_js.goto(f"{live_server}/about/data")
    assert (
        page_without_js.get_by_role("heading", level=1).inner_text()
        == "How complete and how fresh our data is"
    )
    assert page_without_js.get_by_role("row", name="Maximum user weight").is_visible()
    page_without_js.get_by_role("link", name="Recent refreshes").click()
    assert page_without_js.url.endswith("#runs")
    screenshot(page_without_js, "importer-about-data")
    phone_page.goto(f"{live_server}/about/data")
    assert horizontal_overflow_px(phone_page) == 0
    screenshot(phone_page, "importer-about-data-phone")


@pytest.mark.parametrize("path", ["/about/data", "/products/{slug}"])
def test_the_importers_pages_have_no_accessibility_violations(page, live_server, priced, path):
    page.goto(live_server + path.format(slug=priced))
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
