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


REAL_BANKS = ("工商银行", "建设银行", "农业银行", "中国银行", "交通银行", "招商银行", "BANK OF CHINA")


def test_demo_vouchers_show_fictitious_banks_only(tmp_path: Path) -> None:
    """The demo vouchers carried real banks' names, emblems and card prefixes (中国农业银行 with its
    sheaf): every bank they may show is a fictitious "示范" (demo) bank, its accounts start with no
    UnionPay prefix, and samples made before are made again."""
    import json

    import numpy as np

    from imaging.demo_scanner import SAMPLES_VERSION
    from imaging.synth.data import BANKS, random_voucher_data
    from imaging.templates import builtin_templates

    assert all(b.name.startswith("示范") and b.name_en.startswith("DEMO ") for b in BANKS)
    assert not any(real in f"{b.name} {b.name_en}" for b in BANKS for real in REAL_BANKS)
    rng = np.random.default_rng(7)
    for code, template in builtin_templates().items():
        for _ in range(20):
            data = random_voucher_data(template, rng)
            assert data.bank in {b.name for b in BANKS}, code
            shown = json.dumps(data.fields, ensure_ascii=False)
            assert not any(real in shown for real in REAL_BANKS), shown
            assert data.payload.account is None or not data.payload.account.startswith("62")
    scanner = DemoScanner(tmp_path / "capture", count=1, video_vouchers=1)
    scanner.samples.mkdir(parents=True)
    (scanner.samples / "manifest.json").write_text("{}")  # samples of the first version: no version.txt
    (scanner.samples / "old.jpg").write_bytes(b"made with a real bank's logo")
    scanner.prepare()
    assert (scanner.samples / "version.txt").read_text() == SAMPLES_VERSION
    assert not (scanner.samples / "old.jpg").exists()
