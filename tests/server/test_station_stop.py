"""Quitting a station while its server hangs: the devices' threads end within a few seconds, and
nothing signs in again on the closed connection (review 10b #11)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import demo
from app.client.station import STATION_CALL_TIMEOUT, StationAccount
from app.db.engine import Database
from app.db.models import UserSession
from app.errors import Unreachable
from app.services import Services
from hardware.station import StationDevices

from .conftest import Live, wait_for

WS1 = demo.DEMO_STATION
DEVICE_THREADS = ("health-reporter", "spool-sender", "tracking-mapping")


def account(server: Live) -> StationAccount:
    return StationAccount([server.url], server.pin, WS1, "station1", demo.DEMO_PASSWORD, "f" * 32)


def sessions(db: Database) -> tuple[int, int]:
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(UserSession)) or 0
        unrevoked = UserSession.revoked_at.is_(None)
        open_ = s.scalar(select(func.count()).select_from(UserSession).where(unrevoked))
    return total, open_ or 0


def test_stopping_the_devices_while_the_server_hangs(server: Live, shared: Services, tmp_path: Path) -> None:
    """The server hangs in the station's calls (a stuck database): stop ends the threads at once."""
    gate = threading.Event()
    hanging_calls = []
    real_check = shared.tracking._check_station

    def hanging(*args: object, **kwargs: object) -> None:
        hanging_calls.append(threading.current_thread().name)
        gate.wait(20)
        real_check(*args, **kwargs)  # type: ignore[arg-type]

    devices = StationDevices(lambda: account(server), WS1, tmp_path)
    try:
        assert devices.start() is None
        shared.tracking._check_station = hanging  # type: ignore[method-assign]
        wait_for(lambda: hanging_calls, timeout=15)  # a health report or a batch is in flight, hanging
        t0 = time.monotonic()
        devices.stop(3.0)
        took = time.monotonic() - t0
        wait_for(lambda: not [t for t in threading.enumerate() if t.name in DEVICE_THREADS], timeout=2)
        assert took < 6.0, f"stop took {took:.1f} s"
        gate.set()
        time.sleep(1.0)
        # no new session signed in after stop (whether the 2 s log-out got through depends on the
        # machine's load: a session it missed expires on its own)
        assert sessions(shared.db)[0] == 1
    finally:
        shared.tracking._check_station = real_check  # type: ignore[method-assign]
        gate.set()
        devices.stop()


def test_a_closed_station_connection_neither_calls_nor_signs_in_again(server: Live, shared: Services) -> None:
    station = account(server)
    actor = station.sign_in()
    assert station.connection.timeout == STATION_CALL_TIMEOUT
    station.close()
    calls = []
    station.connection.relogin = lambda: calls.append("relogin")  # even if someone sets it again
    with pytest.raises(Unreachable) as refused:
        station.services.tracking.mapping(actor, WS1)
    assert refused.value.params["closed"] is True and not calls
    assert sessions(shared.db) == (1, 0)


def test_an_abort_ends_a_call_waiting_on_a_hung_server(server: Live, shared: Services) -> None:
    gate = threading.Event()
    real_readers = shared.tracking._readers

    def hanging(station: str) -> list[tuple[str, str]]:
        gate.wait(20)
        return real_readers(station)

    station = account(server)
    actor = station.sign_in()
    shared.tracking._readers = hanging  # type: ignore[method-assign]
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            station.services.tracking.mapping(actor, WS1)
        except BaseException as exc:  # asserted below
            outcome.append(exc)

    caller = threading.Thread(target=call)
    try:
        caller.start()
        time.sleep(0.5)
        t0 = time.monotonic()
        station.abort()
        caller.join(5)
        assert not caller.is_alive() and time.monotonic() - t0 < 2.0
        assert outcome and isinstance(outcome[0], Unreachable), outcome
        assert outcome[0].params["sent"] is True  # it may have taken effect: not re-sent
    finally:
        gate.set()
        shared.tracking._readers = real_readers  # type: ignore[method-assign]
        station.close()
