"""The docks' reads called as an insider with a script would: personal-data listings and exports,
positions, the site layout and the rules in force check the caller's permission, and a refusal
is audited like a refused write."""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable

import pytest
from sqlalchemy import event, select

from app import demo
from app.audit import AuditQuery
from app.db.models import Person, User
from app.errors import NotFound, PermissionDenied
from app.rbac import ROLE_PERMISSIONS, Permission, Principal, Role, system_principal
from app.services import Services
from app.services.guard import principal_of
from app.services.positions import mask
from app.services.registers import COLUMNS, MASKED, RegisterService
from app.tracking import store
from app.tracking.presence import PresenceChange

ROOT = system_principal("test")
PERSON_CSV = "id_number,name,sex,department,tag_id\n110105199001010010,张三,男,运营管理部,AB00CD01\n"

MakeUser = Callable[..., Principal]


@pytest.fixture
def make_user(services: Services) -> MakeUser:
    def make(username: str, *roles: Role, outsourced: bool = False) -> Principal:
        services.identity.create_user(
            ROOT, username, username.title(), "pw-0123456789", roles, outsourced=outsourced, reason="test"
        )
        with services.db.read() as s:
            user = s.scalars(select(User).where(User.username == username)).one()
            return principal_of(user)

    return make


@pytest.fixture
def registered(services: Services) -> Services:
    result = services.registers.import_csv(ROOT, "person", PERSON_CSV, reason="新员工")
    assert result.ok
    return services


def denials(services: Services) -> list[tuple[str, str, str]]:
    records, _ = services.audit.query(ROOT, AuditQuery(action_prefix="security.denied"))
    return [(r.actor_name, r.target_id, r.reason) for r in records]


@pytest.mark.parametrize(
    ("roles", "outsourced"),
    [((Role.KEYER,), False), ((Role.TELLER,), False), ((Role.ADMIN,), True), ((Role.OPERATOR,), False)],
    ids=["keyer", "teller", "outsourced-admin", "operator"],
)
def test_personal_data_listings_and_exports_are_refused_and_audited(
    registered: Services, make_user: MakeUser, roles: tuple[Role, ...], outsourced: bool
) -> None:
    services = registered
    user = make_user("insider", *roles, outsourced=outsourced)
    with services.db.read() as s:
        person_id = s.scalars(select(Person.id)).one()
    calls: list[tuple[Callable[[], object], str]] = [
        (lambda: services.registers.export(user, "person"), "export person"),
        (lambda: services.registers.listing(user, "person"), "list person"),
        (lambda: services.registers.listing(user, "vip"), "list vip"),
        (lambda: services.registers.permitted_zones(user, person_id), "view zone permissions"),
        (lambda: services.sites.reader_setup(user, "BR01-R01"), "view a reader's setup"),
        (lambda: services.policies.in_force(user), "view the authorization rules"),
    ]
    for call, action in calls:
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.params["permission"] == "register.admin"
        assert ("insider", "register.admin", action) in denials(services)


def test_every_register_method_takes_the_caller_and_refuses_one_without_the_permission(
    registered: Services, make_user: MakeUser
) -> None:
    services = registered
    methods = {n for n, f in vars(RegisterService).items() if callable(f) and not n.startswith("__")}
    unchecked = [
        n
        for n in sorted(methods)
        if list(inspect.signature(vars(RegisterService)[n]).parameters)[1:2] != ["actor"]
    ]
    assert unchecked == []  # no read (or write) of the registers without the caller
    with services.db.read() as s:
        pid = s.scalars(select(Person.id)).one()
    calls: dict[str, tuple[object, ...]] = {
        "bind_tag": ("person", pid, "AB00CD99", "r"),
        "unbind_tag": ("person", pid, "r"),
        "set_zone_permissions": (pid, ["BR01-VAULT"], "r"),
        "import_csv": ("person", PERSON_CSV, "r"),
        "listing": ("vip",),
        "reveal": ("person", pid),
        "export": ("archive",),
        "permitted_zones": (pid,),
    }
    assert {n for n in methods if not n.startswith("_")} == set(calls)  # a new method needs its case here
    keyer = make_user("keyer1", Role.KEYER)
    for name, args in calls.items():
        with pytest.raises(PermissionDenied):
            getattr(services.registers, name)(keyer, *args)
    assert len(denials(services)) == len(calls)


def test_an_administrator_gets_the_register_data(registered: Services, make_user: MakeUser) -> None:
    services = registered
    admin = make_user("admin1", Role.ADMIN)
    text = services.registers.export(admin, "person")
    assert "110105199001010010,张三" in text
    assert text == services.registers.export(ROOT, "person")
    rows = services.registers.listing(admin, "person")
    assert [row[:2] for _id, row in rows] == [["**************0010", "张三"]]  # masked: reveal shows it
    assert services.registers.permitted_zones(admin, rows[0][0]) == []
    assert services.policies.in_force(admin).version == 0
    assert denials(services) == []
    exports, _ = services.audit.query(ROOT, AuditQuery(action_prefix="register.export"))
    assert [(r.actor_name, r.target_type, r.after) for r in exports] == [
        ("test", "person", {"rows": 1}),
        ("admin1", "person", {"rows": 1}),
    ]  # newest first: every export of personal data is on record


def test_lists_mask_personal_numbers_in_every_register(services: Services) -> None:
    demo.seed_demo(services.db)
    text = "tag_id,name,honorific,manager_id_number,phone\nAB00EF01,王先生,先生,{},13912345678\n"
    manager = services.registers.export(ROOT, "person").splitlines()[1].split(",")[0]
    assert services.registers.import_csv(ROOT, "vip", text.format(manager), reason="t").ok
    masked_seen = set()
    for kind, columns in COLUMNS.items():
        full = {rid: row for rid, row in services.registers.listing(ROOT, kind)}
        export = [line.split(",") for line in services.registers.export(ROOT, kind).splitlines()[1:]]
        listed = [row for _rid, row in services.registers.listing(ROOT, kind)]
        assert len(listed) == len(export) == len(full) > 0
        for shown, whole in zip(listed, export, strict=True):
            for column, value, original in zip(columns, shown, whole, strict=True):
                if column in MASKED and original:
                    assert value == "*" * (len(original) - 4) + original[-4:], (kind, column)
                    masked_seen.add((kind, column))
                else:
                    assert value == original
    assert {
        ("person", "id_number"),
        ("asset", "responsible_id_number"),
        ("archive", "customer_no"),
    } <= masked_seen
    assert {("vip", "phone"), ("vip", "manager_id_number")} <= masked_seen


def test_showing_a_record_in_full_needs_the_permission_and_is_audited(
    registered: Services, make_user: MakeUser
) -> None:
    services = registered
    with services.db.read() as s:
        pid = s.scalars(select(Person.id)).one()
    for name, roles, outsourced in (
        ("keyer1", (Role.KEYER,), False),
        ("boss1", (Role.SUPERVISOR,), False),
        ("outsourced1", (Role.ADMIN,), True),
    ):
        user = make_user(name, *roles, outsourced=outsourced)
        with pytest.raises(PermissionDenied) as refused:
            services.registers.reveal(user, "person", pid)
        assert refused.value.params["permission"] == "personal_data.view"
        assert (name, "personal_data.view", f"show person #{pid} in full") in denials(services)
    admin = make_user("admin1", Role.ADMIN)
    assert services.registers.reveal(admin, "person", pid)[:2] == ["110105199001010010", "张三"]
    shown, _ = services.audit.query(ROOT, AuditQuery(action_prefix="register.reveal"))
    assert [(r.actor_name, r.target_type, r.target_id, r.after) for r in shown] == [
        ("admin1", "person", str(pid), {"shown": ["id_number"]})
    ]
    with pytest.raises(NotFound):
        services.registers.reveal(admin, "person", pid + 100)


def test_a_register_administrator_without_the_personal_data_permission_sees_masks_only(
    registered: Services, make_user: MakeUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = registered
    monkeypatch.setitem(
        ROLE_PERMISSIONS, Role.ADMIN, ROLE_PERMISSIONS[Role.ADMIN] - {Permission.PERSONAL_DATA_VIEW}
    )
    admin = make_user("admin2", Role.ADMIN)
    (pid, row), *_ = services.registers.listing(admin, "person")
    assert row[0] == "**************0010"
    for call in (
        lambda: services.registers.reveal(admin, "person", pid),
        lambda: services.registers.export(admin, "person"),
    ):
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.params["permission"] == "personal_data.view"


def test_positions_need_the_map_permission(registered: Services, make_user: MakeUser) -> None:
    services = registered
    now = time.time()
    store.save_movements(
        services.db, [PresenceChange("AB00CD01", "enter", "BR01-VAULT", "BR01-R01", -50, now - 10, 0.0)]
    )
    for name, roles, outsourced in (
        ("keyer1", (Role.KEYER,), False),
        ("teller1", (Role.TELLER,), False),
        ("outsourced1", (Role.OPERATOR,), True),
    ):
        user = make_user(name, *roles, outsourced=outsourced)
        for call, action in (
            (lambda u=user: services.positions.directory(u), "view the map"),
            (lambda u=user: services.positions.snapshot(u), "view the map"),
            (lambda u=user: services.positions.trail(u, "AB00CD01", now - 60, now + 1), "view a trail"),
            (lambda u=user: services.positions.movements(u, now - 60, now + 1), "play back movements"),
        ):
            with pytest.raises(PermissionDenied) as refused:
                call()
            assert refused.value.params["permission"] == "map.view"
            assert (name, "map.view", action) in denials(services)

    operator = make_user("op1", Role.OPERATOR)
    snap = services.positions.snapshot(operator)
    assert snap.directory.tags["AB00CD01"].label == "张三"
    assert snap.presence["AB00CD01"][0] == "BR01-VAULT"
    assert services.positions.trail(operator, "AB00CD01", now - 60, now + 1) == ["BR01-VAULT"]
    moves = services.positions.movements(operator, now - 60, now + 1)
    assert [m.tag_id for m in moves.moves] == ["AB00CD01"]


def test_the_map_shows_an_id_number_in_full_only_to_register_administrators(
    registered: Services, make_user: MakeUser
) -> None:
    services = registered
    operator, admin = make_user("op2", Role.OPERATOR), make_user("admin2", Role.ADMIN)
    for read in (
        lambda u: services.positions.directory(u),
        lambda u: services.positions.snapshot(u).directory,
    ):
        watched = dict(read(operator).tags["AB00CD01"].details)
        assert watched["id_number"] == "**************0010"  # the control room: the last four only
        assert watched["department"] == "运营管理部"
        assert dict(read(admin).tags["AB00CD01"].details)["id_number"] == "110105199001010010"


def test_the_site_layout_is_for_the_map_and_site_administrators(
    services: Services, make_user: MakeUser
) -> None:
    demo.seed_demo(services.db)
    keyer = make_user("script.keyer", Role.KEYER)
    with pytest.raises(PermissionDenied):
        services.sites.layout(keyer)
    assert ("script.keyer", "map.view|register.admin", "view the site layout") in denials(services)
    for user in (make_user("script.op", Role.OPERATOR), make_user("script.admin", Role.ADMIN)):
        layout = services.sites.layout(user)
        assert "BR01-VAULT" in layout.zones and layout.readers and layout.floorplans
        assert layout.tags == {}  # no register data in the layout


def test_the_site_layout_reads_no_register_and_carries_the_antennas(services: Services) -> None:
    """Floors, zones and readers only: not every register read to be thrown away."""
    demo.seed_demo(services.db)
    services.sites.save_reader(
        ROOT,
        "BR01-R01",
        zone="BR01-GATE",
        name_zh="大门入口",
        name_en="Main gate entrance",
        url="sim://reader/BR01-R01?protocol=ascii",
        x=440,
        y=720,
        enabled=True,
        antennas={7: "BR01-HALL", 3: "BR01-CORRIDOR"},
        station=demo.DEMO_STATION,
        reason="新天线",
    )
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement.lower())

    event.listen(services.db.engine, "before_cursor_execute", record)
    try:
        layout = services.sites.layout(ROOT)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", record)
    registers = ("people", "assets", "cash_boxes", "vip_customers", "archive_folders", "tags")
    read = [table for table in registers for sql in statements if f" {table}" in sql or f'"{table}"' in sql]
    assert read == [], statements
    assert layout.tags == {} and "BR01-VAULT" in layout.zones and layout.floorplans
    gate = layout.readers["BR01-R01"]
    assert gate.antennas == ((3, "BR01-CORRIDOR"), (7, "BR01-HALL"))
    assert gate.covers() == ("BR01-GATE", "BR01-CORRIDOR", "BR01-HALL")
    assert all(r.antennas == () for code, r in layout.readers.items() if code != "BR01-R01")


def test_a_masked_id_number_never_shows_whole() -> None:
    assert mask("11010519700101000X") == "**************000X"
    assert mask("A1234") == "*1234"
    assert mask("1234") == "****" and mask("12") == "**" and mask("") == ""
