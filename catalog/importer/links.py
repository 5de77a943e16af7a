"""Which pages back a product's field: import-origin FieldSource rows.

The catalog loader leaves a field alone once the importer backs it (catalog/seed.py), so
what the importer learned survives a reload of the catalog file.
"""

from catalog.models import FieldSource, Source


def link(product, name: str, source: Source, quote: str, context, replace: bool) -> bool:
    """Back a field with the page (origin "import"); `replace` drops the sources of the old
    value. Return whether anything was added or changed."""
    if replace:
        for old in [fs for fs in product.sources_for(name) if fs.source is not source]:
            product.field_sources.remove(old)
    existing = next((fs for fs in product.sources_for(name) if fs.source is source), None)
    if existing is not None and existing.quote == quote and existing.origin == "import":
        return False
    if existing is None:
        existing = FieldSource(field=name, source=source)
        product.field_sources.append(existing)
    existing.quote, existing.origin = quote, "import"
    existing.recorded_on, existing.import_run_id = context.now.date(), context.run_id
    return True
