"""Local pages (file:// URLs), for offline refreshes: read with the same byte cap, with
their content hash standing in for an ETag so an unchanged file costs nothing."""

from email.utils import formatdate
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from catalog.importer.fetched import Fetched, content_hash

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def read_file(url: str, etag: str | None, max_bytes: int) -> Fetched:
    """A local page, with its content hash standing in for an ETag."""
    path = Path(url2pathname(urlsplit(url).path))
    result = Fetched(url, "gone", "no such file", final_url=url)
    if not path.is_file():
        return result
    if path.suffix.casefold() not in HTML_SUFFIXES:
        result.outcome, result.reason = "not_html", f"{path.suffix or 'no'} file, not HTML"
    elif path.stat().st_size > max_bytes:
        result.outcome, result.reason = "too_large", f"{path.stat().st_size} bytes"
    else:
        body = path.read_bytes()
        result.etag = f'"{content_hash(body)[:32]}"'
        result.last_modified = formatdate(path.stat().st_mtime, usegmt=True)
        unchanged = etag is not None and etag == result.etag
        result.outcome, result.reason = (
            ("not_modified", "file unchanged") if unchanged else ("ok", "")
        )
        result.body = b"" if unchanged else body
        result.conditional = etag is not None
    return result
