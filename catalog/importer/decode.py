"""Bytes to a parse tree: the charset from the HTTP header only when it names one, else
BeautifulSoup's own sniffing (BOM, <meta charset>, detection), never requests' guess.

Only the parts of a page the extractors read are built into the tree: structured-data
scripts, meta and link tags, the title and h1, schema.org items, tables, lists, and
price or stock boxes (with everything inside them). Navigation, inline JavaScript and
body copy are skipped while parsing, which keeps a 5 MB page cheap.
"""

import codecs
import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag
from bs4.filter import ElementFilter

from catalog.importer.adapters import KEEP_IDS

_KEEP_TAGS = frozenset({"meta", "link", "title", "h1", "table", "dl", "ul", "ol"})
_DATA_SCRIPTS = frozenset({"application/ld+json", "application/json"})
# Prices and stock boxes, and the related-items blocks around other products' prices (kept
# so that a price inside one can be recognised as not this product's).
_BOXES = re.compile(r"price|stock|availab|related|recommend|similar|carousel|upsell|sponsor", re.I)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


class _ProductParts(ElementFilter):
    """Keep an element (and all inside it) only if an extractor may read it."""

    def allow_tag_creation(self, nsprefix, name, attrs) -> bool:
        attrs = attrs or {}
        if name == "script":
            return str(attrs.get("type", "")).strip().casefold() in _DATA_SCRIPTS
        if name in _KEEP_TAGS or "itemscope" in attrs or "itemprop" in attrs:
            return True
        element_id = str(attrs.get("id", ""))
        if element_id in KEEP_IDS:
            return True
        boxes = f"{_as_text(attrs.get('class', ''))} {element_id}"
        return bool(_BOXES.search(boxes))

    def allow_string_creation(self, string) -> bool:
        return False


def _as_text(value) -> str:
    return " ".join(value) if isinstance(value, list | tuple) else str(value)


PRODUCT_PARTS = _ProductParts()


@dataclass(frozen=True)
class Document:
    """The parsed page, with its elements indexed once so each strategy need not walk
    the tree again (repeated find_all calls cost more than the parse on small pages)."""

    soup: BeautifulSoup
    encoding: str | None  # the encoding the bytes were read with
    elements: tuple[Tag, ...]
    by_name: dict[str, list[Tag]]

    def named(self, name: str) -> list[Tag]:
        return self.by_name.get(name, [])

    def by_id(self, element_id: str) -> Tag | None:
        return next((e for e in self.elements if e.get("id") == element_id), None)

    def with_attribute(self, attribute: str) -> list[Tag]:
        return [element for element in self.elements if attribute in element.attrs]

    def with_class(self, pattern: re.Pattern) -> list[Tag]:
        """Elements one of whose classes matches `pattern`, in document order."""
        return [
            e for e in self.elements if "class" in e.attrs and pattern.search(" ".join(e["class"]))
        ]


def charset_of(content_type: str | None) -> str | None:
    """Return the charset an HTTP Content-Type names, if it names a real one."""
    match = _CHARSET.search(content_type or "")
    if not match:
        return None
    try:
        return codecs.lookup(match[1]).name
    except LookupError:
        return None


class _ListedTag(Tag):
    """A Tag that notes itself in its soup's list of elements as the parser makes it, so
    the page is indexed without walking the tree a second time (bs4's element_classes)."""

    def __init__(self, parser=None, *args, **kwargs):
        super().__init__(parser, *args, **kwargs)
        if parser is not None:
            parser.__dict__.setdefault("_listed", []).append(self)


def decode(body: bytes, content_type: str | None = None, whole: bool = False) -> Document:
    """Parse `body` with lxml; `whole=True` builds every element (for tests and tools)."""
    soup = BeautifulSoup(
        body,
        "lxml",
        from_encoding=charset_of(content_type),
        parse_only=None if whole else PRODUCT_PARTS,
        element_classes={Tag: _ListedTag},
    )
    elements = tuple(soup.__dict__.get("_listed", ()))
    by_name: dict[str, list[Tag]] = {}
    for element in elements:
        by_name.setdefault(element.name, []).append(element)
    return Document(soup, soup.original_encoding, elements, by_name)
