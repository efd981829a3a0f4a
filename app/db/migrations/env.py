"""Alembic environment: runs on the connection handed in by ``app.db.migrate`` (never a URL here)."""

from __future__ import annotations

from typing import Any

from alembic import context

from app.db import models  # noqa: F401  (registers the tables)
from app.db.base import Base, UTCDateTime

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through app.db.migrate (python main.py migrate)")


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render our UTCDateTime as a plain timezone-aware DateTime: migrations never import app types."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


context.configure(
    connection=connection,
    render_item=render_item,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
