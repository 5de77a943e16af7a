"""The maintainer's commands: scripts/import_products.py and `flask --app webapp
import-products`. Exit 0 when the run ran (even with failing pages), 2 when it could not."""

import io
import json

import pytest
from sqlalchemy import select

from catalog.importer.progress import TerminalBar
from catalog.models import HeldChange, Product
from scripts import import_products
from tests.importer.conftest import write_sources

WEIGHTS = "/pages/case24_weights.html"


@pytest.fixture
def run_script(database_url):
    def run(*args: str) -> int:
        return import_products.main(["--database-url", database_url, "--delay", "0.01", *args])

    return run


def test_a_run_with_a_failing_page_still_exits_0_and_summarises_by_outcome_and_host(
    synthetic, pages, tmp_path, run_script, capsys
):
    pages.route("/missing", status=404, validators=False)
    ok, gone = synthetic("synthetic-cli-ok"), synthetic("synthetic-cli-gone")
    sources = write_sources(tmp_path, {ok: [pages.url(WEIGHTS)], gone: [pages.url("/missing")]})
    assert run_script("--sources", str(sources), "--quiet") == 0
    out = capsys.readouterr().out
    assert "By outcome: gone 1, ok 1" in out
    assert "127.0.0.1: gone 1, ok 1" in out


def test_the_report_file_holds_the_summary_the_pages_and_the_changes(
    synthetic, pages, tmp_path, run_script
):
    slug = synthetic("synthetic-cli-report")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]})
    report_path = tmp_path / "run.json"
    assert run_script("--sources", str(sources), "--report", str(report_path), "--quiet") == 0
    report = json.loads(report_path.read_text())
    assert report["summary"]["by_host"] == {"127.0.0.1": {"ok": 1}}
    assert report["pages"][0]["strategies"]["price"] == ["jsonld"]
    assert any(change["field"] == "max_user_weight_lb" for change in report["changes"])


def test_a_dry_run_prints_each_change_it_would_make(synthetic, pages, tmp_path, run_script, capsys):
    slug = synthetic("synthetic-cli-dry")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]})
    assert run_script("--sources", str(sources), "--dry-run", "--quiet") == 0
    out = capsys.readouterr().out
    assert "Dry run (nothing written)" in out
    assert f"~ {slug} price_cents: None -> 29999" in out


def test_only_limits_the_run_to_one_product(synthetic, pages, tmp_path, run_script):
    first, second = synthetic("synthetic-only-a"), synthetic("synthetic-only-b")
    sources = write_sources(
        tmp_path,
        {first: [pages.url(WEIGHTS)], second: [pages.url("/pages/case25_dimensions.html")]},
    )
    assert run_script("--sources", str(sources), "--only", second, "--quiet") == 0
    assert pages.requests_for(WEIGHTS) == []
    assert len(pages.requests_for("/pages/case25_dimensions.html")) == 1


@pytest.mark.parametrize(
    "problem, message",
    [
        ("broken", "Expecting property name"),
        ("unknown-only", "--only names no product"),
        ("bad-scheme", "url must be http(s):// or a file: path"),
        ("placeholder-contact", "contact_url in the sources file is a placeholder"),
    ],
)
def test_a_run_that_cannot_start_exits_2_and_says_why(
    synthetic, pages, tmp_path, run_script, capsys, problem, message
):
    slug = synthetic("synthetic-cli-refused")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]})
    extra = []
    if problem == "broken":
        sources.write_text("{not json")
    elif problem == "unknown-only":
        extra = ["--only", "no-such-product"]
    elif problem == "bad-scheme":
        sources.write_text(sources.read_text().replace("http://127.0.0.1", "ftp://127.0.0.1"))
    else:
        sources.write_text(
            sources.read_text().replace("inversion-guide.test", "inversion-guide.example")
        )
    assert run_script("--sources", str(sources), "--quiet", *extra) == 2
    assert message in capsys.readouterr().err


def test_a_contact_address_given_on_the_command_line_replaces_a_placeholder(
    synthetic, pages, tmp_path, run_script
):
    slug = synthetic("synthetic-cli-contact")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]})
    sources.write_text(
        sources.read_text().replace("inversion-guide.test", "inversion-guide.example")
    )
    contact = "https://maintainer.test/contact"
    assert run_script("--sources", str(sources), "--quiet", "--contact-url", contact) == 0
    (seen,) = pages.requests_for(WEIGHTS)
    assert f"+{contact};" in seen.headers["User-Agent"]


def test_progress_is_plain_log_lines_when_not_on_a_terminal(
    synthetic, pages, tmp_path, run_script, capsys
):
    slug = synthetic("synthetic-cli-log")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]})
    assert run_script("--sources", str(sources)) == 0
    assert f"[1/1] {slug} ok: {pages.url(WEIGHTS)} (parsed)" in capsys.readouterr().err


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_is_a_bar_redrawn_in_place():
    from catalog.importer.progress import progress_for

    terminal = FakeTerminal()
    bar = progress_for(terminal)
    assert isinstance(bar, TerminalBar)
    bar.start(2)
    bar.page("synthetic-a", _Reading("ok"))
    bar.page("synthetic-b", _Reading("gone"))
    bar.finish()
    text = terminal.getvalue()
    assert text.count("\r[") == 2 and "2/2 synthetic-b gone" in text and "#" * 30 in text


class _Fetched:
    def __init__(self, outcome):
        self.outcome, self.reason = outcome, ""


class _Reading:
    def __init__(self, outcome):
        self.fetched, self.parsed = _Fetched(outcome), False


def test_held_changes_are_listed_and_can_be_accepted(
    synthetic, pages, tmp_path, run_script, capsys
):
    slug = synthetic("synthetic-cli-held", price_cents=99900, price_currency="USD")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]})
    run_script("--sources", str(sources), "--quiet")
    capsys.readouterr()
    assert run_script("--held") == 0
    listing = capsys.readouterr().out
    assert f"{slug} price $999.00 -> $299.99" in listing
    with synthetic.sessions() as session:
        held_id = session.scalar(select(HeldChange.id).join(Product).where(Product.slug == slug))
    assert run_script("--accept", str(held_id)) == 0
    assert run_script("--accept", str(held_id)) == 2  # already decided
    with synthetic.sessions() as session:
        assert session.scalar(select(Product.price_cents).where(Product.slug == slug)) == 29999


def test_the_flask_command_runs_the_same_import(app, synthetic, pages, tmp_path):
    slug = synthetic("synthetic-flask")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]})
    result = app.test_cli_runner().invoke(
        args=[
            "import-products",
            "--sources",
            str(sources),
            "--dry-run",
            "--quiet",
            "--delay",
            "0.01",
        ]
    )
    assert result.exit_code == 0, result.output
    assert "Dry run (nothing written): 1 pages" in result.output


def test_the_flask_command_refuses_a_broken_sources_file(app, tmp_path):
    broken = tmp_path / "sources.json"
    broken.write_text("[]")
    result = app.test_cli_runner().invoke(args=["import-products", "--sources", str(broken)])
    assert result.exit_code != 0 and "one JSON object" in result.output


def test_a_sources_entry_for_a_product_not_in_the_catalog_is_noted_not_fatal(
    synthetic, pages, tmp_path, run_script, capsys
):
    slug = synthetic("synthetic-cli-known")
    sources = write_sources(
        tmp_path, {slug: [pages.url(WEIGHTS)], "no-such-product": [pages.url(WEIGHTS)]}
    )
    assert run_script("--sources", str(sources), "--quiet") == 0
    out = capsys.readouterr().out
    assert "- no product 'no-such-product' in the catalog; its pages were skipped" in out
    assert "Key: ~ changed" in out
