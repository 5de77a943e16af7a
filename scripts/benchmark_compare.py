"""Time the comparison builder: read the list, build the rows, fit, draw and export.

Usage: python -m scripts.benchmark_compare [--database URL] [--rounds N]

Without --database the shipped catalog is loaded into a temporary SQLite file. Prints the
median and the slowest time per step for four real products; nothing is asserted.
"""

import argparse
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from catalog.catalog_file import read_catalog
from catalog.comparison.export import comparison_csv, comparison_record
from catalog.comparison.page import comparison_page
from catalog.comparison.selection import read_selection
from catalog.comparison.table import build_comparison
from catalog.database import make_engine, make_sessions, migrate
from catalog.fit import FitProfile
from catalog.seed import load_catalog

FOUR = "teeter-ep-560-ltd,innova-itx9400,iron-gym-total-upper-body-workout-bar,teeter-ep-970-ltd"
PROFILE = FitProfile(Decimal(70), Decimal(180), Decimal(120), Decimal(96), Decimal(96))


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="a database URL holding the catalog")
    parser.add_argument("--rounds", type=int, default=200)
    return parser.parse_args(argv)


def timed(label: str, rounds: int, work) -> None:
    times_ms = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times_ms.append((time.perf_counter() - start) * 1000)
    print(f"{label:<44} median {statistics.median(times_ms):7.2f} ms   max {max(times_ms):7.2f} ms")


def run(sessions, rounds: int) -> None:
    with sessions() as session:
        products = read_selection(session, [FOUR]).compared
        comparison = build_comparison(products, "imperial", PROFILE)
        timed("read the list (4 products)", rounds, lambda: read_selection(session, [FOUR]))
        timed(
            "build rows + fit (4 products)",
            rounds,
            lambda: build_comparison(products, "metric", PROFILE),
        )
        timed("CSV", rounds, lambda: comparison_csv(comparison))
        timed("JSON record", rounds, lambda: comparison_record(comparison))
        timed(
            "whole page: list, rows, fit, drawing, picker",
            rounds,
            lambda: comparison_page(session, [FOUR], "imperial", PROFILE),
        )


def main(argv=None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        url = args.database or f"sqlite:///{Path(folder) / 'benchmark.sqlite3'}"
        engine = make_engine(url)
        if not args.database:
            migrate(engine)
            with make_sessions(engine)() as session:
                load_catalog(session, read_catalog())
                session.commit()
        print(f"database: {engine.url.render_as_string()}; {args.rounds} rounds each")
        run(make_sessions(engine), args.rounds)
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
