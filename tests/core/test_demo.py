"""The demo bank: every role can log in, registers are filled, tags are unique, all audited."""

from __future__ import annotations

from sqlalchemy import func, select

from app import audit, demo
from app.audit_sequencer import sequence_all
from app.db.models import Reader, Tag, Zone
from app.rbac import Role, system_principal
from app.services import Services


def test_seed_gives_every_role_a_login_and_sites(services: Services) -> None:
    accounts = demo.seed_demo(services.db)
    assert {a.role for a in accounts} == set(Role)
    for acc in accounts:
        who = services.identity.authenticate(acc.username, demo.DEMO_PASSWORD)
        assert acc.role in who.roles
    overview = services.sites.overview(system_principal("t"))
    assert [s.code for s in overview.sites] and all(s.readers >= 3 and s.zones >= 5 for s in overview.sites)
    assert overview.people >= 40 and overview.assets and overview.cash_boxes and overview.archive_folders
    with services.db.read() as s:
        restricted = s.scalar(select(func.count()).select_from(Zone).where(Zone.restricted.is_(True)))
        assert restricted and restricted >= 4
        assert s.scalar(select(func.count()).select_from(Reader).where(Reader.url.startswith("sim://")))
        kinds = set(s.scalars(select(Tag.kind)))
        assert kinds == {"person", "asset", "cashbox", "vip", "archive"}
    assert demo.is_seeded(services.db)
    sequence_all(services.db)  # chain what the operations recorded
    report = audit.verify_chain(services.db)
    assert report.ok and report.pending == 0 and report.checked > 0
    card = next(a for a in accounts if a.card_uid)
    assert (
        services.identity.verify_card_pin(card.card_uid or "", card.pin or "", context="t").username
        == card.username
    )
