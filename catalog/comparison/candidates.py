"""Products a shopper may add to a comparison: the same kinds first, then the rest."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.models import Product
from catalog.vocabulary import CATEGORIES, CATEGORY_PLURALS


@dataclass(frozen=True)
class Candidate:
    slug: str
    name: str
    chosen: bool


@dataclass(frozen=True)
class CandidateGroup:
    category: str
    label: str  # plural: "Inversion tables"
    candidates: tuple[Candidate, ...]


def candidate_groups(
    session: Session, chosen_slugs, chosen_categories
) -> tuple[CandidateGroup, ...]:
    """Every product by kind: kinds already being compared first, then the catalog's order."""
    chosen_slugs = set(chosen_slugs)
    order = list(dict.fromkeys([*chosen_categories, *CATEGORIES]))
    by_category = {category: [] for category in order}
    columns = (Product.slug, Product.brand, Product.model, Product.category)
    rows = session.execute(select(*columns).order_by(Product.brand, Product.model, Product.slug))
    for slug, brand, model, category in rows:
        candidate = Candidate(slug, f"{brand} {model}", slug in chosen_slugs)
        by_category.setdefault(category, []).append(candidate)
    return tuple(
        CandidateGroup(category, CATEGORY_PLURALS.get(category, category), tuple(found))
        for category, found in by_category.items()
        if found
    )
