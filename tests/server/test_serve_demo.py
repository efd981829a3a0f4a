"""``serve --demo`` on a database the demo seeded before station binding (migration 0013 could not
bind its ``station1``): the demo's station account is bound to the demo station, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from app import demo, security
from app.db.models import AuditEntry, User
from app.server.command import bind_demo_stations
from app.services import Services


def test_serve_demo_binds_the_demo_station_account_left_unbound(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)
    demo.seed_demo(services.db)
    assert bind_demo_stations(services) == []  # seeded now: already bound, nothing to do
    with services.db.write() as s:
        s.execute(update(User).where(User.username == "station1").values(station=None))
    assert bind_demo_stations(services) == ["station1"]
    assert bind_demo_stations(services) == []
    with services.db.read() as s:
        assert s.scalar(select(User.station).where(User.username == "station1")) == demo.DEMO_STATION
        entries = s.execute(
            select(AuditEntry.actor_name, AuditEntry.after_json).where(AuditEntry.action == "user.station")
        ).all()
    assert entries == [("system:serve-demo", f'{{"station":"{demo.DEMO_STATION}"}}')]
