"""What repeated runs do to a page and a product: suspicious prices held for review, a page
called gone only after repeated 404/410s (hard case 15), moves reported (hard case 16),
and a bot wall never touching availability (hard case 14)."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from catalog.importer.review import accept, reject
from catalog.models import HeldChange, PriceObservation, Product, ProductPage
from tests.importer.conftest import importer, write_sources

WEIGHTS = "/pages/case24_weights.html"  # $299.99, in stock
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def clock_at(moment: datetime):
    return lambda: moment


def state(sessions, slug: str):
    with sessions() as session:
        product = session.scalar(select(Product).where(Product.slug == slug))
        page = session.scalar(select(ProductPage).where(ProductPage.product_id == product.id))
        held = list(session.scalars(select(HeldChange).where(HeldChange.product_id == product.id)))
        session.expunge_all()
        return product, page, held


def test_a_price_jump_over_the_threshold_is_held_not_applied(synthetic, pages, tmp_path):
    slug = synthetic(
        "synthetic-jump", price_cents=99900, price_currency="USD", price_seen="2025-01"
    )
    report = importer(synthetic.sessions, write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]}))
    product, _, [held] = state(synthetic.sessions, slug)
    assert (product.price_cents, product.price_seen) == (99900, "2025-01")
    assert (held.status, held.proposed, held.current) == (
        "pending",
        {"price_cents": 29999, "currency": "USD"},
        {"price_cents": 99900, "currency": "USD"},
    )
    assert "70 % price drop" in held.reason
    assert report["summary"]["held"] == 1 and report["summary"]["changes"] >= 1


def test_a_currency_change_is_held(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-currency", price_cents=29999, price_currency="EUR")
    importer(synthetic.sessions, write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]}))
    product, _, [held] = state(synthetic.sessions, slug)
    assert product.price_currency == "EUR"
    assert held.reason == "the currency would change from EUR to USD"


def test_seeing_the_same_held_price_again_adds_no_rows(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-held-twice", price_cents=99900, price_currency="USD")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]})
    importer(synthetic.sessions, sources)
    importer(synthetic.sessions, sources, force=True)
    _, _, held = state(synthetic.sessions, slug)
    assert [(h.status, h.times_seen) for h in held] == [("pending", 2)]


def test_a_held_price_never_enters_the_price_history(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-held-history", price_cents=99900, price_currency="USD")
    importer(synthetic.sessions, write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]}))
    with synthetic.sessions() as session:
        prices = session.scalars(
            select(PriceObservation.price_cents).join(Product).where(Product.slug == slug)
        ).all()
    assert 29999 not in prices


def test_a_maintainer_accepting_a_held_price_applies_it_with_its_page(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-accept", price_cents=99900, price_currency="USD")
    importer(synthetic.sessions, write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]}))
    _, _, [held] = state(synthetic.sessions, slug)
    with synthetic.sessions() as session:
        accept(session, held.id, START)
        session.commit()
    product, _, [held] = state(synthetic.sessions, slug)
    assert (product.price_cents, held.status) == (29999, "accepted")


def test_a_rejected_price_is_not_raised_again(synthetic, pages, tmp_path):
    slug = synthetic("synthetic-reject", price_cents=99900, price_currency="USD")
    sources = write_sources(tmp_path, {slug: [pages.url(WEIGHTS)]})
    importer(synthetic.sessions, sources)
    _, _, [held] = state(synthetic.sessions, slug)
    with synthetic.sessions() as session:
        reject(session, held.id, START)
        session.commit()
    importer(synthetic.sessions, sources, force=True)
    product, _, held = state(synthetic.sessions, slug)
    assert product.price_cents == 99900
    assert [h.status for h in held] == ["rejected"]


def run_on(sessions, sources, moment: datetime) -> dict:
    return importer(sessions, sources, clock=clock_at(moment))


def test_a_page_is_gone_only_after_three_404s_over_a_week(synthetic, pages, tmp_path):
    pages.route("/removed", status=404, page="case15_not_found.html", validators=False)
    slug = synthetic("synthetic-removed", availability="in_stock")
    sources = write_sources(tmp_path, {slug: [pages.url("/removed")]})
    for day in (0, 4):
        run_on(synthetic.sessions, sources, START + timedelta(days=day))
    product, page, _ = state(synthetic.sessions, slug)
    assert (page.status, page.gone_streak, product.availability) == ("active", 2, "in_stock")

    report = run_on(synthetic.sessions, sources, START + timedelta(days=8))
    product, page, _ = state(synthetic.sessions, slug)
    assert (page.status, page.gone_streak) == ("gone", 3)
    assert product.availability == "unknown"
    assert any("gone: 3 answers of 404/410" in event for event in report["events"])


def test_three_quick_404s_are_not_enough_to_call_a_page_gone(synthetic, pages, tmp_path):
    pages.route("/flaky", status=410, page="case15_not_found.html", validators=False)
    slug = synthetic("synthetic-flaky")
    sources = write_sources(tmp_path, {slug: [pages.url("/flaky")]})
    for hour in (0, 1, 2):
        run_on(synthetic.sessions, sources, START + timedelta(hours=hour))
    _, page, _ = state(synthetic.sessions, slug)
    assert (page.status, page.gone_streak) == ("active", 3)


def test_a_page_that_answers_again_resets_its_gone_streak(synthetic, pages, tmp_path):
    pages.route("/blip", status=404, page="case15_not_found.html", validators=False, then=None)
    slug = synthetic("synthetic-blip")
    sources = write_sources(tmp_path, {slug: [pages.url("/blip")]})
    run_on(synthetic.sessions, sources, START)
    pages.route("/blip", page="case24_weights.html")
    run_on(synthetic.sessions, sources, START + timedelta(days=1))
    _, page, _ = state(synthetic.sessions, slug)
    assert (page.gone_streak, page.gone_since, page.last_outcome) == (0, None, "ok")


def test_a_bot_wall_never_changes_availability_or_price(synthetic, pages, tmp_path):
    pages.route("/walled", status=200, page="case14_challenge_page.html", validators=False)
    slug = synthetic(
        "synthetic-walled", availability="in_stock", price_cents=19900, price_currency="USD"
    )
    report = importer(synthetic.sessions, write_sources(tmp_path, {slug: [pages.url("/walled")]}))
    product, page, _ = state(synthetic.sessions, slug)
    assert (product.availability, product.price_cents) == ("in_stock", 19900)
    assert (page.last_outcome, page.failure_streak) == ("blocked", 1)
    assert report["summary"]["by_outcome"] == {"blocked": 1}


def test_a_redirect_to_the_home_page_counts_as_gone(synthetic, pages, tmp_path):
    pages.route("/discontinued", status=302, headers={"Location": "/"}, validators=False)
    pages.route("/", page="case16_home_page.html")
    slug = synthetic("synthetic-soft-404", price_cents=14900, price_currency="USD")
    report = importer(
        synthetic.sessions, write_sources(tmp_path, {slug: [pages.url("/discontinued")]})
    )
    product, page, _ = state(synthetic.sessions, slug)
    assert (page.last_outcome, page.gone_streak, product.price_cents) == ("gone", 1, 14900)
    assert "soft 404" in report["pages"][0]["reason"]


def test_a_permanent_move_seen_twice_is_reported_for_the_sources_file(synthetic, pages, tmp_path):
    pages.route("/old-name", status=301, headers={"Location": WEIGHTS}, validators=False)
    slug = synthetic("synthetic-moved")
    sources = write_sources(tmp_path, {slug: [pages.url("/old-name")]})
    first = importer(synthetic.sessions, sources)
    second = importer(synthetic.sessions, sources)
    assert first["pages"][0]["hops"] == [[301, pages.url(WEIGHTS)]]
    assert any(f"moved: {pages.url(WEIGHTS)}" in event for event in second["events"])
    assert not any("moved" in event for event in first["events"])
    product, page, _ = state(synthetic.sessions, slug)
    assert (page.moved_to, product.max_user_weight_lb) == (pages.url(WEIGHTS), Decimal(300))
