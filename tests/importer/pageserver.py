"""A real HTTP server on 127.0.0.1 serving the synthetic fixture pages, with the
misbehaviours real shops show: 304s, redirect chains, 404/410, 429/503 with Retry-After,
slow-drip bodies, stalls, oversized and gzip bodies, wrong or missing charsets.

Paths under /pages/ serve tests/fixtures/pages/ (with ETag and Last-Modified, answering
conditional requests with 304). Anything else is set per test with `route()`.
"""

import gzip
import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent.parent / "fixtures" / "pages"
HTML = "text/html; charset=utf-8"


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    page: str | None = None  # a file in tests/fixtures/pages/ to serve as the body
    content_type: str | None = HTML
    headers: dict = field(default_factory=dict)
    validators: bool = True  # send ETag/Last-Modified and answer 304 when they match
    pad_to: int = 0  # grow the body to this many bytes (inside an HTML comment)
    gzip: bool = False
    drip_s: float = 0.0  # pause between 1 KB pieces of the body
    stall_s: float = 0.0  # pause before answering at all
    then: "Route | None" = None  # what the next request to this path gets


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict
    at: float


class PageServer:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.seen: list[Seen] = []
        self.release = threading.Event()  # ends every stall at teardown
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, **settings) -> Route:
        self.routes[path] = Route(**settings)
        return self.routes[path]

    def requests_for(self, path: str) -> list[Seen]:
        return [seen for seen in self.seen if seen.path == path]

    def reset(self) -> None:
        self.routes.clear()
        self.seen.clear()

    def start(self) -> "PageServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def body_of(route: Route) -> bytes:
    body = (PAGES / route.page).read_bytes() if route.page else route.body
    if route.pad_to > len(body):
        filler = b"<!-- " + b"x" * (route.pad_to - len(body)) + b" -->"
        body = (
            body.replace(b"</body>", filler + b"</body>") if b"</body>" in body else body + filler
        )
    return body


def _handler(server: PageServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, *args):
            pass

        def do_GET(self):
            server.seen.append(Seen(self.path, dict(self.headers), time.monotonic()))
            route = server.routes.get(self.path)
            if route is None:
                route = _default(self.path)
            elif route.then is not None:
                server.routes[self.path] = route.then
            if route.stall_s and server.release.wait(route.stall_s):
                return
            self._answer(route)

        def _answer(self, route: Route):
            body = body_of(route)
            etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
            modified = formatdate(1_700_000_000, usegmt=True)
            if route.validators and route.status == 200 and self._unchanged(etag, modified):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            if route.gzip:
                body = gzip.compress(body)
            self.send_response(route.status)
            headers = {"Content-Length": str(len(body)), **route.headers}
            if route.content_type:
                headers["Content-Type"] = route.content_type
            if route.gzip:
                headers["Content-Encoding"] = "gzip"
            if route.validators and route.status == 200:
                headers.update({"ETag": etag, "Last-Modified": modified})
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self._send(body, route.drip_s)

        def _unchanged(self, etag: str, modified: str) -> bool:
            if "If-None-Match" in self.headers:
                return self.headers["If-None-Match"] == etag
            return self.headers.get("If-Modified-Since") == modified

        def _send(self, body: bytes, drip_s: float):
            try:
                if not drip_s:
                    self.wfile.write(body)
                    return
                for start in range(0, len(body), 1024):
                    if server.release.wait(drip_s):
                        return
                    self.wfile.write(body[start : start + 1024])
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


def _default(path: str) -> Route:
    if path.startswith("/pages/") and (PAGES / path.removeprefix("/pages/")).is_file():
        return Route(page=path.removeprefix("/pages/"))
    if path == "/robots.txt":
        return Route(status=404, body=b"no robots.txt here", content_type="text/plain")
    return Route(status=404, body=b"<html><body><h1>Not found</h1></body></html>", validators=False)
