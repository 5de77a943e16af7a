"""Addresses are the visitor's to choose, so the page cache must stay within its budget
however many different ones arrive."""

from webapp.cache import Entry, PageCache


def page(size: int) -> Entry:
    return Entry(version=1, status=200, mimetype="text/html", body=b"x" * size, headers=())


def test_the_page_cache_never_holds_more_bytes_than_its_budget():
    cache = PageCache(max_entries=1_000, max_bytes=10_000)
    for n in range(100):
        cache.put(("/products", n), page(1_500))
        assert cache.bytes == sum(len(e.body) for e in cache.entries.values()) <= 10_000
    assert len(cache.entries) == 6
    assert cache.get(("/products", 99), 1) is not None  # the newest stay
    assert cache.get(("/products", 0), 1) is None


def test_replacing_a_page_counts_only_its_new_size():
    cache = PageCache(max_entries=10, max_bytes=10_000)
    for size in (4_000, 3_000, 5_000):
        cache.put(("/", ()), page(size))
    assert cache.bytes == 5_000 and len(cache.entries) == 1


def test_unknown_parameters_cannot_grow_the_cache_past_its_budget(app):
    cache = app.extensions["page_cache"]
    cache.max_bytes = 200_000
    client = app.test_client()
    for n in range(40):
        assert client.get("/guide/", query_string={"utm": n}).status_code == 200
        assert client.get("/products", query_string={"utm": n}).status_code == 200
    assert 0 < cache.bytes <= 200_000
