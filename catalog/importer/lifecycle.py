"""What one fetch means for a page's record: validators, streaks, gone and back, moved.

A page is gone only after GONE_AFTER_CHECKS consecutive 404/410 answers (or soft 404s)
spread over at least GONE_AFTER_DAYS, because CDNs and bot walls produce passing 404s.
A page that answers again is back. A permanent redirect to one new address seen on two
runs in a row is reported, so a maintainer can update the sources file.
"""

from datetime import datetime, timedelta

GONE_AFTER_CHECKS = 3
GONE_AFTER_DAYS = 7
MOVED_AFTER_RUNS = 2
FAILURES = {"blocked", "rate_limited", "server_error", "timeout", "too_large", "not_html"}


def record_fetch(page, fetched, now: datetime, requested: bool) -> list[str]:
    """Update the page row from one fetch; return events worth reporting."""
    page.last_outcome, page.last_reason = fetched.outcome, fetched.reason or None
    if not requested:
        return []
    page.last_checked_at, page.last_http_status = now, fetched.status
    if fetched.outcome in ("ok", "not_modified"):
        return _answered(page, fetched, now)
    if fetched.outcome == "gone":
        return _missing(page, now)
    page.failure_streak += 1
    return []


def _answered(page, fetched, now: datetime) -> list[str]:
    events = ["back: the page answers again"] if page.status == "gone" else []
    page.status, page.failure_streak, page.gone_streak, page.gone_since = "active", 0, 0, None
    page.last_ok_at = now
    if fetched.etag or fetched.last_modified:
        page.etag, page.last_modified = fetched.etag, fetched.last_modified
    page.final_url = fetched.final_url or page.final_url
    return events + _moved(page, fetched)


def _moved(page, fetched) -> list[str]:
    permanent = bool(fetched.hops) and all(status in (301, 308) for status, _ in fetched.hops)
    if not permanent:
        page.moved_to, page.moved_streak = None, 0
        return []
    page.moved_streak = page.moved_streak + 1 if page.moved_to == fetched.final_url else 1
    page.moved_to = fetched.final_url
    if page.moved_streak == MOVED_AFTER_RUNS:
        return [f"moved: {fetched.final_url} on {MOVED_AFTER_RUNS} runs; update the sources file"]
    return []


def _missing(page, now: datetime) -> list[str]:
    page.gone_streak += 1
    page.gone_since = page.gone_since or now
    long_enough = now - page.gone_since >= timedelta(days=GONE_AFTER_DAYS)
    if page.status != "gone" and page.gone_streak >= GONE_AFTER_CHECKS and long_enough:
        page.status = "gone"
        return [f"gone: {page.gone_streak} answers of 404/410 since {page.gone_since:%d %b %Y}"]
    return []
