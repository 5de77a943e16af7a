"""JSON-LD blocks decoded one at a time, repaired where a browser would have coped.

One bad block never costs its siblings. The repairs, in order: control characters inside
strings; HTML entity-encoded JSON; comment and CDATA wrappers; JavaScript comments,
trailing commas and invalid escapes such as \\'; leading garbage before the first { or [
and anything after the first complete value (a trailing ";"). Each block reports what
was needed, so the run report can show which pages are sloppy.
"""

import html
import json
import re
from dataclasses import dataclass

_WRAPPERS = re.compile(
    r"^\s*(?://\s*)?(?:/\*\s*)?<!\[CDATA\[(?:\s*\*/)?|(?://\s*)?(?:/\*\s*)?\]\]>(?:\s*\*/)?\s*$|^\s*<!--|-->\s*$"
)
_ENCODED = re.compile(r"^[\[{]\s*&(?:quot|#34|#x22);", re.I)
_DECODER = json.JSONDecoder(strict=False)
_ESCAPABLE = set('"\\/bfnrtu')


@dataclass(frozen=True)
class Block:
    index: int  # 1-based position among the page's ld+json scripts
    data: object  # the decoded JSON, or None
    repair: str | None  # None when the block was valid JSON as it stood


def decode_blocks(texts: list[str]) -> list[Block]:
    """Decode every block on its own; an unreadable one is reported, never fatal."""
    return [Block(i, *decode_block(text)) for i, text in enumerate(texts, start=1)]


def decode_block(text: str) -> tuple[object, str | None]:
    """Return (data, what had to be repaired), or (None, why not)."""
    stripped = (text or "").strip()
    if not stripped:
        return None, "empty block"
    try:
        data = json.loads(stripped)
    except ValueError:
        return _repair(stripped)
    return (data, None) if data is not None else (None, "null block")


def _repair(text: str) -> tuple[object, str | None]:
    repairs = []
    unwrapped = _WRAPPERS.sub("", text).strip()
    if unwrapped != text:
        repairs.append("comment or CDATA wrapper removed")
    if _ENCODED.match(unwrapped):
        unwrapped = html.unescape(unwrapped)
        repairs.append("HTML entities decoded")
    for label, attempt in (
        ("read leniently (control characters, text around the value)", unwrapped),
        ("comments, trailing commas or bad escapes fixed", _scrub(unwrapped)),
    ):
        data = _first_value(attempt)
        if data is not _FAILED:
            return (
                (data, "; ".join([*repairs, label])) if data is not None else (None, "null block")
            )
    return None, "unreadable: not JSON even after repairs"


_FAILED = object()


def _first_value(text: str):
    """Decode the first JSON value, skipping garbage before it and ignoring what follows."""
    start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    if start < 0:
        return _FAILED
    try:
        return _DECODER.raw_decode(text, start)[0]
    except ValueError:
        return _FAILED


def _scrub(text: str) -> str:
    """Drop // and /* */ comments and trailing commas outside strings; fix invalid escapes."""
    out, i, n, in_string = [], 0, len(text), False
    while i < n:
        char = text[i]
        if in_string:
            if char == "\\" and i + 1 < n:
                following = text[i + 1]
                out.append(text[i : i + 2] if following in _ESCAPABLE else following)
                i += 2
                continue
            in_string = char != '"'
            out.append(char)
        elif char == '"':
            in_string = True
            out.append(char)
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        elif char != "," or not re.match(r"\s*[}\]]", text[i + 1 : i + 64]):
            out.append(char)
        i += 1
    return "".join(out)
