"""A CSV import reaches the running tracking pipeline and the map at once, not at the next start:
the registers dock publishes the import's Change like any other operation."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app.demo import DEMO_STATION
from app.operations import Action, Target
from app.services.tracking import station_principal
from app.tracking import store
from app.tracking.events import EventBus
from app.tracking.pipeline import IngestPipeline
from app.tracking.reads import TagRead
from app.tracking.sinks import ServiceSink
from hardware.runtime import TrackingMapping, TrackingRuntime
from widgets.docks.tag_map.panel import MapPanel
from widgets.main_window import MainWindow

TAG = "C0FFEE01"


@pytest.fixture
def pipeline_only_runtime(services):  # type: ignore[no-untyped-def]
    """The real runtime with its ingestion pipeline running, but no reader drivers or simulator:
    the test is the only reader, so the one read it feeds is the only thing that moves."""
    db, tracking, actor = services.db, services.tracking, station_principal(DEMO_STATION)

    def mapping() -> TrackingMapping:
        return TrackingMapping(store.zone_map(db), store.known_tags(db))

    first = mapping()
    sink = ServiceSink(lambda key, moves: tracking.ingest(actor, DEMO_STATION, key, moves), DEMO_STATION)
    runtime = TrackingRuntime(IngestPipeline(sink, first.zone_of, first.known_tags, EventBus()), [], mapping)
    runtime.start()
    yield runtime
    runtime.stop()


def test_a_person_imported_from_csv_is_placed_on_the_map_by_the_running_pipeline(  # type: ignore[no-untyped-def]
    qtbot, services, demo_login, pipeline_only_runtime, ui_settings, translations, monkeypatch, tmp_path: Path
) -> None:
    runtime = pipeline_only_runtime
    w = MainWindow(
        services, demo_login("admin"), settings=ui_settings, translations=translations, tracking=runtime
    )
    qtbot.addWidget(w)
    try:
        w.show()
        qtbot.waitExposed(w)
        registers, map_panel = w.docks["dock.registers"].panel, w.docks["dock.map"].panel
        assert isinstance(map_panel, MapPanel) and registers.kind() == "person"
        qtbot.waitUntil(lambda: map_panel.loaded and not registers.loading, timeout=10_000)
        path = tmp_path / "new_staff.csv"
        path.write_text(f"id_number,name,sex,tag_id\n110105198804040040,李新岗,F,{TAG}\n", encoding="utf-8")

        def accept_with_reason(dlg: QDialog) -> bool:
            dlg.reason.insertPlainText("新员工入职")  # type: ignore[attr-defined]
            return True

        monkeypatch.setattr(QDialog, "exec", accept_with_reason)
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
        assert registers.import_file(path)
        qtbot.waitUntil(lambda: not registers.importing, timeout=10_000)  # the import runs on a worker
        result = registers.last_import
        assert result is not None and result.ok and result.tags_bound == 1
        change = result.change
        assert change is not None and change.action == Action.REGISTER_IMPORT
        assert change.target_type == Target.PERSON and len(change.target_ids) == 1
        assert change.audit_id == result.audit_id

        zones = store.zone_map(services.db)  # antenna 1 covers its own zone, or the reader's
        reader, zone = next(
            (code, zones.get((code, 1), own))
            for (code, antenna), own in zones.items()
            if antenna == 0 and zones.get((code, 1), own) in map_panel.floor_of_zone
        )
        # the change asks the mapping worker to re-read the registers, and that re-read is asynchronous
        qtbot.waitUntil(lambda: TAG in runtime.pipeline.known, timeout=5000)
        runtime.pipeline.submit(TagRead(reader, 1, TAG, -45, time.time(), time.monotonic()))

        def marker():  # type: ignore[no-untyped-def]
            return next((s.markers[TAG] for s in map_panel.scenes.values() if TAG in s.markers), None)

        # known by name, in its zone (a read that beats the map's directory reload is restyled by it)
        qtbot.waitUntil(lambda: marker() is not None and marker().kind == "person", timeout=5000)
        assert marker().zone == zone
        assert runtime.presence()[TAG][0] == zone
        assert runtime.stats().unknown == 0  # the pipeline knew the tag when the read came in
    finally:
        w._closing_for_logout = True
        w.close()
