"""Which products a comparison asks for, read from the `products` list of a URL.

The list may hold anything: misspelt or unknown names, one product twice, too few or too
many, text that is no product name at all, or far too much of it. Reading it never fails.
It keeps every product it finds, in the order asked, and names each problem in words a
shopper can act on.
"""

import difflib
import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.models import Product
from catalog.queries import get_products

MIN_PRODUCTS, MAX_PRODUCTS = 2, 4
MAX_ENTRIES = 12  # entries read from one list; any more are reported, not looked up
MAX_CHARS = 1_000  # four of the longest slugs fit many times over
MAX_SLUG_CHARS = 120
SHOWN_CHARS = 40  # how much of a bad entry a message repeats
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# outcome: empty (nothing asked), single (one product, nothing else wrong), ok,
# invalid (something to fix, some products found) or not_found (none found at all)
EMPTY, SINGLE, OK, INVALID, NOT_FOUND = "empty", "single", "ok", "invalid", "not_found"


@dataclass(frozen=True)
class Problem:
    code: str  # malformed | unknown | duplicate | too_few | too_many | too_long
    message: str
    entry: str | None = None  # the entry at fault, shortened, as the shopper wrote it
    suggestion: tuple[str, str] | None = None  # (slug, name) of a close name: "did you mean"


@dataclass(frozen=True)
class Selection:
    products: tuple[Product, ...]  # found, in the order asked, each once
    problems: tuple[Problem, ...]
    asked: bool  # whether the list named anything at all

    @property
    def slugs(self) -> tuple[str, ...]:
        return tuple(product.slug for product in self.products)

    @property
    def compared(self) -> tuple[Product, ...]:
        """The products a comparison can show: the first four found."""
        return self.products[:MAX_PRODUCTS]

    @property
    def outcome(self) -> str:
        if not self.asked:
            return EMPTY
        if not self.products:
            return NOT_FOUND
        if [p.code for p in self.problems] == ["too_few"]:
            return SINGLE
        return INVALID if self.problems else OK


def read_selection(session: Session, values: list[str]) -> Selection:
    """Read the `products` values (comma-separated, possibly repeated) into a Selection."""
    entries, problems = split_entries(values)
    well_formed = [entry for entry in entries if SLUG.fullmatch(entry)]
    products = tuple(get_products(session, well_formed))
    found = {product.slug for product in products}
    unknown = [entry for entry in well_formed if entry not in found]
    if unknown:
        problems += _unknown(session, unknown)
    problems += _count_problems(len(products))
    return Selection(products, tuple(problems), asked=bool(entries or problems))


def split_entries(values: list[str]) -> tuple[list[str], list[Problem]]:
    """Split the raw values into distinct lower-case entries; name what could not be read."""
    text = ",".join(values)
    problems = []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS].rsplit(",", 1)[0]
        problems.append(Problem("too_long", "The list was too long: only its start was read."))
    raw = [part.strip().lower() for part in text.split(",")]
    raw = [part for part in raw if part]
    if len(raw) > MAX_ENTRIES:
        skipped = len(raw) - MAX_ENTRIES
        problems.append(
            Problem(
                "too_long", f"The list had {len(raw)} entries: the last {skipped} were not read."
            )
        )
        raw = raw[:MAX_ENTRIES]
    counts = Counter(raw)
    entries = list(counts)
    problems += [_malformed(entry) for entry in entries if not _looks_like_slug(entry)]
    problems += [_duplicate(entry, n) for entry, n in counts.items() if n > 1]
    return entries, problems


def _looks_like_slug(entry: str) -> bool:
    return len(entry) <= MAX_SLUG_CHARS and SLUG.fullmatch(entry) is not None


def _shown(entry: str) -> str:
    return entry if len(entry) <= SHOWN_CHARS else entry[: SHOWN_CHARS - 1] + "…"


def _malformed(entry: str) -> Problem:
    message = (
        f"“{_shown(entry)}” is not a product name. Names are lower-case letters, digits "
        "and hyphens, like the last part of a product page's address."
    )
    return Problem("malformed", message, _shown(entry))


def _duplicate(entry: str, times: int) -> Problem:
    twice = "twice" if times == 2 else f"{times} times"
    return Problem("duplicate", f"“{_shown(entry)}” was listed {twice}; it is shown once.", entry)


def _unknown(session: Session, entries: list[str]) -> list[Problem]:
    rows = session.execute(select(Product.slug, Product.brand, Product.model))
    names = {slug: f"{brand} {model}" for slug, brand, model in rows}
    problems = []
    for entry in entries:
        close = difflib.get_close_matches(entry, list(names), n=1, cutoff=0.75)
        suggestion = (close[0], names[close[0]]) if close else None
        message = f"We have no product called “{_shown(entry)}”."
        problems.append(Problem("unknown", message, _shown(entry), suggestion))
    return problems


def _count_problems(found: int) -> list[Problem]:
    if found == 1:
        message = "A comparison needs at least two products: add one more."
        return [Problem("too_few", message)]
    if found > MAX_PRODUCTS:
        message = (
            f"A comparison holds at most {MAX_PRODUCTS} products and {found} were asked for: "
            f"choose which to keep. Until then the first {MAX_PRODUCTS} are offered."
        )
        return [Problem("too_many", message)]
    return []
