"""Which pages to read in this run, in what order, with what the last run learned.

Products are ordered so that consecutive products live on different hosts (round robin
by the host of their first page): the per-host delay then overlaps other hosts' work
instead of stalling the run.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.importer.sources import PageSpec, SourcesFile
from catalog.models import Product, ProductPage


@dataclass(frozen=True)
class PagePlan:
    spec: PageSpec
    host: str  # "" for a local file
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None


@dataclass(frozen=True)
class ProductPlan:
    slug: str
    pages: tuple[PagePlan, ...]


@dataclass(frozen=True)
class Plan:
    products: tuple[ProductPlan, ...]
    unknown_slugs: tuple[str, ...]  # in the sources file but not in the catalog


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def make_plan(session: Session, sources: SourcesFile, only: tuple[str, ...] = ()) -> Plan:
    """Group the sources file's pages by product, with each page's stored validators."""
    wanted = [spec for spec in sources.pages if not only or spec.product_slug in only]
    slugs = list(dict.fromkeys(spec.product_slug for spec in wanted))
    known = dict(
        session.execute(select(Product.slug, Product.id).where(Product.slug.in_(slugs))).all()
    )
    rows = session.scalars(select(ProductPage).where(ProductPage.product_id.in_(known.values())))
    stored = {(row.product_id, row.url): row for row in rows}
    products = []
    for slug in (s for s in slugs if s in known):
        pages = tuple(
            _page_plan(spec, stored.get((known[slug], spec.url)))
            for spec in wanted
            if spec.product_slug == slug
        )
        products.append(ProductPlan(slug, pages))
    return Plan(tuple(_round_robin(products)), tuple(s for s in slugs if s not in known))


def _page_plan(spec: PageSpec, row: ProductPage | None) -> PagePlan:
    if row is None:
        return PagePlan(spec, host_of(spec.url))
    return PagePlan(spec, host_of(spec.url), row.etag, row.last_modified, row.content_hash)


def _round_robin(products: list[ProductPlan]) -> list[ProductPlan]:
    queues: dict[str, list[ProductPlan]] = {}
    for product in products:
        queues.setdefault(product.pages[0].host, []).append(product)
    ordered = []
    while any(queues.values()):
        for queue in queues.values():
            if queue:
                ordered.append(queue.pop(0))
    return ordered


def retire_unlisted(session: Session, sources: SourcesFile) -> int:
    """Mark pages no longer in the sources file as retired; return how many."""
    listed = {(spec.product_slug, spec.url) for spec in sources.pages}
    rows = session.execute(
        select(ProductPage, Product.slug).join(Product).where(ProductPage.status != "retired")
    )
    retired = 0
    for page, slug in rows:
        if (slug, page.url) not in listed:
            page.status, retired = "retired", retired + 1
    return retired
