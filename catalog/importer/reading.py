"""One page read end to end: fetched behind the gates, then — only when its bytes are new —
parsed, extracted, reconciled and checked. Nothing here touches the database."""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from catalog.importer.crawler import Crawler
from catalog.importer.extract import Extraction, extract
from catalog.importer.fetched import Fetched, content_hash
from catalog.importer.graph import same_page
from catalog.importer.plan import PagePlan
from catalog.importer.reconcile import Decision, Reconciled, reconcile
from catalog.importer.validate import Rejection, check


@dataclass
class PageReading:
    plan: PagePlan
    fetched: Fetched
    requested: bool  # False when a gate (robots, breaker, Retry-After) kept us away
    parsed: bool = False
    content_hash: str | None = None
    extraction: Extraction | None = None
    reconciled: Reconciled | None = None
    accepted: dict[str, Decision] = field(default_factory=dict)
    rejected: list[Rejection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_page(crawler: Crawler, plan: PagePlan) -> PageReading:
    """Fetch and, when there is something new, extract one page."""
    fetched, requested = crawler.fetch(plan)
    reading = PageReading(plan, fetched, requested)
    if fetched.outcome != "ok":
        return reading
    if _sent_home(plan.spec.url, fetched.final_url):
        fetched.outcome, fetched.reason = "gone", "soft 404: redirected to the site's home page"
        return reading
    reading.content_hash = content_hash(fetched.body)
    if reading.content_hash == plan.content_hash and not crawler.force:
        reading.notes.append("same bytes as last time: not parsed")
        return reading
    try:
        parse(reading)
    except Exception as error:  # a page that breaks the extractor must not stop the run
        reading.extraction = reading.reconciled = None
        reading.accepted, reading.rejected = {}, []
        reading.notes.append(f"could not be read: {type(error).__name__}: {error}")
    return reading


def parse(reading: PageReading) -> None:
    """Extract, reconcile and check a fetched page; frees its body."""
    fetched, retailer = reading.fetched, reading.plan.spec.retailer
    reading.parsed = True
    reading.extraction = extract(fetched.body, fetched.content_type, fetched.final_url, retailer)
    fetched.body = b""
    canonical = reading.extraction.canonical
    if canonical and not same_page(canonical, fetched.final_url, fetched.final_url):
        reading.notes.append(f"the page names another address as its own: {canonical}")
        if not reading.extraction.candidates:
            fetched.outcome, fetched.reason = "gone", "soft 404: no product, canonical elsewhere"
            return
    reading.reconciled = reconcile(reading.extraction.candidates, retailer)
    reading.accepted, reading.rejected = check(reading.reconciled.decisions)


def _sent_home(asked: str, final: str) -> bool:
    return (
        bool(final) and urlsplit(asked).path not in ("", "/") and urlsplit(final).path in ("", "/")
    )
