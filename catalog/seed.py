"""Put the shipped catalog file into the database, idempotently.

Loading twice changes nothing. The loader never deletes a product, and never touches a
field the importer has since refreshed (a field with an `import` source): what the
importer added survives a reload. A value removed from the file is cleared only when the
file was its only source.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.catalog_file import FACT_NAMES, source_keys
from catalog.models import FieldSource, PriceObservation, Product, Source

IDENTITY_FIELDS = (
    "brand",
    "model",
    "category",
    "support_level",
    "description",
    "status",
    "status_note",
    "data_notes",
)
IDENTITY = "identity"  # the FieldSource field naming the pages that describe the product


@dataclass
class LoadSummary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0

    def __str__(self) -> str:
        return f"{len(self.added)} added, {len(self.updated)} updated, {self.unchanged} unchanged"


def load_catalog(session: Session, data: dict) -> LoadSummary:
    """Upsert every source and product of a checked catalog file; the caller commits."""
    sources = {key: _upsert_source(session, spec) for key, spec in data["sources"].items()}
    session.flush()
    recorded_on = date.fromisoformat(data["recorded_on"])
    summary = LoadSummary()
    for spec in data["products"]:
        product = session.scalar(select(Product).where(Product.slug == spec["slug"]))
        if product is None:
            product = Product(slug=spec["slug"], features=[])
            session.add(product)
            _load_product(session, product, spec, sources, recorded_on)
            summary.added.append(product.slug)
        elif _load_product(session, product, spec, sources, recorded_on):
            summary.updated.append(product.slug)
        else:
            summary.unchanged += 1
    session.flush()
    return summary


def _upsert_source(session: Session, spec: dict) -> Source:
    url = spec.get("url")
    match = Source.url == url if url else (Source.url.is_(None) & (Source.title == spec["title"]))
    source = session.scalar(select(Source).where(match))
    if source is None:
        source = Source(url=url)
        session.add(source)
    for name in ("title", "publisher", "tier", "published", "note"):
        _set(source, name, spec.get(name, "" if name == "title" else None))
    return source


def _load_product(session, product, spec, sources, recorded_on) -> bool:
    changed = any([_set(product, name, spec.get(name)) for name in IDENTITY_FIELDS])
    identity = {key: {"source": key} for key in spec["sources"]}
    changed |= _sync_sources(product, IDENTITY, identity, sources, recorded_on)
    facts = spec.get("facts", {})
    for name in sorted(FACT_NAMES):
        changed |= _load_fact(product, name, facts.get(name), sources, recorded_on)
    changed |= _load_features(product, spec.get("features", []), sources, recorded_on)
    if "price_cents" in facts:
        changed |= _record_price(session, product, facts["price_cents"], sources)
    return changed


def _load_fact(product, name, fact, sources, recorded_on) -> bool:
    """Set one figure from the file unless the importer has taken it over."""
    if any(fs.origin == "import" for fs in product.sources_for(name)):
        return False
    if fact is None:
        if getattr(product, name) is None:
            return False
        _set(product, name, None)
        return _sync_sources(product, name, {}, sources, recorded_on) or True
    changed = _set(product, name, fact["value"])
    if name == "price_cents":
        changed |= _set(product, "price_currency", fact["currency"])
        changed |= _set(product, "price_seen", fact["seen"])
    backing = {key: fact for key in source_keys(fact)}
    return _sync_sources(product, name, backing, sources, recorded_on) or changed


def _load_features(product, features, sources, recorded_on) -> bool:
    if any(fs.origin == "import" for fs in product.sources_for("features")):
        return False
    stored = [
        {"text": f["text"], "source_ids": [sources[key].id for key in source_keys(f)]}
        for f in features
    ]
    changed = _set(product, "features", stored)
    backing = {key: {} for f in features for key in source_keys(f)}
    return _sync_sources(product, "features", backing, sources, recorded_on) or changed


def _sync_sources(product, name, backing: dict, sources, recorded_on) -> bool:
    """Make the catalog-origin sources of one field exactly `backing` (key -> fact)."""
    changed = False
    wanted = {sources[key].id: fact for key, fact in backing.items()}
    for link in product.sources_for(name):
        if link.origin == "catalog" and link.source_id not in wanted:
            product.field_sources.remove(link)
            changed = True
    present = {link.source_id: link for link in product.sources_for(name)}
    for source_id, fact in wanted.items():
        link = present.get(source_id)
        if link is None:
            product.field_sources.append(
                FieldSource(
                    field=name,
                    source_id=source_id,
                    quote=fact.get("quote"),
                    recorded_on=date.fromisoformat(
                        fact.get("recorded_on", recorded_on.isoformat())
                    ),
                    origin="catalog",
                )
            )
            changed = True
        else:
            changed |= _set(link, "quote", fact.get("quote"))
    return changed


def _record_price(session, product, fact, sources) -> bool:
    """Append the file's price to the history once (it is dated by the source)."""
    observation = dict(
        product_id=product.id,
        source_id=sources[source_keys(fact)[0]].id,
        observed_on=fact["seen"],
        price_cents=fact["value"],
        currency=fact["currency"],
        origin="catalog",
    )
    if product.id is not None:
        query = select(PriceObservation.id).filter_by(**observation)
        if session.scalar(query) is not None:
            return False
        session.add(PriceObservation(**observation))
    else:  # a new product: attach through the relationship so the id is filled at flush
        observation.pop("product_id")
        product.price_observations.append(PriceObservation(**observation))
    return True


def _set(obj, name: str, value) -> bool:
    """Assign only when the value really differs, and say whether it did."""
    if isinstance(value, float):
        value = Decimal(str(value))
    if getattr(obj, name) == value:
        return False
    setattr(obj, name, value)
    return True
