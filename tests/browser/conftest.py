"""End-to-end fixtures: the app served on 127.0.0.1 and Debian's chromium driven by Playwright.

Chromium is /usr/bin/chromium (`make test` installs it when missing); Playwright's own
browser download is never used. Screenshots go to test-artifacts/screenshots/.
"""

import shutil
import threading
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).parent.parent.parent / "test-artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(items):
    for item in items:
        if "/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def live_server(loaded_db, database_url):
    """The site, served by a real HTTP server in a thread; yields its base URL."""
    from webapp import create_app

    app = create_app({"TESTING": True, "DATABASE_URL": database_url})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    app.extensions["catalog_engine"].dispose()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()


def _page(browser, viewport, javascript_enabled=True):
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript_enabled)
    context.set_default_timeout(10_000)
    return context, context.new_page()


@pytest.fixture
def page(browser):
    """A desktop-sized page with JavaScript on."""
    context, page = _page(browser, DESKTOP)
    yield page
    context.close()


@pytest.fixture
def page_without_js(browser):
    context, page = _page(browser, DESKTOP, javascript_enabled=False)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser):
    """A phone-sized page (390 px wide) with JavaScript on."""
    context, page = _page(browser, PHONE)
    yield page
    context.close()


@pytest.fixture(scope="module")
def shared_page(browser):
    """One desktop page for a whole module of read-only visits (cheaper than a page each)."""
    context, page = _page(browser, DESKTOP)
    yield page
    context.close()


@pytest.fixture(scope="module")
def shared_phone_page(browser):
    """One phone-sized page for a whole module of read-only visits."""
    context, page = _page(browser, PHONE)
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshot_folder() -> Path:
    """test-artifacts/screenshots/, emptied once per run so it holds only this run's pictures."""
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    return ARTIFACTS


@pytest.fixture
def screenshot(screenshot_folder):
    """Save a full-page screenshot of `page` as test-artifacts/screenshots/<name>.png."""

    def take(page, name: str) -> Path:
        path = screenshot_folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


def horizontal_overflow_px(page) -> int:
    """How far the page is wider than the viewport (0 when nothing scrolls sideways)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
