"""Every fetch ends in one labelled outcome, against a real local server that misbehaves
the way shops do (hard cases 14–20)."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from catalog.importer.fetch import Fetcher
from catalog.importer.localfile import read_file
from catalog.importer.reading import read_page
from tests.importer.conftest import CONTACT, FAST, page_plan
from tests.importer.pageserver import PAGES

PRODUCT = "/pages/case24_weights.html"


@pytest.fixture
def fetcher():
    fetcher = Fetcher("InversionGuideBot/1.0 (+https://inversion-guide.test/about/data)", FAST)
    yield fetcher
    fetcher.close()


def test_a_product_page_comes_back_ok_with_its_validators(pages, fetcher):
    fetched = fetcher.get(pages.url(PRODUCT))
    assert (fetched.outcome, fetched.status) == ("ok", 200)
    assert fetched.etag and fetched.last_modified and b"Synthetic (test) Table 24" in fetched.body


@pytest.mark.parametrize("validator", ["etag", "last_modified"])
def test_an_unchanged_page_costs_a_304_and_no_body(pages, fetcher, validator):
    first = fetcher.get(pages.url(PRODUCT))
    again = fetcher.get(pages.url(PRODUCT), **{validator: getattr(first, validator)})
    assert (again.outcome, again.status, again.body, again.conditional) == (
        "not_modified",
        304,
        b"",
        True,
    )


def test_redirects_are_followed_and_recorded_hop_by_hop(pages, fetcher):
    pages.route("/old", status=301, headers={"Location": "/older"}, validators=False)
    pages.route("/older", status=302, headers={"Location": PRODUCT}, validators=False)
    fetched = fetcher.get(pages.url("/old"))
    assert fetched.outcome == "ok"
    assert fetched.hops == [(301, pages.url("/older")), (302, pages.url(PRODUCT))]
    assert fetched.final_url == pages.url(PRODUCT)


def test_a_redirect_loop_stops_after_five_hops(pages, fetcher):
    pages.route("/loop", status=302, headers={"Location": "/loop"}, validators=False)
    fetched = fetcher.get(pages.url("/loop"))
    assert fetched.outcome == "server_error" and "more than 5 redirects" in fetched.reason
    assert len(pages.requests_for("/loop")) == 6


def test_a_redirect_off_the_web_is_refused_and_never_followed(pages, fetcher):
    pages.route("/sneaky", status=302, headers={"Location": "file:///etc/passwd"}, validators=False)
    fetched = fetcher.get(pages.url("/sneaky"))
    assert fetched.outcome == "blocked" and fetched.body == b""


@pytest.mark.parametrize(
    "status, outcome",
    [
        (404, "gone"),
        (410, "gone"),
        (401, "blocked"),
        (403, "blocked"),
        (500, "server_error"),
        (502, "server_error"),
    ],
)
def test_status_codes_get_their_outcome(pages, fetcher, status, outcome):
    pages.route("/page", status=status, page="case15_not_found.html", validators=False)
    assert fetcher.get(pages.url("/page")).outcome == outcome


@pytest.mark.parametrize("status", [200, 403, 503])
def test_a_bot_wall_is_blocked_whatever_its_status(pages, fetcher, status):
    pages.route("/wall", status=status, page="case14_challenge_page.html", validators=False)
    fetched = fetcher.get(pages.url("/wall"))
    assert fetched.outcome == "blocked" and fetched.body == b""


def test_retry_after_in_seconds_is_read_from_a_429(pages, fetcher):
    pages.route(
        "/busy",
        status=429,
        page="case17_rate_limited.html",
        headers={"Retry-After": "7"},
        validators=False,
    )
    fetched = fetcher.get(pages.url("/busy"))
    assert (fetched.outcome, fetched.retry_after_s) == ("rate_limited", 7.0)


def test_retry_after_as_an_http_date_is_read_from_a_503(pages, fetcher):
    when = format_datetime(datetime.now(UTC) + timedelta(minutes=10), usegmt=True)
    pages.route(
        "/busy",
        status=503,
        page="case17_rate_limited.html",
        headers={"Retry-After": when},
        validators=False,
    )
    fetched = fetcher.get(pages.url("/busy"))
    assert fetched.outcome == "rate_limited" and 500 < fetched.retry_after_s <= 600


def test_a_503_without_retry_after_is_a_server_error(pages, fetcher):
    pages.route("/down", status=503, page="case17_rate_limited.html", validators=False)
    assert fetcher.get(pages.url("/down")).outcome == "server_error"


def test_a_server_that_stalls_before_answering_times_out(pages):
    pages.route("/stall", page="case18_slow_page.html", stall_s=3)
    fetcher = Fetcher("test", replace(FAST, read_timeout_s=0.3))
    fetched = fetcher.get(pages.url("/stall"))
    fetcher.close()
    assert fetched.outcome == "timeout"


def test_a_slow_drip_body_is_cut_off_at_the_overall_deadline(pages):
    pages.route("/drip", page="case18_slow_page.html", drip_s=0.05)
    fetcher = Fetcher("test", replace(FAST, deadline_s=0.2))
    fetched = fetcher.get(pages.url("/drip"))
    fetcher.close()
    assert fetched.outcome == "timeout" and "still arriving" in fetched.reason


def test_a_page_announced_over_the_byte_cap_is_not_downloaded(pages):
    pages.route("/big", page="case19_large_page.html", pad_to=6_000_000)
    fetcher = Fetcher("test", replace(FAST, max_bytes=5_000_000))
    fetched = fetcher.get(pages.url("/big"))
    fetcher.close()
    assert fetched.outcome == "too_large" and fetched.body == b""


def test_a_gzip_body_is_capped_by_its_unpacked_size(pages):
    pages.route("/bomb", page="case19_large_page.html", pad_to=6_000_000, gzip=True)
    fetcher = Fetcher("test", replace(FAST, max_bytes=5_000_000))
    fetched = fetcher.get(pages.url("/bomb"))
    fetcher.close()
    assert fetched.outcome == "too_large" and "more than 5000000 bytes" in fetched.reason


def test_a_gzip_page_under_the_cap_is_unpacked(pages, fetcher):
    pages.route("/small.gz", page="case24_weights.html", gzip=True)
    fetched = fetcher.get(pages.url("/small.gz"))
    assert fetched.outcome == "ok" and b"Synthetic (test) Table 24" in fetched.body


def test_a_pdf_is_not_html(pages, fetcher):
    pages.route("/manual.pdf", body=b"%PDF-1.7", content_type="application/pdf")
    assert fetcher.get(pages.url("/manual.pdf")).outcome == "not_html"


def test_the_user_agent_is_honest_and_gives_a_contact_address(pages, make_crawler):
    read_page(make_crawler(), page_plan(pages.url(PRODUCT)))
    agent = pages.requests_for(PRODUCT)[0].headers["User-Agent"]
    assert agent.startswith("InversionGuideBot/") and CONTACT in agent


def test_a_wrong_charset_in_the_header_does_not_garble_the_text(pages, make_crawler):
    pages.route(
        "/wrong", page="case20b_utf8_bom.html", content_type="text/html; charset=iso-8859-1"
    )
    reading = read_page(make_crawler(), page_plan(pages.url("/wrong")))
    assert reading.reconciled.decisions["name"].value == "Synthetic (test) Møbel 20b"


@pytest.mark.parametrize(
    "url", ["ftp://example.test/page.html", "javascript:alert(1)", "data:text/html,hi"]
)
def test_addresses_that_are_neither_web_nor_local_files_are_refused(fetcher, url):
    fetched = fetcher.get(url)
    assert fetched.outcome == "blocked" and "refused" in fetched.reason


def test_a_local_file_is_read_and_then_costs_nothing_while_unchanged():
    url = (PAGES / "case24_weights.html").as_uri()
    first = read_file(url, None, 10_000_000)
    again = read_file(url, first.etag, 10_000_000)
    assert first.outcome == "ok" and b"Table 24" in first.body
    assert (again.outcome, again.body) == ("not_modified", b"")


@pytest.mark.parametrize(
    "name, outcome", [("no-such-page.html", "gone"), ("README.md", "not_html")]
)
def test_a_local_file_that_is_missing_or_not_html_says_so(name, outcome):
    assert read_file((PAGES / name).as_uri(), None, 10_000_000).outcome == outcome
