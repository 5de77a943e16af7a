"""Page text made comparable: entities undone, mojibake repaired, whitespace collapsed.

Cleaning never turns text into markup: what comes out is plain text, and every template
escapes it. Tags are only stripped from strings that carried markup inside JSON.
"""

import html
import re
import unicodedata

_TAG = re.compile(r"<[^<>]{1,500}>")
_SPACE = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
# UTF-8 sequences that were read as Windows-1252 ("smÃ¸r" for "smør"): a lead byte
# (Â–ß for two bytes, à–ï for three) followed by continuation bytes 0x80–0xBF.
# (as Latin-1 decoding would show them, or as Windows-1252 would).
_CONTINUATION = "".join(
    sorted(
        {bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0)}
        | {chr(b) for b in range(0x80, 0xC0)}
    )
)
_MOJIBAKE = re.compile(f"[Â-ß][{re.escape(_CONTINUATION)}]|[à-ï][{re.escape(_CONTINUATION)}]{{2}}")
_FOLD_DROP = re.compile(r"[®™©]|[^\w]+")


def unescape(text: str) -> str:
    """Undo HTML entities until the text stops changing ("&amp;quot;" → '"')."""
    for _ in range(5):
        if "&" not in text:
            break
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    return text


def repair_mojibake(text: str) -> str:
    """Re-read each UTF-8 sequence that was decoded as Windows-1252, where that is certain.

    Runs until stable, so text garbled twice (a garbled page served with a wrong charset)
    comes back too; a sequence that does not re-read as UTF-8 is left alone.
    """
    for _ in range(3):
        repaired = _MOJIBAKE.sub(_reread, text)
        if repaired == text:
            break
        text = repaired
    return text


def _reread(match: re.Match) -> str:
    for encoding in ("cp1252", "latin-1"):
        try:
            return match[0].encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
    return match[0]


def clean_text(value, strip_tags: bool = False) -> str:
    """Return one tidy line of plain text; None and non-strings give ""."""
    if not isinstance(value, str):
        return ""
    text = unescape(value)
    if not text.isascii():  # the usual page text is plain ASCII: nothing to repair
        text = _INVISIBLE.sub("", unicodedata.normalize("NFC", repair_mojibake(text)))
    if strip_tags and "<" in text:
        text = _TAG.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def fold(text: str) -> str:
    """A key for comparing names: case, ®/™ and punctuation ignored."""
    return " ".join(_FOLD_DROP.sub(" ", clean_text(text, strip_tags=True).casefold()).split())
