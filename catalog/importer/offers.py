"""The price and availability a product node offers, read from schema.org Offers.

Offers come as a dict, a list, an AggregateOffer (low = high, or nested offers), only a
priceSpecification, or per variant of a ProductGroup. Used, refurbished and damaged
offers are set aside when a new one exists. Several new offers with different prices,
or a low-high range, give no price and say why: the importer never picks one silently.
"""

from dataclasses import dataclass
from decimal import Decimal

from catalog.importer.availability import normalise_availability
from catalog.importer.currency import iso_code
from catalog.importer.graph import get, prop, same_page, types_of
from catalog.importer.money import structured_amount

_SECOND_HAND = ("used", "refurbished", "damaged")
_LIST_PRICE = ("listprice", "strikethroughprice", "msrp", "srp", "regularprice")


@dataclass(frozen=True)
class OfferReading:
    amount: Decimal | None = None
    currency: str | None = None
    list_amount: Decimal | None = None
    availability: str | None = None
    quote: str = ""
    note: str | None = None  # why there is no price, when there is none
    availability_quote: str = ""  # the availability as the page wrote it


def read_offers(node: dict, index: dict, page_url: str, decimal_mark: str) -> OfferReading:
    """Return what the product node offers; a ProductGroup is read through its variants."""
    variants = [v for v in prop(node, "hasVariant", index) if isinstance(v, dict)]
    if variants and get(node, "offers") is None:
        chosen = [v for v in variants if same_page(get(v, "url"), page_url, page_url)]
        return _combine([read_offers(v, index, page_url, decimal_mark) for v in chosen or variants])
    offers = _expand(prop(node, "offers", index), index)
    new = [o for o in offers if not _second_hand(o)]
    readings = [_one_offer(o, index, decimal_mark) for o in new or offers]
    if not readings:
        return OfferReading()
    return _combine(readings)


def _expand(offers: list, index: dict) -> list[dict]:
    """Flatten AggregateOffers into their nested offers, or into one low = high offer."""
    flat = []
    for offer in (o for o in offers if isinstance(o, dict)):
        nested = [o for o in prop(offer, "offers", index) if isinstance(o, dict)]
        if "aggregateoffer" in types_of(offer) and nested:
            flat.extend(_expand(nested, index))
        else:
            flat.append(offer)
    return flat


def _second_hand(offer: dict) -> bool:
    condition = str(get(offer, "itemCondition") or "").casefold()
    return any(word in condition for word in _SECOND_HAND)


def _one_offer(offer: dict, index: dict, mark: str) -> OfferReading:
    raw = get(offer, "price")
    low, high = get(offer, "lowPrice"), get(offer, "highPrice")
    if raw is None and low is not None:
        if high is not None and structured_amount(low, mark) != structured_amount(high, mark):
            return OfferReading(note=f"a price range ({low} to {high}), not one price")
        raw = low
    amount, currency = structured_amount(raw, mark), get(offer, "priceCurrency")
    list_amount = None
    for spec in (s for s in prop(offer, "priceSpecification", index) if isinstance(s, dict)):
        spec_amount = structured_amount(get(spec, "price"), mark)
        kind = str(get(spec, "priceType") or "").rsplit("/", 1)[-1].casefold()
        if kind in _LIST_PRICE:
            list_amount = spec_amount
        elif amount is None:
            amount, raw = spec_amount, get(spec, "price")
            currency = currency or get(spec, "priceCurrency")
    raw_stock = get(offer, "availability")
    availability = normalise_availability(raw_stock)
    quote = " ".join(str(part) for part in (raw, currency) if part not in (None, ""))
    note = None if amount is not None else "the offer gives no usable price"
    stock_quote = str(raw_stock) if availability else ""
    return OfferReading(
        amount, iso_code(currency), list_amount, availability, quote, note, stock_quote
    )


def _combine(readings: list[OfferReading]) -> OfferReading:
    """One reading from several: they must agree on price (2879.2 = 2879.20)."""
    priced = [r for r in readings if r.amount is not None]
    prices = {(r.amount, r.currency) for r in priced}
    stock = {r.availability: r.availability_quote for r in readings if r.availability}
    availability, stock_quote = next(iter(stock.items())) if len(stock) == 1 else (None, "")
    if len(prices) > 1:
        shown = ", ".join(sorted(r.quote for r in priced))
        note = f"several different prices: {shown}"
        return OfferReading(availability=availability, note=note, availability_quote=stock_quote)
    if not priced:
        notes = [r.note for r in readings if r.note]
        note = notes[0] if notes else None
        return OfferReading(availability=availability, note=note, availability_quote=stock_quote)
    first = priced[0]
    lists = {r.list_amount for r in priced if r.list_amount is not None}
    list_amount = lists.pop() if len(lists) == 1 else None
    return OfferReading(
        first.amount, first.currency, list_amount, availability, first.quote, None, stock_quote
    )
