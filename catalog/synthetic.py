"""Synthetic products for benchmarks: clearly labelled, never shipped, never real.

Every synthetic product has the brand "Synthetic (benchmark)" and a slug starting with
"synthetic-", and cites one source that says what it is. Values are drawn from a seeded
random generator so runs are repeatable; about a third of each figure is left unknown, as
in the real catalog.
"""

import random
from datetime import date
from decimal import Decimal

from catalog.models import FieldSource, Product, Source

BRAND = "Synthetic (benchmark)"
SOURCE_TITLE = "Synthetic benchmark data (not a real product)"
CATEGORY_WEIGHTS = {"table": 6, "chair": 2, "boots": 1, "doorway_bar": 1}
SUPPORT = {"table": "table_bed", "chair": "seated", "boots": "ankles_only", "doorway_bar": "anchor"}


def synthetic_products(count: int, seed: int = 2026) -> list[Product]:
    """Return `count` transient synthetic products (not added to any session)."""
    rng = random.Random(seed)  # noqa: S311 (repeatable benchmark data, not secrets)
    categories = rng.choices(list(CATEGORY_WEIGHTS), weights=CATEGORY_WEIGHTS.values(), k=count)
    return [_product(rng, number, category) for number, category in enumerate(categories, 1)]


def _maybe(rng: random.Random, value):
    return value if rng.random() > 0.35 else None


def _product(rng: random.Random, number: int, category: str) -> Product:
    length = Decimal(rng.randrange(40, 70))
    return Product(
        slug=f"synthetic-{number:05d}",
        brand=BRAND,
        model=f"Model {number:05d}",
        category=category,
        support_level=SUPPORT[category],
        features=[],
        description="A made-up product used only to measure speed.",
        price_cents=_maybe(rng, rng.randrange(3_000, 60_000, 100)),
        price_currency="USD",
        price_seen="2026",
        max_user_weight_lb=_maybe(rng, Decimal(rng.choice([220, 250, 275, 300, 350]))),
        user_height_min_in=_maybe(rng, Decimal(rng.choice([54, 56, 58]))),
        user_height_max_in=_maybe(rng, Decimal(rng.choice([76, 78, 80]))),
        max_angle_deg=_maybe(rng, Decimal(rng.choice([60, 70, 90]))),
        angle_control=_maybe(rng, rng.choice(["tether", "pin_presets", "none"])),
        in_use_length_in=_maybe(rng, length),
        in_use_width_in=_maybe(rng, Decimal(28)),
        sweep_length_in=_maybe(rng, length + 25),
        foldable=_maybe(rng, rng.random() > 0.3),
        needs="bar" if category == "boots" else "nothing",
    )


def cite_synthetic_source(products: list[Product], source: Source, recorded_on: date) -> None:
    """Give every known figure of the products the synthetic source, as real data has."""
    for product in products:
        for name in (
            "price_cents",
            "max_user_weight_lb",
            "user_height_min_in",
            "user_height_max_in",
            "in_use_length_in",
            "sweep_length_in",
        ):
            if getattr(product, name) is not None:
                product.field_sources.append(
                    FieldSource(field=name, source=source, recorded_on=recorded_on)
                )


def synthetic_source() -> Source:
    return Source(url=None, title=SOURCE_TITLE, tier="affiliate")
