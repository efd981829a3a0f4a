"""The suite's clock: aware UTC now. Pure (no database, no Qt); any thread."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


__all__ = ["utcnow"]
