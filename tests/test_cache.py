"""Pages are kept between requests until the catalog changes, in any process."""

from decimal import Decimal

from sqlalchemy import select

from catalog.catalog_file import read_catalog
from catalog.database import make_sessions
from catalog.models import Product
from catalog.seed import load_catalog
from catalog.version import current_version
from webapp.cache import Entry, PageCache

PAGE = "/products/teeter-ep-560-ltd"


def test_a_repeated_page_is_served_from_the_cache_unchanged(client):
    first = client.get(PAGE)
    second = client.get(PAGE)
    assert (first.headers["X-Page-Cache"], second.headers["X-Page-Cache"]) == ("miss", "hit")
    assert second.data == first.data
    assert second.headers["Content-Security-Policy"] == first.headers["Content-Security-Policy"]


def test_a_change_to_the_catalog_shows_on_the_next_request(client, writable_db):
    assert "300 lb" in client.get(PAGE).get_data(as_text=True)
    with make_sessions(writable_db)() as session:  # as another process would write it
        product = session.scalar(select(Product).where(Product.slug == "teeter-ep-560-ltd"))
        product.max_user_weight_lb = Decimal(275)
        session.commit()
    again = client.get(PAGE)
    assert again.headers["X-Page-Cache"] == "miss"
    assert "275 lb" in again.get_data(as_text=True)


def test_each_unit_system_has_its_own_cached_page(app):
    metric, imperial = app.test_client(), app.test_client()
    assert "136.1 kg" in metric.get(f"{PAGE}?units=metric").get_data(as_text=True)
    assert "136.1 kg" in metric.get(PAGE).get_data(as_text=True)  # remembered by cookie
    assert "300 lb" in imperial.get(PAGE).get_data(as_text=True)


def test_the_units_cookie_is_still_set_when_the_page_comes_from_the_cache(app):
    app.test_client().get(f"{PAGE}?units=metric")
    response = app.test_client().get(f"{PAGE}?units=metric")
    assert response.headers["X-Page-Cache"] == "hit"
    assert "units=metric" in response.headers["Set-Cookie"]


def test_a_cached_download_keeps_its_file_name(client):
    url = "/compare.csv?products=teeter-ep-560-ltd,innova-itx9400"
    first, second = client.get(url), client.get(url)
    assert second.headers["X-Page-Cache"] == "hit"
    assert second.headers["Content-Disposition"] == first.headers["Content-Disposition"]


def test_errors_and_the_health_check_are_never_cached(client):
    client.get("/products/no-such-thing")
    assert client.get("/products/no-such-thing").status_code == 404
    assert "X-Page-Cache" not in client.get("/healthz").headers


def test_the_cache_forgets_the_least_recently_used_page_first():
    cache = PageCache(max_entries=2)
    for key in ("a", "b"):
        cache.put((key,), Entry(1, 200, "text/html", key.encode(), ()))
    cache.get(("a",), 1)
    cache.put(("c",), Entry(1, 200, "text/html", b"c", ()))
    assert [cache.get((key,), 1) is not None for key in ("a", "b", "c")] == [True, False, True]


def test_an_entry_from_an_older_catalog_is_never_served():
    cache = PageCache()
    cache.put(("a",), Entry(1, 200, "text/html", b"old", ()))
    assert cache.get(("a",), 2) is None


def test_reloading_an_unchanged_catalog_leaves_the_version_alone(writable_db):
    sessions = make_sessions(writable_db)
    with sessions() as session:
        before = current_version(session)
        load_catalog(session, read_catalog())
        session.commit()
        assert current_version(session) == before


def test_the_recommender_reads_the_catalog_once_per_version(writable_db):
    from catalog.snapshot import CatalogSnapshot

    snapshot, sessions = CatalogSnapshot(), make_sessions(writable_db)
    with sessions() as session:
        first = snapshot.facts(session)
        assert snapshot.facts(session) is first
        assert len(first) == 30
    with sessions() as session:
        product = session.scalar(select(Product).where(Product.slug == "teeter-dex"))
        product.max_user_weight_lb = Decimal(250)
        session.commit()
    with sessions() as session:
        fresh = {facts.slug: facts for facts in snapshot.facts(session)}
    assert fresh["teeter-dex"].max_user_weight_lb == Decimal(250)
