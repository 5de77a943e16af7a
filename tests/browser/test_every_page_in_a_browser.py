"""Every registered page on a 390 px phone (no sideways scrolling), and screenshots of the
key pages on a phone and a desktop, saved in test-artifacts/screenshots/."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import horizontal_overflow_px
from tests.browser.pages import PAGES, page_id, visit

KEY_PAGES = [page for page in PAGES if page.key]
# The axe rules whose outcome depends on the layout: a table that only scrolls sideways on a
# phone must be reachable by keyboard, and text moved onto another background must stay legible.
PHONE_AXE = Axe()
PHONE_RULES = {
    "runOnly": {"type": "rule", "values": ["scrollable-region-focusable", "color-contrast"]}
}


@pytest.mark.parametrize("registered", PAGES, ids=page_id)
def test_the_page_fits_a_phone_screen_without_sideways_scrolling_or_unreachable_scrollers(
    shared_phone_page, live_server, registered, screenshot
):
    response = visit(shared_phone_page, live_server, registered.path)
    assert response.status == registered.status
    assert horizontal_overflow_px(shared_phone_page) == 0
    results = PHONE_AXE.run(shared_phone_page, options=PHONE_RULES)
    assert results.violations_count == 0, results.generate_report()
    if registered.key:
        assert screenshot(shared_phone_page, f"{registered.name}-phone").stat().st_size > 0


@pytest.mark.parametrize("registered", KEY_PAGES, ids=page_id)
def test_a_key_page_is_screenshotted_on_a_desktop_with_its_heading_in_view(
    shared_page, live_server, registered, screenshot
):
    visit(shared_page, live_server, registered.path)
    assert shared_page.get_by_role("heading", level=1).is_visible()
    assert horizontal_overflow_px(shared_page) == 0
    assert screenshot(shared_page, f"{registered.name}-desktop").stat().st_size > 0


def test_every_page_reflows_to_320_css_pixels_without_sideways_scrolling(browser, live_server):
    """WCAG 1.4.10: a 1280 px window zoomed to 400 % is 320 px wide."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    overflow = {}
    for registered in PAGES:
        visit(page, live_server, registered.path)
        overflow[registered.name] = horizontal_overflow_px(page)
    context.close()
    assert overflow == {registered.name: 0 for registered in PAGES}
