"""The sources file is reviewable and checked: the shipped one lists only pages the
catalog already cites for that very product, and mistakes are named, not guessed at."""

import json

import pytest

from catalog.catalog_file import read_catalog
from catalog.importer.sources import DEFAULT_PATH, SourcesFileError, check_sources, read_sources

SHIPPED = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))


def test_the_shipped_sources_file_keeps_its_rules():
    assert check_sources(SHIPPED) == []


def test_every_shipped_page_is_one_the_catalog_cites_for_that_product():
    catalog = read_catalog()
    products = {p["slug"]: p for p in catalog["products"]}
    for slug, entries in SHIPPED["products"].items():
        cited = {catalog["sources"][key].get("url") for key in products[slug]["sources"]}
        for entry in entries:
            assert entry["url"] in cited, (slug, entry["url"])


def test_the_shipped_pages_are_makers_and_manuals_only():
    catalog = read_catalog()
    tiers = {s.get("url"): s["tier"] for s in catalog["sources"].values()}
    urls = [entry["url"] for entries in SHIPPED["products"].values() for entry in entries]
    assert {tiers[url] for url in urls} == {"manufacturer"}


def test_no_synthetic_product_ever_reaches_the_shipped_files():
    catalog = read_catalog()
    assert not any("Synthetic" in p["brand"] for p in catalog["products"])
    assert not any(slug.startswith("synthetic") for slug in SHIPPED["products"])


def test_the_shipped_contact_address_is_a_placeholder_a_run_refuses_to_send():
    assert read_sources().contact_is_placeholder


def valid(**changes) -> dict:
    data = {
        "contact_url": "https://inversion-guide.test/about/data",
        "retailers": {"shop": {"name": "Shop", "tier": "retailer", "currency": "USD"}},
        "products": {"synthetic-a": [{"url": "https://shop.test/p/a", "retailer": "shop"}]},
    }
    data.update(changes)
    return data


def page(**entry) -> dict:
    return valid(
        products={"synthetic-a": [{"url": "https://shop.test/p/a", "retailer": "shop", **entry}]}
    )


def shop(**settings) -> dict:
    return valid(retailers={"shop": {"name": "Shop", "tier": "retailer", **settings}})


@pytest.mark.parametrize(
    "data, problem",
    [
        (valid(contact_url="mailto:me@example.org"), "contact_url must be an http(s) URL"),
        (page(url="ftp://shop.test/p/a"), "url must be http(s):// or a file: path"),
        (page(url="javascript:alert(1)"), "url must be http(s):// or a file: path"),
        (page(retailer="nobody"), "retailer must be one of ['shop']"),
        (page(colour="red"), "unknown key colour"),
        (shop(tier="blog"), "tier must be one of"),
        (shop(tier="retailer", currency="dollars"), "currency must be an ISO 4217 code"),
        (shop(tier="retailer", decimal_mark=";"), 'decimal_mark must be "." or ","'),
        (shop(tier="retailer", adapter="ebay"), "adapter must be one of ['amazon', 'shopify']"),
        ([], "the file must hold one JSON object"),
    ],
)
def test_a_sources_file_mistake_is_named(data, problem):
    assert any(problem in line for line in check_sources(data))


def test_a_page_listed_twice_for_one_product_is_a_mistake():
    entry = {"url": "https://shop.test/p/a", "retailer": "shop"}
    assert any(
        "listed twice" in p for p in check_sources(valid(products={"synthetic-a": [entry, entry]}))
    )


def test_local_paths_are_resolved_next_to_the_sources_file(tmp_path):
    data = valid(products={"synthetic-a": [{"url": "file:pages/a.html", "retailer": "shop"}]})
    (tmp_path / "sources.json").write_text(json.dumps(data))
    [spec] = read_sources(tmp_path / "sources.json").pages
    assert spec.url == (tmp_path / "pages" / "a.html").as_uri()


def test_a_page_may_override_its_retailers_settings(tmp_path):
    data = page(currency="CAD", ignore=["jsonld:price"])
    (tmp_path / "sources.json").write_text(json.dumps(data))
    [spec] = read_sources(tmp_path / "sources.json").pages
    assert (spec.retailer.currency, spec.retailer.ignore) == ("CAD", frozenset({"jsonld:price"}))


def test_an_unreadable_sources_file_says_where_and_why(tmp_path):
    path = tmp_path / "sources.json"
    path.write_text(json.dumps(page(retailer="nobody")))
    with pytest.raises(SourcesFileError, match="retailer must be one of"):
        read_sources(path)
