"""One product's column: its heading and the numbered list of pages its figures come from.

A cell cites its sources by number in this list, like footnotes, so a compact superscript
can stand for a page in the table, the CSV and the JSON alike.
"""

from dataclasses import dataclass

from catalog.fields import FIELDS
from catalog.provenance import SourceRef, identity_refs, source_refs
from catalog.vocabulary import CATEGORIES


@dataclass(frozen=True)
class Column:
    slug: str
    name: str
    category: str
    category_label: str
    sources: tuple[SourceRef, ...]  # numbered from 1, in the order the rows first cite them

    def numbers(self, refs) -> tuple[int, ...]:
        """Return the numbers of `refs` in this column's source list, smallest first."""
        keys = [source_key(ref) for ref in self.sources]
        return tuple(sorted({keys.index(source_key(ref)) + 1 for ref in refs}))


def column_for(product) -> Column:
    """Return the product's column, its sources in row order and then the general pages."""
    refs = [ref for field in FIELDS for ref in source_refs(product, field.name)]
    refs += identity_refs(product)
    unique = {}
    for ref in refs:
        unique.setdefault(source_key(ref), ref)
    category_label = CATEGORIES.get(product.category, product.category)
    return Column(product.slug, product.name, product.category, category_label, (*unique.values(),))


def source_key(ref: SourceRef) -> str:
    """One page, however many fields cite it."""
    return ref.url or ref.title
