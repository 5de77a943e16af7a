"""Importer fixtures: the local page server, crawlers with tiny delays, synthetic products
in the test database, and sources files pointing at the server."""

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from catalog.database import make_sessions
from catalog.importer.crawler import Crawler
from catalog.importer.fetch import Fetcher
from catalog.importer.fetched import Limits
from catalog.importer.pacing import Pacer
from catalog.importer.plan import PagePlan, host_of
from catalog.importer.robots import RobotsGate
from catalog.importer.run import ROBOT_NAME, RunOptions, run_import, user_agent
from catalog.importer.sources import PageSpec, Retailer
from catalog.models import Base, Product
from tests.importer.pageserver import PageServer

CONTACT = "https://inversion-guide.test/about/data"
FAST = Limits(connect_timeout_s=2, read_timeout_s=2, deadline_s=5, max_bytes=10_000_000)


@pytest.fixture(scope="session")
def page_server():
    server = PageServer().start()
    yield server
    server.stop()


@pytest.fixture
def pages(page_server):
    """The page server with no routes set and an empty request log."""
    page_server.reset()
    yield page_server
    page_server.reset()


class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self):
        self.now, self.sleeps = 1000.0, []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time():
    return FakeTime()


@pytest.fixture
def make_crawler(fake_time):
    """Build a crawler like a run's, on a fake clock (pauses are recorded, not slept)."""
    made = []

    def make(limits: Limits = FAST, delay_s: float = 0.0, force: bool = False) -> Crawler:
        fetcher = Fetcher(user_agent(CONTACT), limits)
        made.append(fetcher)
        pacer = Pacer(delay_s=delay_s, clock=fake_time.clock, sleep=fake_time.sleep)
        return Crawler(fetcher, pacer, RobotsGate(fetcher, ROBOT_NAME, pacer.wait_turn), force)

    yield make
    for fetcher in made:
        fetcher.close()


def page_plan(url: str, retailer: Retailer | None = None, **stored) -> PagePlan:
    retailer = retailer or Retailer("test-shop", "Test shop", "retailer", "USD")
    return PagePlan(PageSpec("synthetic-page", url, retailer), host_of(url), **stored)


def add_synthetic(sessions, slug: str, **values) -> str:
    """Add one made-up product (brand "Synthetic (test)"); return its slug."""
    with sessions() as session:
        values.setdefault("features", [])
        session.add(
            Product(
                slug=slug,
                brand="Synthetic (test)",
                model=slug,
                category="table",
                support_level="table_bed",
                description="A made-up product for the importer's tests.",
                **values,
            )
        )
        session.commit()
    return slug


@pytest.fixture
def synthetic(writable_db):
    """Add made-up products to the writable test database (restored after the test)."""
    sessions = make_sessions(writable_db)

    def add(slug: str, **values) -> str:
        return add_synthetic(sessions, slug, **values)

    add.sessions = sessions
    return add


def write_sources(folder: Path, products: dict, retailers: dict | None = None) -> Path:
    """A sources file for the test shop; `products` maps slug -> list of page entries."""
    data = {
        "contact_url": CONTACT,
        "retailers": retailers
        or {"test-shop": {"name": "Test shop", "tier": "retailer", "currency": "USD"}},
        "products": {
            slug: [
                entry if isinstance(entry, dict) else {"url": entry, "retailer": "test-shop"}
                for entry in entries
            ]
            for slug, entries in products.items()
        },
    }
    path = folder / "sources.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def importer(sessions, sources: Path, **options) -> dict:
    """Run the importer for real, with a tiny delay between requests to a host."""
    options.setdefault("delay_s", 0.01)
    options.setdefault("limits", FAST)
    return run_import(sessions, RunOptions(sources_path=sources, **options))


def row_counts(sessions) -> dict[str, int]:
    with sessions() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        }
