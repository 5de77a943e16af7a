"""catalog version counter: one row every catalog write bumps, for page caches

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 03:59:35.022871
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import catalog.models.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "catalog_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("changed_at", catalog.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_version")),
    )
    op.bulk_insert(table, [{"id": 1, "version": 0, "changed_at": datetime.now(UTC)}])


def downgrade() -> None:
    op.drop_table("catalog_version")
