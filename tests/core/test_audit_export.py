"""Exporting the audit log: the filter (text, kind, date range) selects the entries, the chain's
state at the time goes with them, the export is itself on record, and only those who may read the
log and print reports get it. (CSV cells never start a formula: test_registers' CSV tests.)"""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.audit import AuditQuery
from app.audit_sequencer import sequence_all
from app.clock import utcnow
from app.errors import PermissionDenied
from app.rbac import Role, system_principal
from app.services import Services

ROOT = system_principal("test")
PW = "Str0ng!pass"


def user(services: Services, name: str, *roles: Role):  # type: ignore[no-untyped-def]
    services.identity.create_user(ROOT, name, name.title(), PW, list(roles), reason="test")
    return services.identity.authenticate(name, PW)


def test_the_date_range_selects_entries_by_time(services: Services) -> None:
    user(services, "early", Role.TELLER)
    now = utcnow()
    everything, _ = services.audit.query(ROOT, AuditQuery())
    assert everything
    assert services.audit.query(ROOT, AuditQuery(since=now + timedelta(minutes=1)))[0] == []
    assert services.audit.query(ROOT, AuditQuery(until=now - timedelta(days=1)))[0] == []
    within, _ = services.audit.query(
        ROOT, AuditQuery(since=now - timedelta(minutes=5), until=now + timedelta(minutes=5))
    )
    assert [r.id for r in within] == [r.id for r in everything]


def test_an_export_holds_the_filtered_entries_the_chain_and_is_audited(services: Services) -> None:
    auditor = user(services, "aud", Role.AUDITOR)
    for i in range(3):
        user(services, f"clerk{i}", Role.TELLER)
    sequence_all(services.db)
    export = services.audit.export(auditor, AuditQuery(text="clerk", action_prefix="user.", limit=1))
    assert export.matching == 3 and len(export.records) == 3  # the page size does not cut an export
    assert all("clerk" in r.after["username"] for r in export.records)
    assert export.chain is not None and export.chain.ok and not export.truncated
    newest, _ = services.audit.query(ROOT, AuditQuery(action_prefix="audit.export"))
    entry = newest[0]
    assert entry.actor_name == "aud"
    assert entry.after["entries"] == 3 and entry.after["text"] == "clerk" and entry.after["kind"] == "user."
    assert entry.after["chain"]["ok"] is True


def test_an_exporter_who_may_not_verify_gets_no_chain_verdict(services: Services) -> None:
    supervisor = user(services, "sup", Role.SUPERVISOR)  # reads the log, may not verify it
    export = services.audit.export(supervisor, AuditQuery())
    assert export.chain is None and export.records
    entry = services.audit.query(ROOT, AuditQuery(action_prefix="audit.export"))[0][0]
    assert entry.reason == "chain not verified by this export" and "chain" not in entry.after


@pytest.mark.parametrize("role", [Role.TELLER, Role.OPERATOR, Role.KEYER])
def test_those_who_may_not_read_the_log_cannot_export_it(services: Services, role: Role) -> None:
    someone = user(services, "nosy", role)
    with pytest.raises(PermissionDenied):
        services.audit.export(someone, AuditQuery())
    denied = services.audit.query(ROOT, AuditQuery(action_prefix="security.denied"))[0]
    assert denied and denied[0].reason == "export the audit log"
    assert not services.audit.query(ROOT, AuditQuery(action_prefix="audit.export"))[0]
