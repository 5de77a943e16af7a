"""Every kind of page the site serves, by name, with the address and status that draws it.

The accessibility, HTML-validity and phone-width tests run over this registry, and
test_page_registry.py fails when an HTML endpoint of the app is missing from it, so a new
page is checked the day it is added.
"""

from dataclasses import dataclass

from catalog.guide import list_pages


@dataclass(frozen=True)
class Page:
    name: str  # also the screenshot's file name
    endpoint: str | None  # the Flask endpoint that draws it (None: no route matches)
    path: str
    status: int = 200
    key: bool = False  # a key page: screenshotted on a desktop and a phone
    shows: str = ""  # text that proves the address draws the case it is named for


FOUR = ",".join(
    ("teeter-ep-560-ltd", "innova-itx9400", "stamina-inline-inversion-chair", "teeter-dex")
)
BODY = "height=70&weight=180"
ROOM = "room_length=120&room_width=96&ceiling=96"
KEY_GUIDE = "equipment-types"  # its tables and diagram are the hardest to fit on a phone

PAGES = (
    Page("home", "home.index", "/", key=True),
    Page("catalog", "products.index", "/products", key=True),
    Page(
        "catalog-filtered-metric",
        "products.index",
        "/products?category=table&weight=90&units=metric&sort=price",
        shows="kg",
    ),
    Page(
        "catalog-unreadable-filter",
        "products.index",
        "/products?height=tall",
        400,
        shows="Please check the filters",
    ),
    Page("product-table", "products.detail", "/products/teeter-ep-560-ltd", key=True),
    Page("product-chair", "products.detail", "/products/stamina-inline-inversion-chair"),
    Page("product-boots", "products.detail", "/products/teeter-hang-ups-gravity-boots"),
    Page("compare-start", "compare.index", "/compare"),
    Page(
        "compare-one",
        "compare.index",
        "/compare?products=teeter-dex",
        shows="Choose what to compare it with",
    ),
    Page(
        "compare-two-metric",
        "compare.index",
        "/compare?products=teeter-ep-560-ltd,innova-itx9400&units=metric",
        shows="198.1 cm",
    ),
    Page("compare-four", "compare.index", f"/compare?products={FOUR}", key=True),
    Page("compare-four-differences", "compare.index", f"/compare?products={FOUR}&only=differences"),
    Page(
        "compare-four-with-fit",
        "compare.index",
        f"/compare?products={FOUR}&{BODY}&room_length=100&room_width=40&ceiling=90&units=imperial",
    ),
    Page(
        "compare-bad-slug",
        "compare.index",
        "/compare?products=teeter-ep-560-ltd,no-such-thing",
        400,
        shows="This comparison needs a small fix",
    ),
    Page(
        "compare-not-found",
        "compare.index",
        "/compare?products=no-such-thing,nor-this",
        404,
        shows="find those products",
    ),
    Page("quiz", "quiz.index", "/quiz", key=True),
    Page(
        "quiz-missing-answer",
        "quiz.results",
        "/quiz/results?conditions=none&height=70",
        400,
        shows="Enter your weight.",
    ),
    Page(
        "quiz-results-ok",
        "quiz.results",
        f"/quiz/results?conditions=none&{BODY}&{ROOM}",
        key=True,
        shows="Go ahead:",
    ),
    Page(
        "quiz-results-caution",
        "quiz.results",
        f"/quiz/results?conditions=high_blood_pressure&cleared=yes&{BODY}&{ROOM}",
        shows="Caution:",
    ),
    Page(
        "quiz-results-see-clinician",
        "quiz.results",
        f"/quiz/results?conditions=stroke&{BODY}",
        shows="buy yet:",
    ),
    Page(
        "quiz-results-nothing-fits",
        "quiz.results",
        f"/quiz/results?conditions=none&{BODY}&categories=boots&experience=regular",
        shows="Nothing fits every answer",
    ),
    Page("guide", "guide.index", "/guide/", key=True),
    *(
        Page(f"guide-{page.slug}", "guide.page", f"/guide/{page.slug}", key=page.slug == KEY_GUIDE)
        for page in list_pages()
    ),
    Page("about-data", "about.data", "/about/data"),
    Page("not-found", None, "/no-such-page", 404),
)

# Endpoints that answer with something other than an HTML page.
NOT_HTML = {
    "static": "CSS, JavaScript and images",
    "home.healthz": "a plain-text health check",
    "compare.csv": "the comparison as CSV",
    "api_products.index": "JSON",
    "api_products.detail": "JSON",
    "api_recommendations.create": "JSON, and POST only",
    "api_compare.index": "JSON",
    "api_openapi.index": "JSON",
}


def page_id(page: Page) -> str:
    return page.name


def path_of(name: str) -> str:
    """The address of the registry's page called `name`."""
    return next(page.path for page in PAGES if page.name == name)


def visit(browser_page, base_url: str, path: str):
    """Open `path` as a first-time visitor: a units cookie left by an earlier visit to a
    shared page would otherwise redraw every later page in metric."""
    browser_page.context.clear_cookies()
    return browser_page.goto(base_url + path)
