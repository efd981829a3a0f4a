"""One service account per station (``ux_users_station``, migration 0016): a station bound to one
account is refused to a second one, by bind_station and create_user, naming the account that holds
it; the database decides, so an administrator whose look-up saw the station free is still refused
when another bound it meanwhile. An existing database with two accounts on one station is not
upgraded over them: the migration stops and names them. SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, inspect, select, text

from app import security
from app.db import migrate
from app.db.bootstrap import ensure_reference_data
from app.db.engine import Database
from app.db.models import AuditEntry, User
from app.errors import ValidationError
from app.rbac import Role, system_principal
from app.services import Services
from app.services.sessions import SessionService

ROOT = system_principal("test")
PW = "Str0ng!pass"


def station_account(services: Services, username: str, station: str) -> int:
    change = services.identity.create_user(
        ROOT, username, username.upper(), PW, [Role.STATION], station=station, reason="t"
    )
    return int(change.target_ids[0])


def bound(services: Services) -> dict[str, str | None]:
    with services.db.read() as s:
        return dict(s.execute(select(User.username, User.station)).all())


def audit_count(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_a_station_bound_to_one_account_is_refused_to_another(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)
    ws1 = station_account(services, "ws1", "WS1")
    with pytest.raises(ValidationError) as created:  # a second account made for the same station
        services.identity.create_user(ROOT, "ws1b", "WS1B", PW, [Role.STATION], station=" ws1 ", reason="t")
    assert created.value.params == {
        "field": "station",
        "problem": "taken",
        "station": "WS1",
        "account": "ws1",
    }
    assert "ws1" in created.value.message
    old = station_account(services, "old", "WS2")
    sessions = SessionService(services.db, services.identity)
    at_ws2 = sessions.open_with_password("old", PW, "WS2")
    entries = audit_count(services)
    with pytest.raises(ValidationError) as rebound:  # an account moved to a station another holds
        services.identity.bind_station(ROOT, old, "ws1", "moved")
    assert rebound.value.params["problem"] == "taken" and rebound.value.params["account"] == "ws1"
    assert bound(services) == {"ws1": "WS1", "old": "WS2"}  # nothing of the refused binding stays
    assert sessions.resolve(at_ws2.token).principal.user_id == old  # nor did its sessions end
    assert audit_count(services) == entries  # refused as invalid input, like a user name taken
    # the account's own station again is no conflict; a station freed by a move can be taken
    assert services.identity.bind_station(ROOT, ws1, "WS1", "same again").action == "user.station"
    services.identity.bind_station(ROOT, ws1, "WS3", "moved to WS3")
    services.identity.bind_station(ROOT, old, "WS1", "takes over WS1")
    assert bound(services) == {"ws1": "WS3", "old": "WS1"}
    with pytest.raises(ValidationError) as name:  # a user name taken is still told as such
        station_account(services, "ws1", "WS9")
    assert name.value.params == {"field": "username", "problem": "duplicate"}
    for person in ("amy", "bob"):  # people are bound to no station: any number of NULLs
        services.identity.create_user(ROOT, person, person, PW, [Role.TELLER], reason="t")
    assert bound(services)["amy"] is None and bound(services)["bob"] is None


def test_the_database_decides_when_another_binding_is_not_yet_committed(services: Services) -> None:
    """Administrator A's binding of ``ws1`` to WS5 is written but not committed when B binds
    ``ws2`` to WS5: B's look-up would see WS5 free. B waits for A's transaction (PostgreSQL: on the
    index entry; SQLite: for the one writer), then is refused, naming ``ws1``."""
    ws1, ws2 = station_account(services, "ws1", "WS1"), station_account(services, "ws2", "WS2")
    outcome: list[object] = []

    def second_administrator() -> None:
        try:
            outcome.append(services.identity.bind_station(ROOT, ws2, "WS5", "B"))
        except ValidationError as exc:
            outcome.append(exc)

    with services.db.write() as s:
        user = s.get(User, ws1)
        assert user is not None
        user.station = "WS5"
        s.flush()
        b = threading.Thread(target=second_administrator)
        b.start()
        time.sleep(0.5)
        assert b.is_alive() and not outcome  # waiting for A
    b.join(timeout=10)
    assert not b.is_alive()
    (refused,) = outcome
    assert isinstance(refused, ValidationError)
    assert refused.params["problem"] == "taken" and refused.params["account"] == "ws1"
    assert bound(services) == {"ws1": "WS5", "ws2": "WS2"}


def _user(db: Database, uid: int, name: str, station: str | None, active: bool = True) -> None:
    with db.write() as s:
        s.execute(
            text(
                "INSERT INTO users (id, username, display_name, password_hash, active, outsourced, "
                "failed_attempts, created_at, station, must_change_password) VALUES (:id, :n, :n, 'x', "
                ":active, :f, 0, CURRENT_TIMESTAMP, :station, :f)"
            ),
            {"id": uid, "n": name, "active": active, "f": False, "station": station},
        )


def test_0016_stops_on_a_station_bound_twice_and_names_its_accounts(db_url: str) -> None:
    db = Database(db_url)
    try:
        migrate.upgrade(db, "0015_identity")
        ensure_reference_data(db)
        _user(db, 1, "station1", "WS1")
        _user(db, 2, "forgotten", "WS1", active=False)
        _user(db, 3, "ws2", "WS2")
        _user(db, 4, "amy", None)
        _user(db, 5, "bob", None)
        with pytest.raises(RuntimeError) as stopped:
            migrate.upgrade(db, "0016_one_account_per_station")
        assert "station WS1: forgotten (disabled), station1" in str(stopped.value)
        assert "ws2" not in str(stopped.value) and "amy" not in str(stopped.value)
        assert migrate.current_revision(db) == "0015_identity"
        with db.read() as s:  # nothing unbound behind the owner's back
            assert s.execute(text("SELECT username FROM users WHERE station = 'WS1'")).scalars().all() == [
                "station1",
                "forgotten",
            ]
        with db.write() as s:  # the owner unbinds the forgotten one, as the message says
            s.execute(text("UPDATE users SET station = NULL WHERE username = 'forgotten'"))
        migrate.upgrade(db, "0016_one_account_per_station")
        assert "ux_users_station" in {i["name"] for i in inspect(db.engine).get_indexes("users")}
    finally:
        db.dispose()


def test_0016_on_clean_data_keeps_every_binding_and_downgrades(db_url: str) -> None:
    db = Database(db_url)
    try:
        migrate.upgrade(db, "0015_identity")
        ensure_reference_data(db)
        _user(db, 1, "station1", "WS1")
        _user(db, 2, "ws2", "WS2")
        _user(db, 3, "amy", None)
        _user(db, 4, "bob", None)
        migrate.upgrade(db)
        assert migrate.current_revision(db) == migrate.head_revision()
        with db.read() as s:
            assert dict(s.execute(text("SELECT username, station FROM users")).all()) == {
                "station1": "WS1",
                "ws2": "WS2",
                "amy": None,
                "bob": None,
            }
        with pytest.raises(Exception, match=r"(?i)unique"):
            _user(db, 5, "again", "WS1")
        _user(db, 6, "carol", None)  # NULLs are not bound to anything: any number of them
        migrate.downgrade(db, "0015_identity")
        assert "ux_users_station" not in {i["name"] for i in inspect(db.engine).get_indexes("users")}
        _user(db, 7, "again", "WS1")  # as before the revision
    finally:
        db.dispose()


def test_the_console_names_the_account_that_holds_the_station(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from app.cli import EXIT_INPUT, EXIT_OK, run
    from main import build_parser

    def cli(*argv: str) -> tuple[int, str]:
        out, err = io.StringIO(), io.StringIO()
        code = run(build_parser().parse_args(["--db", db_url, *argv]), out, err)
        return code, out.getvalue() + err.getvalue()

    monkeypatch.setenv("BANKSUITE_NEW_PASSWORD", "St4tion!pass")
    account = ("create-user", "--name", "WS", "--role", "station", "--reason", "t")
    assert cli(*account, "--username", "station1", "--station", "WS1")[0] == EXIT_OK
    code, said = cli(*account, "--username", "spare", "--station", "ws1")
    assert code == EXIT_INPUT and "station WS1 is already bound to the account station1" in said
    assert cli(*account, "--username", "spare", "--station", "WS2")[0] == EXIT_OK
    code, said = cli("set-user-station", "--username", "spare", "--station", "WS1", "--reason", "t")
    assert code == EXIT_INPUT and "station1" in said
