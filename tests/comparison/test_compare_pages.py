"""The comparison page: a shareable address, adding and removing, answers, units, bad input."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.comparison.conftest import html_rows

A, B, C, D, E = (
    "teeter-ep-560-ltd",
    "innova-itx9400",
    "innova-12in1-inversion-power-tower",
    "iron-gym-total-upper-body-workout-bar",
    "teeter-dex",
)


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def query_of(url: str) -> dict:
    return {name: values[0] for name, values in parse_qs(urlsplit(url).query).items()}


def value(response, label: str, position: int) -> str:
    row = next(r for r in html_rows(response.text) if r[1] == label)
    return row[2 + position]


def test_two_products_are_shown_side_by_side(client):
    response = client.get(f"/compare?products={A},{C}")
    assert response.status_code == 200
    heads = [th.select_one(".product-name").text for th in soup(response).select("thead th")]
    assert heads == ["Teeter EP-560 Ltd", "Innova 12-in-1 Inversion Table with Power Tower"]
    assert value(response, "Maximum user weight", 0) == "300 lb"
    assert value(response, "Maximum user weight", 1) == "250 lb"


@pytest.mark.parametrize(
    ("asked", "location"),
    [
        (f"products={A}&products={B}", f"/compare?products={A},{B}"),
        (f"products={A}&products={B}&products=", f"/compare?products={A},{B}"),
        (f"products={A},{B}&height=&weight=&only=", f"/compare?products={A},{B}"),
        (f"products={A}&products={B}&next=https://evil.example", f"/compare?products={A},{B}"),
        (
            f"products={A}&products={B}&height=70&units=imperial",
            f"/compare?products={A},{B}&height=70&units=imperial",
        ),
    ],
)
def test_the_address_is_made_canonical_by_a_redirect_within_the_site(client, asked, location):
    response = client.get(f"/compare?{asked}")
    assert response.status_code == 302
    assert response.headers["Location"] == location


def test_answers_without_units_get_the_units_they_were_read_in(client):
    client.set_cookie("units", "metric")
    try:
        response = client.get(f"/compare?products={A},{B}&height=178")
    finally:
        client.delete_cookie("units")
    assert query_of(response.headers["Location"])["units"] == "metric"


def test_a_canonical_address_is_served_without_a_redirect(client):
    assert client.get(f"/compare?products={A},{B}&only=differences").status_code == 200


def test_each_column_has_a_remove_link_to_the_comparison_without_it(client):
    page = soup(client.get(f"/compare?products={A},{B},{C}&height=70&units=imperial"))
    removes = [query_of(a["href"]) for a in page.select("thead .remove")]
    assert [r["products"] for r in removes] == [f"{B},{C}", f"{A},{C}", f"{A},{B}"]
    assert all(r["height"] == "70" for r in removes)  # the answers stay


def test_one_product_is_a_comparison_being_started_with_a_way_to_add_more(client):
    response = client.get(f"/compare?products={E}")
    page = soup(response)
    assert response.status_code == 200
    assert page.h1.text == "Start a comparison"
    form = page.select_one("#add form.picker")
    assert form.select_one("input[type=hidden][name=products]")["value"] == E
    offered = [box["value"] for box in form.select("input[type=checkbox]")]
    assert E not in offered
    assert offered[0] == "stamina-inline-inversion-chair"  # the same kind comes first


def test_adding_from_the_form_sends_the_list_repeated_and_lands_on_the_comparison(client):
    response = client.get(f"/compare?products={E}&products={A}", follow_redirects=True)
    assert response.status_code == 200
    assert len(soup(response).select("thead th")) == 2


def test_at_four_products_adding_is_closed_with_a_reason(client):
    page = soup(client.get(f"/compare?products={A},{B},{C},{D}"))
    assert page.select_one("#add form") is None
    assert "Remove one above to add another" in page.select_one("#add").text


def test_without_products_the_page_offers_every_product_to_tick(client):
    response = client.get("/compare")
    page = soup(response)
    assert response.status_code == 200
    assert len(page.select("form.picker input[type=checkbox]")) >= 30
    assert page.select_one("form.picker button").text == "Compare ticked products"


def test_differences_only_drops_rows_that_read_the_same(client):
    every = client.get(f"/compare?products={A},{C}")
    fewer = client.get(f"/compare?products={A},{C}&only=differences")
    labels = [row[1] for row in html_rows(fewer.text)]
    assert "Maximum user weight" in labels  # 300 lb against 250 lb
    assert "Warranty" not in labels  # not published for either
    assert len(labels) < len(html_rows(every.text))
    assert soup(fewer).select_one(".row-toggle strong").text == "Differences only"


def test_not_published_reads_differently_from_no(client):
    page = soup(client.get(f"/compare?products={A},{B}"))
    row = page.select_one('tr[data-row="foldable"]')
    assert row.select_one(".cell-value").text == "Yes"
    assert row.select_one(".unknown").text == "not published"


def test_the_lowest_price_is_marked_and_dated(client):
    page = soup(client.get(f"/compare?products={D},iron-gym-extreme-edition"))
    row = page.select_one('tr[data-row="price_cents"]')
    best = row.select_one("td.best")
    assert best.select_one(".cell-value").text == "$30.00 (seen Apr 2011)"
    assert "Lowest" in best.select_one(".best-mark").text


def test_each_value_links_to_its_source(client):
    page = soup(client.get(f"/compare?products={A},{B}"))
    link = page.select_one('tr[data-row="max_user_weight_lb"] td .refs a')
    assert link["href"] == "https://teetertv.com/faq/"
    assert "dated Dec 2016 – Aug 2017" in link["aria-label"]


def test_answers_add_a_fit_verdict_to_every_column(client):
    response = client.get(f"/compare?products={A},{C}&height=70&weight=270&units=imperial")
    verdicts = [v.text for v in soup(response).select("thead .verdict")]
    assert verdicts == ["Fits", "Does not fit"]
    assert value(response, "Your weight", 1).startswith(
        "Does not fit. Rated for users up to 250 lb"
    )
    assert "(20 lb over the limit)" in value(response, "Your weight", 1)


def test_height_written_in_feet_and_inches_is_understood(client):
    response = client.get(f"/compare?products={A},{C}&height=5%2710%22&units=imperial")
    assert "you are 5 ft 10 in" in value(response, "Your height", 0)


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ("height=tall", "Write a height like 5'10\", 70 in or 178 cm."),
        ("height=5.10", "Enter a height between 3 ft and 8 ft."),
        ("weight=-3", "Write a weight like 180 lb or 82 kg."),
        ("weight=9000", "Enter a weight between 50 lb and 700 lb."),
        ("ceiling=" + "9" * 50, "That is too long to read"),
    ],
)
def test_unreadable_answers_are_named_and_the_comparison_still_shows(client, answers, message):
    response = client.get(f"/compare?products={A},{C}&{answers}&units=imperial")
    assert response.status_code == 400
    assert message in soup(response).select_one(".fit-form .error:not([role])").text
    assert html_rows(response.text)  # the table is still there


def test_metric_shows_metric_values_and_reads_metric_answers(client):
    response = client.get(f"/compare?products={A},{C}&height=178&weight=82&units=metric")
    assert value(response, "Maximum user weight", 0) == "136.1 kg"
    assert "you are 178 cm" in value(response, "Your height", 0)


def test_switching_units_keeps_what_the_answers_mean(client):
    page = soup(client.get(f"/compare?products={A},{C}&height=70&weight=180&units=imperial"))
    switch = page.select_one(".units-switch a")["href"]
    assert query_of(switch) == {
        "products": f"{A},{C}",
        "height": "70 in",
        "weight": "180 lb",
        "units": "metric",
    }
    response = client.get(switch)
    assert "you are 177.8 cm" in value(response, "Your height", 0)
    assert "you weigh 81.6 kg" in value(response, "Your weight", 0)


BAD_INPUT = [
    # (products, status, phrases the page must contain)
    ("nope,nada", 404, ["We have no product called “nope”.", "“nada”"]),
    (f"{A},nope", 400, ["We have no product called “nope”.", "at least two products"]),
    (f"{A},{B},nope", 400, ["“nope”", "Compare Teeter EP-560 Ltd, Innova ITX9400"]),
    (f"{A},{A}", 400, ["was listed twice", "start a comparison with it"]),
    (f"{A},{B},{C},{D},{E}", 400, ["at most 4 products", "choose which to keep"]),
    (f"{A},<script>alert(1)</script>", 400, ["is not a product name"]),
    ("x" * 5000, 404, ["The list was too long"]),
    (",".join([A, B] + ["y"] * 30), 400, ["the last", "were not read"]),
    ("teeter-ep-560-lt,innova-itx940", 404, ["Did you mean", "Teeter EP-560 Ltd"]),
]


@pytest.mark.parametrize(("products", "status", "phrases"), BAD_INPUT)
def test_bad_lists_get_a_helpful_page_naming_each_problem(client, products, status, phrases):
    response = client.get("/compare", query_string={"products": products})
    assert response.status_code == status
    text = soup(response).select_one("main").get_text(" ")
    for phrase in phrases:
        assert phrase in text
    assert "Traceback" not in response.text
    assert "<script>alert" not in response.text


def test_unknown_products_stay_not_found_even_with_unreadable_answers(client):
    assert client.get("/compare?products=nope,nada&height=tall&units=imperial").status_code == 404


def test_a_bad_list_keeps_the_products_found_ticked_to_choose_again(client):
    page = soup(client.get(f"/compare?products={A},{B},{C},{D},{E}"))
    ticked = [box["value"] for box in page.select("form.picker input:checked")]
    assert sorted(ticked) == sorted([A, B, C, D, E])


def test_a_suggested_name_links_to_the_comparison_with_it(client):
    page = soup(client.get(f"/compare?products={A},innova-itx940"))
    link = page.select_one(".problems a")
    assert query_of(link["href"])["products"] == f"{A},{B}"


def test_the_csv_of_one_product_is_refused_with_the_reason(client):
    response = client.get(f"/compare.csv?products={A}")
    assert response.status_code == 400
    assert "at least two products" in response.text


def test_the_csv_of_unknown_products_is_not_found(client):
    assert client.get("/compare.csv?products=nope,nada").status_code == 404


def test_the_page_links_its_own_stylesheet_and_downloads(client):
    page = soup(client.get(f"/compare?products={A},{B}&only=differences"))
    assert page.select_one('link[href$="compare.css"]') is not None
    downloads = {a.text: a["href"] for a in page.select(".downloads a")}
    assert query_of(downloads["CSV"]) == {"products": f"{A},{B}", "only": "differences"}
    assert urlsplit(downloads["JSON"]).path == "/api/compare"


def test_the_footprints_are_drawn_and_the_undrawn_listed(client):
    page = soup(
        client.get(f"/compare?products={A},{B}&room_length=120&room_width=96&units=imperial")
    )
    svg = page.select_one(".footprints svg")
    kinds = [rect["data-kind"] for rect in svg.select("rect")]
    assert kinds == ["room", "sweep", "room", "folded"]
    assert (
        "Not drawn: Innova ITX9400: no footprint published." in page.select_one(".not-drawn").text
    )


@pytest.mark.parametrize(
    ("query", "indexed"),
    [
        (f"products={A},{B}", True),
        (f"products={A},{B}&weight=180&units=imperial", False),  # someone's measurements
        (f"products={A},nope", False),
    ],
)
def test_search_engines_are_kept_from_measurements_and_broken_lists(client, query, indexed):
    robots = soup(client.get(f"/compare?{query}")).select_one('meta[name="robots"]')
    assert (robots is None) is indexed
