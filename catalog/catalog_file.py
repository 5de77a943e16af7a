"""Reading and checking the shipped catalog file (catalog/data/products.json).

The file is the reviewed, diffable source of the catalog. Each product's figures sit in
`facts`, each with the key of the source that states it; a figure nobody published is
simply absent. See catalog/data/README.md for the format.
"""

import json
from decimal import Decimal
from pathlib import Path

from catalog import dates, vocabulary
from catalog.fields import FIELDS_BY_NAME

DEFAULT_PATH = Path(__file__).parent / "data" / "products.json"
IDENTITY_KEYS = {"slug", "brand", "model", "category", "support_level", "description"}
OPTIONAL_KEYS = {"status", "status_note", "sources", "facts", "features", "data_notes"}
# Facts that qualify another fact and have no row on the product pages of their own.
NOTE_FACTS = {"angle_note", "sweep_note", "needs_note"}
FACT_NAMES = (set(FIELDS_BY_NAME) - {"status", "support_level", "features"}) | NOTE_FACTS
TIERS = set(vocabulary.SOURCE_TIERS)


class CatalogFileError(ValueError):
    """The catalog file breaks its own rules; the message lists every problem."""


def read_catalog(path: Path = DEFAULT_PATH) -> dict:
    """Read and check the catalog file; raise CatalogFileError listing every problem."""
    data = json.loads(Path(path).read_text(encoding="utf-8"), parse_float=Decimal)
    problems = check_catalog(data)
    if problems:
        raise CatalogFileError(f"{path}:\n  " + "\n  ".join(problems))
    return data


def check_catalog(data: dict) -> list[str]:
    """Return every rule the catalog data breaks (empty when it is sound)."""
    problems = [f"recorded_on: {error}" for error in _date_problems(data.get("recorded_on"))]
    sources = data.get("sources", {})
    for key, source in sources.items():
        problems += [f"source {key}: {p}" for p in _source_problems(source)]
    slugs = [product.get("slug") for product in data.get("products", [])]
    problems += [
        f"slug {slug} appears twice" for slug in sorted(set(slugs)) if slugs.count(slug) > 1
    ]
    for product in data.get("products", []):
        problems += [f"{product.get('slug')}: {p}" for p in _product_problems(product, sources)]
    return problems


def source_keys(entry: dict) -> list[str]:
    """Return the source keys of a fact or feature: `source` may be one key or a list."""
    keys = entry.get("source")
    return [keys] if isinstance(keys, str) else list(keys or [])


def _cites_known_sources(entry: dict, sources: dict) -> bool:
    keys = source_keys(entry)
    return bool(keys) and all(key in sources for key in keys)


def _date_problems(text) -> list[str]:
    try:
        dates.parse(text)
    except (dates.BadDate, AttributeError, TypeError):
        return [f"{text!r} is not an EDTF date"]
    return []


def _source_problems(source: dict) -> list[str]:
    problems = []
    url = source.get("url")
    if url is None and not source.get("title"):
        problems.append("a source with no url needs a title saying what it is")
    if url is not None and not str(url).startswith(("http://", "https://")):
        problems.append("url must be http(s)")
    if source.get("tier") not in TIERS:
        problems.append(f"tier must be one of {sorted(TIERS)}")
    if source.get("published"):
        problems += _date_problems(source["published"])
    return problems


def _product_problems(product: dict, sources: dict) -> list[str]:
    problems = [f"missing {key}" for key in sorted(IDENTITY_KEYS - product.keys())]
    problems += [
        f"unknown key {key}" for key in sorted(product.keys() - IDENTITY_KEYS - OPTIONAL_KEYS)
    ]
    if product.get("category") not in vocabulary.CATEGORIES:
        problems.append(f"unknown category {product.get('category')!r}")
    if product.get("support_level") not in vocabulary.SUPPORT_LEVELS:
        problems.append(f"unknown support_level {product.get('support_level')!r}")
    if product.get("status") not in (None, *vocabulary.STATUSES):
        problems.append(f"unknown status {product.get('status')!r}")
    if not product.get("sources"):
        problems.append("names no source for the product itself")
    problems += [
        f"unknown source {key}" for key in product.get("sources", []) if key not in sources
    ]
    for name, fact in product.get("facts", {}).items():
        problems += [f"{name}: {p}" for p in _fact_problems(name, fact, sources)]
    for feature in product.get("features", []):
        if not _cites_known_sources(feature, sources):
            problems.append(f"feature {feature.get('text')!r} has no known source")
    return problems + _range_problems(product.get("facts", {}))


def _fact_problems(name: str, fact: dict, sources: dict) -> list[str]:
    if name not in FACT_NAMES:
        return ["not a catalog field"]
    problems = [] if _cites_known_sources(fact, sources) else ["needs a known source"]
    value = fact.get("value")
    if value is None or value == "":
        problems.append("a blank value is left out, not written")
    field = FIELDS_BY_NAME.get(name)
    kind = field.kind if field else "text"
    if kind in ("length", "height", "weight", "angle", "money") and not _is_positive(value):
        problems.append(f"{value!r} must be a positive number")
    if kind == "bool" and not isinstance(value, bool):
        problems.append("must be true or false")
    if kind == "choice" and value not in field.choices:
        problems.append(f"{value!r} is not one of {sorted(field.choices)}")
    if kind == "money":
        if fact.get("currency") is None:
            problems.append("a price needs its ISO currency")
        problems += _date_problems(fact.get("seen"))
    return problems


def _is_positive(value) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool) and value > 0


def _range_problems(facts: dict) -> list[str]:
    low, high = (
        facts.get(name, {}).get("value") for name in ("user_height_min_in", "user_height_max_in")
    )
    if _is_positive(low) and _is_positive(high) and low >= high:
        return ["user_height_min_in must be below user_height_max_in"]
    return []
