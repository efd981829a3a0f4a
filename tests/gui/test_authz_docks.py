"""Remote authorization docks: the teller's request form (refusals at the field, the live route hint),
requests reaching the authorization center of another workstation through the watcher, claims,
approve / reject / return (reasons required), correct and resend, cancel, the local override by a
supervisor at the counter, two levels, SLA colours, expired leases, the offline indicator, and the
bridge's coalescing of bursts."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import update

import widgets.docks.authz_queue.actions as queue_actions
import widgets.docks.authz_queue.panel as queue_module
import widgets.docks.authz_request.actions as request_actions
import widgets.docks.authz_request.panel as request_module
from app.clock import utcnow
from app.db.models import AuthRequest
from app.operations import Action, Change
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.services.authorization import Draft, RequestView
from widgets.authz.pills import COLOUR_ROLE
from widgets.authz.texts import SLA_COLOURS, kind_text
from widgets.bridges.authz import AuthzBridge
from widgets.bus import ChangeBus
from widgets.common.capture_texts import reason_text
from widgets.docks import CaptureSetup, DockContext
from widgets.docks.authz_queue.model import QueueModel
from widgets.docks.authz_queue.panel import QueuePanel
from widgets.docks.authz_request.local_dialog import LocalOverrideDialog
from widgets.docks.authz_request.my_requests import progress_text
from widgets.docks.authz_request.panel import RequestPanel

user_password = "Str0ng!pass"
WAIT_MS = 10_000
ROOT = system_principal("test")  # the test reads state as the system, not as a user


def write_image(path: Path, text: str, size: tuple[int, int] = (640, 400)) -> Path:
    w, h = size
    image = np.full((h, w, 3), 235, np.uint8)
    cv2.rectangle(image, (20, 20), (w - 20, h - 20), (120, 90, 40), 3)
    cv2.putText(image, text, (40, h // 2), cv2.FONT_HERSHEY_SIMPLEX, 1.4, (40, 40, 40), 3)
    assert cv2.imwrite(str(path), image)
    return path


@pytest.fixture
def images(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "notes.txt").write_text("not an image")
    return {
        "id_card": write_image(folder / "id_front.jpg", "ID CARD"),
        "voucher": write_image(folder / "voucher.png", "VOUCHER", (800, 360)),
        "text": folder / "notes.txt",
    }


@pytest.fixture
def people(cheap_kdf: None, make_user: Callable[..., Principal]) -> dict[str, Principal]:
    return {
        "teller": make_user("teller1", Role.TELLER),
        "chief": make_user("chief1", Role.SUPERVISOR),
        "chief2": make_user("chief2", Role.SUPERVISOR),
        "reviewer": make_user("rev1", Role.REVIEWER),  # authorizes up to 1,000,000 yuan
    }


class Desks:
    """Panels as on separate workstations: each has its own change bus, so news between them
    travels through the database watcher only."""

    def __init__(self, qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.services = services
        self.made: list[RequestPanel | QueuePanel] = []

    def _ctx(self, principal: Principal) -> DockContext:
        return DockContext(self.services, principal, ChangeBus(), None, CaptureSetup("DESK"))

    def teller(self, principal: Principal) -> RequestPanel:
        panel = RequestPanel(self._ctx(principal))
        return self._show(panel, 1320, 760)

    def center(self, principal: Principal) -> QueuePanel:
        panel = QueuePanel(self._ctx(principal))
        return self._show(panel, 1320, 860)

    def _show(self, panel, w: int, h: int):  # type: ignore[no-untyped-def]
        self.qtbot.addWidget(panel)
        panel.resize(w, h)
        panel.show()
        self.made.append(panel)
        self.qtbot.waitUntil(lambda: panel.loaded, timeout=WAIT_MS)
        return panel


@pytest.fixture
def desks(
    qtbot, services: Services, translations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Desks]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(request_module, "POLL_S", 0.05)
    monkeypatch.setattr(queue_module, "POLL_S", 0.05)
    d = Desks(qtbot, services)
    yield d
    for panel in d.made:
        panel.shutdown()


def attach(qtbot, panel: RequestPanel, kind: str, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    box = panel.form.attachments
    assert box.add_files(kind, list(paths))
    qtbot.waitUntil(lambda: not box.busy, timeout=WAIT_MS)


def fill(
    qtbot,  # type: ignore[no-untyped-def]
    panel: RequestPanel,
    amount: str,
    *,
    business: str = "CASH_WD",
    account: str = "6222020200112233445",
    customer: str = "张三",
    reason: str = "大额取现，客户出示身份证",
    mode: str = "remote",
) -> None:
    form = panel.form
    form.business.setCurrentIndex(form.business.findData(business))
    form.amount.clear()
    qtbot.keyClicks(form.amount, amount)
    form.account.setText(account)
    form.customer.setText(customer)
    form.branch.setText("BR01")
    form.reason.setPlainText(reason)
    (form.local if mode == "local" else form.remote).click()


def send(qtbot, panel: RequestPanel) -> RequestView | None:  # type: ignore[no-untyped-def]
    """Submit the form (recorded on the panel's worker); the request as read back on its worker, or
    None if refused."""
    if not panel.submit():
        return None
    qtbot.waitUntil(lambda: not panel.ops.busy, timeout=WAIT_MS)
    rid = panel.sent_id
    if rid is None:
        return None
    qtbot.waitUntil(lambda: panel.submitted is not None and panel.submitted.id == rid, timeout=WAIT_MS)
    return panel.submitted


def submit_full(  # type: ignore[no-untyped-def]
    qtbot, panel: RequestPanel, images: dict[str, Path], amount: str, **kw: str
) -> int:
    fill(qtbot, panel, amount, **kw)
    attach(qtbot, panel, "id_card", images["id_card"])
    attach(qtbot, panel, "voucher", images["voucher"])
    view = send(qtbot, panel)
    assert view is not None, panel.message.text()
    return view.id


def claim_next(qtbot, panel: QueuePanel) -> int | None:  # type: ignore[no-untyped-def]
    """F2 on the panel (the claim is made on its worker); once claimed, wait until the request in
    detail arrives from the worker. The request's id, or None if nothing was claimed."""
    if not panel.claim_next():
        return None
    qtbot.waitUntil(lambda: not panel.ops.busy, timeout=WAIT_MS)
    rid = panel.held_id
    if rid is not None:
        qtbot.waitUntil(lambda: panel.held() is not None and panel.held().id == rid, timeout=WAIT_MS)  # type: ignore[union-attr]
    return rid


def claim_selected(qtbot, panel: QueuePanel) -> int | None:  # type: ignore[no-untyped-def]
    """Claim the selected request (on the panel's worker): its id, or None if nothing was claimed."""
    if not panel.claim_selected():
        return None
    qtbot.waitUntil(lambda: not panel.ops.busy, timeout=WAIT_MS)
    return panel.held_id


def decide(qtbot, decision: Callable[[], bool], panel: QueuePanel) -> Change | None:  # type: ignore[no-untyped-def]
    """Approve / reject / return (recorded on the panel's worker): the change, or None if refused."""
    if not decision():
        return None
    qtbot.waitUntil(lambda: not panel.ops.busy, timeout=WAIT_MS)
    return panel.decided


def status_in(panel: RequestPanel, request_id: int) -> str:
    view = panel.mine.model.view(request_id)
    return view.status if view is not None else ""


def in_queue(panel: QueuePanel, request_id: int) -> bool:
    return panel.model.row_of(request_id) >= 0


def queued(panel: QueuePanel, request_id: int) -> RequestView | None:
    row = panel.model.row_of(request_id)
    return panel.model.rows[row] if row >= 0 else None


def test_the_form_refuses_at_the_field_and_hints_the_route(
    qtbot, desks: Desks, people, images, services
) -> None:  # type: ignore[no-untyped-def]
    panel = desks.teller(people["teller"])
    form = panel.form
    route = form.route_pill
    fill(qtbot, panel, "30000")
    assert route.property("state") == "ok"  # up to 50,000 a teller withdraws alone
    fill(qtbot, panel, "80000")
    assert route.property("state") == "warn" and form.local.isEnabled() and form.remote.isEnabled()
    fill(qtbot, panel, "300000")
    assert not form.local.isEnabled() and form.remote.isChecked()  # above 200,000: the center only
    fill(qtbot, panel, "1200000")
    assert form.route().levels == 2  # type: ignore[union-attr]
    fill(qtbot, panel, "6000000")
    assert route.property("state") == "error"  # above the teller's input limit of 5,000,000

    # above the input limit: refused by the service, the message at the amount
    attach(qtbot, panel, "id_card", images["id_card"])
    attach(qtbot, panel, "voucher", images["voucher"])
    assert send(qtbot, panel) is None
    assert form.errors["amount_fen"].isVisible() and "5,000,000.00" in form.error_of("amount_fen")

    # the voucher image missing: refused, the message at the images
    fill(qtbot, panel, "80000")
    form.attachments.list.setCurrentRow(1)
    form.attachments.remove_selected()
    assert [a.kind for a in form.attachments.items] == ["id_card"]
    assert form.attachments.pills["voucher"].property("state") == "error"
    assert send(qtbot, panel) is None
    assert form.errors["attachments"].isVisible() and kind_text("voucher") in form.error_of("attachments")
    assert not form.errors["amount_fen"].isVisible()

    # a file that is no image is refused, the others still attached
    box = form.attachments
    assert box.add_files("voucher", [images["text"], images["voucher"]])
    qtbot.waitUntil(lambda: not box.busy, timeout=WAIT_MS)
    assert [a.kind for a in box.items] == ["id_card", "voucher"] and "notes.txt" in panel.message.text()
    assert box.pills["voucher"].property("state") == "ok"

    # required fields are checked before anything is sent
    form.account.clear()
    assert not panel.submit() and form.errors["account"].isVisible()
    assert services.authorization.requests_of(people["teller"]) == []


def test_a_request_reaches_the_center_is_claimed_and_approved(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images
) -> None:
    center = desks.center(people["chief"])
    teller = desks.teller(people["teller"])
    assert center.held() is None and "F2" in center.detail.placeholder.text()
    rid = submit_full(qtbot, teller, images, "300000")
    qtbot.waitUntil(lambda: in_queue(center, rid), timeout=WAIT_MS)  # through the watcher
    assert center.bridge.flushes >= 1 and center.online.property("state") == "ok"

    # the authorizer works from the keyboard: F2 takes the next request
    with qtbot.waitActive(center):
        center.activateWindow()
    center.table.setFocus()
    qtbot.keyClick(center.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: center.held() is not None, timeout=WAIT_MS)  # the detail is read on a worker
    held = center.held()
    assert held is not None and held.id == rid and held.claimed_by == "chief1"
    assert QApplication.focusWidget() is center.detail.comment  # ready for the comment
    assert center.detail.values["teller"].text() == "teller1"
    qtbot.waitUntil(lambda: center.detail.thumbs.count() == 2, timeout=WAIT_MS)
    assert center.detail.viewer.item is not None  # the first image is shown
    center.actions_by_name[queue_actions.ACTION_ROTATE_RIGHT].trigger()
    assert center.detail.viewer.rotation == 90
    center.detail.viewer.zoom_in()
    assert not center.detail.viewer.fit_mode
    qtbot.waitUntil(lambda: status_in(teller, rid) == "claimed", timeout=WAIT_MS)
    assert "chief1" in progress_text(teller.mine.model.view(rid))  # type: ignore[arg-type]

    # a rejection needs a reason (Ctrl+R with no comment): refused, the request still in hand
    qtbot.keyClick(center.detail.comment, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert center.detail.error.isVisible() and center.held() is not None

    center.detail.comment.setPlainText("影像清晰，同意")
    qtbot.keyClick(center.detail.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not center.ops.busy, timeout=WAIT_MS)  # recorded on the worker
    assert center.held() is None and center.decided is not None
    qtbot.waitUntil(lambda: status_in(teller, rid) == "approved", timeout=WAIT_MS)
    view = teller.mine.model.view(rid)
    assert view is not None and "chief1" in progress_text(view) and "影像清晰" in progress_text(view)
    qtbot.waitUntil(lambda: not in_queue(center, rid), timeout=WAIT_MS)


def test_reject_with_reason_and_return_then_resend(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images
) -> None:
    teller = desks.teller(people["teller"])
    center = desks.center(people["reviewer"])
    first = submit_full(qtbot, teller, images, "250000", account="6222020200112230001")
    second = submit_full(qtbot, teller, images, "260000", account="6222020200112230002")
    qtbot.waitUntil(lambda: in_queue(center, first) and in_queue(center, second), timeout=WAIT_MS)

    assert claim_next(qtbot, center) == first  # same priority: the oldest first
    assert claim_next(qtbot, center) is None and "%1" not in center.message.text()  # one at a time
    center.detail.comment.setPlainText("客户身份存疑")
    assert decide(qtbot, center.reject, center) is not None
    assert claim_next(qtbot, center) == second
    assert decide(qtbot, center.return_, center) is None  # a return needs a reason too
    center.detail.comment.setPlainText("凭证影像不清晰，请重新拍摄")
    assert decide(qtbot, center.return_, center) is not None
    qtbot.waitUntil(
        lambda: status_in(teller, first) == "rejected" and status_in(teller, second) == "returned",
        timeout=WAIT_MS,
    )
    assert "客户身份存疑" in progress_text(teller.mine.model.view(first))  # type: ignore[arg-type]

    # the teller corrects the returned request and sends it again: back in the queue
    teller.mine.select(second)
    assert teller.actions_by_name[request_actions.ACTION_EDIT].isEnabled()
    assert teller.mine.model.view(second).account == "***************0002"  # type: ignore[union-attr]
    teller.edit_returned()  # the request is read in full on a worker
    form = teller.form
    qtbot.waitUntil(lambda: form.editing is not None, timeout=WAIT_MS)
    assert form.account.text() == "6222020200112230002"
    qtbot.waitUntil(lambda: len(form.attachments.items) == 2, timeout=WAIT_MS)  # the stored images
    form.attachments.list.setCurrentRow(1)
    form.attachments.remove_selected()
    attach(qtbot, teller, "voucher", images["voucher"])
    form.reason.setPlainText("已重新拍摄凭证")
    view = send(qtbot, teller)
    assert view is not None and view.id == second and view.status == "pending" and view.submissions == 2
    assert form.editing is None
    qtbot.waitUntil(lambda: in_queue(center, second), timeout=WAIT_MS)
    assert center.model.rows[center.model.row_of(second)].submissions == 2


def test_cancel_a_pending_request_with_a_reason(
    qtbot, desks: Desks, people, images, answer_next_dialog, give_reason
) -> None:  # type: ignore[no-untyped-def]
    teller = desks.teller(people["teller"])
    center = desks.center(people["chief"])
    rid = submit_full(qtbot, teller, images, "90000")
    qtbot.waitUntil(lambda: in_queue(center, rid) and status_in(teller, rid) == "pending", timeout=WAIT_MS)
    teller.mine.select(rid)
    assert teller.actions_by_name[request_actions.ACTION_CANCEL].isEnabled()

    def give_reason(dlg) -> None:  # type: ignore[no-untyped-def]
        dlg.reason.insertPlainText("客户改为转账")
        dlg.buttons.accepted.emit()

    answer_next_dialog(give_reason)
    teller.cancel_selected()
    qtbot.waitUntil(lambda: status_in(teller, rid) == "cancelled", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not in_queue(center, rid), timeout=WAIT_MS)
    assert not teller.actions_by_name[request_actions.ACTION_CANCEL].isEnabled()


def test_local_override_by_a_supervisor_at_the_counter(
    qtbot, desks: Desks, people, images, services, answer_next_dialog, user_password
) -> None:  # type: ignore[no-untyped-def]
    teller = desks.teller(people["teller"])
    seen: list[str] = []

    def authenticate(dlg: LocalOverrideDialog) -> None:
        dlg.username.setText("teller1")  # the teller cannot authorize their own request
        dlg.password.setText(user_password)
        dlg.try_accept()
        qtbot.waitUntil(lambda: not dlg.ops.busy, timeout=WAIT_MS)  # checked on the dialog's worker
        seen.append(dlg.error.text())
        dlg.username.setText("chief1")
        dlg.password.setText("wrong-password")
        dlg.try_accept()
        qtbot.waitUntil(lambda: not dlg.ops.busy, timeout=WAIT_MS)
        seen.append(dlg.error.text())
        assert dlg.isVisible() and dlg.password.text() == ""
        dlg.password.setText(user_password)
        dlg.comment.setPlainText("本人核实")
        dlg.try_accept()

    answer_next_dialog(authenticate)
    fill(qtbot, teller, "80000", mode="local")
    attach(qtbot, teller, "id_card", images["id_card"])
    attach(qtbot, teller, "voucher", images["voucher"])
    view = send(qtbot, teller)  # a local request opens the supervisor's dialog at once
    assert view is not None and view.mode == "local"
    assert all(seen) and len(seen) == 2 and seen[0] != seen[1]
    after = services.authorization.get(ROOT, view.id)
    assert after.status == "approved" and after.decisions[0].authorizer == "chief1"
    assert after.decisions[0].mode == "local" and after.decisions[0].comment == "本人核实"
    qtbot.waitUntil(lambda: status_in(teller, view.id) == "approved", timeout=WAIT_MS)

    # closed without a decision: the request waits; Ctrl+Shift+L opens the dialog again
    answer_next_dialog(lambda dlg: dlg.reject())
    fill(qtbot, teller, "70000", mode="local", account="6222020200119999999")
    attach(qtbot, teller, "id_card", images["id_card"])
    attach(qtbot, teller, "voucher", images["voucher"])
    second = send(qtbot, teller)
    assert second is not None
    qtbot.waitUntil(lambda: status_in(teller, second.id) == "pending", timeout=WAIT_MS)
    teller.mine.select(second.id)
    assert teller.actions_by_name[request_actions.ACTION_LOCAL].isEnabled()

    def reject_without_then_with_reason(dlg: LocalOverrideDialog) -> None:
        dlg.tabs.setCurrentIndex(0)
        dlg.username.setText("chief2")
        dlg.password.setText(user_password)
        dlg.reject_.click()
        dlg.try_accept()
        assert dlg.isVisible() and dlg.error.text()
        dlg.password.setText(user_password)
        dlg.comment.setPlainText("金额与凭证不符")
        dlg.try_accept()

    answer_next_dialog(reject_without_then_with_reason)
    teller.local_selected()
    assert services.authorization.get(ROOT, second.id).status == "rejected"


def test_two_levels_need_two_different_authorizers(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images
) -> None:
    teller = desks.teller(people["teller"])
    one = desks.center(people["chief"])
    two = desks.center(people["chief2"])
    rid = submit_full(qtbot, teller, images, "1200000")  # above 1,000,000: two authorizers
    qtbot.waitUntil(lambda: in_queue(one, rid) and in_queue(two, rid), timeout=WAIT_MS)
    levels = QueueModel.COLUMNS.index("levels")
    claimed = QueueModel.COLUMNS.index("claimed")
    assert one.model.index(one.model.row_of(rid), levels).data() == "0/2"
    assert claim_next(qtbot, one) == rid
    qtbot.waitUntil(lambda: getattr(queued(two, rid), "claimed_by", None) == "chief1", timeout=WAIT_MS)
    assert two.model.index(two.model.row_of(rid), claimed).data() == "chief1"
    assert one.model.index(one.model.row_of(rid), claimed).data() == QCoreApplication.translate(
        "AuthzQueue", "You"
    )
    assert claim_next(qtbot, two) is None  # held by someone else
    assert decide(qtbot, one.approve, one) is not None
    qtbot.waitUntil(lambda: getattr(queued(two, rid), "levels_done", 0) == 1, timeout=WAIT_MS)
    assert two.model.index(two.model.row_of(rid), levels).data() == "1/2"

    # the first authorizer may not take the second level (four eyes)
    qtbot.waitUntil(lambda: getattr(queued(one, rid), "levels_done", 0) == 1, timeout=WAIT_MS)
    one.table.selectRow(one.model.row_of(rid))
    assert claim_selected(qtbot, one) is None
    four_eyes = QCoreApplication.translate(
        "AuthzTexts", "Four eyes: the second level needs a different authorizer."
    )
    assert one.message.text() == four_eyes and one.message.property("state") == "error"
    assert claim_next(qtbot, two) == rid and decide(qtbot, two.approve, two) is not None
    qtbot.waitUntil(lambda: status_in(teller, rid) == "approved", timeout=WAIT_MS)
    progress = progress_text(teller.mine.model.view(rid))  # type: ignore[arg-type]
    assert "chief1" in progress and "chief2" in progress


def test_sla_colours_follow_the_waiting_time(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images, services
) -> None:
    teller = desks.teller(people["teller"])
    rid = submit_full(qtbot, teller, images, "80000")
    center = desks.center(people["chief"])
    created = services.authorization.get(ROOT, rid).created_at
    waiting = QueueModel.COLUMNS.index("waiting")

    def colour_at(seconds: int) -> tuple[str, str]:
        center.clock = lambda: created + timedelta(seconds=seconds)
        center.tick()
        index = center.model.index(center.model.row_of(rid), waiting)
        return index.data(), index.data(COLOUR_ROLE).name()

    assert colour_at(30) == ("00:30", SLA_COLOURS["ok"])
    assert colour_at(131) == ("02:11", SLA_COLOURS["warn"])
    assert colour_at(301) == ("05:01", SLA_COLOURS["late"])
    assert center.stats.property("state") == "error"
    assert colour_at(3725)[0] == "1:02:05"

    # the same from the database: a request that has waited six minutes is red at once
    with services.db.write() as s:
        s.execute(
            update(AuthRequest).where(AuthRequest.id == rid).values(created_at=created - timedelta(minutes=6))
        )
    center.clock = queue_module.utcnow
    center.reload()
    qtbot.waitUntil(lambda: center.model.rows and center.model.rows[0].created_at < created, timeout=WAIT_MS)
    center.tick()
    assert center.model.index(0, waiting).data(COLOUR_ROLE).name() == SLA_COLOURS["late"]


def test_an_expired_lease_returns_the_request_to_the_queue(
    qtbot, desks: Desks, people, images, services
) -> None:  # type: ignore[no-untyped-def]
    teller = desks.teller(people["teller"])
    rid = submit_full(qtbot, teller, images, "80000")
    center = desks.center(people["chief"])
    assert claim_next(qtbot, center) == rid
    lease = center.detail.lease
    assert lease.property("state") == "ok" and lease.text()
    past = center.held().lease_until - timedelta(minutes=10)  # type: ignore[union-attr]
    with services.db.write() as s:
        s.execute(update(AuthRequest).where(AuthRequest.id == rid).values(lease_until=past))
    center.clock = lambda: past + timedelta(seconds=1)
    center.reload()
    qtbot.waitUntil(lambda: center.held() is not None and center.held().lease_until == past, timeout=WAIT_MS)  # type: ignore[union-attr]
    center.tick()
    assert lease.property("state") == "error"
    assert decide(qtbot, center.approve, center) is None  # the service refuses: the lease has expired
    assert center.held() is None and center.message.property("state") == "error"

    # the expired claim went back to the queue at once; claimed again, then abandoned:
    # expire_leases (every 15 s) puts it back in the queue
    qtbot.waitUntil(lambda: services.authorization.get(ROOT, rid).status == "pending", timeout=WAIT_MS)
    assert claim_next(qtbot, center) == rid
    with services.db.write() as s:
        s.execute(update(AuthRequest).where(AuthRequest.id == rid).values(lease_until=past))
    center.expire_leases()
    qtbot.waitUntil(lambda: center.held() is None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            center.model.row_of(rid) >= 0 and center.model.rows[center.model.row_of(rid)].status == "pending"
        ),
        timeout=WAIT_MS,
    )


def test_the_offline_indicator_follows_the_watcher(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people
) -> None:
    teller = desks.teller(people["teller"])
    center = desks.center(people["chief"])
    for panel in (teller, center):
        qtbot.waitUntil(lambda p=panel: p.online.property("state") == "ok", timeout=WAIT_MS)
        panel.bridge.set_online(False, "connection refused")
        assert panel.online.property("state") == "error" and "connection refused" in panel.online.toolTip()
        panel.bridge.set_online(True, "polling")
        assert panel.online.property("state") == "ok"


def test_the_bridge_coalesces_bursts(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    bridge = AuthzBridge(services.authorization, poll_s=30.0)
    got: list[tuple[int, ...]] = []
    bridge.changed.connect(got.append)

    def burst(start: int) -> None:
        for i in range(start, start + 500):
            bridge._on_watch("notify", (i,))

    threads = [threading.Thread(target=burst, args=(k * 500,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    qtbot.waitUntil(lambda: sum(len(ids) for ids in got) == 2000, timeout=WAIT_MS)
    assert len(got) <= 3 and bridge.flushes == len(got)
    bridge._on_watch("poll", ())
    qtbot.waitUntil(lambda: got[-1] == (), timeout=WAIT_MS)
    bridge.start()
    qtbot.waitUntil(lambda: bridge.online, timeout=WAIT_MS)
    assert bridge.stop()
    assert not bridge.online and bridge.detail == "stopped"
    bridge.shutdown()
    bridge.deleteLater()


def test_the_docks_are_in_the_window_of_whoever_may_use_them(  # type: ignore[no-untyped-def]
    qtbot, open_window, people
) -> None:
    w = open_window(people["teller"])
    assert "dock.authz_request" in w.docks and "dock.authz_queue" not in w.docks
    assert w.docks["dock.authz_request"].windowTitle()
    w = open_window(people["chief"])
    assert "dock.authz_queue" in w.docks and "dock.authz_request" not in w.docks
    assert QApplication.instance() is not None


def test_an_open_center_dock_is_a_signed_in_authorizer(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, services
) -> None:
    authz = services.authorization
    center = desks.center(people["chief"])
    qtbot.waitUntil(
        lambda: [n for n, _ws, _load in authz.signed_in(ROOT)] == [people["chief"].username], timeout=WAIT_MS
    )
    center.shutdown()
    desks.made.remove(center)
    assert authz.signed_in(ROOT) == []  # closing the dock signs out (签退)


class StubbornWatcher(threading.Thread):
    """Stands in for RequestWatcher: asked to stop, it is still busy (a slow query) until released,
    then posts once more (a late state and a late id) before it ends."""

    made: list[StubbornWatcher] = []
    overlapped = False

    def __init__(self, db, callback, *, poll_s: float, on_state) -> None:  # type: ignore[no-untyped-def]
        super().__init__(name=f"authz-watch-stub-{len(self.made)}")
        StubbornWatcher.overlapped |= any(w.is_alive() for w in self.made)
        self.callback, self.on_state = callback, on_state
        self.stopping = threading.Event()
        self.release = threading.Event()
        self.made.append(self)

    def run(self) -> None:
        self.on_state(True, "polling")
        self.stopping.wait(WAIT_MS / 1000)
        self.release.wait(WAIT_MS / 1000)
        self.on_state(True, "late")
        self.callback("notify", (99,))

    def stop(self, timeout: float = 3.0) -> bool:
        self.stopping.set()
        self.join(timeout)
        return not self.is_alive()


def test_a_watcher_that_outlives_stop_is_kept_and_its_late_posts_dropped(  # type: ignore[no-untyped-def]
    qtbot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.services.authorization.RequestWatcher", StubbornWatcher)
    monkeypatch.setattr(StubbornWatcher, "made", [])
    bridge = AuthzBridge(services.authorization, poll_s=30.0)
    states: list[tuple[bool, str]] = []
    changed: list[tuple[int, ...]] = []
    bridge.online_changed.connect(lambda online, detail: states.append((online, detail)))
    bridge.changed.connect(changed.append)
    try:
        bridge.start()
        qtbot.waitUntil(lambda: bridge.online, timeout=WAIT_MS)
        (first,) = StubbornWatcher.made
        assert not bridge.stop(0.05)  # still busy
        assert bridge.ending is first and (bridge.online, bridge.detail) == (False, "stopped")
        bridge.start()  # not a second watcher beside the one still ending
        assert StubbornWatcher.made == [first] and bridge.watcher is None
        first.release.set()
        first.join(WAIT_MS / 1000)
        qtbot.waitUntil(lambda: len(StubbornWatcher.made) == 2, timeout=WAIT_MS)  # once it has ended
        second = StubbornWatcher.made[1]
        assert not StubbornWatcher.overlapped and bridge.watcher is second and bridge.ending is None
        qtbot.waitUntil(lambda: bridge.online, timeout=WAIT_MS)
        qtbot.wait(200)
        assert (True, "late") not in states and (99,) not in changed  # the old watcher's late posts
        assert states[-1] == (True, "polling")
        second.release.set()
    finally:
        for watcher in StubbornWatcher.made:
            watcher.release.set()
        bridge.shutdown()
        bridge.deleteLater()


def test_an_image_the_server_refuses_is_not_attached_and_the_form_says_why(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images, services, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = desks.teller(people["teller"])
    monkeypatch.setattr(services.blobs, "max_bytes", 1000)  # the server's cap, below this photo's size
    attach(qtbot, panel, "id_card", images["id_card"])
    box = panel.form.attachments
    assert box.items == [] and box.pills["id_card"].property("state") == "error"
    assert "id_front.jpg" in panel.message.text() and reason_text("too_large") in panel.message.text()
    assert services.blobs.has(ROOT, [hashlib.sha256(images["id_card"].read_bytes()).hexdigest()]) == []


def test_a_supervisor_swipes_a_card_and_enters_the_pin_at_the_counter(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images, services, answer_next_dialog
) -> None:
    services.identity.issue_card(ROOT, people["chief"].user_id, "C0A80101", "482619", reason="test")
    teller = desks.teller(people["teller"])
    seen: list[str] = []

    def swipe(dlg: LocalOverrideDialog) -> None:
        dlg.tabs.setCurrentIndex(1)
        dlg.card.setText("C0A80101")
        dlg.pin.setText("0000")
        dlg.try_accept()
        qtbot.waitUntil(lambda: not dlg.ops.busy, timeout=WAIT_MS)  # checked on the dialog's worker
        seen.append(dlg.error.text())
        assert dlg.isVisible() and dlg.pin.text() == ""  # the PIN never stays in the dialog
        dlg.pin.setText("482619")
        dlg.try_accept()

    answer_next_dialog(swipe)
    fill(qtbot, teller, "80000", mode="local")
    attach(qtbot, teller, "id_card", images["id_card"])
    attach(qtbot, teller, "voucher", images["voucher"])
    view = send(qtbot, teller)
    assert view is not None
    assert seen == [
        QCoreApplication.translate(
            "Errors", "Wrong password or PIN. %n attempt(s) left before the account is locked."
        ).replace("%n", "2")
    ]
    after = services.authorization.get(ROOT, view.id)
    assert after.status == "approved" and after.decisions[0].authorizer == "chief1"
    assert "Chief1" in teller.message.text()  # who decided, as the service says
    (card,) = services.identity.get_user(ROOT, people["chief"].user_id).cards
    assert card.failed_pins == 0  # the right PIN clears the count

    # the center sees the request's images, downloaded through the image service
    center = desks.center(people["reviewer"])
    center.detail.show_request(after, utcnow())
    qtbot.waitUntil(lambda: center.detail.thumbs.count() == 2, timeout=WAIT_MS)
    assert center.store.downloads == 2 and teller.store is not center.store


def test_a_claim_and_a_decision_run_on_the_worker_in_order(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images, services, slow_call, gui_ticks
) -> None:
    """A slow server: the claim and the decision leave the GUI thread free, the actions are off
    while either is on its way (no second claim, no double decision), and the answers arrive."""
    teller = desks.teller(people["teller"])
    center = desks.center(people["chief"])
    rid = submit_full(qtbot, teller, images, "300000")
    qtbot.waitUntil(lambda: in_queue(center, rid), timeout=WAIT_MS)
    published: list[Change] = []
    center.ctx.bus.changed.connect(lambda change, _source: published.append(change))
    a = center.actions_by_name
    claim = slow_call(services.authorization, "claim_next")
    assert center.claim_next()  # returns at once
    assert center.ops.busy and not a[queue_actions.ACTION_CLAIM_NEXT].isEnabled()
    assert not a[queue_actions.ACTION_CLAIM].isEnabled() and "…" in center.message.text()
    assert not center.claim_next()  # no second claim meanwhile
    qtbot.waitUntil(claim.entered.is_set, timeout=WAIT_MS)
    assert claim.off_gui_thread
    gui_ticks(center)
    assert center.held() is None and center.ops.busy
    claim.release.set()
    qtbot.waitUntil(lambda: center.held() is not None, timeout=WAIT_MS)
    assert center.held().id == rid and len(claim.threads) == 1  # type: ignore[union-attr]
    assert [c.action for c in published] == [Action.AUTHZ_CLAIM]
    assert a[queue_actions.ACTION_APPROVE].isEnabled()

    decision = slow_call(services.authorization, "decide")
    center.detail.comment.setPlainText("同意")
    assert center.approve()
    for name in (queue_actions.ACTION_APPROVE, queue_actions.ACTION_REJECT, queue_actions.ACTION_RELEASE):
        assert not a[name].isEnabled()
    assert not center.detail.approve_button.isEnabled() and not center.approve()  # one decision
    qtbot.waitUntil(decision.entered.is_set, timeout=WAIT_MS)
    assert decision.off_gui_thread
    gui_ticks(center)
    assert center.decided is None and services.authorization.get(ROOT, rid).status == "claimed"
    decision.release.set()
    qtbot.waitUntil(lambda: center.decided is not None, timeout=WAIT_MS)
    assert len(decision.threads) == 1 and services.authorization.get(ROOT, rid).status == "approved"
    assert center.held() is None and a[queue_actions.ACTION_CLAIM_NEXT].isEnabled()
    assert published[-1] is center.decided and center.message.property("state") == "ok"
    qtbot.waitUntil(lambda: status_in(teller, rid) == "approved", timeout=WAIT_MS)


def test_a_request_is_sent_and_cancelled_on_the_worker(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images, services, slow_call, gui_ticks, answer_next_dialog
) -> None:
    teller = desks.teller(people["teller"])
    published: list[Change] = []
    teller.ctx.bus.changed.connect(lambda change, _source: published.append(change))
    fill(qtbot, teller, "90000")
    attach(qtbot, teller, "id_card", images["id_card"])
    attach(qtbot, teller, "voucher", images["voucher"])
    submit = slow_call(services.authorization, "submit")
    assert teller.submit()  # returns at once
    assert not teller.actions_by_name[request_actions.ACTION_SUBMIT].isEnabled()
    assert "…" in teller.message.text() and not teller.submit()  # no double submit
    qtbot.waitUntil(submit.entered.is_set, timeout=WAIT_MS)
    assert submit.off_gui_thread
    gui_ticks(teller)
    assert teller.sent_id is None and services.authorization.requests_of(people["teller"]) == []
    submit.release.set()
    qtbot.waitUntil(lambda: teller.submitted is not None, timeout=WAIT_MS)
    (sent,) = services.authorization.requests_of(people["teller"])
    assert teller.submitted.id == sent.id == teller.sent_id and len(submit.threads) == 1  # type: ignore[union-attr]
    assert [c.action for c in published] == [Action.AUTHZ_SUBMIT]
    assert teller.actions_by_name[request_actions.ACTION_SUBMIT].isEnabled()

    qtbot.waitUntil(lambda: status_in(teller, sent.id) == "pending", timeout=WAIT_MS)
    teller.mine.select(sent.id)
    cancel = slow_call(services.authorization, "cancel")

    def give_reason(dlg) -> None:  # type: ignore[no-untyped-def]
        dlg.reason.insertPlainText("客户改为转账")
        dlg.buttons.accepted.emit()

    answer_next_dialog(give_reason)  # the question is asked on the GUI thread, before the call
    teller.cancel_selected()
    assert not teller.actions_by_name[request_actions.ACTION_CANCEL].isEnabled() and teller.ops.busy
    qtbot.waitUntil(cancel.entered.is_set, timeout=WAIT_MS)
    assert cancel.off_gui_thread
    gui_ticks(teller)
    cancel.release.set()
    qtbot.waitUntil(lambda: status_in(teller, sent.id) == "cancelled", timeout=WAIT_MS)
    assert published[-1].action == Action.AUTHZ_CANCEL and teller.message.property("state") == "ok"


def test_the_supervisors_local_decision_runs_on_the_dialogs_worker(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images, services, slow_call, gui_ticks, answer_next_dialog, user_password
) -> None:
    teller = desks.teller(people["teller"])
    decide_locally = slow_call(services.authorization, "decide_locally")
    seen: list[bool] = []

    def authenticate(dlg: LocalOverrideDialog) -> None:
        dlg.username.setText("chief1")
        dlg.password.setText(user_password)
        dlg.try_accept()  # returns at once; the form waits
        seen.append(not dlg.buttons.isEnabled() and not dlg.tabs.isEnabled() and dlg.ops.busy)
        dlg.reject()  # Esc meanwhile: the decision is on its way, the dialog stays
        seen.append(dlg.isVisible())
        qtbot.waitUntil(decide_locally.entered.is_set, timeout=WAIT_MS)
        seen.append(decide_locally.off_gui_thread)
        gui_ticks(dlg)
        decide_locally.release.set()

    answer_next_dialog(authenticate)
    fill(qtbot, teller, "80000", mode="local")
    attach(qtbot, teller, "id_card", images["id_card"])
    attach(qtbot, teller, "voucher", images["voucher"])
    view = send(qtbot, teller)
    assert view is not None and seen == [True, True, True]
    assert services.authorization.get(ROOT, view.id).status == "approved"
    assert "Chief1" in teller.message.text()


def test_the_keyboard_reaches_the_add_buttons_and_comes_back_after_an_upload(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images
) -> None:
    """The Add buttons are made when the policy arrives: Tab goes from the image list to each of them in
    the order shown, then to Remove; a button disabled while its upload runs gets the keyboard back."""
    panel = desks.teller(people["teller"])
    box = panel.form.attachments
    qtbot.waitUntil(lambda: "voucher" in box.add_buttons, timeout=WAIT_MS)

    def tab_from(widget: QWidget) -> QWidget:  # where Tab goes: the next focusable widget past its children
        after = widget.nextInFocusChain()
        while widget.isAncestorOf(after) or not after.focusPolicy() & Qt.FocusPolicy.TabFocus:
            after = after.nextInFocusChain()
        return after

    chain = [box.list, *box.add_buttons.values(), box.remove]
    assert [tab_from(w) for w in chain[:-1]] == chain[1:]
    first = next(iter(box.add_buttons.values()))
    first.setFocus()
    assert box.window().focusWidget() is first
    assert box.add_files("voucher", [images["voucher"]])
    assert not first.isEnabled() and box.window().focusWidget() is box.list  # waits on the list
    qtbot.waitUntil(lambda: not box.busy, timeout=WAIT_MS)
    assert [a.kind for a in box.items] == ["voucher"]
    assert box.window().focusWidget() is first


def test_lists_show_the_date_with_the_time() -> None:
    from datetime import UTC, datetime

    from widgets.authz.texts import list_time

    now = datetime(2026, 12, 2, 9, 30, tzinfo=UTC).astimezone()
    five_minutes = now - timedelta(minutes=5)
    assert list_time(five_minutes, now) == five_minutes.strftime("%m-%d %H:%M")  # today's: with its date
    two_days = now - timedelta(days=2)
    assert list_time(two_days, now) == two_days.strftime("%m-%d %H:%M")
    last_year = now - timedelta(days=400)
    assert list_time(last_year, now) == last_year.strftime("%Y-%m-%d %H:%M")


def test_images_that_do_not_look_like_their_kind_are_flagged_in_the_detail(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images
) -> None:
    center = desks.center(people["chief"])
    teller = desks.teller(people["teller"])
    swapped = {**images, "id_card": images["voucher"], "voucher": images["id_card"]}
    rid = submit_full(qtbot, teller, swapped, "300000")
    qtbot.waitUntil(lambda: in_queue(center, rid), timeout=WAIT_MS)
    assert claim_next(qtbot, center) == rid
    from widgets.authz.texts import image_flag_text

    said = center.detail.flags.text()
    assert center.detail.flags.isVisibleTo(center)
    assert image_flag_text("id_card", "shape") in said and image_flag_text("voucher", "card_shape") in said
    good = submit_full(qtbot, teller, images, "310000")
    qtbot.waitUntil(lambda: in_queue(center, good), timeout=WAIT_MS)
    center.detail.comment.setPlainText("影像不符")
    assert decide(qtbot, center.reject, center) is not None
    assert claim_next(qtbot, center) == good
    assert not center.detail.flags.isVisibleTo(center)


def test_the_missing_images_message_clears_when_the_images_are_added(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images
) -> None:
    """Issue 11: "Images missing: voucher" stayed under the images and in the message row after
    the voucher was attached."""
    panel = desks.teller(people["teller"])
    form = panel.form
    fill(qtbot, panel, "80000")
    attach(qtbot, panel, "id_card", images["id_card"])
    assert send(qtbot, panel) is None
    missing = form.error_of("attachments")
    assert form.errors["attachments"].isVisible() and kind_text("voucher") in missing
    assert panel.message.text() == missing
    attach(qtbot, panel, "voucher", images["voucher"])
    assert not form.errors["attachments"].isVisible() and form.error_of("attachments") == ""
    assert panel.message.text() != missing
    assert send(qtbot, panel) is not None


def test_the_queue_shows_when_each_request_was_submitted_with_its_date(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, images
) -> None:
    from widgets.authz.texts import list_time

    center = desks.center(people["chief"])
    rid = submit_full(qtbot, desks.teller(people["teller"]), images, "300000")
    qtbot.waitUntil(lambda: in_queue(center, rid), timeout=WAIT_MS)
    view = queued(center, rid)
    assert view is not None
    model, column = center.model, QueueModel.COLUMNS.index("submitted")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == rid)
    shown = model.index(row, column).data()
    assert shown == list_time(view.created_at) and shown.startswith(
        view.created_at.astimezone().strftime("%m-%d")
    )


def test_a_change_that_names_its_requests_is_applied_without_reading_the_queue_again(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, services
) -> None:
    """Issue 11: every change reloaded the whole queue. A change that names its requests (a
    notification, this window's own docks) reads just those and applies them in place."""
    center = desks.center(people["chief"])
    center.bridge.shutdown()  # only the change below reaches the queue
    qtbot.wait(500)  # what the watcher posted before it stopped (a first poll naming nothing) lands first
    loads = center.loads
    from tests.images import IMAGES, upload_images

    upload_images(services)
    draft = Draft(
        "CASH_WD", "CNY", 30_000_000, "6222020200112233445", "张三", "大额取现", "BR01", attachments=IMAGES
    )
    rid = int(services.authorization.submit(people["teller"], draft).target_ids[0])
    center._on_remote_change((rid,))
    qtbot.waitUntil(lambda: in_queue(center, rid), timeout=WAIT_MS)
    assert center.loads == loads  # no reload
    services.authorization.cancel(people["teller"], rid, "客户离开")
    center._on_remote_change((rid,))
    qtbot.waitUntil(lambda: not in_queue(center, rid), timeout=WAIT_MS)
    assert center.loads == loads


def test_the_waiting_count_is_the_whole_queues_when_the_table_holds_only_its_top(  # type: ignore[no-untyped-def]
    qtbot, desks: Desks, people, services, monkeypatch
) -> None:
    from tests.images import IMAGES, upload_images

    monkeypatch.setattr(queue_module, "QUEUE_ROWS", 2)
    upload_images(services)
    for i in range(3):
        draft = Draft(
            "CASH_WD",
            "CNY",
            30_000_000 + i,
            "6222020200112233445",
            "张三",
            "取现",
            "BR01",
            attachments=IMAGES,
        )
        services.authorization.submit(people["teller"], draft)
    center = desks.center(people["chief"])
    assert center.model.rowCount() == 2
    assert center.stats.text() == center.tr("%1 waiting").replace("%1", "3")
