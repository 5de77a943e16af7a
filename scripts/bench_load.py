"""Load benchmark: the site under gunicorn, driven by wrk, next to Flask's hello world.

    .venv/bin/python scripts/bench_load.py              # the shipped catalog, then 10,000
    .venv/bin/python scripts/bench_load.py --sizes 0 --duration 5
    .venv/bin/python scripts/bench_load.py --no-page-cache     # every request renders

Each page is served by `gunicorn -k sync -w 2` on 127.0.0.1 and hit by `wrk` for a bounded
run; the figures (requests/s, p50, p99, errors) are printed next to the hello-world figures
from the same run, as a ratio. Goals (issue 6): every page at least 0.5 of hello-world
throughput, no errors, p99 under 100 ms at 32 connections; at 10,000 synthetic products the
same pages within 2x of their figures on the shipped catalog. Needs Debian's `wrk`.
"""

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from catalog.catalog_file import read_catalog
from catalog.database import make_engine, make_sessions, migrate, sqlite_url
from catalog.seed import load_catalog
from catalog.synthetic import cite_synthetic_source, synthetic_products, synthetic_source

ROOT = Path(__file__).resolve().parent.parent
QUIZ_ANSWERS = (
    "conditions=none&experience=never&alone=no&goal=relief&height=70&weight=180"
    "&room_length=120&room_width=60&ceiling=96&units=imperial"
)


@dataclass(frozen=True)
class Figures:
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    errors: int


def pages(slugs: list[str]) -> dict[str, str]:
    """The pages the issue names, for a catalog whose first products are `slugs`."""
    return {
        "/": "/",
        "/products": "/products",
        "product page": f"/products/{slugs[0]}",
        "compare 4": "/compare?products=" + ",".join(slugs[:4]),
        "quiz results": f"/quiz/results?{QUIZ_ANSWERS}",
    }


def prepare_database(folder: Path, synthetic_count: int) -> tuple[str, list[str]]:
    """Build a SQLite database with the shipped catalog plus `synthetic_count` products."""
    url = sqlite_url(folder)
    engine = make_engine(url)
    migrate(engine)
    with make_sessions(engine)() as session:
        load_catalog(session, read_catalog())
        extra = synthetic_products(synthetic_count)
        cite_synthetic_source(extra, synthetic_source(), date.today())
        session.add_all(extra)
        session.commit()
    engine.dispose()
    slugs = [p.slug for p in extra] or [
        "teeter-ep-560-ltd",
        "ironman-gravity-4000",
        "innova-itx9400",
        "teeter-hang-ups-f5000",
    ]
    return url, slugs


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(app: str, port: int, workers: int, env: dict) -> subprocess.Popen:
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "-k",
        "sync",
        "-w",
        str(workers),
        "-b",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
        app,
    ]
    server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})  # noqa: S603
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            # Bandit B310 is a false alarm here: a fixed http:// address on this machine.
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)  # noqa: S310 # nosec B310
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError(f"gunicorn for {app} did not start")


def run_wrk(url: str, seconds: int, connections: int, threads: int) -> Figures:
    """Warm the page up, then measure it for `seconds`."""
    subprocess.run(["wrk", "-t1", "-c4", "-d1s", url], capture_output=True, check=True)  # noqa: S603,S607
    result = subprocess.run(  # noqa: S603
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    return parse_wrk(result.stdout)


def parse_wrk(output: str) -> Figures:
    def latency_ms(percentile: str) -> float:
        value, unit = re.search(
            rf"^\s*{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M
        ).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), "
        r"timeout (\d+)",
        output,
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = sum(map(int, socket_errors.groups())) if socket_errors else 0
    errors += int(non_2xx.group(1)) if non_2xx else 0
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    return Figures(rate, latency_ms("50"), latency_ms("99"), errors)


def measure_site(label: str, synthetic_count: int, args) -> dict[str, Figures]:
    with tempfile.TemporaryDirectory(prefix="bench-load-") as folder:
        url, slugs = prepare_database(Path(folder), synthetic_count)
        port = free_port()
        env = {"DATABASE_URL": url}
        if args.no_page_cache:
            env["FLASK_PAGE_CACHE"] = "false"  # every request renders: the worst case
        server = start_gunicorn("webapp:create_app()", port, args.workers, env)
        try:
            print(f"\n{label}")
            return {
                name: report(
                    name,
                    run_wrk(
                        f"http://127.0.0.1:{port}{path}",
                        args.duration,
                        args.connections,
                        args.threads,
                    ),
                    args.baseline,
                )
                for name, path in pages(slugs).items()
            }
        finally:
            server.terminate()
            server.wait()


def report(name: str, figures: Figures, baseline: Figures) -> Figures:
    ratio = figures.requests_per_s / baseline.requests_per_s
    verdict = "ok" if ratio >= 0.5 and figures.errors == 0 and figures.p99_ms < 100 else "MISS"
    print(
        f"  {name:<14} {figures.requests_per_s:>8.0f} req/s  p50 {figures.p50_ms:6.1f} ms  "
        f"p99 {figures.p99_ms:6.1f} ms  errors {figures.errors:<4} x{ratio:.2f} of hello  "
        f"{verdict}"
    )
    return figures


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per page")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[0, 10_000],
        help="synthetic products added to the shipped catalog, per run",
    )
    parser.add_argument(
        "--no-page-cache",
        action="store_true",
        help="turn the page cache off, to measure what rendering each page costs",
    )
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    port = free_port()
    hello = start_gunicorn("scripts.baseline_app:app", port, args.workers, {})
    try:
        args.baseline = run_wrk(
            f"http://127.0.0.1:{port}/", args.duration, args.connections, args.threads
        )
    finally:
        hello.terminate()
        hello.wait()
    print(
        f"hello world: {args.baseline.requests_per_s:.0f} req/s, "
        f"p99 {args.baseline.p99_ms:.1f} ms ({args.workers} sync workers, "
        f"{args.connections} connections, {args.duration} s per page, page cache "
        f"{'off' if args.no_page_cache else 'on'})"
    )
    runs = {
        size: measure_site(f"shipped catalog + {size:,} synthetic products", size, args)
        for size in args.sizes
    }
    if 0 in runs and len(runs) > 1:
        print("\nslow-down against the shipped catalog (goal: at most 2x)")
        for size, figures in runs.items():
            for name, page in figures.items():
                if size:
                    slowdown = runs[0][name].requests_per_s / page.requests_per_s
                    print(f"  {size:,} products, {name:<14} x{slowdown:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
