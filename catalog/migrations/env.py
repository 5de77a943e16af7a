"""Alembic environment: runs on the connection handed in by catalog.database.migrate,
or on `sqlalchemy.url` / DATABASE_URL when called from the alembic command line."""

import os

from alembic import context
from sqlalchemy import create_engine

from catalog.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = config.get_main_option("sqlalchemy.url") or os.environ["DATABASE_URL"]
    with create_engine(url).connect() as conn:
        run(conn)
        conn.commit()
