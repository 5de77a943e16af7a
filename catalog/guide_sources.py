"""The published sources the guide cites (catalog/data/guide_sources.json).

Each source has a key the pages cite it by, a title, a few words on what kind of source
it is ("Systematic review", "Law-firm blog"), a tier from the vocabulary (how much weight
its word carries), the date it was published as EDTF when known, and one or more links:
the first is the source itself, any others are copies or related pages. A source may have
no link at all when no public copy is known; its title then says what it is.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from catalog import dates, vocabulary

DEFAULT_PATH = Path(__file__).parent / "data" / "guide_sources.json"
WEAKEST_TIER = "affiliate"
KEYS = {"title", "kind", "tier", "links", "publisher", "published", "note"}


class GuideSourcesError(ValueError):
    """The guide's source file breaks its own rules; the message lists every problem."""


@dataclass(frozen=True)
class Link:
    url: str
    label: str


@dataclass(frozen=True)
class GuideSource:
    key: str
    title: str
    kind: str
    tier: str
    links: tuple[Link, ...] = ()
    publisher: str | None = None
    published: str | None = None  # EDTF, as the source gives it
    note: str | None = None

    @property
    def published_words(self) -> str | None:
        return dates.describe(self.published)

    @property
    def weak(self) -> bool:
        """True for the weakest tier: affiliate, review and copied articles."""
        return self.tier == WEAKEST_TIER


@cache
def read_guide_sources(path: Path = DEFAULT_PATH) -> dict[str, GuideSource]:
    """Read and check the source file; raise GuideSourcesError listing every problem."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    problems = check_guide_sources(data)
    if problems:
        raise GuideSourcesError(f"{path}:\n  " + "\n  ".join(problems))
    return {key: _source(key, raw) for key, raw in data.items()}


def check_guide_sources(data: dict) -> list[str]:
    """Return every rule the source data breaks, each as "key: problem" (empty when sound)."""
    return [f"{key}: {problem}" for key, raw in data.items() for problem in _problems(raw)]


def _source(key: str, raw: dict) -> GuideSource:
    links = tuple(Link(link["url"], link["label"]) for link in raw.get("links", ()))
    fields = {name: raw.get(name) for name in ("publisher", "published", "note")}
    return GuideSource(key, raw["title"], raw["kind"], raw["tier"], links, **fields)


def _problems(raw: dict) -> list[str]:
    problems = [f"needs a {name}" for name in ("title", "kind") if not raw.get(name)]
    problems += [f"unknown key {name!r}" for name in sorted(set(raw) - KEYS)]
    if raw.get("tier") not in vocabulary.SOURCE_TIERS:
        problems.append(f"tier must be one of {sorted(vocabulary.SOURCE_TIERS)}")
    for link in raw.get("links", ()):
        if not str(link.get("url", "")).startswith(("https://", "http://")):
            problems.append(f"link {link.get('url')!r} is not http(s)")
        if not link.get("label"):
            problems.append(f"link {link.get('url')!r} needs a label")
    if raw.get("published"):
        try:
            dates.parse(raw["published"])
        except dates.BadDate:
            problems.append(f"published {raw['published']!r} is not an EDTF date")
    return problems
