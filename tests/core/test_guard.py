"""The permission check reads the actor afresh, except where the caller was read a moment ago in the
same call (``guard.CHECKED``, set by the suite server from the call's session check): then the check
uses that and does not read the same user again, and never for anyone else."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from app import security
from app.errors import PermissionDenied
from app.rbac import Permission, Role, system_principal
from app.services import Services
from app.services.guard import CHECKED, authorize

ROOT = system_principal("test")
PW = "Str0ng!Passw0rd"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


def statements(services: Services) -> list[str]:
    seen: list[str] = []
    event.listen(services.db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def test_a_caller_checked_in_this_call_is_not_read_again(services: Services) -> None:
    services.identity.create_user(ROOT, "chief", "Chief", PW, [Role.SUPERVISOR], reason="t")
    services.identity.create_user(ROOT, "clerk", "Clerk", PW, [Role.TELLER], reason="t")
    chief = services.identity.authenticate("chief", PW)
    clerk = services.identity.authenticate("clerk", PW)
    seen = statements(services)
    token = CHECKED.set(chief)
    try:
        assert authorize(services.db, chief, Permission.AUTHORIZE, "authorize") == chief
        assert seen == []
        with pytest.raises(PermissionDenied):  # anyone else is read (and refused here)
            authorize(services.db, clerk, Permission.AUTHORIZE, "authorize")
        assert seen
    finally:
        CHECKED.reset(token)
    seen.clear()
    assert authorize(services.db, chief, Permission.AUTHORIZE, "authorize") == chief  # unset: read
    assert seen
