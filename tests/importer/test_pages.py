"""What shoppers and maintainers see of the importer's work: the price history and
"checked" date on product pages, held prices kept out of the current price, /about/data,
and imported text always shown as text."""

from datetime import UTC, date, datetime, timedelta

import pytest

from catalog.price_chart import Seen, price_chart
from tests.importer.conftest import importer, write_sources

DAY0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def at(moment):
    return lambda: moment


@pytest.fixture
def priced_twice(synthetic, pages, tmp_path):
    """A product whose page showed $299.99, then $259.00 ten days later."""
    slug = synthetic("synthetic-priced-twice")
    pages.route("/p", page="case24_weights.html")
    sources = write_sources(tmp_path, {slug: [pages.url("/p")]})
    importer(synthetic.sessions, sources, clock=at(DAY0))
    pages.route("/p", page="case25_dimensions.html")
    importer(synthetic.sessions, sources, clock=at(DAY0 + timedelta(days=10)))
    return slug


def test_a_product_page_draws_its_price_history_and_lists_it_as_a_table(client, priced_twice):
    html = client.get(f"/products/{priced_twice}").get_data(as_text=True)
    assert '<figure class="price-chart">' in html and 'class="price-line series-0"' in html
    assert "From $299.99 (4 May 2026) to $259.00 (14 May 2026)" in html
    table = html[html.index('<table class="price-table">') :]
    assert table.index("$259.00") < table.index("$299.99")  # newest first
    assert "(read by our importer)" in table


def test_a_product_page_says_when_its_page_was_last_checked(client, priced_twice):
    html = client.get(f"/products/{priced_twice}").get_data(as_text=True)
    assert "Last checked 14 May 2026: the page at 127.0.0.1 answered and was read." in html


def test_a_product_never_checked_says_its_figures_come_from_research(client):
    html = client.get("/products/teeter-hang-ups-nxt-s").get_data(as_text=True)
    assert "No shop page for this product has been checked by our importer yet" in html
    assert "$299.99" in html[html.index('<table class="price-table">') :]
    assert '<figure class="price-chart">' not in html  # one price is not a history


def test_a_held_price_is_explained_but_never_shown_as_the_current_price(
    client, synthetic, pages, tmp_path
):
    slug = synthetic(
        "synthetic-held-page", price_cents=99900, price_currency="USD", price_seen="2026-01"
    )
    importer(
        synthetic.sessions,
        write_sources(tmp_path, {slug: [pages.url("/pages/case24_weights.html")]}),
    )
    html = client.get(f"/products/{slug}").get_data(as_text=True)
    price_row = html[html.index('<th scope="row">Price</th>') :][:400]
    assert "$999.00" in price_row and "$299.99" not in price_row
    held = html[html.index("Held for review.") :][:400]
    assert "127.0.0.1 showed $299.99" in held and "the last confirmed one" in held


def test_the_data_page_counts_sourced_values_for_every_field(client):
    html = client.get("/about/data").get_data(as_text=True)
    assert "Out of 30 products" in html
    for label in ("Maximum user weight", "Shortest user", "Length folded", "Warranty"):
        assert f'<th scope="row">{label}</th>' in html
    assert '<meter min="0" max="30"' in html


def test_the_data_page_shows_each_checked_page_and_what_the_runs_changed(client, priced_twice):
    html = client.get("/about/data").get_data(as_text=True)
    checks = html[html.index('<table class="page-checks">') :]
    assert "synthetic-priced-twice" in checks and "answered and was read" in checks
    runs = html[html.index('id="runs"') :]
    assert "Price: $299.99 → <strong>$259.00</strong>" in runs.replace("price:", "Price:")
    assert "maximum user weight: not published → <strong>300 lb</strong>" in runs


def test_the_data_page_shows_changes_in_the_shoppers_units(client, priced_twice):
    html = client.get("/about/data?units=metric").get_data(as_text=True)
    assert "maximum user weight: not published → <strong>136.1 kg</strong>" in html


def test_prices_waiting_for_review_are_listed_on_the_data_page(client, synthetic, pages, tmp_path):
    slug = synthetic("synthetic-held-listed", price_cents=99900, price_currency="USD")
    importer(
        synthetic.sessions,
        write_sources(tmp_path, {slug: [pages.url("/pages/case24_weights.html")]}),
    )
    html = client.get("/about/data").get_data(as_text=True)
    held = html[html.index('id="held"') :]
    assert "127.0.0.1 showed $299.99 (we show $999.00)" in held


def test_hostile_text_from_a_page_is_shown_as_text_everywhere(client, synthetic, pages, tmp_path):
    slug = synthetic("synthetic-hostile")
    importer(
        synthetic.sessions, write_sources(tmp_path, {slug: [pages.url("/pages/hostile_text.html")]})
    )
    for path in (f"/products/{slug}", "/about/data"):
        body = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in body and "<img src=x" not in body
        assert 'href="javascript' not in body.lower()
    record = client.get(f"/api/products/{slug}").get_json()
    assert record["warranty"].startswith("5 years <script>")  # stored as text, not run
    page = client.get(f"/products/{slug}").get_data(as_text=True)
    assert "5 years &lt;script&gt;alert(&#39;warranty&#39;)&lt;/script&gt; onerror=alert(1)" in page
    assert (
        "&lt;script&gt;alert(&#39;heading&#39;)&lt;/script&gt; Synthetic (test) Evil Table" in page
    )
    assert 'style="' not in page


def test_a_local_file_source_is_never_rendered_as_a_link(client, synthetic, tmp_path):
    from tests.importer.pageserver import PAGES

    slug = synthetic("synthetic-local-file")
    url = (PAGES / "case24_weights.html").as_uri()
    importer(synthetic.sessions, write_sources(tmp_path, {slug: [url]}))
    html = client.get(f"/products/{slug}").get_data(as_text=True)
    assert "300 lb" in html and 'href="file:' not in html
    assert "(no public link)" in html


def seen(day: int, cents: int, currency: str = "USD", series: str = "shop") -> Seen:
    return Seen(date(2026, 1, 1) + timedelta(days=day), cents, currency, series, f"{cents}")


def test_a_chart_needs_two_prices_in_one_currency():
    assert price_chart([]) is None
    assert price_chart([seen(0, 100)]) is None
    assert price_chart([seen(0, 100), seen(5, 200, "EUR")]) is None


def test_the_chart_draws_the_latest_currency_as_steps_up_to_the_last_check():
    chart = price_chart(
        [seen(0, 30000, "EUR"), seen(1, 29999), seen(11, 25900)], until=date(2026, 1, 22)
    )
    assert chart.currency == "USD"
    [series] = chart.series
    assert series.path.startswith(f"M{series.dots[0].x},{series.dots[0].y} H{series.dots[1].x} V")
    assert series.path.endswith("H544.0")  # the right edge: the last check
    assert series.dots[1].y > series.dots[0].y  # cheaper is lower
    assert [tick.label for tick in chart.y_ticks] == ["$259.00", "$299.99"]


def test_a_flat_price_is_drawn_mid_height_and_said_to_be_unchanged():
    chart = price_chart([seen(0, 19900), seen(30, 19900)])
    assert {dot.y for dot in chart.series[0].dots} == {84.0}
    assert chart.summary.endswith("the price did not change.")


def test_each_page_gets_its_own_line():
    chart = price_chart(
        [seen(0, 100, series="a"), seen(3, 120, series="b"), seen(6, 110, series="a")]
    )
    assert [(s.name, s.index, len(s.dots)) for s in chart.series] == [("a", 0, 2), ("b", 1, 1)]
