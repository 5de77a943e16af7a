"""Whole runs against the test database: values applied with their page and date, price
history appended only on change, nothing blanked, a second run changing nothing and
costing only 304s, and a dry run writing nothing at all."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from catalog.models import FieldSource, ImportRun, PriceObservation, Product, ProductPage
from tests.importer.conftest import importer, row_counts, write_sources

WEIGHTS = "/pages/case24_weights.html"
DIMENSIONS = "/pages/case25_dimensions.html"


def product(sessions, slug: str) -> Product:
    with sessions() as session:
        found = session.scalar(select(Product).where(Product.slug == slug))
        session.expunge_all()
        return found


def import_links(sessions, slug: str, field: str) -> list[FieldSource]:
    with sessions() as session:
        statement = (
            select(FieldSource)
            .join(Product)
            .where(Product.slug == slug, FieldSource.field == field)
        )
        links = list(session.scalars(statement))
        for link in links:
            _ = link.source.url
        session.expunge_all()
        return links


def test_an_import_sets_prices_and_specs_with_the_page_and_date_as_their_source(
    synthetic, pages, tmp_path
):
    slug = synthetic("synthetic-weights")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]})
    report = importer(synthetic.sessions, sources)

    table = product(synthetic.sessions, slug)
    assert (table.price_cents, table.price_currency, table.availability) == (
        29999,
        "USD",
        "in_stock",
    )
    assert (table.max_user_weight_lb, table.unit_weight_lb) == (Decimal(300), Decimal(72))
    [link] = import_links(synthetic.sessions, slug, "max_user_weight_lb")
    assert (link.origin, link.quote, link.source.url) == (
        "import",
        "300 lbs (136 kg)",
        pages.url(WEIGHTS),
    )
    assert link.recorded_on == date.today()
    assert report["summary"]["by_outcome"] == {"ok": 1}
    assert {c["field"] for c in report["changes"]} >= {"price_cents", "max_user_weight_lb"}


def test_the_first_import_starts_the_price_history(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-history")
    importer(synthetic.sessions, write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]}))
    with synthetic.sessions() as session:
        rows = session.execute(
            select(
                PriceObservation.price_cents,
                PriceObservation.currency,
                PriceObservation.availability,
                PriceObservation.origin,
            )
            .join(Product)
            .where(Product.slug == slug)
        ).all()
    assert rows == [(29999, "USD", "in_stock", "import")]


def test_a_second_run_over_unchanged_pages_costs_only_304s_and_changes_nothing(
    synthetic, pages, tmp_path
):
    slug = synthetic("synthetic-twice")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS), pages.url(DIMENSIONS)]})
    importer(synthetic.sessions, sources)
    before = row_counts(synthetic.sessions)
    first_state = product(synthetic.sessions, slug)

    report = importer(synthetic.sessions, sources)

    summary = report["summary"]
    assert summary["by_outcome"] == {"not_modified": 2}
    assert (summary["requests"], summary["conditional_requests"], summary["parsed"]) == (2, 2, 0)
    assert summary["changes"] == 0
    after = row_counts(synthetic.sessions)
    assert {t: n for t, n in after.items() if t != "import_run"} == {
        t: n for t, n in before.items() if t != "import_run"
    }
    again = product(synthetic.sessions, slug)
    assert (again.price_cents, again.max_user_weight_lb, again.in_use_length_in) == (
        first_state.price_cents,
        first_state.max_user_weight_lb,
        first_state.in_use_length_in,
    )


def test_a_page_without_validators_is_not_parsed_again_when_its_bytes_are_the_same(
    synthetic, pages, tmp_path
):
    pages.route("/plain", page="case24_weights.html", validators=False)
    slug = synthetic("synthetic-plain")
    sources = write_sources(tmp_path, {slug: [pages.url("/plain")]})
    importer(synthetic.sessions, sources)
    report = importer(synthetic.sessions, sources)
    assert report["summary"]["parsed"] == 0
    assert report["pages"][0]["notes"] == ["same bytes as last time: not parsed"]


def test_a_dry_run_prints_the_diff_and_writes_nothing_at_all(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-dry")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]})
    before = row_counts(synthetic.sessions)
    report = importer(synthetic.sessions, sources, dry_run=True)
    assert row_counts(synthetic.sessions) == before
    assert report["dry_run"] is True and report["run_id"] is None
    assert any(c["field"] == "price_cents" and c["new"] == 29999 for c in report["changes"])
    assert product(synthetic.sessions, slug).price_cents is None


def test_a_field_the_page_no_longer_shows_keeps_its_value(synthetic, pages, tmp_path):
    slug = synthetic(
        "synthetic-keep", max_user_weight_lb=Decimal(250), folded_length_in=Decimal(20)
    )
    importer(
        synthetic.sessions,
        write_sources(tmp_path, {slug: [pages.url("/pages/case01_malformed_jsonld_block.html")]}),
    )
    kept = product(synthetic.sessions, slug)
    assert (kept.max_user_weight_lb, kept.folded_length_in) == (Decimal(250), Decimal(20))
    assert kept.price_cents == 24900


def test_a_value_equal_to_the_stored_one_only_adds_the_page_as_a_source(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-confirm", max_user_weight_lb=Decimal("299.9"))
    report = importer(synthetic.sessions, write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]}))
    assert product(synthetic.sessions, slug).max_user_weight_lb == Decimal("299.9")
    assert "max_user_weight_lb" not in {c["field"] for c in report["changes"]}
    assert [
        link.origin for link in import_links(synthetic.sessions, slug, "max_user_weight_lb")
    ] == ["import"]


def test_a_changed_value_replaces_the_sources_of_the_old_one(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-replace", max_user_weight_lb=Decimal(250))
    with synthetic.sessions() as session:
        table = session.scalar(select(Product).where(Product.slug == slug))
        source = session.scalar(select(FieldSource.source_id).limit(1))
        session.add(
            FieldSource(
                product_id=table.id,
                field="max_user_weight_lb",
                source_id=source,
                recorded_on=date(2020, 1, 1),
                origin="catalog",
            )
        )
        session.commit()
    importer(synthetic.sessions, write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]}))
    links = import_links(synthetic.sessions, slug, "max_user_weight_lb")
    assert [(link.origin, link.quote) for link in links] == [("import", "300 lbs (136 kg)")]


def test_pages_that_disagree_on_a_spec_leave_it_unchanged_and_say_so(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-disagree", max_user_weight_lb=Decimal(250))
    report = importer(
        synthetic.sessions,
        write_sources(
            tmp_path, {slug: [pages.url(WEIGHTS), pages.url("/pages/case19_large_page.html")]}
        ),
    )
    assert product(synthetic.sessions, slug).max_user_weight_lb == Decimal(250)
    [conflict] = [c for c in report["conflicts"] if c["field"] == "max_user_weight_lb"]
    assert conflict["outcome"] == "withheld: the pages disagree"


def test_a_run_is_recorded_with_its_counts_and_report(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-recorded")
    report = importer(synthetic.sessions, write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]}))
    with synthetic.sessions() as session:
        run = session.get(ImportRun, report["run_id"])
        page = session.scalar(select(ProductPage).where(ProductPage.url == pages.url(WEIGHTS)))
    assert run.status == "finished" and run.finished_at is not None
    assert run.counts["by_outcome"] == {"ok": 1}
    assert run.report["changes"] == report["changes"]
    assert (page.last_outcome, page.etag is not None, page.failure_streak) == ("ok", True, 0)


def test_reloading_the_catalog_file_keeps_what_the_importer_learned(
    synthetic, pages, tmp_path, shipped_catalog
):
    from catalog.seed import load_catalog

    slug = "teeter-ep-560-ltd"  # 300 lb in the catalog file; the page below says 350 lb
    sources = write_sources(tmp_path, {slug: [pages.url("/pages/case19_large_page.html")]})
    importer(synthetic.sessions, sources)
    assert product(synthetic.sessions, slug).max_user_weight_lb == Decimal(350)
    with synthetic.sessions() as session:
        load_catalog(session, shipped_catalog)
        session.commit()
    assert product(synthetic.sessions, slug).max_user_weight_lb == Decimal(350)


def test_a_page_that_breaks_the_extractor_does_not_stop_the_others(
    synthetic, pages, tmp_path, monkeypatch
):
    from catalog.importer import reading

    real = reading.extract

    def fragile(body, content_type, url, retailer):
        if "case25" in url:
            raise RecursionError("a page nested ten thousand deep")
        return real(body, content_type, url, retailer)

    monkeypatch.setattr(reading, "extract", fragile)
    broken, fine = synthetic("synthetic-broken"), synthetic("synthetic-fine")
    sources = write_sources(tmp_path, {broken: [pages.url(DIMENSIONS)], fine: [pages.url(WEIGHTS)]})
    report = importer(synthetic.sessions, sources)
    assert product(synthetic.sessions, fine).price_cents == 29999
    [note] = [p["notes"] for p in report["pages"] if p["product"] == broken]
    assert note == ["could not be read: RecursionError: a page nested ten thousand deep"]
