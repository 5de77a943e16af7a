"""A reader opens the guide: every page answers, reads as one document, and cites its sources."""

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from catalog import guide
from webapp import create_app

PAGES = guide.list_pages()
SLUGS = [page.slug for page in PAGES]
PATHS = ["/guide/"] + [f"/guide/{slug}" for slug in SLUGS]
QUIZ_CONDITIONS = [
    "glaucoma or other eye disease",
    "retinal detachment",
    "high blood pressure",
    "heart or circulatory disease",
    "past stroke",
    "pregnancy",
    "osteoporosis or weak bones",
    "hernia",
    "inner-ear infection",
    "recent surgery or injury",
    "anticoagulants",
]


@pytest.fixture(scope="module")
def served(loaded_db, database_url) -> dict[str, BeautifulSoup]:
    """Every guide page as served, fetched and parsed once: the pages are static text."""
    app = create_app({"TESTING": True, "DATABASE_URL": database_url})
    client = app.test_client()
    paths = PATHS + [f"/guide/how-to-choose?units={units}" for units in ("imperial", "metric")]
    responses = {path: client.get(path) for path in paths}
    app.extensions["catalog_engine"].dispose()
    assert {path: r.status_code for path, r in responses.items()} == dict.fromkeys(paths, 200)
    return {path: BeautifulSoup(r.get_data(as_text=True), "lxml") for path, r in responses.items()}


@pytest.fixture
def read(served):
    return served.__getitem__


def text_of(element) -> str:
    """The words a reader sees, with runs of whitespace made single spaces."""
    return re.sub(r"\s+", " ", element.get_text(" ")).strip()


def main_text(read, path: str) -> str:
    return text_of(read(path).main)


@pytest.mark.parametrize("page", PAGES, ids=SLUGS)
def test_every_page_has_one_main_heading_and_a_title_naming_it(read, page):
    html = read(f"/guide/{page.slug}")
    assert [text_of(h1) for h1 in html.find_all("h1")] == [page.title]
    assert html.title.string.startswith(page.title)
    assert html.find("meta", attrs={"name": "description"})["content"] == page.summary


def test_the_index_has_one_main_heading_and_a_title(read):
    html = read("/guide/")
    assert len(html.find_all("h1")) == 1
    assert "guide" in html.title.string.lower()


@pytest.mark.parametrize(
    "name", ["nope", "_page", "_guide", "_angles", "index", "WHO-SHOULD-NOT-INVERT"]
)
def test_an_unknown_page_is_a_plain_not_found_page(client, name):
    response = client.get(f"/guide/{name}")
    body = response.get_data(as_text=True)
    assert response.status_code == 404
    assert "couldn't find that page" in body
    assert "Traceback" not in body


def test_the_index_lists_every_page_in_reading_order_with_its_summary(read):
    items = read("/guide/").select("ol.guide-contents > li")
    assert [item.a["href"] for item in items] == [f"/guide/{slug}" for slug in SLUGS]
    assert [text_of(item.p) for item in items] == [page.summary for page in PAGES]


def test_the_index_offers_the_quiz_as_a_button(read):
    buttons = read("/guide/").select("a.button")
    assert [(a["href"], text_of(a)) for a in buttons] == [("/quiz", "Take the fit quiz")]


@pytest.mark.parametrize(
    ("slug", "fact"),
    [
        ("what-is-inversion", "32 randomised controlled trials"),
        ("what-is-inversion", "2,762 people"),
        ("what-is-inversion", "10 of the 13 (76.9 %)"),
        ("what-is-inversion", "22.2 % of the others"),
        ("what-is-inversion", "does not recommend traction"),
        ("what-is-inversion", "0.3 to 4.0 mm"),
        ("who-should-not-invert", "16.4 → 34 mmHg"),
        ("who-should-not-invert", "110/77 → 130/90 mmHg"),
        ("who-should-not-invert", "12.5 → 25.1 mmHg"),
        ("who-should-not-invert", "up 17.2 mmHg on average"),
        ("who-should-not-invert", "10 deaths in a head-down position"),
        ("equipment-types", "stops at about 70°"),
        ("equipment-types", "140-degree inversion range"),
        ("how-to-choose", "87 × 29 × 85 in"),
        ("how-to-choose", "20 × 29 × 66 in"),
        ("how-to-choose", "4 ft 8 in – 6 ft 6 in"),
        ("how-to-choose", "from $99 up to $400"),
        ("how-to-choose", "at least 5 ft of clear space"),
        ("recalls", "CPSC recall 08-109"),
        ("recalls", "about 22,000 benches"),
        ("recalls", "about 33,000 more"),
        ("recalls", "STE00059FG, STE00118FG"),
        ("how-to-start", "15 to 20°"),
        ("how-to-start", "About 60°"),
        ("how-to-start", "30 to 45 seconds"),
        ("how-to-start", "about 5° steeper each week"),
        ("exercises", "Inverted rotation"),
    ],
)
def test_a_key_fact_appears_exactly_as_the_sources_give_it(read, slug, fact):
    assert fact in main_text(read, f"/guide/{slug}")


@pytest.mark.parametrize("condition", QUIZ_CONDITIONS)
def test_who_should_not_invert_lists_every_condition_the_quiz_asks_about(read, condition):
    listed = read("/guide/who-should-not-invert").select_one("ul.conditions")
    assert condition in text_of(listed).lower()


@pytest.mark.parametrize("path", PATHS)
def test_every_page_says_it_is_not_medical_advice(read, path):
    assert "not medical advice" in main_text(read, path).lower()


@pytest.mark.parametrize("slug", SLUGS)
def test_every_page_shows_when_it_was_last_reviewed(read, slug):
    reviewed = read(f"/guide/{slug}").select_one(".reviewed time")
    assert reviewed["datetime"] == guide.REVIEWED_ON.isoformat()
    assert text_of(reviewed) == "22 November 2026"


@pytest.mark.parametrize("slug", SLUGS)
def test_every_page_has_a_table_of_contents(read, slug):
    contents = read(f"/guide/{slug}").select("nav.toc a")
    assert len(contents) >= 4
    assert contents[-1]["href"] == "#sources"


def test_next_and_previous_walk_the_whole_guide_in_reading_order(read):
    walked, path = [], f"/guide/{SLUGS[0]}"
    while path:
        walked.append(path)
        following = read(path).select_one("a[rel=next]")
        path = following["href"] if following else None
    assert walked == [f"/guide/{slug}" for slug in SLUGS]
    back = read(walked[-1]).select_one("a[rel=prev]")["href"]
    assert back == walked[-2]


@pytest.mark.parametrize("slug", SLUGS)
def test_source_markers_are_numbered_in_reading_order_and_match_the_list(read, slug):
    html = read(f"/guide/{slug}")
    targets = [a["href"] for a in html.select("sup.cite a")]
    first_seen = list(dict.fromkeys(targets))
    listed = [f"#{li['id']}" for li in html.select("ol.guide-sources > li")]
    assert first_seen == listed  # every listed source is cited, in the order first cited
    numbers = {a["href"]: text_of(a).removeprefix("source ") for a in html.select("sup.cite a")}
    assert [numbers[href] for href in first_seen] == [str(n) for n in range(1, len(listed) + 1)]


@pytest.mark.parametrize("slug", SLUGS)
def test_every_source_gives_its_date_or_says_it_is_undated(read, slug):
    for entry in read(f"/guide/{slug}").select("ol.guide-sources > li"):
        assert re.search(r"· (dated \S|undated)", text_of(entry)), text_of(entry)


def test_a_dated_source_shows_its_date_and_a_weak_one_says_so(read):
    sources = read("/guide/what-is-inversion").select("ol.guide-sources > li")
    text = {li["id"]: text_of(li) for li in sources}
    assert "dated 30 Jun 2017" in text["source-mayo-2017"]
    weak = text_of(read("/guide/how-to-choose").select_one("#source-measuringstuff"))
    assert "a weak source" in weak


@pytest.mark.parametrize("path", PATHS)
def test_every_external_link_is_http_and_not_endorsed(read, path):
    for link in read(path).select("a[href]"):
        address = urlsplit(link["href"])
        if address.scheme or address.netloc:
            assert address.scheme in ("http", "https"), link["href"]
            assert {"nofollow", "noopener", "noreferrer"} <= set(link.get("rel", [])), link


def test_every_link_within_the_site_leads_to_a_page(read, client):
    internal = {
        urlsplit(link["href"])._replace(fragment="").geturl()
        for path in PATHS
        for link in read(path).select("a[href]")
        if not urlsplit(link["href"]).netloc and link["href"].startswith("/")
    }
    assert len(internal) > len(PATHS)
    statuses = {href: client.get(href).status_code for href in sorted(internal)}
    assert statuses == dict.fromkeys(sorted(internal), 200)


@pytest.mark.parametrize("path", PATHS)
def test_every_link_within_a_page_points_at_something_on_it(read, path):
    html = read(path)
    ids = [element["id"] for element in html.select("[id]")]
    fragments = {a["href"][1:] for a in html.select("a[href^='#']")}
    assert len(ids) == len(set(ids)), "an id is used twice"
    assert fragments - set(ids) == set()


@pytest.mark.parametrize("path", PATHS)
def test_guide_pages_obey_the_content_security_policy(read, path):
    html = read(path)
    assert html.select("[style]") == []
    assert [s for s in html.find_all("script") if not s.get("src")] == []
    assert html.select_one("link[href='/static/guide.css']")


def test_the_guide_stylesheet_is_served(client):
    with client.get("/static/guide.css") as response:
        assert response.status_code == 200
        assert response.mimetype == "text/css"


@pytest.mark.parametrize(
    ("units", "shown"),
    [
        ("imperial", "87 × 29 × 85 in (221 × 74 × 216 cm)"),
        ("metric", "221 × 74 × 216 cm (87 × 29 × 85 in)"),
    ],
)
def test_sizes_read_in_the_shoppers_units_with_the_published_figure_beside(read, units, shown):
    assert shown in main_text(read, f"/guide/how-to-choose?units={units}")


@pytest.mark.parametrize(
    ("units", "shown"),
    [
        ("imperial", "4 ft 10 in – 6 ft 6 in (147–198 cm)"),
        ("metric", "147–198 cm (4 ft 10 in – 6 ft 6 in)"),
    ],
)
def test_height_ranges_read_in_the_shoppers_units(read, units, shown):
    assert shown in main_text(read, f"/guide/how-to-choose?units={units}")


def test_the_guide_stays_readable_when_the_product_database_is_down(tmp_path):
    unreachable = f"sqlite:///{tmp_path}/missing-folder/catalog.sqlite3"
    app = create_app({"TESTING": True, "DATABASE_URL": unreachable})
    client = app.test_client()
    assert [client.get(path).status_code for path in PATHS] == [200] * len(PATHS)
    app.extensions["catalog_engine"].dispose()
