"""Issue 11 at scale: with 20,000 requests waiting, a change another workstation names reaches the
authorization center's table with a handful of reads (the named request; the whole queue is neither
read again nor read per row), and neither the change nor the one-second tick asks every cell of the
table's 500 rows for its data (fitting the columns to all of them held the GUI thread 0.4-0.6 s at
every change and every tick, which held each change up behind it)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import event

import widgets.docks.authz_queue.panel as queue_module
from app.clock import utcnow
from app.db.models import AuthRequest
from app.rbac import Principal, Role
from app.services import Services
from app.services.authorization import Draft, RequestView
from app.statuses import RequestStatus
from tests.images import IMAGES, upload_images
from widgets.bus import ChangeBus
from widgets.docks import CaptureSetup, DockContext
from widgets.docks.authz_queue.model import QueueModel
from widgets.docks.authz_queue.panel import QUEUE_ROWS, QueuePanel

WAITING = 20_000
WAIT_MS = 20_000


def fill(services: Services, teller_id: int, n: int) -> None:
    """``n`` pending remote requests in one statement, below the priority of a cash withdrawal (6),
    created over the last day."""
    start = utcnow() - timedelta(days=1)
    step = timedelta(days=1) / n
    rows = [
        {
            "business_type": "CASH_WD",
            "currency": "CNY",
            "amount_fen": 6_000_000 + g,
            "account": "6222020200112233445",
            "customer": "张三",
            "reason": "大额取现",
            "branch": "BR01",
            "teller_id": teller_id,
            "mode": "remote",
            "levels_required": 1,
            "levels_done": 0,
            "status": "pending",
            "priority": 1 + g % 5,
            "policy_version": 0,
            "submissions": 1,
            "created_at": start + g * step,
            "updated_at": start + g * step,
        }
        for g in range(n)
    ]
    with services.db.write() as s:
        s.execute(AuthRequest.__table__.insert(), rows)


@pytest.fixture
def people(cheap_kdf: None, make_user: Callable[..., Principal]) -> dict[str, Principal]:
    return {"teller": make_user("teller1", Role.TELLER), "chief": make_user("chief1", Role.SUPERVISOR)}


@pytest.fixture
def center(qtbot, services: Services, people, translations, monkeypatch) -> Iterator[QueuePanel]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(queue_module, "POLL_S", 0.05)
    monkeypatch.setattr(queue_module, "QueueModel", CountingModel)
    assert people["teller"].user_id is not None
    fill(services, people["teller"].user_id, WAITING)
    panel = QueuePanel(DockContext(services, people["chief"], ChangeBus(), None, CaptureSetup("DESK")))
    qtbot.addWidget(panel)
    panel.resize(1320, 860)
    panel.show()
    qtbot.waitUntil(lambda: panel.loaded, timeout=WAIT_MS)
    yield panel
    panel.shutdown()


class Statements:
    """The SQL statements the engine runs meanwhile (any thread)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.seen: list[str] = []

    def __enter__(self) -> Statements:
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)

    def _record(self, _conn: Any, _cur: Any, statement: str, *_args: Any) -> None:
        self.seen.append(" ".join(statement.split()))


class CountingModel(QueueModel):
    """The queue's model, counting how many times the table asks it for data."""

    def __init__(self, me: str) -> None:
        super().__init__(me)
        self.calls = 0

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.calls += 1
        return super().data(index, role)


def test_a_named_change_reaches_the_table_with_a_few_reads_and_no_reload(  # type: ignore[no-untyped-def]
    qtbot, center: QueuePanel, people, services: Services
) -> None:
    center.bridge.shutdown()  # only the change below reaches the queue
    qtbot.wait(300)  # what the watcher posted before it stopped lands first
    assert center.model.rowCount() == QUEUE_ROWS and center.totals is not None
    assert center.totals[0] == WAITING
    loads = center.loads
    upload_images(services)
    draft = Draft(
        "CASH_WD", "CNY", 30_000_000, "6222020200112233446", "李四", "大额取现", "BR01", attachments=IMAGES
    )
    rid = int(services.authorization.submit(people["teller"], draft).target_ids[0])
    qtbot.wait(1100)  # the whole queue's figures may be counted again (at most once a second)
    model = center.model
    assert isinstance(model, CountingModel)
    center.table.selectRow(3)  # the authorizer is looking at a request further down
    looking_at = center.selected()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.calls = 0
    with Statements(services.db.engine) as sql:
        center._on_remote_change((rid,))
        qtbot.waitUntil(lambda: center.model.row_of(rid) == 0, timeout=WAIT_MS)  # the most urgent
        waiting = WAITING + 1  # the whole queue's figures, counted after the change is shown
        qtbot.waitUntil(lambda: center.totals is not None and center.totals[0] == waiting, timeout=WAIT_MS)
        qtbot.wait(100)  # the table lays the change out
    assert center.loads == loads  # applied in place: the queue was not read again
    assert not resets and center.selected() == looking_at  # one row inserted above the selection
    requests = [s for s in sql.seen if "auth_requests" in s]
    assert not [s for s in requests if "ORDER BY" in s and "priority" in s], requests  # no queue read
    # the named request (with its images, decisions and people in three more statements), and one
    # count of the whole queue's figures; nothing per row of the table or of the queue
    assert len(requests) <= 4, requests
    assert len(sql.seen) <= 16, sql.seen  # 11 on SQLite (its BEGINs included)
    # the rows on screen were asked for their data, not every cell of the 500 rows
    assert 0 < model.calls < QUEUE_ROWS * len(QueueModel.COLUMNS), model.calls


def test_the_seconds_tick_asks_only_the_rows_on_screen(  # type: ignore[no-untyped-def]
    qtbot, center: QueuePanel
) -> None:
    model = center.model
    assert isinstance(model, CountingModel) and model.rowCount() == QUEUE_ROWS
    qtbot.wait(100)
    model.calls = 0
    center.tick()
    qtbot.wait(100)
    assert 0 < model.calls < QUEUE_ROWS * len(QueueModel.COLUMNS), model.calls


def view(rid: int, priority: int, status: str = "pending", claimed_by: str | None = None) -> RequestView:
    at = datetime(2026, 12, 1, 9, 0, tzinfo=UTC) + timedelta(seconds=rid)
    return RequestView(
        rid, "CASH_WD", "CNY", 100, "****3445", "张三", "取现", "BR01", "teller1", "remote", 1, 0,
        RequestStatus(status), priority, claimed_by, None, 0, 1, at, at, None,
    )  # fmt: skip


def test_the_model_applies_changes_to_the_rows_they_touch(qapp) -> None:  # type: ignore[no-untyped-def]
    """Random rounds of requests added, changed and removed: the model ends with exactly the rows
    it was given, in order, by inserts, removes and changes (no reset) while few rows are new and
    the kept ones keep their order; QAbstractItemModelTester checks every signal on the way."""
    rng = random.Random(11)
    model = QueueModel("chief1")
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    order = lambda v: (-v.priority, v.created_at, v.id)  # noqa: E731
    rows = sorted((view(i, rng.randint(1, 9)) for i in range(200)), key=order)
    model.update_rows(rows, utcnow())
    assert len(resets) == 1 and model.rows == rows  # a first load: one reset
    next_id = 200
    for _round in range(200):
        by_id = {v.id: v for v in rows}
        for _ in range(rng.randint(0, 5)):
            gone = rng.choice(list(by_id))
            del by_id[gone]
        for _ in range(rng.randint(0, 5)):
            by_id[next_id] = view(next_id, rng.randint(1, 9))
            next_id += 1
        for rid in rng.sample(list(by_id), 3):
            old = by_id[rid]
            claimed = old.status == RequestStatus.PENDING
            by_id[rid] = replace(
                old, status=RequestStatus.CLAIMED if claimed else RequestStatus.PENDING,
                claimed_by="chief2" if claimed else None,
            )  # fmt: skip
        rows = sorted(by_id.values(), key=order)
        model.update_rows(rows, utcnow())
        assert model.rows == rows
    assert len(resets) == 1  # every round in place
    moved = list(rows)
    moved[0], moved[1] = moved[1], moved[0]  # a kept request moved: a reset
    model.update_rows(moved, utcnow())
    assert model.rows == moved and len(resets) == 2
