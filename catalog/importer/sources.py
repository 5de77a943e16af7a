"""The sources file (catalog/data/sources.json): which pages describe which product, and
how to read each retailer's pages. See catalog/data/README.md for the format.

URLs are http(s), or local files for offline refreshes: "file:///abs/page.html", or
"file:pages/x.html" relative to the sources file. Anything else is refused.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from catalog.importer.adapters import ADAPTERS
from catalog.vocabulary import SOURCE_TIERS

DEFAULT_PATH = Path(__file__).parent.parent / "data" / "sources.json"
RETAILER_KEYS = {
    "name",
    "hosts",
    "tier",
    "currency",
    "decimal_mark",
    "adapter",
    "ignore",
    "delay_s",
}
PAGE_KEYS = {"url", "retailer", "currency", "decimal_mark", "adapter", "ignore", "title"}
OVERRIDES = ("currency", "decimal_mark", "adapter", "ignore")


class SourcesFileError(ValueError):
    """The sources file breaks its rules; the message lists every problem."""


@dataclass(frozen=True)
class Retailer:
    key: str
    name: str
    tier: str
    currency: str | None = None  # what a bare "$" means on this shop's pages
    decimal_mark: str = "."
    adapter: str | None = None
    ignore: frozenset[str] = frozenset()  # "strategy:field" pairs known to be wrong here
    delay_s: float | None = None  # a slower pace than the run's default, if asked


@dataclass(frozen=True)
class PageSpec:
    product_slug: str
    url: str
    retailer: Retailer
    title: str | None = None  # a name for the page when it gives none


@dataclass(frozen=True)
class SourcesFile:
    contact_url: str
    pages: list[PageSpec] = field(default_factory=list)

    @property
    def contact_is_placeholder(self) -> bool:
        """The shipped file's contact address (a reserved .example host) is not real."""
        return (urlsplit(self.contact_url).hostname or "").endswith(".example")


def read_sources(path: Path = DEFAULT_PATH) -> SourcesFile:
    """Read and check a sources file; raise SourcesFileError listing every problem."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SourcesFileError(f"{path}: {error}") from error
    problems = check_sources(data)
    if problems:
        raise SourcesFileError(f"{path}:\n  " + "\n  ".join(problems))
    retailers = {key: _retailer(key, spec) for key, spec in data["retailers"].items()}
    pages = [
        _page(slug, entry, retailers, path.parent)
        for slug, entries in data["products"].items()
        for entry in entries
    ]
    return SourcesFile(data["contact_url"], pages)


def check_sources(data) -> list[str]:
    """Return every rule the sources data breaks (empty when it is sound)."""
    if not isinstance(data, dict):
        return ["the file must hold one JSON object"]
    problems = (
        [] if _is_web_url(data.get("contact_url")) else ["contact_url must be an http(s) URL"]
    )
    retailers = data.get("retailers", {})
    for key, spec in retailers.items():
        problems += [f"retailer {key}: {p}" for p in _settings_problems(spec, RETAILER_KEYS)]
        if spec.get("tier") not in SOURCE_TIERS:
            problems.append(f"retailer {key}: tier must be one of {sorted(SOURCE_TIERS)}")
    seen = set()
    for slug, entries in data.get("products", {}).items():
        for entry in entries:
            where = f"{slug} {entry.get('url')}"
            problems += [f"{where}: {p}" for p in _page_problems(entry, retailers)]
            if (slug, entry.get("url")) in seen:
                problems.append(f"{where}: listed twice")
            seen.add((slug, entry.get("url")))
    return problems


def _page_problems(entry: dict, retailers: dict) -> list[str]:
    problems = _settings_problems(entry, PAGE_KEYS)
    url = entry.get("url")
    if not isinstance(url, str) or not (_is_web_url(url) or url.startswith("file:")):
        problems.append("url must be http(s):// or a file: path")
    if entry.get("retailer") not in retailers:
        problems.append(f"retailer must be one of {sorted(retailers)}")
    return problems


def _settings_problems(spec: dict, allowed: set[str]) -> list[str]:
    problems = [f"unknown key {key}" for key in sorted(set(spec) - allowed)]
    if spec.get("decimal_mark", ".") not in (".", ","):
        problems.append('decimal_mark must be "." or ","')
    currency = spec.get("currency")
    if currency is not None and (
        not isinstance(currency, str) or len(currency) != 3 or not currency.isupper()
    ):
        problems.append("currency must be an ISO 4217 code such as USD")
    if spec.get("adapter") not in (None, *ADAPTERS):
        problems.append(f"adapter must be one of {sorted(ADAPTERS)}")
    return problems


def _is_web_url(url) -> bool:
    parts = urlsplit(url) if isinstance(url, str) else None
    return bool(parts and parts.scheme in ("http", "https") and parts.hostname)


def _retailer(key: str, spec: dict) -> Retailer:
    return Retailer(
        key,
        spec.get("name", key),
        spec["tier"],
        spec.get("currency"),
        spec.get("decimal_mark", "."),
        spec.get("adapter"),
        frozenset(spec.get("ignore", [])),
        spec.get("delay_s"),
    )


def _page(slug: str, entry: dict, retailers: dict, folder: Path) -> PageSpec:
    retailer = retailers[entry["retailer"]]
    overrides = {name: entry[name] for name in OVERRIDES if name in entry}
    if "ignore" in overrides:
        overrides["ignore"] = frozenset(overrides["ignore"])
    if overrides:
        retailer = Retailer(**{**retailer.__dict__, **overrides})
    return PageSpec(slug, _absolute(entry["url"], folder), retailer, entry.get("title"))


def _absolute(url: str, folder: Path) -> str:
    """Turn "file:pages/x.html" into a file:// URL; web URLs are kept as written."""
    if not url.startswith("file:") or url.startswith("file:///"):
        return url
    return (folder / url.removeprefix("file:").lstrip("/")).resolve().as_uri()
