"""Pages ask the database a fixed number of questions, however big the catalog grows.

A page that loaded something per product (an "N+1" query) would grow slower with every
product added; the load benchmark at 10,000 products would show it, this shows it sooner.
"""

from sqlalchemy import event

from catalog.database import make_sessions
from webapp import create_app

SLUGS = "teeter-ep-560-ltd,ironman-gravity-4000,innova-itx9400,teeter-hang-ups-f5000"
QUIZ = (
    "conditions=none&experience=never&alone=no&goal=relief&height=70&weight=180"
    "&room_length=120&room_width=60&ceiling=96"
)
PAGES = [
    "/products",
    "/products?sort=price&category=table&category=chair&max_price=400",
    "/products/teeter-ep-560-ltd",
    f"/compare?products={SLUGS}",
    f"/compare.csv?products={SLUGS}",
    f"/api/compare?products={SLUGS}",
    f"/quiz/results?{QUIZ}",
    "/about/data",
    "/api/products",
    "/api/products/teeter-ep-560-ltd",
]


def queries_per_page(database_url: str) -> dict[str, int]:
    """Count the SQL statements each page runs, with the page cache off."""
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "PAGE_CACHE": False})
    engine = app.extensions["catalog_engine"]
    statements = []
    event.listen(engine, "before_cursor_execute", lambda *_: statements.append(1))
    client, counts = app.test_client(), {}
    for path in PAGES:
        client.get(path)  # the first request may read the catalog's figures once
        statements.clear()
        assert client.get(path).status_code == 200, path
        counts[path] = len(statements)
    engine.dispose()
    return counts


def test_no_page_asks_more_questions_when_the_catalog_grows(
    writable_db, database_url, make_product
):
    before = queries_per_page(database_url)
    with make_sessions(writable_db)() as session:
        session.add_all(make_product(price_cents=10_000 + n) for n in range(60))
        session.commit()
    assert queries_per_page(database_url) == before


def test_the_catalog_list_reads_its_page_in_a_handful_of_queries(loaded_db, database_url):
    counts = queries_per_page(database_url)
    assert counts["/products"] <= 3  # how many match, the page of them, per-category counts
    assert counts["/api/products"] <= 4  # the same, and every listed figure's sources
