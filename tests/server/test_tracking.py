"""Tracking in a shared deployment, over the wire: the station that owns the readers runs them,
signed in with its service account, and spools its movements to the server; another workstation,
which runs no device, sees the same tags move and the same readers' health live over its push
stream, ending where the database says everybody is."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from app import demo
from app.client.push import PushClient
from app.client.station import StationAccount
from app.clock import utcnow
from app.db.engine import Database
from app.db.models import Movement, UserSession
from app.errors import AuthenticationFailed, PermissionDenied, StationInUse, Unreachable, ValidationError
from app.rbac import system_principal
from app.services import Services
from app.tracking import store
from app.tracking.events import EventKind, TrackingEvent
from app.tracking.reads import LinkState
from hardware.compose import build_tracking
from hardware.station import StationDevices
from widgets.bridges.shared_tracking import SharedTracking

from .conftest import PUSH_LIVE_S, Live, wait_for

WS1 = demo.DEMO_STATION


def movement_rows(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


def station_account(server: Live, station: str = WS1) -> StationAccount:
    return StationAccount([server.url], server.pin, station, "station1", demo.DEMO_PASSWORD)


def test_the_second_workstation_sees_the_first_ones_tags_and_readers_live(
    server: Live, shared: Services, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    account = station_account(server)
    request.addfinalizer(account.close)
    actor = account.sign_in()
    runtime = build_tracking(
        account.services.tracking, WS1, actor=actor, device_dir=tmp_path / "dev", spool=tmp_path / "spool"
    )
    assert runtime is not None and runtime.readers  # the demo's simulated readers all belong to WS1
    viewer = StationAccount([server.url], server.pin, "WS2", "operator", demo.DEMO_PASSWORD)
    request.addfinalizer(viewer.close)
    me = viewer.sign_in()
    push = PushClient(viewer.connection, since=viewer.connection.login_reply.push_seq)  # type: ignore[union-attr]
    services = viewer.services
    feed = SharedTracking(push, "WS2", services.positions.presence(me), services.tracking.health(me))
    seen: list[TrackingEvent] = []
    lock = threading.Lock()

    def got(event: TrackingEvent) -> None:
        with lock:
            seen.append(event)

    feed.bus.subscribe(got)
    push.start()
    try:
        wait_for(lambda: push.online, PUSH_LIVE_S)
        before = movement_rows(shared.db)
        runtime.start()
        readers = {code for code, _ in store.enabled_readers(shared.db)}
        wait_for(lambda: any(e.kind == EventKind.ENTER for e in list(seen)), timeout=20)
        wait_for(lambda: set(feed.statuses()) == readers, timeout=20)  # every reader's health arrived
        assert all(st.state == LinkState.CONNECTED for st in feed.statuses().values())
        assert {e.reader for e in list(seen) if e.kind == EventKind.READER_ONLINE} == readers
    finally:
        runtime.stop()  # the spool is sent before it stops
    try:
        stored = store.current_presence(shared.db)
        assert stored  # the simulated people and boxes moved into zones
        zones = {tag: zone for tag, (zone, _since) in stored.items()}  # (the database keeps microseconds)
        wait_for(lambda: {tag: zone for tag, (zone, _s) in feed.presence().items()} == zones, timeout=30)
        with lock:
            moves = [e for e in seen if e.kind in (EventKind.ENTER, EventKind.LEAVE)]
        assert len(moves) == movement_rows(shared.db) - before
    finally:
        push.stop()


def test_a_station_account_cannot_sign_in_as_another_station(server: Live) -> None:
    account = station_account(server, "WS2")
    with pytest.raises(PermissionDenied):
        account.sign_in()
    account.close()


def test_the_station_signs_in_again_when_its_session_ends(server: Live) -> None:
    account = station_account(server)
    actor = account.sign_in()
    first = account.connection.token
    tracking = account.services.tracking
    assert tracking.mapping(actor, WS1).readers
    assert actor.user_id is not None
    server.server.sessions.revoke_user(actor.user_id, "test")  # e.g. its 12 hours are over
    assert tracking.mapping(actor, WS1).readers  # signed in again by itself, and the call retried
    assert account.connection.token != first
    account.close()


def test_a_station_runs_in_one_program_at_a_time(server: Live, shared: Services) -> None:
    """A second program signing in as WS1 while the first runs (a double start, a cloned disk) would
    run WS1's readers twice. A second account bound to WS1 cannot exist (one account per station)."""
    first, second = station_account(server), station_account(server)
    assert first.machine != second.machine  # a random id per program
    try:
        actor = first.sign_in()
        with pytest.raises(StationInUse) as refused:
            second.sign_in()
        assert refused.value.params["station"] == WS1 and refused.value.params["seen_s"] < 5
        with pytest.raises(ValidationError) as taken:  # another account for the same station
            shared.identity.create_user(
                system_principal("t"),
                "station1b",
                "WS1 again",
                "Str0ng!Passw0rd",
                ["station"],
                station=WS1,
                reason="t",
            )
        assert taken.value.params["problem"] == "taken" and taken.value.params["account"] == "station1"
        first.sign_in()  # the same program signing in again keeps the station
        # the first program goes silent (its network is cut): the second takes over after 90 s ...
        with shared.db.write() as s:
            s.execute(update(UserSession).values(last_seen_at=utcnow() - timedelta(seconds=120)))
        second.sign_in()
        # ... and the first one, back, finds the station taken: its session ended, a new sign-in refused
        with pytest.raises(StationInUse):
            first.services.tracking.mapping(actor, WS1)
        second.close()  # a clean stop frees the station at once
        first.sign_in()
    finally:
        first.close()
        second.close()


def test_the_station_devices_start_on_their_own_once_the_server_answers(
    server: Live, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """... and the map of the window already open at the station takes them directly."""
    away = [2]  # the first two attempts find no server

    def account() -> StationAccount:
        if away[0]:
            away[0] -= 1
            raise Unreachable("no suite server reachable", servers=[server.url], sent=False)
        return station_account(server)

    viewer = StationAccount([server.url], server.pin, WS1, "operator", demo.DEMO_PASSWORD)
    request.addfinalizer(viewer.close)
    viewer.sign_in()
    push = PushClient(viewer.connection, since=viewer.connection.login_reply.push_seq)  # type: ignore[union-attr]
    feed = SharedTracking(push, WS1, {}, {})  # the window's map, opened before the devices ran
    seen: list[TrackingEvent] = []
    feed.bus.subscribe(seen.append)
    devices = StationDevices(account, WS1, tmp_path, retry_first=0.05, retry_max=0.1)
    try:
        first = devices.start()
        assert isinstance(first, Unreachable) and devices.retrying and devices.runtime is None
        devices.when_started(feed.attach)
        wait_for(lambda: devices.runtime is not None, timeout=15)
        assert devices.attempts == 3 and devices.last_error is None
        wait_for(lambda: not devices.retrying)
        runtime = devices.runtime
        assert runtime is not None and runtime.drivers  # its readers run
        assert feed.local is runtime
        probe = TrackingEvent(EventKind.READER_ONLINE, 1.0, reader="PROBE")
        runtime.bus.publish(probe)  # the runtime's own events reach the map at once, not via the server
        assert probe in seen
        assert set(feed.statuses()) >= set(runtime.statuses())
    finally:
        devices.stop()
        feed.stop()
    assert devices.runtime is None and devices.account is None


def test_a_wrong_station_password_is_not_tried_again(server: Live, tmp_path: Path) -> None:
    """Trying again would only lock the station's account."""

    def account() -> StationAccount:
        return StationAccount([server.url], server.pin, WS1, "station1", "wrong-password")

    devices = StationDevices(account, WS1, tmp_path, retry_first=0.05)
    try:
        assert isinstance(devices.start(), AuthenticationFailed)
        assert not devices.retrying and devices.attempts == 1 and devices.runtime is None
    finally:
        devices.stop()


def test_a_stations_reader_outage_reaches_the_other_workstations_and_the_history(
    server: Live, shared: Services, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Issue 11, shared mode: a station's reader unplugged and plugged back. Another workstation
    sees it go offline and come back over its push stream (its map draws that zone's markers stale
    meanwhile: tests/gui/test_tag_map.py), and the server keeps the outage and the recovery in the
    tracking history, which playback reads."""
    account = station_account(server)
    request.addfinalizer(account.close)
    actor = account.sign_in()
    runtime = build_tracking(
        account.services.tracking, WS1, actor=actor, device_dir=tmp_path / "dev", spool=tmp_path / "spool"
    )
    assert runtime is not None
    viewer = StationAccount([server.url], server.pin, "WS2", "operator", demo.DEMO_PASSWORD)
    request.addfinalizer(viewer.close)
    me = viewer.sign_in()
    push = PushClient(viewer.connection, since=viewer.connection.login_reply.push_seq)  # type: ignore[union-attr]
    feed = SharedTracking(
        push, "WS2", viewer.services.positions.presence(me), viewer.services.tracking.health(me)
    )
    seen: list[TrackingEvent] = []
    feed.bus.subscribe(seen.append)
    push.start()
    started = utcnow().timestamp()
    try:
        wait_for(lambda: push.online, PUSH_LIVE_S)
        runtime.start()
        code = next(iter(runtime.links))

        def state() -> LinkState | None:
            st = feed.statuses().get(code)
            return st.state if st is not None else None

        wait_for(lambda: state() == LinkState.CONNECTED, timeout=20)
        runtime.unplug(code)
        wait_for(lambda: state() == LinkState.DISCONNECTED, timeout=20)
        assert any(e.kind == EventKind.READER_OFFLINE and e.reader == code for e in list(seen))
        runtime.replug(code)
        wait_for(lambda: state() == LinkState.CONNECTED, timeout=20)
    finally:
        runtime.stop()
        push.stop()
    playback = viewer.services.positions.movements(me, started - 1, utcnow().timestamp() + 1)
    states = [c.state for c in playback.reader_changes if c.reader == code]
    assert states[states.index(LinkState.DISCONNECTED) :] == [LinkState.DISCONNECTED, LinkState.CONNECTED]
