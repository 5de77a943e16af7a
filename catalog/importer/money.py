"""Money read exactly: Decimal amounts, integer cents, ISO currencies.

Structured values (JSON-LD, microdata, meta tags) are machine numbers: "." is the decimal
mark and "899.000" is 899. Only visible text goes through price-parser, always with the
retailer's decimal mark, and text that is not a price ("/mo", "Save $50", "Free shipping
on orders $49+", "ex. VAT") is refused rather than read.
"""

import re
from decimal import Decimal, InvalidOperation

from price_parser import Price

from catalog.importer.currency import currency_in

_NOT_A_PRICE = re.compile(
    r"/\s*mo\b|per month|a month|monthly|\bsave\b|\boff\b|%|shipping|\borders?\b|\bfrom\b"
    r"|\bex\.? vat|\bexcl|\bexcluding\b|\bplus vat|\+\s*vat|\bpack\b|\bqty\b"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\b(?:coupon|reward|points?|each)\b",
    re.I,
)
_NOW = re.compile(r"\bnow\b", re.I)
_SPLIT_CENTS = re.compile(r"(\d)\.\s+(\d{2})\b")  # "$119. 95"
_EURO_AS_MARK = re.compile(r"(\d+)\s*€\s*(\d{2})\b")  # "35€ 99"


def structured_amount(value, decimal_mark: str = ".") -> Decimal | None:
    """Return a positive amount from a JSON number or string, or None (no price).

    `{}`, "", 0 and negatives are placeholders, not prices. A string with only a comma is
    read with the retailer's decimal mark unless the comma plainly ends in cents.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        text = str(value)
    elif isinstance(value, str) and not re.search(r"-\s*\d", value):
        text = re.sub(r"[^\d.,]", "", value)
    else:
        return None
    amount = _machine_number(text, decimal_mark)
    return amount if amount is not None and amount > 0 else None


def _machine_number(text: str, decimal_mark: str) -> Decimal | None:
    if "," in text and "." in text:
        mark = "," if text.rindex(",") > text.rindex(".") else "."
    elif "," in text:
        mark = "," if re.search(r",\d{1,2}$", text) or decimal_mark == "," else "."
    else:
        mark = "."
    group = "." if mark == "," else ","
    text = text.replace(group, "").replace(mark, ".")
    if text.count(".") > 1:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def to_cents(amount: Decimal | None) -> int | None:
    """Return the amount in whole cents, or None when it is not a whole number of cents."""
    if amount is None:
        return None
    cents = amount * 100
    return int(cents) if cents == cents.to_integral_value() else None


def visible_price(text: str, decimal_mark: str):
    """Return (amount, currency the text names or None) from shop text, or None when the
    text is not one price. A bare "$" names no currency: the caller applies the retailer's."""
    if _NOW.search(text):
        text = _NOW.split(text)[-1]
    if not text.strip() or _NOT_A_PRICE.search(text):
        return None
    text = _SPLIT_CENTS.sub(r"\1.\2", text.replace("$$", "$"))
    text = _EURO_AS_MARK.sub(lambda m: f"{m[1]}{decimal_mark}{m[2]} €", text)
    price = Price.fromstring(text, decimal_separator=decimal_mark)
    if price.amount is None or price.amount <= 0:
        return None
    return price.amount, currency_in(price.currency or "") or currency_in(text)
