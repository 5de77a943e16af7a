"""Fetching behind the gates: robots.txt, one request at a time per host with a delay,
Retry-After honoured (one retry when the wait is short), and a per-host circuit breaker."""

from dataclasses import dataclass

from catalog.importer.fetch import Fetcher
from catalog.importer.fetched import Fetched
from catalog.importer.lifecycle import FAILURES
from catalog.importer.pacing import Pacer
from catalog.importer.plan import PagePlan
from catalog.importer.robots import RobotsGate

DEFAULT_WAIT_S = 30.0  # a 429 or 503 that gives no Retry-After


@dataclass
class Crawler:
    fetcher: Fetcher
    pacer: Pacer
    robots: RobotsGate
    force: bool = False  # ignore stored validators: fetch and parse everything again

    def fetch(self, page: PagePlan) -> tuple[Fetched, bool]:
        """Return (what happened, whether a request for the page was actually made)."""
        url, host = page.spec.url, page.host
        if not host:
            return self._get(page), True
        state = self.pacer.state(host, page.spec.retailer.delay_s)
        if state.skipped_because:
            return Fetched(url, state.skipped_outcome, f"not tried: {state.skipped_because}"), False
        verdict = self.robots.verdict(url)
        if not verdict.allowed:
            return Fetched(url, "blocked", verdict.reason), False
        self.pacer.slow_down(host, verdict.delay_s)
        self.pacer.wait_turn(host)
        fetched = self._get(page)
        if fetched.outcome == "rate_limited" and self._may_retry(host, fetched):
            self.pacer.wait_turn(host)
            fetched = self._get(page)
            if fetched.outcome == "rate_limited":
                self.pacer.postpone(host, fetched.retry_after_s or DEFAULT_WAIT_S)
        self.pacer.record(host, fetched.outcome in FAILURES, fetched.outcome)
        return fetched, True

    def _may_retry(self, host: str, fetched: Fetched) -> bool:
        return self.pacer.postpone(host, fetched.retry_after_s or DEFAULT_WAIT_S)

    def _get(self, page: PagePlan) -> Fetched:
        if self.force:
            return self.fetcher.get(page.spec.url)
        return self.fetcher.get(page.spec.url, page.etag, page.last_modified)
