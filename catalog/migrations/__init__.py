"""Alembic migrations for the catalog schema."""
