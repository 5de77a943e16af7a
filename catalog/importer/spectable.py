"""Labelled specifications: table rows, definition lists and "Label: value" bullets.

A label dictionary decides what a row means, so "Max user weight" and "Product weight"
are never confused. A row whose value cannot be read (no unit, two units that disagree,
a range that runs backwards) gives a problem for the report, never a guess.
"""

import re

from bs4 import Tag

from catalog import measures
from catalog.importer.candidate import Candidate
from catalog.importer.text import clean_text

# (label pattern, meaning), tried in order: the specific before the general.
LABELS = (
    (
        r"(max(imum)?\.?)?\s*(user|body)\s*(weight|gewicht)|weight\s*(capacity|limit|rating)"
        r"|max(imum)?\.?\s*(weight|load)(\s*(recommendation|capacity|limit))?|load\s*capacity|(max\.?\s*)?belastbarkeit|max(imale)?\.?\s*belastung"
        r"|poids\s*max|capacit[ée]\s*de\s*charge",
        "max_user_weight",
    ),
    (r"min(imum)?\.?\s*(user|body)?\s*height", "min_height"),
    (r"max(imum)?\.?\s*(user|body)?\s*height", "max_height"),
    (
        r"(user|body)\s*height|height\s*range|fits\s*users|körpergröße|taille\s*utilisateur",
        "height_range",
    ),
    (
        r"fold(ed)?\s*(dimensions|size)|(dimensions|size)\s*(when\s*)?folded|storage\s*(dimensions|size)",
        "folded",
    ),
    (
        r"(assembled|in[\s-]*use|product|overall|set[\s-]*up)?\s*(dimensions|size|maße|abmessungen)",
        "assembled",
    ),
    (r"(product|item|unit|net)?\s*weight|gewicht|poids", "unit_weight"),
    (r"warranty|garantie", "warranty"),
)
_PATTERNS = [(re.compile(rf"^(?:{pattern})$", re.I), meaning) for pattern, meaning in LABELS]
_BOX = {"assembled": "in_use", "folded": "folded"}


def spec_rows(document) -> list[tuple[str, str, str]]:
    """Return (label, value, where) for every labelled row the page shows."""
    rows = []
    for row in document.named("tr"):
        cells = [
            cell for cell in row.children if isinstance(cell, Tag) and cell.name in ("th", "td")
        ]
        if len(cells) == 2:
            rows.append((_text(cells[0]), _text(cells[1]), "spec table"))
    for term in document.named("dt"):
        detail = next((s for s in term.next_siblings if isinstance(s, Tag)), None)
        if detail is not None and detail.name == "dd":
            rows.append((_text(term), _text(detail), "definition list"))
    for item in document.named("li"):
        label, colon, value = _text(item).partition(":")
        if colon and 0 < len(label) <= 40 and value.strip():
            rows.append((label, value.strip(), "bullet"))
    return rows


def _text(element: Tag) -> str:
    return element.get_text(" ", strip=True)


def meaning_of(label: str) -> str | None:
    """Return what a label means to the catalog, or None for rows the catalog has no use for."""
    key = re.sub(r"[^\w\s'-]", " ", clean_text(label)).strip()
    key = re.sub(r"\s+", " ", key)
    return next((meaning for pattern, meaning in _PATTERNS if pattern.match(key)), None)


def spec_candidates(rows, strategy: str = "spectable") -> tuple[list[Candidate], list[dict]]:
    """Read the rows the catalog knows; return (candidates, problems)."""
    found, problems = [], []
    for label, value, where in rows:
        meaning = meaning_of(label)
        if meaning is None:
            continue
        locator = f"{where} row {clean_text(label)!r}"
        try:
            found += _read(meaning, clean_text(value), strategy, locator)
        except measures.UnreadableMeasure as error:
            problems.append(
                {"label": clean_text(label), "quote": clean_text(value), "problem": str(error)}
            )
    return found, problems


def _read(meaning: str, value: str, strategy: str, locator: str) -> list[Candidate]:
    def make(field, number):
        return Candidate(field, number, value, strategy, locator)

    if meaning == "max_user_weight":
        return [make("max_user_weight_lb", measures.read_weight(value))]
    if meaning == "unit_weight":
        return [make("unit_weight_lb", measures.read_weight(value))]
    if meaning == "height_range":
        low, high = measures.read_length_range(value)
        return [make("user_height_min_in", low), make("user_height_max_in", high)]
    if meaning in ("min_height", "max_height"):
        return [make(f"user_height_{meaning[:3]}_in", measures.read_length(value))]
    if meaning in _BOX:
        length, width, height, _labelled = measures.read_dimensions(value)
        prefix = _BOX[meaning]
        return [
            make(f"{prefix}_length_in", length),
            make(f"{prefix}_width_in", width),
            make(f"{prefix}_height_in", height),
        ]
    return [make("warranty", value)] if value else []
