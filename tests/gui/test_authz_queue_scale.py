"""Issue 11 at scale: with 20,000 requests waiting, a change another workstation names reaches the
authorization center's table with a handful of reads (the named request; the whole queue is neither
read again nor read per row), and neither the change nor the one-second tick asks every cell of the
table's 500 rows for its data (fitting the columns to all of them held the GUI thread 0.4-0.6 s at
every change and every tick, which held each change up behind it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

import widgets.docks.authz_queue.panel as queue_module
from app.clock import utcnow
from app.db.models import AuthRequest
from app.rbac import Principal, Role
from app.services import Services
from app.services.authorization import Draft
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
    model.calls = 0
    with Statements(services.db.engine) as sql:
        center._on_remote_change((rid,))
        qtbot.waitUntil(lambda: center.model.row_of(rid) == 0, timeout=WAIT_MS)  # the most urgent
        waiting = WAITING + 1  # the whole queue's figures, counted after the change is shown
        qtbot.waitUntil(lambda: center.totals is not None and center.totals[0] == waiting, timeout=WAIT_MS)
        qtbot.wait(100)  # the table lays the change out
    assert center.loads == loads  # applied in place: the queue was not read again
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
