"""Product text comes from other people's web pages: every page that shows it escapes it,
links only to http(s) addresses, and the CSV cannot be read as spreadsheet formulas."""

import csv
import io
import json
import re
from datetime import date

import pytest
from bs4 import BeautifulSoup

from catalog.database import make_sessions
from catalog.models import (
    FieldSource,
    HeldChange,
    ImportRun,
    PriceObservation,
    Product,
    ProductPage,
    Source,
)
from catalog.seed import IDENTITY

SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(1)>'
FORMULA = '=HYPERLINK("https://evil.example","open")'
HOSTILE_URLS = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(2)",
    " javascript:alert(3)",
    "data:text/html,<script>alert(4)</script>",
    "vbscript:msgbox(5)",
]
SLUG = "synthetic-hostile-text"
UNSAFE_LINK = re.compile(r"""(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):""", re.I)
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"


def injected_markup(html: str) -> list[str]:
    """Elements or attributes in the page that came from the payloads as markup."""
    soup = BeautifulSoup(html, "html.parser")
    found = [str(tag) for tag in soup.find_all("script") if "alert" in tag.get_text()]
    found += [str(tag) for tag in soup.find_all("img") if tag.get("src") == "x"]
    found += [
        f"{tag.name} {name}"
        for tag in soup.find_all(True)
        for name in tag.attrs
        if name.lower().startswith("on")
    ]
    return found


def hostile_product(session) -> None:
    sources = [
        Source(
            url=url,
            title=f"{SCRIPT} source {n}",
            publisher=IMAGE,
            tier="manufacturer",
            published="2024-05",
        )
        for n, url in enumerate(HOSTILE_URLS)
    ]
    text = f"{SCRIPT} {IMAGE}"
    product = Product(
        slug=SLUG,
        brand=f"{FORMULA} {SCRIPT}",
        model=IMAGE,
        category="table",
        support_level="table_bed",
        description=text,
        status_note=text,
        price_cents=19_900,
        price_currency="USD",
        price_seen="2024-05",
        max_user_weight_lb=300,
        user_height_min_in=56,
        user_height_max_in=78,
        in_use_length_in=60,
        in_use_width_in=28,
        in_use_height_in=60,
        angle_note=text,
        angle_presets=text,
        ankle_system=text,
        sweep_note=text,
        needs_note=text,
        warranty=text,
        certification=text,
        data_notes=text,
        features=[{"text": f"{FORMULA} {text}", "source_ids": []}],
    )
    session.add_all([product, *sources])
    session.flush()
    product.features = [{"text": f"{FORMULA} {text}", "source_ids": [sources[0].id]}]
    for field in (IDENTITY, "price_cents", "max_user_weight_lb", "in_use_length_in", "features"):
        for source in sources:
            session.add(
                FieldSource(
                    product=product,
                    field=field,
                    source=source,
                    quote=text,
                    recorded_on=date(2024, 5, 1),
                    origin="import",
                )
            )
    session.add(
        PriceObservation(
            product=product,
            source_id=sources[0].id,
            observed_on="2024-05",
            price_cents=19_900,
            currency="USD",
            origin="import",
        )
    )
    page = ProductPage(
        product=product,
        url=HOSTILE_URLS[0],
        host=IMAGE,
        retailer=SCRIPT,
        last_reason=text,
        last_outcome="changed",
    )
    session.add(page)
    session.add(
        HeldChange(
            product=product,
            page=page,
            field="price_cents",
            current={"price_cents": 1},
            proposed={"price_cents": 2},
            quote=text,
            reason=text,
        )
    )
    session.add(
        ImportRun(
            status="finished",
            counts={"pages": 1},
            report={
                "changes": [
                    {
                        "product": SLUG,
                        "field": "warranty",
                        "old": SCRIPT,
                        "new": IMAGE,
                        "quote": text,
                    }
                ]
            },
        )
    )


@pytest.fixture
def hostile(writable_db):
    with make_sessions(writable_db)() as session:
        hostile_product(session)
        session.commit()
    return SLUG


COMPARE = f"products={SLUG},teeter-dex"
QUIZ = "conditions=none&height=70&weight=180&room_length=120&room_width=96&ceiling=96"
PAGES = [
    "/products",
    f"/products/{SLUG}",
    f"/compare?{COMPARE}",
    f"/compare?{COMPARE}&only=differences",
    f"/quiz/results?{QUIZ}",
    "/about/data",
]


# One test per rule, each looping over the pages: every test restores the catalog after it.
def test_imported_markup_is_shown_as_text_on_every_page(client, hostile):
    for path in PAGES:
        response = client.get(path)
        body = response.get_data(as_text=True)
        assert response.status_code == 200, path
        assert ESCAPED_SCRIPT in body, path  # the product is on the page, as text
        assert injected_markup(body) == [], path


def test_an_imported_address_is_linked_only_when_it_is_http_or_https(client, hostile):
    for path in PAGES:
        body = client.get(path).get_data(as_text=True)
        assert not UNSAFE_LINK.search(body), path


def test_the_comparison_csv_cannot_be_read_as_spreadsheet_formulas(client, hostile):
    response = client.get(f"/compare.csv?{COMPARE}")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    cells = [
        cell for row in csv.reader(io.StringIO(response.get_data(as_text=True))) for cell in row
    ]
    assert any("HYPERLINK" in cell for cell in cells)
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]


def test_the_api_serves_imported_text_as_json_data(client, hostile):
    for path in (f"/api/products/{SLUG}", "/api/products", f"/api/compare?{COMPARE}"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.mimetype == "application/json"
        assert SCRIPT in json.dumps(response.get_json()), path


def test_the_recommendations_api_serves_imported_text_as_json_data(client, hostile):
    answers = {
        "conditions": [],
        "height": 70,
        "weight": 180,
        "room_length": 120,
        "room_width": 96,
        "ceiling": 96,
    }
    response = client.post("/api/recommendations", json=answers)
    assert response.status_code == 200 and response.mimetype == "application/json"
    names = [p["name"] for p in response.get_json()["recommendations"]]
    names += [p["name"] for p in response.get_json()["excluded"]]
    assert any(SCRIPT in name for name in names)
