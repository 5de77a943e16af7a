"""Rendered pages kept between requests, for as long as the catalog is unchanged.

Every cacheable GET looks up (host, address, units, catalog version); the version is one small
query, so a change written by the importer in any process or host makes every page fresh
again on the very next request. Entries live in this process only and are bounded in
number and size: losing them costs a render, never correctness. After-request hooks
(security headers, the units cookie) still run on every cached answer.
"""

from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock

from flask import Flask, Response, current_app, g, request

from catalog.recommender.facts import Facts
from catalog.snapshot import CatalogSnapshot
from catalog.version import current_version
from webapp.db import get_session
from webapp.units import current_units

MAX_ENTRIES = 2_000
MAX_BODY_BYTES = 512 * 1024
# Every unknown parameter makes a new address, so a visitor decides how many pages are
# kept; this caps what they can make one process hold.
MAX_TOTAL_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Entry:
    version: int
    status: int
    mimetype: str
    body: bytes
    headers: tuple[tuple[str, str], ...]  # the view's own headers, e.g. Content-Disposition


class PageCache:
    """A thread-safe least-recently-used map from request key to rendered page, bounded in
    entries and in bytes."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_TOTAL_BYTES):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.bytes = 0
        self.entries: OrderedDict[tuple, Entry] = OrderedDict()
        self.lock = Lock()

    def get(self, key: tuple, version: int) -> Entry | None:
        with self.lock:
            entry = self.entries.get(key)
            if entry is None or entry.version != version:
                return None
            self.entries.move_to_end(key)
            return entry

    def put(self, key: tuple, entry: Entry) -> None:
        with self.lock:
            replaced = self.entries.pop(key, None)
            self.bytes += len(entry.body) - (len(replaced.body) if replaced else 0)
            self.entries[key] = entry
            while len(self.entries) > self.max_entries or self.bytes > self.max_bytes:
                _, evicted = self.entries.popitem(last=False)
                self.bytes -= len(evicted.body)


def init_app(app: Flask, cacheable: set[str]) -> None:
    """Keep the catalog's figures for the recommender, and cache the GET endpoints named in
    `cacheable` unless PAGE_CACHE is False."""
    app.extensions["catalog_snapshot"] = CatalogSnapshot()
    if not app.config.get("PAGE_CACHE", True):
        return
    app.extensions["page_cache"] = PageCache()
    app.extensions["page_cache_endpoints"] = frozenset(cacheable)
    app.before_request(serve_cached)
    app.after_request(store_rendered)


def catalog_facts() -> tuple[Facts, ...]:
    """Every product's figures, as of the catalog's current version (for the recommender)."""
    return current_app.extensions["catalog_snapshot"].facts(get_session())


def serve_cached():
    if request.method not in ("GET", "HEAD"):
        return None
    if request.endpoint not in current_app.extensions["page_cache_endpoints"]:
        return None
    # The host is part of the key: pages hold full links built from it (share links, the
    # API's urls), and one forged Host must not rewrite them for every later visitor.
    args = tuple(sorted(request.args.items(multi=True)))
    g.page_key = (request.host_url, request.path, args, current_units())
    with current_app.extensions["catalog_engine"].connect() as connection:
        g.page_version = current_version(connection)
    entry = current_app.extensions["page_cache"].get(g.page_key, g.page_version)
    if entry is None:
        return None
    g.page_from_cache = True
    headers = [*entry.headers, ("X-Page-Cache", "hit")]
    return Response(entry.body, entry.status, headers=headers, mimetype=entry.mimetype)


def store_rendered(response: Response) -> Response:
    key = g.get("page_key")
    if key is None or g.get("page_from_cache") or response.status_code != 200:
        return response
    if response.direct_passthrough:
        return response
    body = response.get_data()
    if len(body) <= MAX_BODY_BYTES:
        own = tuple((k, v) for k, v in response.headers.items() if k == "Content-Disposition")
        entry = Entry(g.page_version, response.status_code, response.mimetype, body, own)
        current_app.extensions["page_cache"].put(key, entry)
    response.headers["X-Page-Cache"] = "miss"
    return response
