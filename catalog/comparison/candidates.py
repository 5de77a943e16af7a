"""Products a shopper may add to a comparison: the same kinds first, then the rest.

A list of checkboxes is for a catalog of dozens; past PER_KIND products of one kind the
rest are counted, not listed, and the shopper is pointed to the catalog, which pages them.
"""

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from catalog.models import Product
from catalog.vocabulary import CATEGORIES, CATEGORY_PLURALS

PER_KIND = 40  # more than any kind in the shipped catalog has


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
    total: int  # products of this kind in the catalog, listed or not

    @property
    def not_listed(self) -> int:
        return self.total - len(self.candidates)


def candidate_groups(
    session: Session, chosen_slugs, chosen_categories, per_kind: int = PER_KIND
) -> tuple[CandidateGroup, ...]:
    """Products by kind: kinds already being compared first, then the catalog's order.

    Each kind lists its first `per_kind` products by name, and every chosen one.
    """
    chosen_slugs = set(chosen_slugs)
    order = list(dict.fromkeys([*chosen_categories, *CATEGORIES]))
    by_category = {category: [] for category in order}
    for slug, brand, model, category in session.execute(_listed(chosen_slugs, per_kind)):
        candidate = Candidate(slug, f"{brand} {model}", slug in chosen_slugs)
        by_category.setdefault(category, []).append(candidate)
    totals = dict(
        session.execute(select(Product.category, func.count()).group_by(Product.category)).all()
    )
    return tuple(
        CandidateGroup(
            category, CATEGORY_PLURALS.get(category, category), tuple(found), totals[category]
        )
        for category, found in by_category.items()
        if found
    )


def _listed(chosen_slugs: set[str], per_kind: int):
    by_name = (Product.brand, Product.model, Product.slug)
    place = func.row_number().over(partition_by=Product.category, order_by=by_name)
    ranked = select(*by_name, Product.category, place.label("place")).subquery()
    return (
        select(ranked.c.slug, ranked.c.brand, ranked.c.model, ranked.c.category)
        .where(or_(ranked.c.place <= per_kind, ranked.c.slug.in_(chosen_slugs)))
        .order_by(ranked.c.brand, ranked.c.model, ranked.c.slug)
    )
