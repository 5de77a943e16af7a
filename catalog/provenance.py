"""Where each figure of a product came from, as plain values for pages, the API and CSV."""

from dataclasses import dataclass
from datetime import date

from catalog import dates, vocabulary
from catalog.seed import IDENTITY


def web_link(url: str | None) -> str | None:
    """The address if it is safe to link to (http or https), else None.

    Addresses come from other people's pages; a `javascript:` or `data:` one must never
    become an href.
    """
    return url if url and url.lower().startswith(("http://", "https://")) else None


@dataclass(frozen=True)
class SourceRef:
    url: str | None
    title: str
    publisher: str | None
    tier: str
    published: str | None  # EDTF, as stored
    recorded_on: date
    quote: str | None
    origin: str  # catalog | import

    @property
    def link(self) -> str | None:
        """The address to link to, only if it is http(s)."""
        return web_link(self.url)

    @property
    def tier_label(self) -> str:
        return vocabulary.SOURCE_TIERS.get(self.tier, self.tier)

    @property
    def published_words(self) -> str | None:
        return dates.describe(self.published)

    def as_json(self) -> dict:
        return {
            "url": self.url,
            "title": self.title,
            "publisher": self.publisher,
            "tier": self.tier,
            "published": self.published,
            "recorded_on": self.recorded_on.isoformat(),
            "quote": self.quote,
        }


def source_refs(product, field: str) -> tuple[SourceRef, ...]:
    """Return the sources backing one field of a product, maker's pages first."""
    links = product.sources_for(field)
    return tuple(sorted((_ref(link) for link in links), key=_tier_order))


def identity_refs(product) -> tuple[SourceRef, ...]:
    """Return the pages that describe the product as a whole."""
    return source_refs(product, IDENTITY)


def feature_refs(product, feature: dict) -> tuple[SourceRef, ...]:
    """Return the sources of one feature of the product's feature list."""
    wanted = set(feature.get("source_ids", []))
    return tuple(r for link, r in _refs(product, "features") if link.source_id in wanted)


def _refs(product, field):
    return [(link, _ref(link)) for link in product.sources_for(field)]


def _ref(link) -> SourceRef:
    source = link.source
    return SourceRef(
        source.url,
        source.title,
        source.publisher,
        source.tier,
        source.published,
        link.recorded_on,
        link.quote,
        link.origin,
    )


def _tier_order(ref: SourceRef) -> int:
    tiers = list(vocabulary.SOURCE_TIERS)
    return tiers.index(ref.tier) if ref.tier in tiers else len(tiers)
