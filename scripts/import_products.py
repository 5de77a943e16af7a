"""Refresh prices, availability and specs from the product pages in the sources file.

    .venv/bin/python scripts/import_products.py                 # a real run
    .venv/bin/python scripts/import_products.py --dry-run       # print the diff, write nothing
    .venv/bin/python scripts/import_products.py --only teeter-ep-560-ltd --report run.json
    .venv/bin/python scripts/import_products.py --held          # changes waiting for review
    .venv/bin/python scripts/import_products.py --accept 12     # or --reject 12

The same command runs as `flask --app webapp import-products`. Exit status: 0 when the
run ran (even if some pages failed), 2 when it could not run at all.
"""

import argparse
import json
import os
import sys
from decimal import Decimal
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from catalog.database import make_engine, make_sessions, sqlite_url
from catalog.importer.holds import list_pending
from catalog.importer.progress import progress_for
from catalog.importer.report import summary_text
from catalog.importer.review import NotPending, accept, describe, reject
from catalog.importer.run import RunOptions, run_import
from catalog.importer.runs import RunRefused
from catalog.importer.sources import DEFAULT_PATH
from catalog.models.base import utc_now

INSTANCE = Path(__file__).resolve().parent.parent / "instance"


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=Path, default=DEFAULT_PATH, help="sources file")
    parser.add_argument("--database-url", help="default: $DATABASE_URL, else instance/")
    parser.add_argument("--only", action="append", default=[], metavar="SLUG", help="repeatable")
    parser.add_argument("--dry-run", action="store_true", help="print the diff, write nothing")
    parser.add_argument("--report", type=Path, metavar="FILE.json", help="write the report")
    parser.add_argument(
        "--delay", type=float, default=5.0, help="seconds between requests to a host"
    )
    parser.add_argument("--force", action="store_true", help="ignore validators; reparse all")
    parser.add_argument("--max-price-jump", type=Decimal, default=Decimal(50), metavar="PERCENT")
    parser.add_argument("--quiet", action="store_true", help="no progress output")
    parser.add_argument(
        "--contact-url",
        default=os.environ.get("IMPORTER_CONTACT_URL"),
        help="where site owners can reach you, sent in the User-Agent "
        "(default: $IMPORTER_CONTACT_URL, else the sources file's)",
    )
    review = parser.add_mutually_exclusive_group()
    review.add_argument("--held", action="store_true", help="list changes held for review")
    review.add_argument("--accept", type=int, metavar="ID", help="apply a held change")
    review.add_argument("--reject", type=int, metavar="ID", help="drop a held change")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    url = args.database_url or os.environ.get("DATABASE_URL") or sqlite_url(INSTANCE)
    engine = make_engine(url)
    try:
        if args.held or args.accept or args.reject:
            return review_held(make_sessions(engine), args)
        return run(make_sessions(engine), args)
    except SQLAlchemyError as error:
        print(f"import-products: database error: {error}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()


def run(sessions, args) -> int:
    options = RunOptions(
        sources_path=args.sources,
        only=tuple(args.only),
        dry_run=args.dry_run,
        force=args.force,
        delay_s=args.delay,
        price_jump=args.max_price_jump / 100,
        contact_url=args.contact_url,
    )
    progress = None if args.quiet else progress_for(sys.stderr)
    try:
        report = run_import(sessions, options, progress)
    except RunRefused as error:
        print(f"import-products: {error}", file=sys.stderr)
        return 2
    print(summary_text(report))
    if args.report:
        args.report.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    return 0


def review_held(sessions, args) -> int:
    with sessions() as session:
        if args.held:
            pending = list_pending(session)
            print("\n".join(describe(held) for held in pending) or "Nothing is held for review.")
            return 0
        decide = accept if args.accept else reject
        try:
            held = decide(session, args.accept or args.reject, utc_now())
        except NotPending as error:
            print(f"import-products: {error}", file=sys.stderr)
            return 2
        session.commit()
        print(f"{held.status}: {describe(held)}")
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
