"""The importer is a polite guest: robots.txt obeyed, one request at a time per host with
a delay, Retry-After honoured, and a failing host left alone (hard case 17). Time is a
fake clock, so pauses are checked as the pauses asked for, never by waiting."""

from datetime import UTC, datetime

import pytest

from catalog.importer.pacing import MAX_WAIT_S, Pacer, retry_after_seconds
from catalog.importer.reading import read_page
from tests.importer.conftest import page_plan

PRODUCT = "/pages/case24_weights.html"
OTHER = "/pages/case25_dimensions.html"


def test_a_page_robots_txt_disallows_is_never_requested(pages, make_crawler):
    pages.route(
        "/robots.txt", body=b"User-agent: *\nDisallow: /pages/\n", content_type="text/plain"
    )
    reading = read_page(make_crawler(), page_plan(pages.url(PRODUCT)))
    assert (reading.fetched.outcome, reading.requested) == ("blocked", False)
    assert "robots.txt" in reading.fetched.reason
    assert pages.requests_for(PRODUCT) == []


def test_robots_rules_for_our_own_name_are_obeyed(pages, make_crawler):
    rules = b"User-agent: InversionGuideBot\nDisallow: /pages/case24\n\nUser-agent: *\nAllow: /\n"
    pages.route("/robots.txt", body=rules, content_type="text/plain")
    crawler = make_crawler()
    assert read_page(crawler, page_plan(pages.url(PRODUCT))).fetched.outcome == "blocked"
    assert read_page(crawler, page_plan(pages.url(OTHER))).fetched.outcome == "ok"


def test_robots_txt_is_fetched_once_per_host_per_run(pages, make_crawler):
    crawler = make_crawler()
    for path in (PRODUCT, OTHER, PRODUCT):
        read_page(crawler, page_plan(pages.url(path)))
    assert len(pages.requests_for("/robots.txt")) == 1


@pytest.mark.parametrize(
    "status, allowed", [(404, True), (410, True), (403, True), (500, False), (503, False)]
)
def test_an_unreadable_robots_txt_allows_on_4xx_and_keeps_away_on_5xx(
    pages, make_crawler, status, allowed
):
    pages.route("/robots.txt", status=status, body=b"", content_type="text/plain", validators=False)
    reading = read_page(make_crawler(), page_plan(pages.url(PRODUCT)))
    assert reading.requested is allowed
    assert reading.fetched.outcome == ("ok" if allowed else "blocked")


def test_consecutive_requests_to_one_host_wait_the_delay(pages, make_crawler, fake_time):
    crawler = make_crawler(delay_s=5.0)
    for path in (PRODUCT, OTHER):
        read_page(crawler, page_plan(pages.url(path)))
    assert fake_time.sleeps == [5.0, 5.0]  # robots.txt → first page → second page


def test_a_crawl_delay_in_robots_txt_slows_the_host_down(pages, make_crawler, fake_time):
    pages.route("/robots.txt", body=b"User-agent: *\nCrawl-delay: 12\n", content_type="text/plain")
    crawler = make_crawler(delay_s=1.0)
    for path in (PRODUCT, OTHER):
        read_page(crawler, page_plan(pages.url(path)))
    assert max(fake_time.sleeps) == 12.0


def test_a_429_with_a_short_retry_after_is_waited_out_and_retried_once(
    pages, make_crawler, fake_time
):
    ok = {"page": "case24_weights.html"}
    pages.route(
        PRODUCT,
        status=429,
        page="case17_rate_limited.html",
        headers={"Retry-After": "3"},
        validators=False,
        then=_route(**ok),
    )
    reading = read_page(make_crawler(), page_plan(pages.url(PRODUCT)))
    assert reading.fetched.outcome == "ok"
    assert len(pages.requests_for(PRODUCT)) == 2
    assert 3.0 in fake_time.sleeps


def test_a_long_retry_after_leaves_the_host_for_the_next_run(pages, make_crawler):
    pages.route(
        PRODUCT,
        status=503,
        page="case17_rate_limited.html",
        headers={"Retry-After": "86400"},
        validators=False,
    )
    crawler = make_crawler()
    first = read_page(crawler, page_plan(pages.url(PRODUCT)))
    second = read_page(crawler, page_plan(pages.url(OTHER)))
    assert first.fetched.outcome == "rate_limited"
    assert (second.fetched.outcome, second.requested) == ("rate_limited", False)
    assert pages.requests_for(OTHER) == []


def test_a_host_failing_three_times_in_a_row_is_left_alone_for_the_run(pages, make_crawler):
    for number in range(4):
        pages.route(f"/broken/{number}", status=500, body=b"oops", validators=False)
    crawler = make_crawler()
    readings = [read_page(crawler, page_plan(pages.url(f"/broken/{n}"))) for n in range(4)]
    assert [r.requested for r in readings] == [True, True, True, False]
    assert "3 failures in a row" in readings[3].fetched.reason


def test_the_pacer_allows_no_wait_longer_than_its_cap():
    pacer = Pacer(delay_s=0.0, clock=lambda: 0.0, sleep=lambda s: None)
    assert pacer.postpone("shop.test", MAX_WAIT_S) is True
    assert pacer.postpone("shop.test", MAX_WAIT_S + 1) is False


@pytest.mark.parametrize(
    "header, seconds",
    [
        ("120", 120.0),
        ("0", 0.0),
        ("Wed, 21 Oct 2015 07:30:00 GMT", 1800.0),
        ("Wed, 21 Oct 2015 06:00:00 GMT", 0.0),  # already past: no wait
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_is_read_in_seconds_or_as_an_http_date(header, seconds):
    now = datetime(2015, 10, 21, 7, 0, tzinfo=UTC)
    assert retry_after_seconds(header, now) == seconds


def _route(**settings):
    from tests.importer.pageserver import Route

    return Route(**settings)
