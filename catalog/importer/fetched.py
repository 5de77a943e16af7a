"""What one fetch produced: its outcome label, the hops it took, the body and validators.

Every fetch ends in exactly one outcome: ok, not_modified, gone, blocked, rate_limited,
server_error, timeout, too_large or not_html; `reason` says more in plain words.
"""

import hashlib
from dataclasses import dataclass, field

OUTCOMES = (
    "ok",
    "not_modified",
    "gone",
    "blocked",
    "rate_limited",
    "server_error",
    "timeout",
    "too_large",
    "not_html",
)
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Limits:
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 15.0
    deadline_s: float = 30.0  # for the whole fetch, however slowly the bytes come
    max_bytes: int = 10_000_000
    max_redirects: int = 5


@dataclass
class Fetched:
    url: str
    outcome: str
    reason: str = ""
    status: int | None = None
    final_url: str = ""
    hops: list[tuple[int, str]] = field(default_factory=list)  # (status, where it pointed)
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    retry_after_s: float | None = None
    conditional: bool = False  # whether validators were sent
    elapsed_ms: int = 0


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


DEFAULT_LIMITS = Limits()
