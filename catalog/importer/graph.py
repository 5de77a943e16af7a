"""schema.org nodes from JSON-LD and microdata: flattened, linked by @id, and the page's
main product chosen.

Types match case-insensitively and in lists ("@type": ["Product", "Thing"]); keys match
case-insensitively ("Offers"): `flatten` folds every key once. A node given in pieces
under one @id is merged.
"""

from urllib.parse import urljoin, urlsplit, urlunsplit

from catalog.importer.text import fold

PRODUCT_TYPES = {"product", "productgroup", "individualproduct", "productmodel"}
PAGE_TYPES = {"webpage", "itempage", "productpage"}


def types_of(node: dict) -> set[str]:
    """Return the node's types, lower-case, without any "https://schema.org/" prefix."""
    found = get(node, "@type")
    names = found if isinstance(found, list) else [found]
    return {
        name.rsplit("/", 1)[-1].rsplit(":", 1)[-1].casefold()
        for name in names
        if isinstance(name, str)
    }


def get(node: dict, key: str):
    """Return node[key] whatever the case of the key ("Offers"); see `fold_keys`."""
    return node.get(key.casefold())


def fold_keys(data):
    """A copy of decoded JSON with every object key in lower case, so "Offers", "offers"
    and "OFFERS" read alike (the first spelling met wins)."""
    if isinstance(data, list):
        return [fold_keys(item) for item in data]
    if isinstance(data, dict):
        folded = {}
        for key, value in data.items():
            folded.setdefault(key.casefold() if isinstance(key, str) else key, fold_keys(value))
        return folded
    return data


def flatten(data) -> list[dict]:
    """Every object in a decoded block (keys folded): top-level arrays, @graph members,
    nested lists."""
    found, stack = [], [fold_keys(data)]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            graph = get(item, "@graph")
            if graph is not None:
                stack.extend(reversed(graph if isinstance(graph, list) else [graph]))
            if types_of(item):
                found.append(item)
    return found


def index_nodes(nodes: list[dict]) -> tuple[list[dict], dict[str, dict]]:
    """Merge nodes that share an @id; return (nodes, id -> node)."""
    by_id, merged = {}, []
    for node in nodes:
        node_id = get(node, "@id")
        if isinstance(node_id, str) and node_id in by_id:
            for key, value in node.items():
                if by_id[node_id].get(key) in (None, "", [], {}):
                    by_id[node_id][key] = value
            continue
        node = dict(node)
        if isinstance(node_id, str):
            by_id[node_id] = node
        merged.append(node)
    return merged, by_id


def prop(node: dict, key: str, index: dict[str, dict]) -> list:
    """Return a property as a list, with {"@id": ...} references replaced by their node."""
    value = get(node, key)
    values = value if isinstance(value, list) else [] if value is None else [value]
    return [_deref(item, index) for item in values]


def _deref(value, index):
    if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
        return index.get(value.get("@id"), value)
    return value


def same_page(a, b, base: str) -> bool:
    """Whether two URLs (either may be relative) name the same page, fragment ignored."""
    return bool(a and b) and _key(urljoin(base, a)) == _key(urljoin(base, b))


def _key(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(("", parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))


def main_product(nodes: list[dict], index: dict, page_urls: list[str], title: str):
    """Return (the page's main product node or None, how it was chosen or why not)."""
    products = [n for n in nodes if types_of(n) & PRODUCT_TYPES]
    if not products:
        return None, "no product described"
    for page in (n for n in nodes if types_of(n) & PAGE_TYPES):
        for entity in prop(page, "mainEntity", index):
            if isinstance(entity, dict) and types_of(entity) & PRODUCT_TYPES:
                return entity, "the page's mainEntity"
    base = page_urls[0]
    by_url = [
        p
        for p in products
        if any(same_page(get(p, key), url, base) for key in ("url", "@id") for url in page_urls)
    ]
    if len(_distinct(by_url)) == 1:
        return by_url[0], "its url is this page"
    offered = [p for p in products if get(p, "offers") is not None or get(p, "hasVariant")]
    named = [p for p in offered if title and _names_match(get(p, "name"), title)]
    for group, how in (
        (named, "its name matches the page title"),
        (offered, "the only one with offers"),
        (products, "the only product"),
    ):
        if len(_distinct(group)) == 1:
            return group[0], how
    return None, f"{len(products)} products and none is clearly the page's own"


def _names_match(name, title: str) -> bool:
    name, title = fold(name if isinstance(name, str) else ""), fold(title)
    return bool(name) and (name in title or title in name)


def _distinct(products: list[dict]) -> list[dict]:
    """Drop repeats of the same product (a block printed twice)."""
    seen, kept = set(), []
    for product in products:
        key = (fold(str(get(product, "name") or "")), str(get(product, "sku") or ""))
        if key not in seen:
            seen.add(key)
            kept.append(product)
    return kept
