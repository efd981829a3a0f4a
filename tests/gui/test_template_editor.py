"""Template editor: regions are drawn, moved and resized with the mouse and edited in the table,
problems are shown where they are, a save makes a new version (admins only), samples line up."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from app.captures import Capture
from app.rbac import Principal
from app.services import Services
from imaging.batch import CaptureRunner
from imaging.loader import sniff
from imaging.templates import builtin_templates
from widgets.bus import ChangeBus
from widgets.common.capture_texts import status_text
from widgets.docks import CaptureSetup, DockContext
from widgets.docks.template_editor.canvas import PX_PER_MM, QR_KEY
from widgets.docks.template_editor.model import COLUMNS
from widgets.docks.template_editor.panel import TemplateEditorPanel

WAIT_MS = 30_000  # spawned capture workers start and warm up


@pytest.fixture
def make_editor(
    qtbot, services: Services, translations, tmp_path: Path
) -> Iterator[Callable[..., TemplateEditorPanel]]:  # type: ignore[no-untyped-def]
    editors: list[TemplateEditorPanel] = []

    def make(principal: Principal) -> TemplateEditorPanel:
        ctx = DockContext(services, principal, ChangeBus(), None, CaptureSetup("T-01"))
        editor = TemplateEditorPanel(ctx)
        qtbot.addWidget(editor)
        editor.resize(1400, 860)
        editor.show()
        qtbot.waitExposed(editor)
        editors.append(editor)
        qtbot.waitUntil(lambda: not editor.loading, timeout=WAIT_MS)  # the templates are read on a worker
        return editor

    yield make
    for editor in editors:
        editor.shutdown()


@pytest.fixture
def shipped(services: Services, demo_login) -> None:  # type: ignore[no-untyped-def]
    """The shipped templates as version 1 in the database (what the demo seeding is meant to do)."""
    admin = demo_login("admin")
    if not services.capture.templates(admin):
        for t in builtin_templates().values():
            services.capture.save_template(
                admin, t.code, t.to_json(), "shipped", name_zh=t.name_zh, name_en=t.name_en, keying=t.keying
            )


@pytest.fixture
def editor(make_editor, demo_login, shipped) -> TemplateEditorPanel:  # type: ignore[no-untyped-def]
    ed = make_editor(demo_login("admin"))
    ed.list.selectRow(ed.list_model.row_of("TR"))
    assert ed.draft.code == "TR"
    return ed


def at_mm(editor: TemplateEditorPanel, x: float, y: float) -> QPoint:
    """Where a point on the voucher (mm) is in the view's viewport."""
    return editor.view.mapFromScene(QPointF(x * PX_PER_MM, y * PX_PER_MM))


def drag(  # type: ignore[no-untyped-def]
    qtbot, editor: TemplateEditorPanel, start: tuple[float, float], end: tuple[float, float]
) -> None:
    viewport = editor.view.viewport()
    a, b = at_mm(editor, *start), at_mm(editor, *end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for i in range(1, 5):
        qtbot.mouseMove(viewport, a + (b - a) * i / 4)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def cell(editor: TemplateEditorPanel, row: int, column: str):  # type: ignore[no-untyped-def]
    return editor.region_model.index(row, COLUMNS.index(column))


def test_draw_name_and_save_a_new_region(  # type: ignore[no-untyped-def]
    qtbot, services, editor, give_reason
) -> None:
    assert editor.region_model.rowCount() == len(builtin_templates()["TR"].regions) == 10
    assert QR_KEY in editor.canvas.items_by_key  # the QR box is shown too
    editor.actions_by_name["templates.draw"].trigger()
    assert editor.canvas.drawing
    drag(qtbot, editor, (40, 94), (100, 108))
    assert not editor.canvas.drawing and editor.region_model.rowCount() == 11
    region = editor.draft.regions[-1]
    assert region.name == "field_1" and region.kind == "text"
    mm = 1.5 / editor.view.transform().m11() * PX_PER_MM  # a screen pixel or so, in mm
    assert region.x == pytest.approx(40, abs=mm) and region.y == pytest.approx(94, abs=mm)
    assert region.w == pytest.approx(60, abs=mm) and region.h == pytest.approx(14, abs=mm)
    assert editor.regions.currentIndex().row() == 10 and editor.canvas.selected_key() == region.key

    model = editor.region_model
    assert model.setData(cell(editor, 10, "name"), "purpose")  # taken by another region
    assert "重复" in editor.problem.text() and model.error_cell == (10, "name")
    assert not editor.actions_by_name["templates.save"].isEnabled()
    assert model.setData(cell(editor, 10, "name"), "remark")
    assert "✔" in editor.problem.text() and editor.actions_by_name["templates.save"].isEnabled()
    combo = editor.regions.itemDelegate().createEditor(
        editor.regions, QStyleOptionViewItem(), cell(editor, 10, "kind")
    )
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("date"))
    editor.regions.itemDelegate().setModelData(combo, model, cell(editor, 10, "kind"))
    model.setData(cell(editor, 10, "label_zh"), "备注")
    model.setData(cell(editor, 10, "label_en"), "Remark")
    model.setData(cell(editor, 10, "w"), 70.0)  # the table moves the box on the canvas
    assert cell(editor, 10, "kind").data() == "日期" and region.kind == "date"
    item = editor.canvas.items_by_key[region.key]
    assert item.rect.width() == pytest.approx(70 * PX_PER_MM) and item.label == "备注"

    give_reason("新增备注栏切片")
    editor.actions_by_name["templates.save"].trigger()
    qtbot.waitUntil(lambda: not editor.loading, timeout=WAIT_MS)  # the new version is read on a worker
    rows = {t.code: t for t in services.capture.templates(editor.ctx.principal)}
    assert rows["TR"].version == 2 and '"remark"' in rows["TR"].definition
    assert (
        editor.draft.version == 2
        and editor.list_model.index(editor.list_model.row_of("TR"), 2).data() == "v2"
    )
    assert "2" in editor.problem.text() and len(editor.draft.regions) == 11


def test_move_resize_and_delete_with_the_mouse(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    purpose = next(r for r in editor.draft.regions if r.name == "purpose")  # x 34 y 79 w 96 h 11
    drag(qtbot, editor, (60, 84), (70, 86))  # grab it in the middle: it moves
    assert purpose.x == pytest.approx(44, abs=0.6) and purpose.y == pytest.approx(81, abs=0.6)
    assert purpose.w == 96 and purpose.h == 11
    row = editor.region_model.row_of(purpose.key)
    assert float(cell(editor, row, "x").data()) == purpose.x  # the table followed
    corner = (purpose.x + purpose.w, purpose.y + purpose.h)  # the bottom-right handle resizes
    drag(qtbot, editor, corner, (corner[0] - 16, corner[1] + 4))
    assert purpose.w == pytest.approx(80, abs=0.6) and purpose.h == pytest.approx(15, abs=0.6)
    assert purpose.x == pytest.approx(44, abs=0.6)
    qr = editor.draft.qr
    drag(qtbot, editor, (qr.x + qr.w / 2, qr.y + qr.h / 2), (qr.x + qr.w / 2 - 5, qr.y + qr.h / 2 + 2))
    assert (
        editor.draft.qr.x == pytest.approx(qr.x - 5, abs=0.6)
        and editor.form.qr_x.value() == editor.draft.qr.x
    )
    drag(qtbot, editor, (60, 88), (60, 88))  # select purpose again
    assert editor.canvas.selected_key() == purpose.key
    editor.view.setFocus()
    qtbot.keyClick(editor.view.viewport(), Qt.Key.Key_Delete)
    assert all(r.name != "purpose" for r in editor.draft.regions) and editor.region_model.rowCount() == 9
    assert purpose.key not in editor.canvas.items_by_key


def test_form_problems_show_next_to_their_input(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    editor.actions_by_name["templates.new"].trigger()
    assert editor.form.code.text() == "" and not editor.form.code.isReadOnly()
    assert "代码" in editor.problem.text() and editor.form.code.styleSheet()
    qtbot.keyClicks(editor.form.code, "ab")
    assert editor.draft.code == "AB" and "区域" in editor.problem.text()  # now: no region yet
    editor.form.width_mm.setValue(20.0)
    assert "二维码" in editor.problem.text() or "幅面" in editor.problem.text()


def test_a_non_admin_cannot_save(  # type: ignore[no-untyped-def]
    qtbot, services, make_editor, demo_login, shipped
) -> None:
    editor = make_editor(demo_login("supervisor"))
    editor.list.selectRow(editor.list_model.row_of("CD"))
    assert not editor.actions_by_name["templates.save"].isEnabled()
    assert editor.save_with_reason("试图修改")  # sent to the service, on the dock's worker
    qtbot.waitUntil(lambda: not editor.loading, timeout=WAIT_MS)
    assert editor.saved is None and "无权" in editor.problem.text()  # the service refuses and says so
    assert {t.code: t.version for t in services.capture.templates(demo_login("admin"))} == {"CD": 1, "TR": 1}


def test_samples_are_straightened_and_test_cut(
    qtbot, services, editor, demo_login, tmp_path, write_voucher
) -> None:  # type: ignore[no-untyped-def]
    path = write_voucher(tmp_path / "sample.jpg", "TR", 11, angle=4.0)
    editor.load_sample(path)
    qtbot.waitUntil(lambda: editor.sample_image is not None, timeout=WAIT_MS)
    sample = editor.canvas.sample
    assert sample is not None and "sample.jpg" in editor.sample_label.text()
    assert sample.pixmap().width() == round(210 * PX_PER_MM)  # straightened: one to one with the page
    editor.actions_by_name["templates.test"].trigger()
    qtbot.waitUntil(lambda: len(editor.canvas.results) == 10, timeout=WAIT_MS)
    assert status_text("accepted") in editor.sample_label.text()

    teller = demo_login("teller")
    runner = CaptureRunner(services.capture, services.blobs, teller, "T-01", processes=False)
    try:
        batch = int(services.capture.open_batch(teller, "import", "T-01").target_ids[0])
        data = write_voucher(tmp_path / "cd.jpg", "CD", 12).read_bytes()
        change = runner.ingest(Capture("import", "cd.jpg", data, datetime.now(UTC), sniff(data)), batch)[0]
    finally:
        runner.close()
    editor.list.selectRow(editor.list_model.row_of("CD"))
    editor.load_captured(int(change.target_ids[0]))
    qtbot.waitUntil(
        lambda: "cd.jpg" in editor.sample_label.text() and "…" not in editor.sample_label.text(),
        timeout=WAIT_MS,
    )
    assert editor.canvas.sample.pixmap().width() == round(builtin_templates()["CD"].width_mm * PX_PER_MM)


def test_no_template_or_capture_read_runs_on_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot,
    services,
    make_editor,
    demo_login,
    shipped,
    tmp_path,
    write_voucher,
    answer_next_dialog,
    reads_on_gui_thread,
) -> None:
    """The editor's start, a save, the captured-page dialog and the chosen page read on workers."""
    teller = demo_login("teller")
    runner = CaptureRunner(services.capture, services.blobs, teller, "T-01", processes=False)
    try:
        batch = int(services.capture.open_batch(teller, "import", "T-01").target_ids[0])
        data = write_voucher(tmp_path / "cd.jpg", "CD", 12).read_bytes()
        change = runner.ingest(Capture("import", "cd.jpg", data, datetime.now(UTC), sniff(data)), batch)[0]
    finally:
        runner.close()
    on_gui = reads_on_gui_thread(services.capture, "batches", "pages", "page", "templates")
    images_on_gui = reads_on_gui_thread(services.blobs, "get", "put", "has")  # the image service too
    editor = make_editor(demo_login("admin"))  # waits until the templates are read
    editor.list.selectRow(editor.list_model.row_of("CD"))
    assert editor.draft.code == "CD"
    assert editor.save_with_reason("重存")  # saved on the dock's worker
    qtbot.waitUntil(lambda: not editor.loading, timeout=WAIT_MS)
    assert editor.saved is not None
    assert editor.draft.version == 2
    chosen: list[int] = []

    def choose(dlg) -> None:  # type: ignore[no-untyped-def]
        chosen.append(len(dlg.pages))
        dlg.accept()  # the first page is selected

    answer_next_dialog(choose)
    editor.actions_by_name["templates.captured_sample"].trigger()  # the pages are read first, then shown
    qtbot.waitUntil(
        lambda: "cd.jpg" in editor.sample_label.text() and "…" not in editor.sample_label.text(),
        timeout=WAIT_MS,
    )
    assert chosen == [1] and editor.sample_image is not None
    editor.sample_label.clear()
    editor.load_captured(int(change.target_ids[0]))  # the page is read on a worker, then its image
    qtbot.waitUntil(
        lambda: "cd.jpg" in editor.sample_label.text() and "…" not in editor.sample_label.text(),
        timeout=WAIT_MS,
    )
    assert on_gui == []
    assert images_on_gui == [] and editor.store.downloads >= 1


def test_a_save_runs_on_the_worker(  # type: ignore[no-untyped-def]
    qtbot, services, editor, slow_call, gui_ticks
) -> None:
    """A slow server: the save leaves the GUI thread free, Save is off until it is answered (an
    edit meanwhile does not turn it back on), and the new version arrives."""
    save = editor.actions_by_name["templates.save"]
    published: list[object] = []
    editor.ctx.bus.changed.connect(lambda change, _source: published.append(change))
    calls = slow_call(services.capture, "save_template")
    assert save.isEnabled() and editor.save_with_reason("重存")
    assert not save.isEnabled() and editor.loading and "…" in editor.problem.text()
    assert not editor.save_with_reason("再存")  # one save at a time
    qtbot.waitUntil(calls.entered.is_set, timeout=WAIT_MS)
    assert calls.off_gui_thread
    gui_ticks(editor)
    editor.validate()  # what an edit does meanwhile
    assert not save.isEnabled() and editor.saved is None and not published
    calls.release.set()
    qtbot.waitUntil(lambda: not editor.loading, timeout=WAIT_MS)
    assert editor.saved is not None and published == [editor.saved] and len(calls.threads) == 1
    assert editor.draft.version == 2 and save.isEnabled()
