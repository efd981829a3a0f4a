"""Capture dock: imports become pages with verdicts and readable reasons, decisions need a reason,
a manual page is classified by hand, a hot folder and a (recorded) camera feed the open batch."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import widgets.docks.capture.panel as capture_panel
from app.rbac import Principal, system_principal
from app.services import Services
from hardware.channels import camera_url, folder_url
from imaging.synth.sets import write_video
from imaging.templates import builtin_templates
from widgets.bus import ChangeBus
from widgets.common.capture_texts import reason_text, status_text
from widgets.docks import CaptureSetup, DockContext
from widgets.docks.capture.panel import CapturePanel

WAIT_MS = 30_000


@pytest.fixture(scope="session")
def voucher_files(tmp_path_factory: pytest.TempPathFactory, write_voucher) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("vouchers")
    files = {
        "tr.jpg": write_voucher(out / "tr.jpg", "TR", 1),
        "cd.jpg": write_voucher(out / "cd.jpg", "CD", 2, angle=3.0),
        # on a dark desk: without a QR code only the page outline can place the template
        "no_qr.jpg": write_voucher(out / "no_qr.jpg", "TR", 3, qr=False, angle=2.0, background="dark"),
    }
    (out / "empty.jpg").write_bytes(b"")
    data = files["tr.jpg"].read_bytes()
    (out / "truncated.jpg").write_bytes(data[: len(data) // 2])
    files["empty.jpg"], files["truncated.jpg"] = out / "empty.jpg", out / "truncated.jpg"
    return files


@pytest.fixture
def make_panel(
    qtbot, services: Services, translations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., CapturePanel]]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(capture_panel, "USE_PROCESSES", False)  # threads: fast to start in tests
    panels: list[CapturePanel] = []

    def make(principal: Principal, sources: tuple[str, ...] = (), *, set_up: bool = True) -> CapturePanel:
        setup = CaptureSetup("TEST-01", sources) if set_up else None
        panel = CapturePanel(DockContext(services, principal, ChangeBus(), None, setup))
        qtbot.addWidget(panel)
        panel.resize(1400, 860)
        panel.show()
        panels.append(panel)
        if set_up:  # the batches and the templates are read on workers
            qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)
        return panel

    yield make
    for panel in panels:
        panel.shutdown()


@pytest.fixture
def panel(make_panel, demo_login) -> CapturePanel:  # type: ignore[no-untyped-def]
    return make_panel(demo_login("teller"))


def import_files(qtbot, panel: CapturePanel, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    assert panel.import_paths(list(paths))
    assert panel.importer.isVisible()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)
    assert not panel.importer.isVisible()


def select(qtbot, panel: CapturePanel, source_name: str) -> None:  # type: ignore[no-untyped-def]
    row = next(i for i, p in enumerate(panel.browser.page_model.pages) if p.source_name == source_name)
    panel.browser.pages_view.setCurrentIndex(panel.browser.page_model.index(row))
    page = panel.current_page()
    assert page is not None
    qtbot.waitUntil(lambda: panel.images is not None and panel.images.page_id == page.id, timeout=WAIT_MS)


def statuses(panel: CapturePanel) -> dict[str, str]:
    return {p.source_name: p.status for p in panel.browser.page_model.pages}


def test_imported_files_become_pages_with_verdicts_and_reasons(  # type: ignore[no-untyped-def]
    qtbot, panel, voucher_files
) -> None:
    import_files(qtbot, panel, *voucher_files.values())
    assert statuses(panel) == {
        "tr.jpg": "accepted",
        "cd.jpg": "accepted",
        "no_qr.jpg": "manual",
        "empty.jpg": "rejected",
        "truncated.jpg": "rejected",
    }
    assert [p.seq for p in panel.browser.page_model.pages] == [1, 2, 3, 4, 5]
    batch = panel.browser.batch_model.rows[0]
    assert batch.source == "import" and batch.counts == {"accepted": 2, "manual": 1, "rejected": 2}
    qtbot.waitUntil(lambda: not panel.browser.page_model.missing_thumbs(), timeout=WAIT_MS)
    tr = next(p for p in panel.browser.page_model.pages if p.source_name == "tr.jpg")
    assert not panel.browser.page_model.data(
        panel.browser.page_model.index(panel.browser.page_model.row_of(tr.id)), 1
    ).isNull()

    for name, code, chinese in (
        ("empty.jpg", "empty_file", "空文件"),
        ("truncated.jpg", "corrupt_file", "损坏"),
    ):
        select(qtbot, panel, name)
        assert panel.images.original is None  # nothing to show, and the viewer says why
        assert reason_text(code) in panel.viewer.message and chinese in reason_text(code)
        assert reason_text(code) in panel.details.reasons.text()
        assert panel.details.verdict.text().endswith(status_text("rejected"))
    select(qtbot, panel, "no_qr.jpg")
    assert reason_text("no_qr") in panel.details.reasons.text()
    select(qtbot, panel, "tr.jpg")
    values = panel.details.values
    assert values["type"].text() == "TR · 转账凭证" and values["template"].text() == "TR v1"
    assert values["amount"].text().startswith("¥") and values["number"].text() == tr.voucher_number


def test_the_viewer_draws_one_outline_per_slice(  # type: ignore[no-untyped-def]
    qtbot, panel, voucher_files
) -> None:
    import_files(qtbot, panel, voucher_files["cd.jpg"])
    select(qtbot, panel, "cd.jpg")
    page = panel.current_page()
    regions = builtin_templates()["CD"].regions
    assert len(page.slices) == len(regions)
    assert set(panel.viewer.outlines) == {r.name for r in regions}
    assert {label.text for label in panel.viewer.labels.values()} == {r.label_zh for r in regions}
    assert panel.details.slices.count() == len(regions)
    qtbot.waitUntil(lambda: not panel.details.slices.item(0).icon().isNull())
    panel.details.slices.setCurrentRow(2)  # clicking a slice in the list selects it in the viewer
    assert panel.viewer.selected == panel.details.slices.item(2).data(Qt.ItemDataRole.UserRole)
    original = panel.viewer.pixmap_item.boundingRect()
    panel.actions_by_name["capture.corrected"].trigger()  # Ctrl+E: the straightened image, boxes
    corrected = panel.viewer.pixmap_item.boundingRect()
    assert corrected.width() == round(builtin_templates()["CD"].width_mm * 200 / 25.4)
    assert corrected != original and len(panel.viewer.outlines) == len(regions)
    zoom = panel.viewer.zoom()
    panel.actions_by_name["capture.zoom_in"].trigger()
    assert panel.viewer.zoom() == pytest.approx(zoom * 1.25)
    panel.actions_by_name["capture.fit"].trigger()
    assert panel.viewer.zoom() == pytest.approx(zoom)


def test_decisions_need_a_reason_and_change_the_status(
    qtbot, panel, services, voucher_files, answer_next_dialog, give_reason
) -> None:  # type: ignore[no-untyped-def]
    import_files(qtbot, panel, voucher_files["tr.jpg"], voucher_files["truncated.jpg"])
    select(qtbot, panel, "tr.jpg")
    assert not panel.actions_by_name["capture.override"].isEnabled()  # accepted: nothing to override
    seen = []

    def no_reason(dlg) -> None:  # type: ignore[no-untyped-def]
        dlg.buttons.accepted.emit()  # refused by the form: still open, says why
        seen.append((dlg.isVisible(), dlg.error.text()))
        dlg.reject()

    answer_next_dialog(no_reason)
    panel.actions_by_name["capture.reject"].trigger()
    assert seen and seen[0][0] and "原因" in seen[0][1]
    assert statuses(panel)["tr.jpg"] == "accepted"
    assert panel.decide(panel.current_page().id, "reject", "  ")  # sent, on the dock's worker
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)
    assert panel.message.property("state") == "error"  # the service refuses too
    assert panel.message.text() and statuses(panel)["tr.jpg"] == "accepted"

    give_reason("凭证折角，重扫")
    panel.actions_by_name["capture.retake"].trigger()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)  # the page is read again on a worker
    assert statuses(panel)["tr.jpg"] == "retake" and panel.current_page().decision_reason == "凭证折角，重扫"
    give_reason("客户要求作废")
    panel.actions_by_name["capture.reject"].trigger()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)  # the page is read again on a worker
    assert statuses(panel)["tr.jpg"] == "rejected"
    assert panel.details.verdict.text().endswith(status_text("rejected"))
    select(qtbot, panel, "truncated.jpg")
    assert not panel.actions_by_name["capture.override"].isEnabled()  # a broken file has no image to accept
    assert panel.decide(panel.current_page().id, "override", "主管确认")  # sent, on the dock's worker
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)
    assert panel.message.property("state") == "error"  # nor will the service
    assert statuses(panel)["truncated.jpg"] == "rejected"
    give_reason("文件损坏，请重新扫描")
    panel.actions_by_name["capture.retake"].trigger()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)  # the page is read again on a worker
    assert statuses(panel)["truncated.jpg"] == "retake"
    batch = services.capture.batches(system_principal("test"))[0]
    assert batch.counts == {"rejected": 1, "retake": 1}
    assert panel.browser.batch_model.rows[0].counts == batch.counts  # the batch row followed


def test_a_manual_page_is_classified_by_hand(  # type: ignore[no-untyped-def]
    qtbot, panel, voucher_files, answer_next_dialog
) -> None:
    import_files(qtbot, panel, voucher_files["no_qr.jpg"])
    select(qtbot, panel, "no_qr.jpg")
    assert panel.current_page().status == "manual" and not panel.current_page().slices

    refusals = []

    def classify(dlg) -> None:  # type: ignore[no-untyped-def]
        dlg.voucher_type.setCurrentIndex(dlg.voucher_type.findData("TR"))
        dlg.reason.insertPlainText("二维码缺失，人工识别为转账凭证")
        assert set(dlg.fields) == {"voucher_number", "amount_fen", "account"}  # nothing was recognised
        dlg.buttons.accepted.emit()  # without the fields keyed: refused by the form, still open
        refusals.append((dlg.isVisible(), dlg.error.text()))
        dlg.fields["voucher_number"].setText("20261203000042")
        dlg.fields["amount_fen"].setText("1,250.50")
        dlg.buttons.accepted.emit()

    answer_next_dialog(classify)
    panel.actions_by_name["capture.override"].trigger()
    qtbot.waitUntil(lambda: panel.current_page().status == "overridden", timeout=WAIT_MS)
    assert refusals == [(True, "请录入凭证号码。")]
    page = panel.current_page()
    assert (page.voucher_number, page.amount_fen, page.account) == ("20261203000042", 125050, None)
    assert page.template_code == "TR" and len(page.slices) == len(builtin_templates()["TR"].regions)
    qtbot.waitUntil(lambda: panel.images is not None and panel.images.page_id == page.id, timeout=WAIT_MS)
    assert len(panel.viewer.outlines) == len(page.slices)


def test_a_hot_folder_feeds_the_batch(  # type: ignore[no-untyped-def]
    qtbot, make_panel, demo_login, tmp_path, voucher_files, translations
) -> None:
    hot = tmp_path / "hot"
    hot.mkdir()
    panel = make_panel(demo_login("teller"), (folder_url(hot),))
    panel.source_options["folder"] = {"poll_s": 0.05, "settle_polls": 1}
    assert panel.selected_source() == folder_url(hot)
    panel.actions_by_name["capture.start"].trigger()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)  # the new batch is read on a worker
    assert folder_url(hot) in panel.bridge.running and panel.actions_by_name["capture.stop"].isEnabled()
    batch_id = panel.batch_id
    assert panel.browser.batch_model.rows[0].source == folder_url(hot)
    shutil.copy(voucher_files["tr.jpg"], hot / "scan0001.jpg.part")  # written, then renamed: a scanner
    (hot / "scan0001.jpg.part").rename(hot / "scan0001.jpg")
    qtbot.waitUntil(lambda: statuses(panel).get("scan0001.jpg") == "accepted", timeout=WAIT_MS)
    assert panel.batch_id == batch_id and panel.current_page().source_name == "scan0001.jpg"
    qtbot.waitUntil(lambda: (hot / ".done" / "scan0001.jpg").exists(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "1" in panel.source_state.text(), timeout=WAIT_MS)
    shutil.copy(voucher_files["tr.jpg"], hot / "scan0002.jpg")  # the same file again: a duplicate
    qtbot.waitUntil(lambda: statuses(panel).get("scan0002.jpg") == "duplicate", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: (hot / ".done" / "scan0002.jpg").exists(), timeout=WAIT_MS)
    counts = "已采集文件 2：影像 1 页（拒绝 0），重复 1"  # the files moved, as what they were recorded
    qtbot.waitUntil(lambda: counts in panel.source_state.text(), timeout=WAIT_MS)
    select(qtbot, panel, "scan0002.jpg")
    first = next(p for p in panel.browser.page_model.pages if p.source_name == "scan0001.jpg")
    assert panel.current_page().duplicate_of == first.id
    assert f"批次 {batch_id} 第 #{first.seq} 页" in panel.details.reasons.text()  # which page it repeats
    decisions = ("capture.override", "capture.reject", "capture.retake")
    assert not any(panel.actions_by_name[name].isEnabled() for name in decisions)  # nothing to decide
    translations.switch("en")
    counts = "files captured 2: pages 1 (rejected 0), duplicates 1"
    qtbot.waitUntil(lambda: counts in panel.source_state.text(), timeout=WAIT_MS)  # the next snapshot
    assert f"Page #{first.seq} of batch {batch_id}" in panel.details.reasons.text()
    panel.actions_by_name["capture.stop"].trigger()
    assert not panel.bridge.running and panel.actions_by_name["capture.start"].isEnabled()


def test_a_camera_shows_its_preview_and_captures_still_pages(  # type: ignore[no-untyped-def]
    qtbot, make_panel, demo_login, tmp_path
) -> None:
    video = tmp_path / "desk.avi"
    write_video(video, 1, fps=10)
    url = camera_url(str(video))
    panel = make_panel(demo_login("teller"), (url,))
    panel.source_options["camera"] = {"realtime": False, "preview_hz": 50}
    panel.actions_by_name["capture.start"].trigger()
    qtbot.waitUntil(lambda: not panel.ops.busy, timeout=WAIT_MS)  # its batch is opened on the worker
    assert panel.pane.preview.isVisible() and panel.actions_by_name["capture.shoot"].isEnabled()
    qtbot.waitUntil(lambda: panel.pane.preview.frames > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "accepted" in statuses(panel).values(), timeout=WAIT_MS)
    panel.actions_by_name["capture.stop"].trigger()
    assert not panel.pane.preview.isVisible()


def test_without_capture_setup_the_dock_says_so(  # type: ignore[no-untyped-def]
    qtbot, make_panel, demo_login
) -> None:
    panel = make_panel(demo_login("teller"), set_up=False)
    assert panel.runner is None and "未配置" in panel.not_set_up.text()
    QApplication.processEvents()


def test_a_saved_template_reaches_the_runner_and_the_labels(
    qtbot, panel, services, demo_login, voucher_files
) -> None:  # type: ignore[no-untyped-def]
    import_files(qtbot, panel, voucher_files["tr.jpg"])
    select(qtbot, panel, "tr.jpg")
    assert panel.viewer.labels["payer"].text == "付款人全称"
    tr = builtin_templates()["TR"]
    relabelled = replace(
        tr, regions=tuple(replace(r, label_zh="付款单位") if r.name == "payer" else r for r in tr.regions)
    )
    change = services.capture.save_template(
        demo_login("admin"), "TR", relabelled.to_json(), "更正标签", name_zh=tr.name_zh, name_en=tr.name_en
    )
    panel.ctx.bus.publish(change, None)  # as the template editor does
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)  # the templates are read on a worker
    assert panel.runner.templates()["TR"].region("payer").label_zh == "付款单位"
    assert panel.viewer.labels["payer"].text == "付款单位"


def test_shutdown_closes_the_runner_only_after_an_ingest_still_running_has_ended(  # type: ignore[no-untyped-def]
    qtbot, make_panel, demo_login, tmp_path, voucher_files, monkeypatch
) -> None:
    """A hot folder whose ingest outlives its stop: the runner is not closed under that ingest."""
    import threading

    import widgets.bridges.capture as capture_bridge

    monkeypatch.setattr(capture_bridge, "STOP_TIMEOUT_S", 0.1)
    hot = tmp_path / "hot"
    hot.mkdir()
    panel = make_panel(demo_login("teller"), (folder_url(hot),))
    panel.source_options["folder"] = {"poll_s": 0.05, "settle_polls": 1}
    runner = panel.runner
    ingesting, release = threading.Event(), threading.Event()
    order: list[str] = []
    real_ingest, real_close = runner.ingest, runner.close

    def slow_ingest(*args, **kw):  # type: ignore[no-untyped-def]
        ingesting.set()
        assert release.wait(10)
        try:
            return real_ingest(*args, **kw)
        finally:
            order.append("ingest ended")

    def close(*args, **kw):  # type: ignore[no-untyped-def]
        order.append("close")
        return real_close(*args, **kw)

    monkeypatch.setattr(runner, "ingest", slow_ingest)
    monkeypatch.setattr(runner, "close", close)
    panel.actions_by_name["capture.start"].trigger()
    shutil.copy(voucher_files["tr.jpg"], hot / "scan0001.jpg")
    qtbot.waitUntil(ingesting.is_set, timeout=WAIT_MS)
    panel.shutdown()  # the folder's stop times out: its ingest is still running
    assert order == []
    closer = next(t for t in threading.enumerate() if t.name == "capture-close")
    release.set()
    closer.join(10)
    assert order[:2] == ["ingest ended", "close"]


def test_no_capture_read_runs_on_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, make_panel, services, demo_login, voucher_files, reads_on_gui_thread
) -> None:
    """The dock's start, a click on a batch, a new batch's import and a saved template read the
    batches, pages and templates on workers, never on the GUI thread."""
    on_gui = reads_on_gui_thread(services.capture, "batches", "pages", "page", "templates")
    panel = make_panel(demo_login("teller"))  # waits until the batches and templates are read
    import_files(qtbot, panel, voucher_files["tr.jpg"])
    first = panel.batch_id
    panel.new_batch(capture_panel.IMPORT_ITEM)
    qtbot.waitUntil(lambda: not panel.busy and panel.batch_id != first, timeout=WAIT_MS)
    import_files(qtbot, panel, voucher_files["cd.jpg"], voucher_files["no_qr.jpg"])
    assert set(statuses(panel)) == {"cd.jpg", "no_qr.jpg"}
    row = panel.browser.batch_model.row_of(first)
    panel.browser.batch_table.selectRow(row)  # a click on the older batch: its pages are read
    qtbot.waitUntil(lambda: not panel.busy and panel.batch_id == first, timeout=WAIT_MS)
    assert set(statuses(panel)) == {"tr.jpg"} and panel.current_page().source_name == "tr.jpg"
    select(qtbot, panel, "tr.jpg")
    assert panel.details.values["type"].text() == "TR · 转账凭证"  # the templates' names, as read
    tr = builtin_templates()["TR"]
    change = services.capture.save_template(
        demo_login("admin"), "TR", tr.to_json(), "重存", name_zh=tr.name_zh, name_en=tr.name_en
    )
    panel.ctx.bus.publish(change, None)  # the runner's templates are read again, on the worker
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)
    panel.browser.reload()  # as after a failed import
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)
    assert panel.batch_id == first and [b.id for b in panel.browser.batch_model.rows][1] == first
    assert on_gui == []


def test_shutdown_waits_for_an_import_still_running_before_closing_the_runner(  # type: ignore[no-untyped-def]
    qtbot, panel, voucher_files, monkeypatch
) -> None:
    """An import that outlives its worker's stop: the runner closes only once it has ended."""
    import threading

    runner = panel.runner
    importing, release = threading.Event(), threading.Event()
    order: list[str] = []
    real_ingest_many, real_close = runner.ingest_many, runner.close
    real_stop = panel.importer.worker.stop

    def slow_ingest_many(*args, **kw):  # type: ignore[no-untyped-def]
        importing.set()
        assert release.wait(10)
        try:
            return real_ingest_many(*args, **kw)
        finally:
            order.append("import ended")

    def close(*args, **kw):  # type: ignore[no-untyped-def]
        order.append("close")
        return real_close(*args, **kw)

    monkeypatch.setattr(runner, "ingest_many", slow_ingest_many)
    monkeypatch.setattr(runner, "close", close)
    monkeypatch.setattr(panel.importer.worker, "stop", lambda wait_ms=3000: real_stop(100))  # gives up soon
    assert panel.import_paths([voucher_files["tr.jpg"]])
    qtbot.waitUntil(importing.is_set, timeout=WAIT_MS)
    panel.shutdown()  # the import's worker stop gives up: the import still runs
    assert order == []
    closer = next(t for t in threading.enumerate() if t.name == "capture-close")
    release.set()
    closer.join(10)
    assert order[:2] == ["import ended", "close"]


def test_a_new_batch_and_a_decision_are_recorded_on_the_worker(  # type: ignore[no-untyped-def]
    qtbot, panel, services, voucher_files, slow_call, gui_ticks, give_reason
) -> None:
    """A slow server: opening the import's batch and recording a decision leave the GUI thread
    free, the actions that start them are off until answered, and the import follows its batch."""
    a = panel.actions_by_name
    opened = slow_call(services.capture, "open_batch")
    assert panel.import_paths([voucher_files["tr.jpg"]])  # its batch is opened first, on the worker
    assert panel.importer.isVisible() and panel.ops.busy and panel.busy
    assert not a["capture.new_batch"].isEnabled() and not a["capture.import"].isEnabled()
    assert not a["capture.start"].isEnabled() and not panel.import_paths([voucher_files["cd.jpg"]])
    qtbot.waitUntil(opened.entered.is_set, timeout=WAIT_MS)
    assert opened.off_gui_thread
    gui_ticks(panel)
    assert panel.browser.batch_model.rows == []
    opened.release.set()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)
    assert statuses(panel) == {"tr.jpg": "accepted"} and len(opened.threads) == 1
    assert a["capture.new_batch"].isEnabled() and not panel.importer.isVisible()

    select(qtbot, panel, "tr.jpg")
    decided = slow_call(services.capture, "decide")
    give_reason("凭证折角，重扫")  # the reason is asked on the GUI thread, before the call
    a["capture.retake"].trigger()
    assert panel.busy and not a["capture.retake"].isEnabled() and not a["capture.reject"].isEnabled()
    qtbot.waitUntil(decided.entered.is_set, timeout=WAIT_MS)
    assert decided.off_gui_thread
    gui_ticks(panel)
    assert statuses(panel)["tr.jpg"] == "accepted" and panel.message.property("state") == "ok"
    decided.release.set()
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)
    assert statuses(panel)["tr.jpg"] == "retake" and len(decided.threads) == 1
