"""Demo users seeded into a shared database know a published password: they set their own at the
first log-in, before any session or principal is handed out."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app import demo
from app.db.models import AuditEntry, User
from app.errors import AuthenticationFailed, PasswordChangeRequired, ValidationError
from app.rbac import Role, system_principal
from app.services import Services
from app.services.sessions import SessionService

ROOT = system_principal("test")
NEW = "My0wn!secret"


def test_a_password_someone_else_gave_is_changed_at_the_first_log_in(services: Services) -> None:
    services.identity.create_user(
        ROOT, "op", "O", demo.DEMO_PASSWORD, [Role.OPERATOR], reason="t", must_change_password=True
    )
    with pytest.raises(PasswordChangeRequired):
        services.identity.authenticate("op", demo.DEMO_PASSWORD)
    sessions = SessionService(services.db, services.identity)
    with pytest.raises(PasswordChangeRequired):  # over the network: told only with the right password
        sessions.open_with_password("op", demo.DEMO_PASSWORD, "WS1")
    with pytest.raises(AuthenticationFailed):
        sessions.open_with_password("op", "wrong", "WS1", new_password=NEW)  # the old one is needed
    with pytest.raises(ValidationError):
        services.identity.authenticate("op", demo.DEMO_PASSWORD, new_password="short")
    with pytest.raises(ValidationError):
        services.identity.authenticate("op", demo.DEMO_PASSWORD, new_password=demo.DEMO_PASSWORD)
    opened = sessions.open_with_password("op", demo.DEMO_PASSWORD, "WS1", new_password=NEW)
    assert opened.principal.username == "op"
    with pytest.raises(AuthenticationFailed):
        services.identity.authenticate("op", demo.DEMO_PASSWORD)  # the published one opens nothing now
    assert services.identity.authenticate("op", NEW).username == "op"
    with services.db.read() as s:
        reasons = [
            (a, r) for a, r in s.execute(select(AuditEntry.action, AuditEntry.reason).order_by(AuditEntry.id))
        ]
    assert ("auth.login_refused", "password change due") in reasons
    assert ("user.password_changed", "at log-in") in reasons


def test_demo_people_of_a_shared_database_must_change_their_password(services: Services) -> None:
    demo.seed_demo(services.db, shared=True)  # as serve --demo seeds it
    with services.db.read() as s:
        due = dict(s.execute(select(User.username, User.must_change_password)).all())
    assert due.pop("station1") is False  # the station's service account signs in unattended
    assert due and all(due.values())
    with pytest.raises(PasswordChangeRequired):
        services.identity.authenticate("supervisor", demo.DEMO_PASSWORD)


def test_demo_people_of_the_embedded_database_keep_the_demo_password(services: Services) -> None:
    demo.seed_demo(services.db)
    assert services.identity.authenticate("supervisor", demo.DEMO_PASSWORD).username == "supervisor"
