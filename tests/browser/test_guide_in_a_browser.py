"""A reader uses the guide in a real browser, with and without JavaScript.

Every guide page is also in tests/browser/pages.py: checked by axe, the Nu HTML checker and
on a phone there."""

from playwright.sync_api import expect

from catalog.guide import list_pages

SLUGS = [page.slug for page in list_pages()]


def test_a_reader_opens_a_page_from_the_index_and_checks_a_source(page, live_server, screenshot):
    page.goto(f"{live_server}/guide/")
    screenshot(page, "guide-index")
    page.locator("ol.guide-contents").get_by_role("link", name="Who should not invert").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Who should not invert")
    marker = page.locator("sup.cite a").first
    marker.click()
    assert page.url.endswith(marker.get_attribute("href"))
    cited = page.locator(marker.get_attribute("href"))
    expect(cited).to_be_in_viewport()
    expect(cited.get_by_role("link").first).to_have_attribute("rel", "nofollow noopener noreferrer")
    screenshot(page, "guide-who-should-not-invert")


def test_the_contents_list_jumps_to_its_section(page, live_server):
    page.goto(f"{live_server}/guide/how-to-choose")
    page.locator("nav.toc").get_by_role("link", name="Budget").click()
    expect(page.get_by_role("heading", name="Budget", level=2)).to_be_in_viewport()


def test_the_guide_can_be_read_from_start_to_end_without_javascript(page_without_js, live_server):
    page = page_without_js
    page.goto(f"{live_server}/guide/{SLUGS[0]}")
    visited = [page.url]
    while page.locator("a[rel=next]").count():
        page.locator("a[rel=next]").click()
        visited.append(page.url)
    assert visited == [f"{live_server}/guide/{slug}" for slug in SLUGS]
