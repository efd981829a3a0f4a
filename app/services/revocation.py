"""Ending a user's server sessions inside the operation that makes them void. Any thread (the
caller's transaction).

A reset or changed password, a disabled account, changed roles, a lock after three wrong passwords
and a blacklisted card all end the user's open sessions (``app.services.sessions``) in the same
transaction as the change: their next call is refused (``SessionEnded``, why ``revoked``), their push
stream ends with ``session_ended`` (it looks at once when a change to its user passes by) and the
workstation goes back to the log-in. A revoked session stays revoked, whatever happens to the
account afterwards (re-enabled, unlocked). ``CALLING_SESSION`` is the session whose call this is,
set by the suite server around each call: a user who changes their own password keeps it.
"""

from __future__ import annotations

from contextvars import ContextVar

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.db.models import UserSession

CALLING_SESSION: ContextVar[int | None] = ContextVar("banksuite_calling_session", default=None)


def end_sessions(
    session: Session, user_id: int, why: str, *, method: str | None = None, keep_calling: bool = False
) -> int:
    """Revoke the user's open sessions (only those opened with ``method``, if given; all but the
    calling one if ``keep_calling``) in the caller's transaction; how many."""
    query = update(UserSession).where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))
    if method is not None:
        query = query.where(UserSession.method == method)
    keep = CALLING_SESSION.get() if keep_calling else None
    if keep is not None:
        query = query.where(UserSession.id != keep)
    result = session.execute(query.values(revoked_at=utcnow(), revoked_why=why[:64]))
    return int(getattr(result, "rowcount", 0) or 0)
