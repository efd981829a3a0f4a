"""A simulated branch scanner for the demo: it prepares sample vouchers (clean and degraded, plus a
few bad files) and a document-camera recording, then drops one sample at a time into the hot
folder, the way a scanner's software does. Runs on its own thread; nothing else touches its files
until they land in the inbox.

Layout under ``root``::

    samples/     generated scans with manifest.json (also there for the Import button)
    inbox/       the hot folder the capture dock watches (folder://...)
    document_camera.avi   the video standing in for a document camera (camera://...)
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from pathlib import Path

from app.threads import stop_thread

log = logging.getLogger(__name__)

SAMPLE_COUNT = 20
# what the samples were made with: samples (and the recording) of another version are made again
# (version 2: fictitious banks only; the first samples carried real banks' names and emblems)
SAMPLES_VERSION = "2"
BAD_SAMPLES = ("no_qr.png", "foreign_qr.png", "blurred.jpg", "upside_down.jpg", "two_pages.tif")


class DemoScanner(threading.Thread):
    def __init__(
        self,
        root: Path,
        *,
        interval_s: float = 8.0,
        first_delay_s: float = 2.0,
        count: int = SAMPLE_COUNT,
        video_vouchers: int = 4,
    ) -> None:
        super().__init__(name="demo-scanner")
        self.root = Path(root)
        self.samples = self.root / "samples"
        self.inbox = self.root / "inbox"
        self.video = self.root / "document_camera.avi"
        self.interval_s = interval_s
        self.first_delay_s = first_delay_s
        self.count = count
        self.video_vouchers = video_vouchers
        self.ready = threading.Event()  # samples and video exist
        self._stop_event = threading.Event()
        self.dropped = 0
        self.inbox.mkdir(parents=True, exist_ok=True)

    def prepare(self) -> list[Path]:
        """Generate the samples and the video once (kept between runs); the files to drop, in order."""
        manifest = self.samples / "manifest.json"
        version = self.samples / "version.txt"
        if not manifest.exists() or not version.exists() or version.read_text() != SAMPLES_VERSION:
            # the generator (OpenCV, numpy) only when samples are made: not on every demo start
            from imaging.synth.sets import generate_set, write_bad_inputs

            self.video.unlink(missing_ok=True)  # shows vouchers of the same making
            tmp = self.root / ".samples-tmp"
            shutil.rmtree(tmp, ignore_errors=True)
            generate_set(tmp, self.count, seed=2026, cancel=self._stop_event.is_set)
            if self._stop_event.is_set():
                return []
            made = write_bad_inputs(tmp / "bad", seed=2026)
            for name in BAD_SAMPLES:
                if name in made:
                    os.replace(tmp / "bad" / name, tmp / f"x_{name}")
            shutil.rmtree(tmp / "bad", ignore_errors=True)
            (tmp / "version.txt").write_text(SAMPLES_VERSION)
            shutil.rmtree(self.samples, ignore_errors=True)
            os.replace(tmp, self.samples)  # the folder appears complete or not at all
        if not self.video.exists() and not self._stop_event.is_set():
            from imaging.synth.sets import write_video

            part = self.video.with_suffix(".part.avi")
            write_video(part, self.video_vouchers, seed=2026)
            os.replace(part, self.video)
        scans = (".jpg", ".png")
        good = sorted(p for p in self.samples.iterdir() if p.suffix in scans and not p.name.startswith("x_"))
        bad = sorted(p for p in self.samples.iterdir() if p.name.startswith("x_"))
        order: list[Path] = []
        for i, path in enumerate(good):  # a bad one after every fourth good one
            order.append(path)
            if i % 4 == 3 and bad:
                order.append(bad.pop(0))
        return order + bad

    def run(self) -> None:
        try:
            files = self.prepare()
        except Exception:  # the demo goes on without a scanner; the log says why
            log.exception("demo scanner could not prepare its samples")
            return
        if self._stop_event.is_set():
            return
        self.ready.set()
        if self._stop_event.wait(self.first_delay_s):
            return
        i = 0
        self.dropped = self._last_number()  # names go on from the last run's: nothing is overwritten
        while files and not self._stop_event.is_set():
            src = files[i % len(files)]
            name = f"scan-{self.dropped + 1:05d}{src.suffix}"
            part = self.inbox / f"{name}.part"  # the hot folder ignores *.part until it is renamed
            shutil.copyfile(src, part)
            os.replace(part, self.inbox / name)
            self.dropped += 1
            i += 1
            self._stop_event.wait(self.interval_s)

    def _last_number(self) -> int:
        numbers = [0]
        for folder in (self.inbox, self.inbox / ".done", self.inbox / ".failed"):
            if folder.is_dir():
                numbers += [int(p.name[5:10]) for p in folder.iterdir() if p.name[5:10].isdigit()]
        return max(numbers)

    def stop(self, timeout: float = 5.0) -> bool:
        """Bounded: preparing checks between scans, and a recording or the bad files take ~3 s."""
        return stop_thread(self, self._stop_event, timeout, "demo scanner")
