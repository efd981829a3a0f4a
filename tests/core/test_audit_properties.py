"""Property: whatever text and values go into an entry (any Unicode, nesting, empty), the stored
entry verifies on this database once chained, and changing any one character of it is detected
(by an owner with the triggers disabled: tests/audit_tamper.py)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from app import audit
from app.audit_sequencer import sequence_all
from app.db.models import AuditChainLink, AuditEntry
from app.rbac import system_principal
from app.services import Services
from tests.audit_tamper import tampering

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
    max_leaves=10,
)
text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actor=text, action=text, reason=text, before=json_values, after=json_values)
def test_any_entry_round_trips_and_tampering_is_seen(
    services: Services, actor: str, action: str, reason: str, before: object, after: object
) -> None:
    with services.db.write() as s:
        entry = audit.append(
            s,
            system_principal(actor or "x"),
            action or "a",
            "t",
            "1",
            reason=reason,
            before=before,
            after=after,
        )
        entry_id = entry.id
    assert sequence_all(services.db) == 1
    assert audit.verify_chain(services.db).ok
    with services.db.read() as s:
        seq = s.scalar(select(AuditChainLink.seq).where(AuditChainLink.entry_id == entry_id))
    with tampering(services.db) as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == entry_id).values(reason=reason + "·"))
    report = audit.verify_chain(services.db)
    assert not report.ok and report.first_bad_seq == seq
    with tampering(services.db) as s:  # restore, so the next example starts from an intact chain
        s.execute(update(AuditEntry).where(AuditEntry.id == entry_id).values(reason=reason))
    assert audit.verify_chain(services.db).ok
