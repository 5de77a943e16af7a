"""Politeness per host: one request at a time, a delay between them, Retry-After obeyed,
and a host left alone for the rest of the run after repeated failures.

Time is injected (clock and sleep) so tests can check the pacing without waiting.
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

MAX_WAIT_S = 120.0  # a Retry-After longer than this postpones the host to the next run
BREAKER_FAILURES = 3  # consecutive failures before a host is skipped for the run


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for ("120" or an HTTP date); None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass
class HostState:
    delay_s: float
    next_at: float = 0.0
    failures: int = 0
    skipped_because: str | None = None  # set when the host is left alone for the run
    skipped_outcome: str = "server_error"  # the label its remaining pages get


@dataclass
class Pacer:
    """Decides when each host may be asked again, and whether at all in this run."""

    delay_s: float = 5.0
    jitter_s: float = 0.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    hosts: dict[str, HostState] = field(default_factory=dict)

    def state(self, host: str, delay_s: float | None = None) -> HostState:
        if host not in self.hosts:
            self.hosts[host] = HostState(max(self.delay_s, delay_s or 0.0))
        return self.hosts[host]

    def slow_down(self, host: str, delay_s: float | None) -> None:
        """Raise a host's delay (robots.txt Crawl-delay, the retailer's own setting)."""
        state = self.state(host)
        state.delay_s = max(state.delay_s, min(delay_s or 0.0, MAX_WAIT_S))

    def wait_turn(self, host: str) -> None:
        """Sleep until `host` may be asked again, then book the next slot."""
        state = self.state(host)
        pause = state.next_at - self.clock()
        if pause > 0:
            self.sleep(pause)
        state.next_at = self.clock() + state.delay_s + random.uniform(0, self.jitter_s)  # noqa: S311

    def postpone(self, host: str, seconds: float) -> bool:
        """Honour Retry-After; return False when the wait is too long for this run."""
        state = self.state(host)
        if seconds > MAX_WAIT_S:
            state.skipped_because = f"asked to wait {seconds:.0f} s; left for the next run"
            state.skipped_outcome = "rate_limited"
            return False
        state.next_at = max(state.next_at, self.clock() + seconds)
        return True

    def record(self, host: str, failed: bool, outcome: str = "") -> None:
        """Count consecutive failures; trip the breaker after BREAKER_FAILURES."""
        state = self.state(host)
        state.failures = state.failures + 1 if failed else 0
        if state.failures >= BREAKER_FAILURES and not state.skipped_because:
            state.skipped_because = (
                f"{state.failures} failures in a row ({outcome}); left alone for this run"
            )
