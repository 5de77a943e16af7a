"""ISO 4217 currency codes, and the few symbols that name exactly one currency.

A bare "$", "kr" or "¥" names several currencies, so it resolves only through the
retailer's own currency from the sources file; there is no global default.
"""

_ACTIVE_CODES = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
    KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
    MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT
    TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR
    ZMW ZWG
"""
ISO_4217 = frozenset(_ACTIVE_CODES.split())

# Longest first, so "CA$" is tried before "$" would be (and "$" is not here at all).
SYMBOLS = {
    "US$": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "AU$": "AUD",
    "A$": "AUD",
    "NZ$": "NZD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "zł": "PLN",
    "Kč": "CZK",
    "Rp": "IDR",
}


def iso_code(text) -> str | None:
    """Return the ISO code written in `text` ("usd", " EUR "), or None if it is not one."""
    if not isinstance(text, str):
        return None
    code = text.strip().upper()
    return code if code in ISO_4217 else None


def currency_in(text: str) -> str | None:
    """Return the currency a price string names unambiguously, or None."""
    for symbol, code in SYMBOLS.items():
        if symbol in text:
            return code
    for word in text.replace("$", " ").split():
        if code := iso_code(word.strip(".,:;()")):
            return code
    return None
