"""The CSV and the JSON carry exactly the rows and values of the HTML table."""

import pytest

from tests.comparison.conftest import csv_rows, fit_rows_first, html_marks, html_rows, json_rows

PRODUCTS = "teeter-ep-560-ltd,innova-itx9400,iron-gym-total-upper-body-workout-bar"
CASES = [
    f"products={PRODUCTS}",
    f"products={PRODUCTS}&units=metric",
    f"products={PRODUCTS}&only=differences",
    f"products={PRODUCTS}&height=5%2710%22&weight=180&room_length=100&room_width=40&units=imperial",
    f"products={PRODUCTS}&height=150&weight=95&ceiling=2.4+m&units=metric&only=differences",
    "products=teeter-fitspine-x1,teeter-fitspine-x2",
]


@pytest.mark.parametrize("query", CASES)
def test_the_csv_has_the_same_rows_and_values_as_the_page(client, query):
    page = client.get(f"/compare?{query}")
    download = client.get(f"/compare.csv?{query}")
    assert page.status_code == download.status_code == 200
    assert fit_rows_first(csv_rows(download.get_data(as_text=True))) == html_rows(page.text)


@pytest.mark.parametrize("query", CASES)
def test_the_json_has_the_same_rows_and_values_as_the_page(client, query):
    page = client.get(f"/compare?{query}")
    record = client.get(f"/api/compare?{query}").get_json()
    assert fit_rows_first(json_rows(record)) == html_rows(page.text)


@pytest.mark.parametrize("query", CASES[:3])
def test_differences_and_best_marks_agree_between_page_and_json(client, query):
    page = client.get(f"/compare?{query}")
    record = client.get(f"/api/compare?{query}").get_json()
    slugs = [product["slug"] for product in record["products"]]
    from_json = [
        (row["differs"], [slugs.index(slug) for slug in row["best"]])
        for group in record["groups"]
        for row in group["rows"]
    ]
    assert from_json == html_marks(page.text)


def test_the_csv_names_the_products_and_marks_differences_and_best(client):
    text = client.get(f"/compare.csv?products={PRODUCTS}").get_data(as_text=True)
    header, *lines = text.splitlines()
    assert header == (
        "Group,Row,Teeter EP-560 Ltd,Innova ITX9400,Iron Gym Total Upper Body Workout Bar,"
        "Differs,Best"
    )
    weight = next(line for line in lines if line.startswith("Who it fits,Maximum user weight"))
    assert weight.endswith(",no,")  # 300 lb for all three: no difference, no best


def test_the_csv_downloads_as_a_named_file(client):
    response = client.get(f"/compare.csv?products={PRODUCTS}")
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="comparison-teeter-ep-560-ltd-vs-innova-itx9400-vs-'
        'iron-gym-total-upper-body-workout-bar.csv"'
    )
