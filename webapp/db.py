"""Database sessions for requests, and the `init-db` command that builds the database."""

import click
from flask import Flask, current_app, g
from flask.cli import with_appcontext
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from catalog.catalog_file import DEFAULT_PATH, read_catalog
from catalog.database import make_engine, make_sessions, migrate
from catalog.seed import load_catalog


def init_app(app: Flask) -> None:
    """Create the engine (it connects lazily) and close each request's session after it."""
    engine = make_engine(app.config["DATABASE_URL"])
    app.extensions["catalog_engine"] = engine
    app.extensions["catalog_sessions"] = make_sessions(engine)
    app.teardown_appcontext(close_session)
    app.cli.add_command(init_db_command)


def get_session() -> Session:
    """Return this request's session, opening it on first use."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["catalog_sessions"]()
    return g.db_session


def close_session(_error=None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


@click.command("init-db")
@click.option(
    "--catalog",
    "catalog_path",
    type=click.Path(exists=True, dir_okay=False),
    default=str(DEFAULT_PATH),
    show_default=True,
    help="catalog file to load",
)
@with_appcontext
def init_db_command(catalog_path: str) -> None:
    """Migrate the database to the newest schema and load the catalog file (idempotent)."""
    engine = current_app.extensions["catalog_engine"]
    try:
        migrate(engine)
        with current_app.extensions["catalog_sessions"]() as session:
            summary = load_catalog(session, read_catalog(catalog_path))
            session.commit()
    except OperationalError as error:
        raise cannot_update(error) from None
    click.echo(f"Database ready at {engine.url.render_as_string()}: catalog {summary}.")


def cannot_update(error: OperationalError) -> click.ClickException:
    """A command's one-line error for a database that is read-only, missing or unreachable."""
    where = current_app.extensions["catalog_engine"].url.render_as_string()  # no password
    return click.ClickException(f"cannot update the database at {where}: {error.orig}")
