"""What the push stream carries to whom: each workstation gets only the changes its user may see
(``app.services.audience``), live and from the log alike. User and card changes are for user
administration and the auditors; a request's changes for the authorizers and its own teller; zones
and registers in full for the map and the administrators, and only as a summary (no ids, no detail)
to everyone else, whose overview refreshes its counts on them."""

from __future__ import annotations

import threading

from app import changelog
from app.client.push import PushClient
from app.operations import Action, Change, Target
from app.rbac import Role
from app.services.authorization import Draft
from tests.images import ID_CARD, IMAGES, VOUCHER, sha256

from .conftest import PUSH_LIVE_S, PW, Workstation, wait_for

PEOPLE = """证件编号,姓名,性别,部门,岗位,标签,站点,权限区域
110105199001010010,张三,男,运营管理部,金库管库,AB00CD01,,
"""
MORE_PEOPLE = """证件编号,姓名,性别,部门,岗位,标签,站点,权限区域
110105199202020020,李四,女,保卫部,押运,AB00CD02,,
"""


class Inbox:
    def __init__(self, push: PushClient) -> None:
        self.changes: list[Change] = []
        self.lock = threading.Lock()
        push.on_changes(self._got)

    def _got(self, changes: list[Change]) -> None:
        with self.lock:
            self.changes.extend(changes)

    def got(self) -> list[Change]:
        with self.lock:
            return list(self.changes)

    def imports(self) -> int:
        return sum(c.action == Action.REGISTER_IMPORT for c in self.got())


def _draft() -> Draft:
    return Draft(
        "CASH_WD", "CNY", 8_000_000, "6222020200112233445", "张三", "大额取现", "BR01", "remote", IMAGES
    )


def test_each_workstation_gets_only_what_its_user_may_see(live, services, make_user, workstation) -> None:  # type: ignore[no-untyped-def]
    make_user("boss", Role.ADMIN)
    teller_id = make_user("teller1", Role.TELLER)
    make_user("teller2", Role.TELLER)
    make_user("chief", Role.REVIEWER)  # a supervisor reads the audit log: it would see everything
    make_user("op", Role.OPERATOR)
    make_user("aud", Role.AUDITOR)
    wait_for(lambda: changelog.last_seq(services.db) == 6)  # so the log-ins' positions are past them
    ws: dict[str, Workstation] = {
        name: workstation(name, f"WS-{name}") for name in ("boss", "teller1", "teller2", "chief", "op", "aud")
    }
    # the operator and the auditor listen live; the others come back later and read the log
    live_pushes = {n: PushClient(ws[n].connection, since=ws[n].reply.push_seq) for n in ("op", "aud")}
    inbox = {n: Inbox(p) for n, p in live_pushes.items()}
    for p in live_pushes.values():
        p.start()
    later: dict[str, PushClient] = {}
    try:
        wait_for(lambda: all(p.online for p in live_pushes.values()), PUSH_LIVE_S)
        boss, teller, chief = ws["boss"], ws["teller1"], ws["chief"]
        clerk = int(
            boss.services.identity.create_user(
                boss.me, "clerk", "Clerk", PW, [Role.TELLER], reason="r"
            ).target_ids[0]
        )
        boss.services.identity.issue_card(boss.me, clerk, "C0FFEE01", "395172", "r")
        boss.services.identity.reset_password(boss.me, clerk, "An0ther!Passw0rd", "forgot it")
        boss.services.registers.import_csv(boss.me, "person", PEOPLE, "new staff")
        for data in (ID_CARD, VOUCHER):
            teller.services.blobs.put(teller.me, data, "jpg", sha256(data))
        rid = int(teller.services.authorization.submit(teller.me, _draft()).target_ids[0])
        claimed = chief.services.authorization.claim(chief.me, rid)
        chief.services.authorization.decide(chief.me, rid, "approve", "ok")
        boss.services.registers.import_csv(boss.me, "person", MORE_PEOPLE, "more staff")  # the last one
        wait_for(lambda: inbox["op"].imports() == 2 and inbox["aud"].imports() == 2)
        for name in ("teller1", "teller2", "chief"):  # from the log (backfill), from before the changes
            later[name] = PushClient(ws[name].connection, since=ws[name].reply.push_seq)
            inbox[name] = Inbox(later[name])
            later[name].start()
        wait_for(lambda: all(p.online for p in later.values()), PUSH_LIVE_S)  # a loaded machine: slow
        wait_for(lambda: all(inbox[n].imports() == 2 for n in later))
    finally:
        for p in (*live_pushes.values(), *later.values()):
            p.stop()

    def kinds(name: str) -> set[Target]:
        return {c.target_type for c in inbox[name].got()}

    # the auditor sees every change (the audit log shows them all); nobody else sees users or cards
    assert {Target.USER, Target.CARD, Target.AUTH_REQUEST, Target.PERSON} <= kinds("aud")
    for name in ("op", "teller1", "teller2", "chief"):
        assert not kinds(name) & {Target.USER, Target.CARD}, name
    # a request: its authorizer and its own teller, not the other teller nor the operator
    assert Target.AUTH_REQUEST in kinds("chief")
    own = [c for c in inbox["teller1"].got() if c.target_type == Target.AUTH_REQUEST]
    assert [c.action for c in own] == [Action.AUTHZ_CLAIM, Action.AUTHZ_APPROVE]  # its submit was its own
    assert all(c.detail["teller_id"] == teller_id for c in own)
    assert claimed.detail["teller_id"] == teller_id
    assert Target.AUTH_REQUEST not in kinds("teller2") and Target.AUTH_REQUEST not in kinds("op")
    # registers: the map's operator in full; the tellers only that they changed
    people = [c for c in inbox["op"].got() if c.target_type == Target.PERSON]
    assert len(people) == 2 and all(c.target_ids and c.detail for c in people)
    for name in ("teller1", "teller2"):
        summaries = [c for c in inbox[name].got() if c.target_type == Target.PERSON]
        assert len(summaries) == 2 and all(
            c.target_ids == () and c.detail == {} and c.audit_id is None for c in summaries
        )
