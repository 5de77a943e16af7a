"""Killing the importer at any moment leaves the database consistent: the real script runs
in a subprocess against a page server that stalls mid-run, and is killed with SIGKILL."""

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from catalog.importer.runs import RunRefused
from catalog.models import ImportRun, Product, ProductPage
from tests.importer.conftest import importer, write_sources

ROOT = Path(__file__).parent.parent.parent
SCRIPT = ROOT / "scripts" / "import_products.py"


def wait_for_request(pages, path: str, limit_s: float = 30.0) -> None:
    deadline = time.monotonic() + limit_s
    while not pages.requests_for(path):
        assert time.monotonic() < deadline, f"the importer never asked for {path}"
        time.sleep(0.05)


def products(sessions, slugs) -> dict[str, Product]:
    with sessions() as session:
        found = {p.slug: p for p in session.scalars(select(Product).where(Product.slug.in_(slugs)))}
        session.expunge_all()
        return found


def test_a_run_killed_mid_way_keeps_finished_products_and_is_marked_interrupted_next_time(
    synthetic, pages, tmp_path, database_url
):
    pages.route("/stalls", page="case23_height_range_table.html", stall_s=120)
    slugs = [synthetic(f"synthetic-crash-{n}") for n in range(3)]
    urls = [
        pages.url("/pages/case24_weights.html"),
        pages.url("/pages/case25_dimensions.html"),
        pages.url("/stalls"),
    ]
    sources = write_sources(tmp_path, dict(zip(slugs, [[url] for url in urls], strict=True)))
    command = [
        sys.executable,
        str(SCRIPT),
        "--sources",
        str(sources),
        "--database-url",
        database_url,
        "--delay",
        "0",
        "--quiet",
    ]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_request(pages, "/stalls")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        process.stderr.close()

    found = products(synthetic.sessions, slugs)
    assert found[slugs[0]].price_cents == 29999  # committed before the kill
    assert found[slugs[1]].in_use_length_in == 60
    assert found[slugs[2]].price_cents is None  # nothing half-written
    with synthetic.sessions() as session:
        killed = session.scalars(select(ImportRun).where(ImportRun.status == "running")).one()
        pages_of_stalled = session.scalars(
            select(ProductPage).join(Product).where(Product.slug == slugs[2])
        ).all()
    assert pages_of_stalled == []

    pages.route("/stalls", page="case23_height_range_table.html")
    report = importer(synthetic.sessions, sources)
    with synthetic.sessions() as session:
        assert session.get(ImportRun, killed.id).status == "interrupted"
        assert session.get(ImportRun, report["run_id"]).status == "finished"
    assert products(synthetic.sessions, slugs)[slugs[2]].user_height_max_in == 78


def test_a_second_run_refuses_to_start_while_another_is_alive(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-overlap")
    with synthetic.sessions() as session:
        now = datetime.now(UTC)
        alive = ImportRun(
            started_at=now,
            status="running",
            counts={},
            report={},
            hostname=socket.gethostname(),
            pid=os.getpid(),
            heartbeat_at=now,
        )
        session.add(alive)
        session.commit()
        alive_id = alive.id
    with pytest.raises(RunRefused, match=f"import run {alive_id} is still running"):
        importer(
            synthetic.sessions,
            write_sources(tmp_path, {slug: [pages.url("/pages/case24_weights.html")]}),
        )
    with synthetic.sessions() as session:
        assert session.get(ImportRun, alive_id).status == "running"
