"""schema.org microdata (itemscope / itemprop) as JSON-LD-shaped dicts.

Value rules follow the W3C algorithm as extruct applies it: meta → content; img, audio,
video, source, iframe, embed, track → src; a, link, area → href; object → data; data,
meter → value; time → datetime; any other element with a content attribute → that;
otherwise its text. URLs are resolved against the page.
"""

from urllib.parse import urljoin

from bs4 import Tag

_SRC = {"img", "audio", "video", "source", "iframe", "embed", "track"}
_HREF = {"a", "link", "area"}


def microdata_items(scoped, base_url: str) -> list[dict]:
    """Return every top-level item among the page's itemscope elements (items nested in
    another are inside it)."""
    return [_item(element, base_url) for element in scoped if not element.has_attr("itemprop")]


def _item(element: Tag, base_url: str) -> dict:
    types = [t.rsplit("/", 1)[-1] for t in element.get("itemtype", "").split()]
    item: dict = {"@type": types if len(types) != 1 else types[0]}
    if element.get("itemid"):
        item["@id"] = element["itemid"]
    for child, names in _properties(element):
        value = _item(child, base_url) if child.has_attr("itemscope") else _value(child, base_url)
        for name in names:
            if name in item:
                existing = item[name]
                item[name] = [*existing, value] if isinstance(existing, list) else [existing, value]
            else:
                item[name] = value
    return item


def _properties(element: Tag):
    """Yield (element, itemprop names) below `element`, not entering nested items."""
    stack = list(reversed([c for c in element.children if isinstance(c, Tag)]))
    while stack:
        child = stack.pop()
        names = child.get("itemprop", "").split()
        if names:
            yield child, names
        if not child.has_attr("itemscope"):
            stack.extend(reversed([c for c in child.children if isinstance(c, Tag)]))


def _value(element: Tag, base_url: str) -> str:
    name = element.name
    if name == "meta":
        return element.get("content", "")
    if name in _SRC and element.get("src"):
        return urljoin(base_url, element["src"])
    if name in _HREF and element.get("href"):
        return urljoin(base_url, element["href"])
    if name == "object" and element.get("data"):
        return urljoin(base_url, element["data"])
    if name in ("data", "meter") and element.has_attr("value"):
        return element["value"]
    if name == "time" and element.get("datetime"):
        return element["datetime"]
    if element.has_attr("content"):
        return element["content"]
    return element.get_text(" ", strip=True)
