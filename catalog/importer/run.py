"""One import run, start to finish: read the sources file, plan, then for each product
read its pages and apply them in one transaction; finally record the report.

Killing the process at any moment leaves the database consistent: every product is its
own transaction, and the run record left "running" is marked "interrupted" next time.
One failing page or product never stops the others. A dry run writes nothing at all.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from catalog.database import schema_is_current
from catalog.importer.apply import Context, apply_product
from catalog.importer.crawler import Crawler
from catalog.importer.fetch import Fetcher
from catalog.importer.fetched import Limits
from catalog.importer.pacing import Pacer
from catalog.importer.plan import make_plan, retire_unlisted
from catalog.importer.progress import Silent
from catalog.importer.reading import read_page
from catalog.importer.report import RunReport
from catalog.importer.robots import RobotsGate
from catalog.importer.runs import RunRefused, finish_run, heartbeat, start_run
from catalog.importer.sources import DEFAULT_PATH, SourcesFileError, read_sources
from catalog.importer.validate import PRICE_JUMP
from catalog.models import Product
from catalog.models.base import utc_now

ROBOT_NAME = "InversionGuideBot"


@dataclass(frozen=True)
class RunOptions:
    sources_path: Path = DEFAULT_PATH
    only: tuple[str, ...] = ()
    dry_run: bool = False
    force: bool = False  # refetch and reparse even unchanged pages
    delay_s: float = 5.0  # between two requests to one host
    limits: Limits = Limits()
    price_jump: Decimal = PRICE_JUMP
    clock: Callable[[], datetime] = utc_now
    contact_url: str | None = None  # overrides the sources file's, for the User-Agent


def user_agent(contact_url: str) -> str:
    return f"{ROBOT_NAME}/1.0 (+{contact_url}; refreshes product facts, obeys robots.txt)"


def run_import(sessions, options: RunOptions, progress=None) -> dict:
    """Run the importer; return the report. Raise RunRefused when it cannot start."""
    progress = progress or Silent()
    sources = _checked_sources(options.sources_path, options.contact_url)
    plan, run_id = _prepare(sessions, sources, options)
    report = RunReport(run_id, options.dry_run, options.clock())
    report.notes += [
        f"no product {s!r} in the catalog; its pages were skipped" for s in plan.unknown_slugs
    ]
    crawler = make_crawler(options.contact_url or sources.contact_url, options)
    progress.start(sum(len(p.pages) for p in plan.products))
    try:
        for product_plan in plan.products:
            readings = [read_page(crawler, page) for page in product_plan.pages]
            for reading in readings:
                progress.page(product_plan.slug, reading)
            result = _apply(sessions, product_plan.slug, readings, run_id, options, report)
            report.add(product_plan.slug, readings, result)
    finally:
        crawler.fetcher.close()
        progress.finish()
    return _finish(sessions, run_id, report, options)


def make_crawler(contact_url: str, options: RunOptions) -> Crawler:
    """The run's polite fetcher: one session, one pacer, robots.txt read per host."""
    fetcher = Fetcher(user_agent(contact_url), options.limits)
    pacer = Pacer(delay_s=options.delay_s)
    robots = RobotsGate(fetcher, ROBOT_NAME, pacer.wait_turn)
    return Crawler(fetcher, pacer, robots, options.force)


def _checked_sources(path, contact_url: str | None):
    try:
        sources = read_sources(path)
    except SourcesFileError as error:
        raise RunRefused(str(error)) from error
    web_pages = [p for p in sources.pages if p.url.startswith(("http:", "https:"))]
    if web_pages and sources.contact_is_placeholder and not contact_url:
        raise RunRefused(
            "contact_url in the sources file is a placeholder: pass --contact-url (or set "
            "IMPORTER_CONTACT_URL) to a page where site owners can reach you before fetching "
            "from the web (it goes in the User-Agent)"
        )
    return sources


def _prepare(sessions, sources, options: RunOptions):
    with sessions() as session:
        if not schema_is_current(session.get_bind()):
            raise RunRefused(
                "the database is not on the newest schema: run `flask --app webapp init-db` first"
            )
        plan = make_plan(session, sources, options.only)
        planned = {product.slug for product in plan.products}
        missing = [slug for slug in options.only if slug not in planned]
        if missing:
            raise RunRefused(
                f"--only names no product of the sources file and catalog: {', '.join(missing)}"
            )
        if options.dry_run:
            return plan, None
        run = start_run(session, options.clock())
        if not options.only:
            retire_unlisted(session, sources)
        session.commit()
        return plan, run.id


def _apply(sessions, slug: str, readings: list, run_id, options: RunOptions, report: RunReport):
    """Apply one product in its own transaction (rolled back in a dry run)."""
    with sessions() as session:
        product = session.scalar(select(Product).where(Product.slug == slug))
        try:
            result = apply_product(
                session, product, readings, Context(run_id, options.clock(), options.price_jump)
            )
            heartbeat(session, run_id, options.clock())
        except SQLAlchemyError:
            raise
        except Exception as error:  # a bug on one product must not stop the run
            session.rollback()
            report.errors.append(f"{slug}: could not apply: {type(error).__name__}: {error}")
            return None
        if options.dry_run:
            session.rollback()
        else:
            session.commit()
        return result


def _finish(sessions, run_id, report: RunReport, options: RunOptions) -> dict:
    finished = options.clock()
    data = report.as_json(finished)
    if run_id is not None:
        with sessions() as session:
            finish_run(session, run_id, finished, data)
            session.commit()
    return data
