"""The guide's page registry and its source file: pure tests, no app and no database."""

import re

import pytest

from catalog import guide
from catalog.guide_sources import (
    GuideSource,
    GuideSourcesError,
    check_guide_sources,
    read_guide_sources,
)

SOURCES = read_guide_sources()
SLUGS = [page.slug for page in guide.list_pages()]
SOUND = {"title": "A study", "kind": "Study", "tier": "clinical"}


def test_the_guide_source_file_keeps_its_own_rules():
    assert SOURCES
    assert all(isinstance(source, GuideSource) for source in SOURCES.values())


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"title": ""}, "needs a title"),
        ({"kind": None}, "needs a kind"),
        ({"tier": "blog"}, "tier must be one of"),
        ({"published": "June 2017"}, "is not an EDTF date"),
        ({"published": "2017-13"}, "is not an EDTF date"),
        ({"links": [{"url": "javascript:alert(1)", "label": "x"}]}, "is not http(s)"),
        ({"links": [{"url": "ftp://example.org/x", "label": "x"}]}, "is not http(s)"),
        ({"links": [{"url": "https://example.org/x", "label": ""}]}, "needs a label"),
        ({"publised": "2017"}, "unknown key 'publised'"),
    ],
)
def test_a_broken_source_entry_is_reported_by_key(change, problem):
    problems = check_guide_sources({"bad-source": {**SOUND, **change}})
    assert len(problems) == 1
    assert problems[0].startswith("bad-source: ")
    assert problem in problems[0]


def test_a_broken_source_file_is_refused_with_every_problem_listed(tmp_path):
    path = tmp_path / "sources.json"
    path.write_text('{"a": {"kind": "Study", "tier": "clinical"}, "b": {"title": "B"}}')
    with pytest.raises(GuideSourcesError) as raised:
        read_guide_sources(path)
    assert "a: needs a title" in str(raised.value)
    assert "b: needs a kind" in str(raised.value)


def test_a_source_may_have_no_link_when_its_title_says_what_it_is():
    assert check_guide_sources({"seed": SOUND}) == []


@pytest.mark.parametrize(
    ("published", "words"),
    [
        ("2017-06-30", "30 Jun 2017"),
        ("2022-08", "Aug 2022"),
        ("2016-12/2017-08", "Dec 2016 – Aug 2017"),
        (None, None),
    ],
)
def test_a_source_date_reads_in_plain_words(published, words):
    source = GuideSource("k", "Title", "Study", "clinical", published=published)
    assert source.published_words == words


@pytest.mark.parametrize(("tier", "weak"), [("affiliate", True), ("clinical", False)])
def test_only_the_weakest_tier_is_marked_weak(tier, weak):
    assert GuideSource("k", "Title", "Article", tier).weak is weak


def test_every_page_cites_only_sources_that_exist():
    unknown = {
        page.slug: [key for key in page.source_keys if key not in SOURCES]
        for page in guide.list_pages()
    }
    assert {slug: keys for slug, keys in unknown.items() if keys} == {}


def test_every_source_in_the_file_is_cited_by_some_page():
    cited = {key for page in guide.list_pages() for key in page.source_keys}
    assert set(SOURCES) - cited == set()


def test_no_page_lists_a_source_twice():
    assert all(len(set(p.source_keys)) == len(p.source_keys) for p in guide.list_pages())


def test_page_slugs_are_unique_and_safe_in_an_address():
    assert len(set(SLUGS)) == len(SLUGS)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", slug) for slug in SLUGS)


def test_the_first_page_has_no_previous_and_the_last_no_next():
    first, last = guide.read_page(SLUGS[0]), guide.read_page(SLUGS[-1])
    assert (first.previous, first.position) == (None, 1)
    assert (last.next, last.position, last.total) == (None, len(SLUGS), len(SLUGS))


@pytest.mark.parametrize("index", range(1, len(SLUGS) - 1))
def test_a_middle_page_sits_between_its_neighbours(index):
    reading = guide.read_page(SLUGS[index])
    assert (reading.previous.slug, reading.next.slug) == (SLUGS[index - 1], SLUGS[index + 1])


@pytest.mark.parametrize("slug", ["", "nope", "_page", "Recalls", "recalls/"])
def test_an_unknown_slug_has_no_page(slug):
    assert guide.read_page(slug) is None


def test_a_page_numbers_its_sources_in_the_order_it_lists_them():
    reading = guide.read_page("who-should-not-invert")
    numbers = reading.source_numbers
    assert [numbers[source.key] for source in reading.sources] == list(
        range(1, len(reading.sources) + 1)
    )
