"""Database layer: SQLAlchemy models, the ``Database`` unit-of-work factory and Alembic migrations."""

from app.db.engine import Database

__all__ = ["Database"]
