"""Every kind of page passes axe-core with no violations, and focus is always visible.

axe.min.js comes bundled in axe-playwright-python, so this runs offline.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.pages import PAGES, page_id, path_of, visit

AXE = Axe()


@pytest.mark.parametrize("registered", PAGES, ids=page_id)
def test_the_page_has_no_accessibility_violations(shared_page, live_server, registered):
    response = visit(shared_page, live_server, registered.path)
    assert response.status == registered.status
    results = AXE.run(shared_page)
    assert results.violations_count == 0, results.generate_report()


FOCUS_STYLE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    element: el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " +
      (el.innerText || el.getAttribute("aria-label") || el.name || "").trim().slice(0, 40),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2
      && style.outlineColor !== "rgba(0, 0, 0, 0)",
    shown: box.width > 0 && box.height > 0,
  };
}"""


@pytest.mark.parametrize(
    "name, kinds",
    [
        ("home", {"a"}),
        ("quiz", {"a", "input"}),
        ("catalog", {"a", "input", "select"}),
        ("compare-four-with-fit", {"a", "summary"}),
    ],
)
def test_every_control_reached_with_the_tab_key_shows_a_visible_focus_outline(
    shared_page, live_server, name, kinds
):
    visit(shared_page, live_server, path_of(name))
    seen = []
    for _ in range(40):
        shared_page.keyboard.press("Tab")
        focus = shared_page.evaluate(FOCUS_STYLE)
        if focus["tag"] == "body":  # past the last control
            break
        seen.append(focus)
    assert [focus["element"] for focus in seen if not (focus["outline"] and focus["shown"])] == []
    assert kinds <= {focus["tag"] for focus in seen}


def test_the_first_tab_shows_a_skip_link_that_moves_focus_to_the_main_content(
    shared_page, live_server
):
    visit(shared_page, live_server, path_of("compare-four"))
    shared_page.keyboard.press("Tab")
    skip = shared_page.get_by_role("link", name="Skip to content")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible() and shared_page.evaluate(FOCUS_STYLE)["outline"]
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0  # on screen, not parked off to the left
    shared_page.keyboard.press("Enter")
    assert shared_page.evaluate("document.activeElement.id") == "main"
    shared_page.keyboard.press("Tab")  # the next stop is inside the page, past the header
    assert shared_page.evaluate("document.activeElement.closest('main') !== null")
