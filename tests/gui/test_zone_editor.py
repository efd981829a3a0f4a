"""Zone editor: reshape a zone by dragging a corner, draw a new one, bad outlines cannot be saved."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPointF, Qt
from sqlalchemy import select

from app.db.models import Zone


@pytest.fixture
def editor(qtbot, demo_login, open_window):  # type: ignore[no-untyped-def]
    window = open_window(demo_login("admin"))
    panel = window.docks["dock.zones"].panel
    qtbot.waitUntil(lambda: panel.loaded, timeout=5000)  # the floors are read on a worker
    return panel


def polygon(services, code: str) -> list[list[float]]:  # type: ignore[no-untyped-def]
    with services.db.read() as s:
        return json.loads(s.scalar(select(Zone.polygon_json).where(Zone.code == code)))


def test_drag_a_corner_and_save(qtbot, services, editor, give_reason) -> None:  # type: ignore[no-untyped-def]
    codes = [editor.zones.item(i).data(Qt.ItemDataRole.UserRole) for i in range(editor.zones.count())]
    assert "BR01-VAULT" in codes
    editor.zones.setCurrentRow(codes.index("BR01-VAULT"))
    before = polygon(services, "BR01-VAULT")
    handle = editor.canvas.handles[0]
    handle.setPos(handle.pos() + QPointF(8, 6))
    assert editor.actions_by_name["zones.save"].isEnabled()
    give_reason("墙体改造")
    editor.actions_by_name["zones.save"].trigger()
    qtbot.waitUntil(lambda: not editor.ops.busy, timeout=3000)  # saved on the dock's worker
    after = polygon(services, "BR01-VAULT")
    assert after[0] == [before[0][0] + 8, before[0][1] + 6] and after[1:] == before[1:]


def test_insert_and_delete_corners(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    editor.zones.setCurrentRow(0)
    n = len(editor.canvas.handles)
    a, b = editor.canvas.handles[0].pos(), editor.canvas.handles[1].pos()
    editor.canvas.add_point((a + b) / 2)  # on the first edge: inserted between its ends
    assert len(editor.canvas.handles) == n + 1 and editor.canvas.handles[1].pos() == (a + b) / 2
    editor.canvas.handles[1].setSelected(True)
    assert editor.canvas.remove_selected() and len(editor.canvas.handles) == n


def test_draw_a_new_zone(qtbot, services, editor, give_reason) -> None:  # type: ignore[no-untyped-def]
    editor.actions_by_name["zones.new"].trigger()
    assert editor.canvas.drawing and not editor.actions_by_name["zones.save"].isEnabled()
    editor.code.setText("BR01-CCTV")
    editor.name_zh.setText("监控室")
    editor.name_en.setText("CCTV room")
    editor.kind.setCurrentIndex(editor.kind.findData("office"))
    editor.restricted.setChecked(True)
    for x, y in ((100, 600), (200, 600), (200, 700), (100, 700)):
        editor.canvas.add_point(QPointF(x, y))
    assert editor.actions_by_name["zones.save"].isEnabled()
    give_reason("新建监控室")
    editor.actions_by_name["zones.save"].trigger()
    qtbot.waitUntil(lambda: not editor.ops.busy, timeout=3000)  # saved on the dock's worker
    assert polygon(services, "BR01-CCTV") == [[100, 600], [200, 600], [200, 700], [100, 700]]
    qtbot.waitUntil(lambda: editor.zones.currentItem() is not None, timeout=3000)  # re-read on a worker
    qtbot.waitUntil(
        lambda: editor.zones.currentItem().data(Qt.ItemDataRole.UserRole) == "BR01-CCTV", timeout=3000
    )


def test_crossing_outline_cannot_be_saved(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    editor.actions_by_name["zones.new"].trigger()
    for x, y in ((100, 600), (200, 700), (200, 600), (100, 700)):
        editor.canvas.add_point(QPointF(x, y))
    assert not editor.actions_by_name["zones.save"].isEnabled() and "⚠" in editor.hint.text()


def test_the_live_map_follows_an_edited_zone(  # type: ignore[no-untyped-def]
    qtbot, demo_login, open_window, give_reason
) -> None:
    window = open_window(demo_login("admin"))
    editor, live = window.docks["dock.zones"].panel, window.docks["dock.map"].panel
    qtbot.waitUntil(lambda: editor.loaded and live.loaded, timeout=5000)  # read on workers
    editor.actions_by_name["zones.new"].trigger()
    editor.code.setText("BR01-CCTV")
    editor.name_zh.setText("监控室")
    editor.name_en.setText("CCTV room")
    for x, y in ((100, 600), (200, 600), (200, 700), (100, 700)):
        editor.canvas.add_point(QPointF(x, y))
    give_reason("新建监控室")
    editor.actions_by_name["zones.save"].trigger()
    qtbot.waitUntil(lambda: "BR01-CCTV" in live.floor_of_zone, timeout=3000)  # re-read on a worker
    assert "BR01-CCTV" in live.scenes["BR01-F1"].zones and live.floor_of_zone["BR01-CCTV"] == "BR01-F1"
