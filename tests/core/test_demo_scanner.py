"""The demo's simulated scanner: samples, a camera video, and files dropped into the hot folder
only when complete."""

from __future__ import annotations

import threading
from pathlib import Path

from app.captures import Capture
from hardware.hotfolder import HotFolder
from imaging.demo_scanner import DemoScanner


def test_demo_scanner_prepares_samples_and_drops_complete_files(tmp_path: Path) -> None:
    scanner = DemoScanner(tmp_path / "capture", interval_s=0.05, first_delay_s=0.0, count=4, video_vouchers=1)
    got: list[Capture] = []
    three = threading.Event()

    def sink(capture: Capture) -> None:
        got.append(capture)
        if len(got) >= 3:
            three.set()

    folder = HotFolder(scanner.inbox, sink, poll_s=0.05)
    folder.start()
    scanner.start()
    try:
        assert three.wait(60)
    finally:
        assert scanner.stop()
        assert folder.stop()
    assert scanner.ready.is_set() and scanner.video.stat().st_size > 10_000
    assert (scanner.samples / "manifest.json").exists()
    assert [c.name for c in got[:3]] == ["scan-00001.jpg", "scan-00002.jpg", "scan-00003.jpg"]
    assert all(c.data and c.media_type == "image/jpeg" for c in got[:3])
    names = [p.name for p in scanner.samples.iterdir()]
    assert any(n.startswith("x_") for n in names)  # bad samples are part of the demo
    # a second start reuses what it made
    again = DemoScanner(tmp_path / "capture", count=4, video_vouchers=1)
    assert again.prepare()[0].name == sorted(p.name for p in scanner.samples.glob("0*"))[0]
