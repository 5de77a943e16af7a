"""Money, currencies, availability and text made exact and comparable, from the strings
real pages print (hard cases 7, 9–13, 20, 21, 29)."""

from decimal import Decimal

import pytest

from catalog.importer.availability import availability_in_text, normalise_availability
from catalog.importer.currency import currency_in, iso_code
from catalog.importer.money import structured_amount, to_cents, visible_price
from catalog.importer.text import clean_text, fold, repair_mojibake


@pytest.mark.parametrize(
    "value, cents",
    [
        (299.99, 29999),
        ("299.99", 29999),
        (2879.2, 287920),
        ("2879.20", 287920),
        ("899.000", 89900),  # structured data: "." is the decimal mark, always
        ("140.000", 14000),
        ("1.299,00", 129900),
        ("$1,299.00", 129900),
        ("1,299", 129900),
        ("299,99", 29999),
    ],
)
def test_structured_prices_are_read_as_machine_numbers(value, cents):
    assert to_cents(structured_amount(value)) == cents


@pytest.mark.parametrize("placeholder", [None, "", {}, [], 0, "0", "0.00", -5, "-5", True, "call"])
def test_placeholder_prices_are_no_price_not_zero(placeholder):
    assert structured_amount(placeholder) is None


def test_a_comma_group_is_read_with_the_retailers_decimal_mark():
    assert structured_amount("1,299", decimal_mark=",") == Decimal("1.299")
    assert to_cents(Decimal("1.299")) is None  # not a whole number of cents: no price


@pytest.mark.parametrize(
    "text, mark, amount, currency",
    [
        ("1.299,00 €", ",", "1299.00", "EUR"),
        ("1 299,00 €", ",", "1299.00", "EUR"),
        ("CHF 1'049,95", ",", "1049.95", "CHF"),
        ("50,-", ",", "50", None),
        ("35€ 99", ",", "35.99", "EUR"),
        ("Rp 169.000", ",", "169000", "IDR"),
        ("$119. 95", ".", "119.95", None),
        ("$$2,699.00", ".", "2699.00", None),
        ("£299.99", ".", "299.99", "GBP"),
        ("CA$329.99", ".", "329.99", "CAD"),
        ("R$ 1.299,90", ",", "1299.90", "BRL"),
        ("Was $120 Now $60", ".", "60", None),
        ("kr 4 995,-", ",", "4995", None),
    ],
)
def test_visible_prices_are_read_with_the_retailers_decimal_mark(text, mark, amount, currency):
    assert visible_price(text, mark) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    "text",
    [
        "$49/mo",
        "$25 per month",
        "Free shipping on orders $49+",
        "Save $50",
        "20% off",
        "£249.99 ex. VAT",
        "£249.99 excl. VAT",
        "From $199",
        "12/05/2024",
        "2 pack",
        "Call for price",
        "",
    ],
)
def test_text_that_is_not_a_price_is_refused(text):
    assert visible_price(text, ".") is None


@pytest.mark.parametrize(
    "text, code",
    [("usd", "USD"), (" EUR ", "EUR"), ("US$", None), ("XYZ", None), (None, None), ("$", None)],
)
def test_currency_codes_must_be_iso_4217(text, code):
    assert iso_code(text) == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("$299", None),
        ("kr 4 995", None),
        ("¥1200", None),
        ("€ 12", "EUR"),
        ("A$ 99", "AUD"),
        ("99 NOK", "NOK"),
    ],
)
def test_only_symbols_that_name_one_currency_are_trusted(text, code):
    assert currency_in(text) == code


@pytest.mark.parametrize(
    "value, word",
    [
        ("https://schema.org/InStock", "in_stock"),
        ("http://schema.org/instock", "in_stock"),
        ("InStock", "in_stock"),
        ("in stock", "in_stock"),
        ("in_stock", "in_stock"),
        ("InStoreOnly", "in_stock"),
        ("OnlineOnly", "in_stock"),
        ("LimitedAvailability", "limited"),
        ("PreOrder", "preorder"),
        ("PreSale", "preorder"),
        ("BackOrder", "backorder"),
        ("MadeToOrder", "backorder"),
        ("available for order", "backorder"),
        ("OutOfStock", "out_of_stock"),
        ("oos", "out_of_stock"),
        ("SoldOut", "out_of_stock"),
        ("https://schema.org/Discontinued", "discontinued"),
        ("", None),
        ("maybe", None),
        (None, None),
    ],
)
def test_availability_is_read_in_every_spelling_and_nothing_found_stays_unknown(value, word):
    assert normalise_availability(value) == word


@pytest.mark.parametrize(
    "text, word",
    [
        ("Currently unavailable.", "out_of_stock"),
        ("Ausverkauft", "out_of_stock"),
        ("Only 3 left in stock", "limited"),
        ("Pre-order: ships in May", "preorder"),
        ("In Stock", "in_stock"),
        ("Ships in 2 weeks", None),
    ],
)
def test_buy_box_wording_is_weak_evidence_of_availability(text, word):
    assert availability_in_text(text) == word


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Synthetic S&amp;auml;tt &amp;quot;Pro&amp;quot;", 'Synthetic Sätt "Pro"'),
        ("H&amp;M", "H&M"),
        ("Synthetic®  Table\u00a0 29", "Synthetic® Table 29"),
        ("Zero\u200bwidth", "Zerowidth"),
        ("SmÃ¸rbukk", "Smørbukk"),
        ("Crème brûlée", "Crème brûlée"),
        ("a \ufffd b", "a \ufffd b"),
        (None, ""),
    ],
)
def test_text_is_unescaped_repaired_and_tidied(raw, clean):
    assert clean_text(raw) == clean


def test_markup_inside_json_strings_is_stripped_only_when_asked():
    assert clean_text("<b>Bold</b> Table", strip_tags=True) == "Bold Table"
    assert clean_text("5 years <script>x</script>") == "5 years <script>x</script>"


def test_text_garbled_twice_comes_back():
    twice = "Møbel".encode().decode("cp1252").encode().decode("cp1252")
    assert repair_mojibake(twice) == "Møbel"


def test_names_are_compared_without_case_marks_or_punctuation():
    assert fold("Synthetic®  TABLE-29") == fold("synthetic table 29")
