"""JSON-LD blocks decoded one at a time, the page's own product chosen among many, offers
read in every shape, and disagreements reconciled in the open (hard cases 1–8, 27)."""

import pytest

from catalog.importer.candidate import Candidate, Money
from catalog.importer.graph import flatten, index_nodes, main_product
from catalog.importer.jsonld import decode_block
from catalog.importer.offers import read_offers
from catalog.importer.reconcile import reconcile
from catalog.importer.sources import Retailer

PAGE = "https://shop.test/p/table"
US = Retailer("shop", "Shop", "retailer", "USD")


@pytest.mark.parametrize(
    "text, repair",
    [
        ('{"@type": "Product"}', None),
        ('{"@type": "Product"};', "read leniently"),
        ('{"@type": "Product", "name": "a\tb"}', "read leniently"),
        ('xx {"@type": "Product"}', "read leniently"),
        ('// <![CDATA[\n{"@type": "Product"}\n// ]]>', "comment or CDATA wrapper removed"),
        ('<!-- {"@type": "Product"} -->', "comment or CDATA wrapper removed"),
        ("{&quot;@type&quot;: &quot;Product&quot;}", "HTML entities decoded"),
        ('{"@type": "Product",}', "comments, trailing commas or bad escapes fixed"),
        (
            '{"@type": "Product", // a note\n "sku": "1"}',
            "comments, trailing commas or bad escapes fixed",
        ),
        (
            '{"@type": "Product", "name": "It\\\'s"}',
            "comments, trailing commas or bad escapes fixed",
        ),
    ],
)
def test_a_sloppy_block_is_repaired_and_says_how(text, repair):
    data, said = decode_block(text)
    assert data["@type"] == "Product"
    assert said == repair or (repair and repair in said)


@pytest.mark.parametrize(
    "text, why", [("", "empty block"), ("null", "null block"), ('{"@type": ', "unreadable")]
)
def test_an_empty_or_hopeless_block_gives_nothing_and_a_reason(text, why):
    data, said = decode_block(text)
    assert data is None and why in said


def chosen(*nodes, title="", urls=(PAGE,)):
    merged, index = index_nodes([n for node in nodes for n in flatten(node)])
    product, how = main_product(merged, index, list(urls), title)
    return (product or {}).get("name"), how


def test_the_pages_main_entity_wins_over_every_other_product():
    page = {"@type": "WebPage", "mainEntity": {"@id": "#main"}}
    assert chosen(
        {"@graph": [page, {"@type": "Product", "@id": "#main", "name": "Main"}]},
        {"@type": "Product", "name": "Related", "offers": {"price": 1}},
    ) == ("Main", "the page's mainEntity")


def test_a_product_whose_url_is_this_page_is_the_main_one():
    assert chosen(
        {"@type": "Product", "name": "Other", "url": "https://shop.test/p/other", "offers": {}},
        {"@type": "Product", "name": "Mine", "url": "/p/table/", "offers": {}},
    ) == ("Mine", "its url is this page")


def test_a_product_printed_twice_is_one_product():
    twice = {"@type": "Product", "name": "Table", "sku": "T1", "offers": {"price": 1}}
    assert chosen(twice, dict(twice)) == ("Table", "the only one with offers")


def test_two_unrelated_products_with_offers_and_no_clue_give_no_product():
    name, how = chosen(
        {"@type": "Product", "name": "One", "offers": {"price": 1}},
        {"@type": "Product", "name": "Two", "offers": {"price": 2}},
    )
    assert name is None and how == "2 products and none is clearly the page's own"


def offers_of(node):
    merged, index = index_nodes(flatten(node))
    return read_offers(merged[0], index, PAGE, ".")


def test_only_new_offers_count_when_used_and_refurbished_ones_sit_beside_them():
    reading = offers_of(
        {
            "@type": "Product",
            "offers": [
                {
                    "price": "299.99",
                    "priceCurrency": "USD",
                    "itemCondition": "https://schema.org/NewCondition",
                },
                {"price": "189", "priceCurrency": "USD", "itemCondition": "UsedCondition"},
                {"price": "229", "priceCurrency": "USD", "itemCondition": "RefurbishedCondition"},
            ],
        }
    )
    assert (str(reading.amount), reading.currency) == ("299.99", "USD")


def test_a_real_price_range_is_not_one_price():
    reading = offers_of(
        {
            "@type": "Product",
            "offers": {
                "@type": "AggregateOffer",
                "lowPrice": 199,
                "highPrice": 249,
                "priceCurrency": "USD",
            },
        }
    )
    assert reading.amount is None and reading.note == "a price range (199 to 249), not one price"


def test_a_list_price_in_a_price_specification_is_kept_apart_from_the_price():
    reading = offers_of(
        {
            "@type": "Product",
            "offers": {
                "priceSpecification": [
                    {
                        "price": 249,
                        "priceType": "https://schema.org/StrikethroughPrice",
                        "priceCurrency": "USD",
                    },
                    {"price": 219, "priceCurrency": "USD"},
                ]
            },
        }
    )
    assert (str(reading.amount), str(reading.list_amount)) == ("219", "249")


def test_the_variant_whose_url_is_this_page_gives_the_price():
    reading = offers_of(
        {
            "@type": "ProductGroup",
            "hasVariant": [
                {
                    "@type": "Product",
                    "url": PAGE + "?v=1",
                    "offers": {"price": 119, "priceCurrency": "USD"},
                },
                {"@type": "Product", "url": PAGE, "offers": {"price": 129, "priceCurrency": "USD"}},
            ],
        }
    )
    assert str(reading.amount) == "129"


def price(cents, currency, strategy):
    return Candidate("price", Money(cents, currency), f"{cents} {currency}", strategy)


def test_a_retailer_adapter_is_trusted_over_json_ld_and_the_disagreement_is_reported():
    result = reconcile([price(20000, "USD", "adapter"), price(25000, "USD", "jsonld")], US)
    assert result.decisions["price"].value == Money(20000, "USD")
    assert result.conflicts[0].outcome == "the retailer adapter is trusted on this shop"


def test_structured_sources_that_disagree_withhold_the_field():
    result = reconcile([price(20000, "USD", "jsonld"), price(25000, "USD", "microdata")], US)
    assert "price" not in result.decisions
    assert result.conflicts[0].outcome == "withheld: the sources disagree"


def test_a_bare_amount_without_a_retailer_currency_is_dropped_with_a_problem():
    nowhere = Retailer("shop", "Shop", "retailer", None)
    result = reconcile([price(15900, None, "jsonld")], nowhere)
    assert result.decisions == {}
    assert result.problems[0]["problem"] == "no currency on the page and none set for this retailer"


def test_measurements_that_agree_within_one_percent_count_once():
    from decimal import Decimal

    weights = [
        Candidate("max_user_weight_lb", Decimal(300), "300 lb", "jsonld"),
        Candidate("max_user_weight_lb", Decimal("299.83"), "136 kg", "spectable"),
    ]
    decision = reconcile(weights, US).decisions["max_user_weight_lb"]
    assert (decision.value, decision.strategies) == (Decimal(300), ("jsonld", "spectable"))
