"""The pieces of a comparison table: a row of cells, and a group of rows."""

from dataclasses import dataclass

from catalog.comparison.best import differs

NOT_PUBLISHED = "not published"


@dataclass(frozen=True)
class Item:
    """One entry of a list in a cell (a feature, a source), with the sources it cites."""

    text: str
    sources: tuple[int, ...] = ()
    link: str | None = None  # an address for the part of `text` named by `link_text`
    link_text: str | None = None


@dataclass(frozen=True)
class Cell:
    text: str | None  # as shown, in the shopper's units; None: nobody published it
    sources: tuple[int, ...] = ()  # numbers in the column's source list
    note: str | None = None  # a qualifying remark, shown under the value
    items: tuple[Item, ...] = ()  # for lists; `text` then joins them with "; "

    @property
    def shown(self) -> str:
        return NOT_PUBLISHED if self.text is None else self.text


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    cells: tuple[Cell, ...]
    differs: bool = False
    best: tuple[int, ...] = ()  # positions of the cells holding the best value
    best_word: str = ""  # "Lowest", "Highest" or "Smallest" when the row has a best
    how: str = ""  # for a computed row, how it is worked out


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    rows: tuple[Row, ...]


def make_row(key: str, label: str, cells, best=(), best_word="", how="") -> Row:
    """Build a row, working out whether its values differ."""
    cells = tuple(cells)
    return Row(key, label, cells, differs([c.text for c in cells]), tuple(best), best_word, how)


def list_cell(items: tuple[Item, ...]) -> Cell:
    """A cell holding a list; unknown when the list is empty."""
    if not items:
        return Cell(None)
    return Cell("; ".join(item.text for item in items), items=items)
