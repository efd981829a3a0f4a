"""Property: whatever text and values go into an entry (any Unicode, nesting, empty), the stored
entry verifies on this database, and changing any one character of it is detected."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from app import audit
from app.db.models import AuditEntry
from app.rbac import system_principal
from app.services import Services

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
        seq = entry.seq
    assert audit.verify_chain(services.db).ok
    with services.db.write() as s:
        s.execute(update(AuditEntry).where(AuditEntry.seq == seq).values(reason=reason + "·"))
    report = audit.verify_chain(services.db)
    assert not report.ok and report.first_bad_seq == seq
    with services.db.write() as s:  # restore, so the next example starts from an intact chain
        s.execute(update(AuditEntry).where(AuditEntry.seq == seq).values(reason=reason))
    assert audit.verify_chain(services.db).ok
