"""A value found on a page, before anyone has decided to believe it."""

from dataclasses import dataclass

# Strategies from most to least trusted. A retailer adapter is written for that shop's
# pages; visible text is only consulted when no structured source gave the field.
STRATEGIES = ("adapter", "jsonld", "microdata", "opengraph", "spectable", "visible")
STRUCTURED = frozenset({"adapter", "jsonld", "microdata", "opengraph"})


@dataclass(frozen=True)
class Money:
    """An exact amount in integer cents; currency None means the page did not say."""

    cents: int
    currency: str | None

    def __str__(self) -> str:
        return f"{self.cents / 100:.2f} {self.currency or '(no currency)'}"


@dataclass(frozen=True)
class Candidate:
    """One value for one field, with the words it was read from and where."""

    field: str  # a Product column, or "price" / "list_price" (Money), "name", "brand"
    value: object
    quote: str  # the page's own words, before any conversion
    strategy: str  # one of STRATEGIES
    locator: str = ""  # e.g. "JSON-LD block 2", "spec table row 'Max user weight'"

    @property
    def rank(self) -> int:
        return STRATEGIES.index(self.strategy)
