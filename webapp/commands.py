"""`flask --app webapp import-products`: the importer, on the app's own database.

The same run as scripts/import_products.py (which also reviews held changes).
"""

import json
import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy.exc import OperationalError

from catalog.importer.progress import progress_for
from catalog.importer.report import summary_text
from catalog.importer.run import RunOptions, run_import
from catalog.importer.runs import RunRefused
from catalog.importer.sources import DEFAULT_PATH
from webapp.db import cannot_update


@click.command("import-products")
@click.option(
    "--sources",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_PATH,
    show_default=True,
)
@click.option("--only", multiple=True, metavar="SLUG", help="Only this product (repeatable).")
@click.option("--dry-run", is_flag=True, help="Print the diff and write nothing.")
@click.option(
    "--report", type=click.Path(dir_okay=False, path_type=Path), help="Write the JSON report here."
)
@click.option(
    "--delay",
    type=float,
    default=5.0,
    show_default=True,
    help="Seconds between requests to one host.",
)
@click.option("--force", is_flag=True, help="Ignore stored validators; fetch and parse every page.")
@click.option("--quiet", is_flag=True, help="No progress output.")
@click.option(
    "--contact-url",
    envvar="IMPORTER_CONTACT_URL",
    help="Where site owners can reach you, sent in the User-Agent.",
)
@with_appcontext
def import_products_command(sources, only, dry_run, report, delay, force, quiet, contact_url):
    """Refresh prices, availability and specs from the pages in the sources file."""
    options = RunOptions(
        sources_path=sources,
        only=tuple(only),
        dry_run=dry_run,
        force=force,
        delay_s=delay,
        contact_url=contact_url,
    )
    progress = None if quiet else progress_for(sys.stderr)
    try:
        data = run_import(current_app.extensions["catalog_sessions"], options, progress)
    except RunRefused as error:
        raise click.ClickException(str(error)) from error
    except OperationalError as error:
        raise cannot_update(error) from None
    click.echo(summary_text(data))
    if report:
        report.write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")
