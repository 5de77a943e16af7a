"""robots.txt, read once per host per run and obeyed (RFC 9309, with protego).

A robots.txt that answers 4xx means "no rules": everything is allowed. One that answers
5xx or 429, or cannot be reached, means "stay away for now": the host's pages are skipped this run
and recorded as blocked. Crawl-delay and Request-rate slow the host's pace.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

from catalog.importer.fetch import Fetcher


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str = ""
    delay_s: float | None = None  # the pace the host asks for, if any


class RobotsGate:
    """Answers "may this URL be fetched?" for the importer's user agent token."""

    def __init__(self, fetcher: Fetcher, agent_token: str, before_fetch=None):
        self.fetcher, self.agent_token = fetcher, agent_token
        self.before_fetch = before_fetch or (lambda host: None)
        self.rules: dict[str, Verdict | Protego] = {}

    def verdict(self, url: str) -> Verdict:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return Verdict(True)
        site = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        if site not in self.rules:
            self.rules[site] = self._load(site, (parts.hostname or "").lower())
        rules = self.rules[site]
        if isinstance(rules, Verdict):
            return rules
        if not rules.can_fetch(url, self.agent_token):
            return Verdict(False, "robots.txt asks robots not to fetch this page")
        return Verdict(True, delay_s=_delay(rules, self.agent_token))

    def _load(self, site: str, host: str):
        self.before_fetch(host)
        fetched = self.fetcher.get_text(f"{site}/robots.txt")
        if fetched.outcome == "ok":
            return Protego.parse(fetched.body.decode("utf-8", errors="replace"))
        if fetched.status is not None and 400 <= fetched.status < 500 and fetched.status != 429:
            return Verdict(True, "robots.txt answered 4xx: no rules")
        return Verdict(
            False,
            f"robots.txt unreadable ({fetched.reason or fetched.outcome}); will try next run",
        )


def _delay(rules: Protego, agent: str) -> float | None:
    delay = rules.crawl_delay(agent)
    rate = rules.request_rate(agent)
    per_request = rate.seconds / rate.requests if rate and rate.requests else None
    found = [float(d) for d in (delay, per_request) if d]
    return max(found) if found else None
