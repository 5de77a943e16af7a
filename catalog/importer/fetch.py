"""Fetch one page politely and label how it went.

Every fetch ends in exactly one outcome label (see catalog/importer/fetched.py).
Requests are conditional when validators are known; redirects are followed by hand (at
most five hops, http(s) only) and recorded; bodies are streamed with a byte cap and an
overall deadline, so neither a 5 MB page nor a server dripping one byte a second can
stall a run. Local files (file://) are read with the same caps; other schemes are refused.
"""

import time
from urllib.parse import urljoin, urlsplit

import requests
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import ReadTimeoutError

from catalog.importer.challenge import SCAN_BYTES, is_challenge
from catalog.importer.fetched import DEFAULT_LIMITS, HTML_TYPES, Fetched, Limits
from catalog.importer.localfile import read_file
from catalog.importer.pacing import retry_after_seconds


class Fetcher:
    """One HTTP session with the importer's User-Agent and limits."""

    def __init__(self, user_agent: str, limits: Limits = DEFAULT_LIMITS):
        self.limits = limits
        self.session = requests.Session()
        self.session.headers.update(
            {"User-Agent": user_agent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"}
        )

    def close(self) -> None:
        self.session.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """Fetch `url`; never raises for network trouble, it becomes the outcome."""
        return self._get(url, etag, last_modified, html_only=True)

    def get_text(self, url: str) -> Fetched:
        """Fetch a plain-text resource (robots.txt) with the same caps, any content type."""
        return self._get(url, None, None, html_only=False)

    def _get(self, url, etag, last_modified, html_only: bool) -> Fetched:
        started = time.monotonic()
        scheme = urlsplit(url).scheme.lower()
        if scheme == "file":
            result = read_file(url, etag, self.limits.max_bytes)
        elif scheme in ("http", "https"):
            result = self._get_web(url, etag, last_modified, started, html_only)
        else:
            result = Fetched(url, "blocked", f"refused: {scheme or 'no'} scheme is not fetched")
        result.elapsed_ms = int((time.monotonic() - started) * 1000)
        return result

    def _get_web(self, url, etag, last_modified, started, html_only) -> Fetched:
        headers = {
            k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v
        }
        result = Fetched(url, "server_error", final_url=url, conditional=bool(headers))
        try:
            response = self._follow(result, headers)
            if response is not None:
                with response:
                    self._classify(result, response, started, html_only)
        except (requests.Timeout, ReadTimeoutError):
            result.outcome, result.reason = "timeout", "the server did not answer in time"
        except (requests.RequestException, Urllib3Error) as error:
            result.outcome, result.reason = (
                "server_error",
                f"could not fetch: {type(error).__name__}",
            )
        return result

    def _follow(self, result: Fetched, headers: dict):
        """Follow redirects by hand, recording each hop; None when the chain is refused."""
        timeout = (self.limits.connect_timeout_s, self.limits.read_timeout_s)
        for _ in range(self.limits.max_redirects + 1):
            response = self.session.get(
                result.final_url,
                headers=headers,
                timeout=timeout,
                stream=True,
                allow_redirects=False,
            )
            if not (response.is_redirect and response.headers.get("Location")):
                return response
            target = urljoin(result.final_url, response.headers["Location"])
            response.close()
            result.hops.append((response.status_code, target))
            if urlsplit(target).scheme not in ("http", "https"):
                result.outcome, result.reason = "blocked", "refused a redirect away from the web"
                return None
            result.final_url = target
        result.reason = f"more than {self.limits.max_redirects} redirects"
        return None

    def _classify(self, result: Fetched, response, started: float, html_only: bool) -> None:
        status = result.status = response.status_code
        result.content_type = response.headers.get("Content-Type")
        result.etag, result.last_modified = (
            response.headers.get("ETag"),
            response.headers.get("Last-Modified"),
        )
        if status == 304:
            result.outcome, result.reason = "not_modified", "unchanged since the last check (304)"
        elif status in (404, 410):
            result.outcome, result.reason = "gone", f"HTTP {status}"
        elif (
            status in (429, 503)
            and (wait := retry_after_seconds(response.headers.get("Retry-After"))) is not None
        ):
            result.outcome, result.retry_after_s = "rate_limited", wait
            result.reason = f"HTTP {status}: asked to wait {wait:.0f} s"
        elif status in (401, 403, 451) or (status >= 400 and is_challenge(_peek(response))):
            result.outcome, result.reason = "blocked", f"HTTP {status}: refused or a bot check"
        elif status == 429:
            result.outcome, result.reason = "rate_limited", "HTTP 429 with no Retry-After"
        elif not 200 <= status < 300:
            result.outcome, result.reason = "server_error", f"HTTP {status}"
        else:
            self._read_page(result, response, started, html_only)

    def _read_page(self, result: Fetched, response, started: float, html_only: bool) -> None:
        kind = (result.content_type or "").split(";")[0].strip().casefold()
        if html_only and kind and kind not in HTML_TYPES:
            result.outcome, result.reason = "not_html", f"the page is {kind}, not HTML"
            return
        declared = int(response.headers.get("Content-Length") or 0)
        if declared > self.limits.max_bytes and "gzip" not in response.headers.get(
            "Content-Encoding", ""
        ):
            result.outcome, result.reason = "too_large", f"{declared} bytes announced"
            return
        body = self._stream(result, response, started)
        if body is None:
            return
        if html_only and is_challenge(body):
            result.outcome, result.reason = "blocked", "a bot check, not the product page"
            return
        result.outcome, result.body = "ok", body

    def _stream(self, result: Fetched, response, started: float) -> bytes | None:
        """Read the (decompressed) body within the byte cap and the deadline."""
        chunks, size = [], 0
        while chunk := response.raw.read1(65_536, decode_content=True):
            size += len(chunk)
            if size > self.limits.max_bytes:
                result.outcome, result.reason = (
                    "too_large",
                    f"more than {self.limits.max_bytes} bytes",
                )
                return None
            if time.monotonic() - started > self.limits.deadline_s:
                result.outcome, result.reason = (
                    "timeout",
                    f"still arriving after {self.limits.deadline_s:.0f} s",
                )
                return None
            chunks.append(chunk)
        return b"".join(chunks)


def _peek(response) -> bytes:
    try:
        return response.raw.read(SCAN_BYTES, decode_content=True) or b""
    except (Urllib3Error, OSError):
        return b""
