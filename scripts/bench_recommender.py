"""Time the recommender on synthetic catalogs of 100, 1,000 and 10,000 products.

The products are made up, labelled brand "Synthetic (benchmark)", and never written to any
database: they are transient Product objects that exist only while this script runs.
It prints the median time per request for each size and how it grows; it asserts nothing.

    .venv/bin/python scripts/bench_recommender.py [--sizes 100 1000 10000] [--runs 7]
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date
from decimal import Decimal

from catalog.models import Product
from catalog.recommender import recommend
from catalog.recommender.answers import Answers
from catalog.recommender.facts import read_facts
from catalog.recommender.record import recommendation_record

BRAND = "Synthetic (benchmark)"
TODAY = date(2026, 11, 22)
KINDS = [("table", "table_bed")] * 7 + [
    ("chair", "seated"),
    ("boots", "ankles_only"),
    ("trapeze", "sling"),
    ("headstand_bench", "shoulders"),
    ("doorway_bar", "anchor"),
]
SCENARIOS = {
    # A healthy first-timer with a big room and a budget: many products fit.
    "typical": Answers(
        height_in=Decimal(70),
        weight_lb=Decimal(180),
        room_length_in=Decimal(120),
        room_width_in=Decimal(96),
        ceiling_in=Decimal(96),
        budget_cents=25_000,
    ),
    # Gravity boots only, for someone who is usually alone: boots are ruled out for safety,
    # nothing fits, so relaxations are searched and each one re-runs the recommender.
    "boots, alone": Answers(
        height_in=Decimal(70),
        weight_lb=Decimal(180),
        experience="regular",
        categories=frozenset({"boots"}),
    ),
}


def maybe(rng: random.Random, value, known: float = 0.7):
    """Publish `value` with probability `known`, as in a sparse real catalog."""
    return value if rng.random() < known else None


# Every column starts unpublished, as in a row read from the database.
UNPUBLISHED = {column.key: None for column in Product.__table__.columns}


def synthetic_product(rng: random.Random, number: int) -> Product:
    return Product(**{**UNPUBLISHED, **_figures(rng, number)})


def _figures(rng: random.Random, number: int) -> dict:
    category, support = rng.choice(KINDS)
    low = Decimal(rng.randrange(54, 62))
    length = Decimal(rng.randrange(40, 70))
    return dict(
        slug=f"synthetic-{number:05d}",
        brand=BRAND,
        model=f"Model {number:05d}",
        category=category,
        support_level=support,
        status=maybe(rng, rng.choice(["current"] * 9 + ["discontinued"])),
        price_cents=maybe(rng, rng.randrange(3_000, 60_000)),
        price_currency="USD",
        price_seen=maybe(rng, f"{rng.randrange(2010, 2027)}-{rng.randrange(1, 13):02d}"),
        max_user_weight_lb=maybe(rng, Decimal(rng.randrange(220, 360, 10))),
        user_height_min_in=maybe(rng, low),
        user_height_max_in=maybe(rng, low + Decimal(rng.randrange(16, 26))),
        max_angle_deg=maybe(rng, Decimal(rng.choice([60, 70, 90, 90])), 0.5),
        angle_control=maybe(rng, rng.choice(["tether", "pin_presets", "none"]), 0.5),
        in_use_length_in=maybe(rng, length),
        in_use_width_in=maybe(rng, Decimal(rng.randrange(24, 34))),
        in_use_height_in=maybe(rng, Decimal(rng.randrange(50, 70))),
        sweep_length_in=maybe(rng, length + Decimal(rng.randrange(15, 35)), 0.3),
        sweep_width_in=maybe(rng, Decimal(rng.randrange(24, 34)), 0.3),
        sweep_height_in=maybe(rng, Decimal(rng.randrange(70, 95)), 0.3),
        folded_length_in=maybe(rng, Decimal(rng.randrange(15, 30)), 0.3),
        folded_width_in=maybe(rng, Decimal(rng.randrange(24, 34)), 0.3),
        foldable=maybe(rng, rng.random() < 0.6),
        needs={"boots": "bar", "trapeze": "overhead_anchor", "headstand_bench": "wall"}.get(
            category, "nothing"
        ),
        features=[],
    )


def synthetic_catalog(size: int, seed: int = 3) -> list[Product]:
    rng = random.Random(seed)  # noqa: S311 - made-up test data, not security
    return [synthetic_product(rng, number) for number in range(1, size + 1)]


def time_ms(work, runs: int) -> tuple[float, float]:
    """Return the median and the fastest of `runs` timings of `work()`, in milliseconds."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), min(timings)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 10_000])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per size (median)")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    print(f"Recommender on synthetic catalogs (brand {BRAND!r}, never stored).")
    python = sys.version.split()[0]
    print(f"Python {python}, {os.cpu_count()} CPUs; median (fastest) of {args.runs} runs.")
    print("'decide' is recommend(); 'with words' also writes every sentence the API returns.")
    print("Both start from each product's figures, read once per catalog version as on the site.")
    for name, answers in SCENARIOS.items():
        print(f"\n{name}")
        previous = None
        for size in args.sizes:
            # As on the site: figures are read from the rows once per catalog version
            # (catalog/snapshot.py), so each request starts from facts, not rows.
            products = tuple(read_facts(product) for product in synthetic_catalog(size))
            result = recommend(products, answers, today=TODAY)
            decide = time_ms(lambda p=products, a=answers: recommend(p, a, today=TODAY), args.runs)
            words = time_ms(lambda p=products, a=answers: _with_words(p, a), args.runs)
            growth = (
                f"  x{decide[0] / previous[1]:.1f} for x{size // previous[0]}" if previous else ""
            )
            print(
                f"  {size:>6} products: decide {decide[0]:7.2f} ms ({decide[1]:.2f}), "
                f"with words {words[0]:7.2f} ms ({words[1]:.2f}); "
                f"{len(result.eligible)} fit, {len(result.relaxations)} relaxations{growth}"
            )
            previous = (size, decide[0])
    return 0


def _with_words(products, answers):
    return recommendation_record(recommend(products, answers, today=TODAY))


if __name__ == "__main__":
    sys.exit(main())
