"""Read the catalog: browse with filters and sorts, fetch one or several products.

Filters never drop a product for a value nobody published: such a product stays in the
list, is marked (see `unknown_filters`) and sorts after the ones with known values.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from math import ceil

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, lazyload, selectinload

from catalog.models import Product

SORTS = ("name", "price", "-price", "footprint", "capacity")
PER_PAGE = 50

# The length a product needs on the floor: the largest it sweeps while rotating when that is
# published, otherwise its length in use.
floor_length_in = func.coalesce(Product.sweep_length_in, Product.in_use_length_in)
floor_area = func.coalesce(
    Product.sweep_length_in * Product.sweep_width_in,
    Product.in_use_length_in * Product.in_use_width_in,
)


@dataclass(frozen=True)
class CatalogQuery:
    """What a shopper asked the catalog for. Lengths in inches, weights in pounds."""

    categories: tuple[str, ...] = ()
    max_price_cents: int | None = None
    max_floor_length_in: Decimal | None = None
    must_fold: bool = False
    user_height_in: Decimal | None = None
    user_weight_lb: Decimal | None = None
    sort: str = "name"
    page: int = 1


@dataclass(frozen=True)
class CatalogPage:
    products: list[Product]
    total: int
    page: int
    pages: int
    category_counts: dict[str, int] = field(default_factory=dict)


def browse(
    session: Session, query: CatalogQuery, per_page: int = PER_PAGE, with_sources: bool = False
) -> CatalogPage:
    """Return one page of products matching `query`, and per-category counts.

    The counts apply every filter but the category one, so each shows what choosing that
    category would give. Each figure's sources are loaded only when `with_sources` is asked
    for (the API gives them; the catalog page shows none).
    """
    conditions = _conditions(query)
    chosen = [*conditions, *_category_condition(query)]
    total = session.scalar(select(func.count()).select_from(Product).where(*chosen))
    pages = max(1, ceil(total / per_page))
    page = min(max(1, query.page), pages)
    sources = (selectinload if with_sources else lazyload)(Product.field_sources)
    listing = select(Product).options(sources).where(*chosen)
    statement = _sorted(listing, query.sort)
    products = list(session.scalars(statement.limit(per_page).offset((page - 1) * per_page)))
    return CatalogPage(products, total, page, pages, _category_counts(session, conditions))


def get_product(session: Session, slug: str) -> Product | None:
    """Return the product with this slug, or None."""
    return session.scalar(select(Product).where(Product.slug == slug))


def get_products(session: Session, slugs: list[str]) -> list[Product]:
    """Return the products with these slugs, in the order given; unknown slugs are skipped."""
    found = {p.slug: p for p in session.scalars(select(Product).where(Product.slug.in_(slugs)))}
    return [found[slug] for slug in slugs if slug in found]


def list_products(session: Session) -> list[Product]:
    """Return every product, by brand and model."""
    return list(session.scalars(select(Product).order_by(Product.brand, Product.model)))


def related_products(session: Session, product: Product, limit: int = 4) -> list[Product]:
    """Return other products of the same category, by brand and model."""
    statement = (
        select(Product)
        .where(Product.category == product.category, Product.id != product.id)
        .order_by(Product.brand, Product.model, Product.slug)
        .limit(limit)
    )
    return list(session.scalars(statement))


def unknown_filters(product: Product, query: CatalogQuery) -> list[str]:
    """Name each active filter or sort this product passed only because its value is unknown."""
    checks = [
        (
            query.max_price_cents is not None or query.sort in ("price", "-price"),
            product.price_cents is None,
            "price",
        ),
        (
            query.max_floor_length_in is not None or query.sort == "footprint",
            product.sweep_length_in is None and product.in_use_length_in is None,
            "length in use",
        ),
        (query.must_fold, product.foldable is None, "whether it folds"),
        (
            query.user_height_in is not None,
            product.user_height_min_in is None or product.user_height_max_in is None,
            "user height range",
        ),
        (
            query.user_weight_lb is not None or query.sort == "capacity",
            product.max_user_weight_lb is None,
            "maximum user weight",
        ),
    ]
    return [label for active, unknown, label in checks if active and unknown]


def _conditions(query: CatalogQuery) -> list[ColumnElement]:
    """The filters as SQL; each keeps a product whose deciding figure is unknown."""
    wanted = []
    if query.max_price_cents is not None:
        # A price in another currency can't be held against dollars: unknown, so kept.
        within = or_(Product.price_currency != "USD", Product.price_cents <= query.max_price_cents)
        wanted.append(_unknown_or(Product.price_cents, within))
    if query.max_floor_length_in is not None:
        wanted.append(_unknown_or(floor_length_in, floor_length_in <= query.max_floor_length_in))
    if query.must_fold:
        wanted.append(_unknown_or(Product.foldable, Product.foldable.is_(True)))
    if (height := query.user_height_in) is not None:
        wanted.append(_unknown_or(Product.user_height_min_in, Product.user_height_min_in <= height))
        wanted.append(_unknown_or(Product.user_height_max_in, Product.user_height_max_in >= height))
    if (weight := query.user_weight_lb) is not None:
        wanted.append(_unknown_or(Product.max_user_weight_lb, Product.max_user_weight_lb >= weight))
    return wanted


def _unknown_or(value, test) -> ColumnElement:
    return or_(value.is_(None), test)


def _category_condition(query: CatalogQuery) -> list[ColumnElement]:
    return [Product.category.in_(query.categories)] if query.categories else []


def _category_counts(session: Session, conditions: list[ColumnElement]) -> dict[str, int]:
    statement = select(Product.category, func.count()).where(*conditions).group_by(Product.category)
    return dict(session.execute(statement).all())


def _sorted(statement: Select, sort: str) -> Select:
    by_name = (Product.brand, Product.model, Product.slug)
    keys = {
        "name": (),
        "price": (Product.price_cents.is_(None), Product.price_cents),
        "-price": (Product.price_cents.is_(None), Product.price_cents.desc()),
        "footprint": (floor_area.is_(None), floor_area),
        "capacity": (Product.max_user_weight_lb.is_(None), Product.max_user_weight_lb.desc()),
    }
    return statement.order_by(*keys.get(sort, ()), *by_name)
