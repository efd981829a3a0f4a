"""Layout recognition on generated vouchers: every quality check, template placement under rotation,
shift, perspective and upside-down scans against ground truth, every bad input with its verdict,
and the runner end to end from a hot folder and a document-camera video into the database."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import cv2
import numpy as np
import pytest

from app import security
from app.captures import Capture
from app.errors import ValidationError
from app.rbac import Principal, Role, system_principal
from app.services import Services
from app.services.capture import KeyedFields
from hardware.camera import CameraSource
from hardware.hotfolder import HotFolder
from imaging import quality
from imaging.batch import CaptureRunner, StoredFile, process_file
from imaging.pipeline import process_page
from imaging.synth.data import random_voucher_data
from imaging.synth.scan import degrade, place_on_scan
from imaging.synth.sets import write_bad_inputs, write_video
from imaging.synth.voucher import render_voucher
from imaging.templates import Template, builtin_templates

TEMPLATES = builtin_templates()
PW = "Str0ng!pass"


def voucher(
    code: str = "TR", seed: int = 1, dpi: float = 150, background: str = "white"
) -> tuple[np.ndarray, np.ndarray, str]:
    rng = np.random.default_rng(seed)
    data = random_voucher_data(TEMPLATES[code], rng)
    image, h = render_voucher(TEMPLATES[code], data, dpi=dpi, rng=rng)
    canvas = (image.shape[1] + 240, image.shape[0] + 240)
    page, h = place_on_scan(image, h, canvas_px=canvas, offset_px=(120, 120), background=background, rng=rng)
    return page, h, data.payload.encode()


def placement_error_mm(template: Template, h_true: np.ndarray, h_found: np.ndarray | None) -> float:
    assert h_found is not None
    pts = np.array([c for r in template.regions for c in r.box.corners], np.float64).reshape(-1, 1, 2)
    a = cv2.perspectiveTransform(pts, h_true).reshape(-1, 2)
    b = cv2.perspectiveTransform(pts, h_found).reshape(-1, 2)
    return float(np.max(np.linalg.norm(a - b, axis=1))) / float(np.hypot(h_true[0, 0], h_true[1, 0]))


def test_a_clean_voucher_is_recognized_and_sliced() -> None:
    page, h, payload = voucher("TR")
    result = process_page(page, TEMPLATES)
    assert result.status == "accepted" and result.reasons == ()
    assert result.payload is not None and result.payload.encode() == payload
    assert result.template is TEMPLATES["TR"] and result.rotation == 0
    assert [s.name for s in result.slices] == [r.name for r in TEMPLATES["TR"].regions]
    assert result.corrected is not None and result.corrected.shape[:2] == (
        945,
        1654,
    )  # 120 x 210 mm at 200 dpi
    amount = next(s for s in result.slices if s.name == "amount_figures")
    assert amount.image.shape[:2] == (amount.box[3], amount.box[2])
    assert placement_error_mm(TEMPLATES["TR"], h, result.homography) < 0.5
    assert {c.name for c in result.checks} == {"exposure", "contrast", "sharpness"}
    assert all(c.ok for c in result.checks)


@pytest.mark.parametrize("kind", ["rotation", "shift", "perspective", "upside_down"])
def test_regions_land_right_on_moved_scans(kind: str) -> None:
    for seed in (3, 4):
        code = "TR" if seed % 2 else "CD"
        # a keystoned shot comes from a camera over a desk, whose edge gives the perspective
        page, h, payload = voucher(code, seed, background="dark" if kind == "perspective" else "white")
        rng = np.random.default_rng(seed)
        moved, h_moved, _params = degrade(page, h, kind, 1.0, rng)
        result = process_page(moved, TEMPLATES)
        assert result.payload is not None and result.payload.encode() == payload, (kind, result.reasons)
        assert result.status == "accepted", result.reasons
        assert placement_error_mm(TEMPLATES[code], h_moved, result.homography) < 1.0, kind
        if kind == "upside_down":
            assert result.rotation == 180 and "rotated_180" in result.reason_codes
        if kind == "rotation":
            assert "deskewed" in result.reason_codes
        if kind == "perspective":
            assert "perspective" in result.reason_codes


def test_each_quality_check_rejects_with_its_reason() -> None:
    page, _h, _payload = voucher("CD", 5)
    gray = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    dark = (page * 0.15).astype(np.uint8)
    washed = (235 + page.astype(np.float32) * 0.06).astype(np.uint8)
    flat = (150 + (page.astype(np.float32) - 128) * 0.15).astype(np.uint8)
    blurred = cv2.GaussianBlur(page, (0, 0), 6)
    assert quality.exposure(cv2.cvtColor(dark, cv2.COLOR_BGR2GRAY)).reason == "too_dark"
    assert quality.exposure(cv2.cvtColor(washed, cv2.COLOR_BGR2GRAY)).reason == "too_bright"
    assert quality.contrast(cv2.cvtColor(flat, cv2.COLOR_BGR2GRAY)).reason == "low_contrast"
    assert (
        quality.sharpness(cv2.cvtColor(blurred, cv2.COLOR_BGR2GRAY), px_per_mm=150 / 25.4).reason == "blurred"
    )
    assert quality.sharpness(gray, px_per_mm=150 / 25.4).ok
    for image, reason in ((dark, "too_dark"), (flat, "low_contrast"), (blurred, "blurred")):
        result = process_page(image, TEMPLATES)
        assert result.status == "rejected" and reason in result.reason_codes, (reason, result.reasons)
    check = next(c for c in process_page(blurred, TEMPLATES).checks if c.name == "sharpness")
    assert not check.ok and check.score < 0.3 and "sharpness" in check.detail


def test_page_outline_and_skew_are_measured() -> None:
    rng = np.random.default_rng(9)
    data = random_voucher_data(TEMPLATES["CD"], rng)
    image, h = render_voucher(TEMPLATES["CD"], data, dpi=100, rng=rng)
    page, h = place_on_scan(
        image, h, canvas_px=(1100, 800), offset_px=(150, 150), angle_deg=5, background="dark", rng=rng
    )
    quad = quality.find_page(cv2.cvtColor(page, cv2.COLOR_BGR2GRAY))
    assert quad is not None
    truth = cv2.perspectiveTransform(np.array([[(0, 0), (190, 0), (190, 100), (0, 100)]], np.float64), h)[0]
    assert max(min(np.hypot(*(np.array(q) - t)) for q in quad) for t in truth) < 6  # px at 100 dpi
    skew = quality.ruling_skew(cv2.cvtColor(page, cv2.COLOR_BGR2GRAY))
    assert skew is not None and abs(skew + 5) < 0.5  # counter-clockwise on screen is negative
    assert not quality.skew_check(40.0).ok and quality.skew_check(None).ok
    assert quality.find_page(np.full((400, 300), 255, np.uint8)) is None  # a page filling the frame


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    write_bad_inputs(folder)
    return folder


@pytest.mark.parametrize(
    ("name", "status", "reason"),
    [
        ("empty.jpg", "rejected", "empty_file"),
        ("truncated.jpg", "rejected", "corrupt_file"),
        ("garbage.png", "rejected", "unsupported_format"),
        ("bomb.png", "rejected", "too_large"),
        ("foreign_qr.png", "manual", "foreign_qr"),
        ("bad_check_qr.png", "manual", "bad_payload"),
        ("two_vouchers.png", "rejected", "two_vouchers"),
        ("upside_down.jpg", "accepted", "rotated_180"),
        ("no_qr.png", "manual", "no_qr"),
        ("blurred.jpg", "rejected", "blurred"),
        ("dark.jpg", "rejected", "too_dark"),
    ],
)
def test_bad_inputs_get_a_clear_verdict(bad_inputs: Path, name: str, status: str, reason: str) -> None:
    (page,) = process_file((bad_inputs / name).read_bytes(), name, TEMPLATES)
    assert page.record.status == status and reason in [c for c, _d in page.record.reasons], (
        page.record.reasons
    )


def test_multi_page_files_lose_no_page(bad_inputs: Path) -> None:
    pages = process_file((bad_inputs / "many_pages.pdf").read_bytes(), "many_pages.pdf", TEMPLATES)
    assert [p.record.page_index for p in pages] == list(range(60))
    assert all(p.record.status == "accepted" for p in pages)
    front, back = process_file((bad_inputs / "two_pages.tif").read_bytes(), "two.tif", TEMPLATES, duplex=True)
    assert (front.record.side, back.record.side) == ("front", "back")
    assert (
        front.record.voucher_number
        and back.record.status == "accepted"
        and back.record.voucher_number is None
    )
    unreadable = process_file(b"", "gone.jpg", TEMPLATES, error="Permission denied")
    assert unreadable[0].record.reasons == (("unreadable_file", "Permission denied"),)


@pytest.fixture
def teller(services: Services, monkeypatch: pytest.MonkeyPatch) -> Principal:
    monkeypatch.setattr(security, "LOG2_N", 10)
    services.identity.create_user(system_principal("t"), "teller1", "Teller", PW, [Role.TELLER], reason="t")
    return services.identity.authenticate("teller1", PW)


def test_hot_folder_to_database_keeps_originals_and_slices(
    services: Services, teller: Principal, tmp_path: Path
) -> None:
    store = services.blobs.store  # the server's folder behind the image service
    runner = CaptureRunner(services.capture, services.blobs, teller, "WS-01", workers=2, processes=False)
    batch = int(services.capture.open_batch(teller, "folder://inbox", "WS-01").target_ids[0])
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    page, _h, payload = voucher("CD", 21)
    ok, jpeg = cv2.imencode(".jpg", page)
    assert ok
    originals = {"a-voucher.jpg": bytes(jpeg), "b-empty.jpg": b""}
    for name, data in originals.items():
        (inbox / name).write_bytes(data)
    done = threading.Event()

    def sink(capture: Capture) -> None:
        runner.ingest(capture, batch)
        if len(services.capture.pages(teller, batch)) == 2:
            done.set()

    folder = HotFolder(inbox, sink, poll_s=0.05)
    folder.start()
    try:
        assert done.wait(20)
    finally:
        assert folder.stop()
        runner.close()
    first, second = services.capture.pages(teller, batch)
    assert first.status == "accepted" and first.qr_text == payload and first.source_name == "a-voucher.jpg"
    assert second.status == "rejected" and second.reasons[0][0] == "empty_file"
    assert store.get(first.original_sha, first.original_ext) == originals["a-voucher.jpg"]  # never modified
    assert first.original_sha == hashlib.sha256(originals["a-voucher.jpg"]).hexdigest()
    assert first.corrected_sha and store.verify(first.corrected_sha, "jpg")
    assert len(first.slices) == len(TEMPLATES["CD"].regions)
    for s in first.slices:
        tile = cv2.imdecode(np.frombuffer(store.get(s.image_sha, "png"), np.uint8), cv2.IMREAD_COLOR)
        assert tile.shape[:2] == (s.box[3], s.box[2])
    assert sorted(p.name for p in (inbox / ".done").iterdir()) == ["a-voucher.jpg", "b-empty.jpg"]


def test_a_file_the_server_refuses_is_one_rejected_page_and_nothing_is_stored(
    services: Services, teller: Principal, bad_inputs: Path
) -> None:
    runner = CaptureRunner(services.capture, services.blobs, teller, "WS-01", processes=False)
    batch = int(services.capture.open_batch(teller, "folder://inbox", "WS-01").target_ids[0])
    names = ["bomb.png", "truncated.jpg", "garbage.png", "two_pages.tif"]
    captures = [
        Capture("folder://inbox", n, (bad_inputs / n).read_bytes(), datetime.now(UTC), "") for n in names
    ]
    try:
        runner.ingest_many(captures, batch)
        runner.ingest(captures[0], batch)  # the hot folder tries the same file again: recorded once
    finally:
        runner.close()
    pages = services.capture.pages(teller, batch)
    verdicts = [(p.source_name, p.status, p.reasons[0][0] if p.reasons else "") for p in pages]
    assert verdicts[:3] == [
        ("bomb.png", "rejected", "too_large"),
        ("truncated.jpg", "rejected", "corrupt_file"),
        ("garbage.png", "rejected", "unsupported_format"),
    ]
    assert [p.source_name for p in pages[3:]] == ["two_pages.tif", "two_pages.tif"]  # a document: kept
    held = services.blobs.has(teller, [p.original_sha for p in pages])
    assert held == [pages[3].original_sha]  # the refused files' bytes were never stored
    assert pages[0].original_sha == hashlib.sha256(captures[0].data).hexdigest()  # named, though


def test_reclassifying_a_page_without_qr_cuts_it_with_the_chosen_template(
    services: Services, teller: Principal, tmp_path: Path
) -> None:
    rng = np.random.default_rng(31)
    data = random_voucher_data(TEMPLATES["CD"], rng)
    image, h = render_voucher(TEMPLATES["CD"], dataclasses.replace(data, qr_text=""), dpi=150, rng=rng)
    page, _h = place_on_scan(
        image, h, canvas_px=(1400, 900), offset_px=(130, 150), background="dark", rng=rng
    )
    ok, png = cv2.imencode(".png", page)
    assert ok
    runner = CaptureRunner(services.capture, services.blobs, teller, "WS-01", processes=False)
    batch = int(services.capture.open_batch(teller, "import", "WS-01").target_ids[0])
    change = runner.ingest(Capture("import", "noqr.png", bytes(png), datetime.now(UTC), "image/png"), batch)[
        0
    ]
    page_id = int(change.target_ids[0])
    assert services.capture.page(teller, page_id).reasons[0][0] == "no_qr"
    try:
        with pytest.raises(ValidationError) as refused:  # no number or amount: the operator keys them
            runner.reclassify(page_id, "CD", "QR torn off; it is a cash deposit slip")
        assert refused.value.params["missing"] == ["voucher_number", "amount_fen"]
        assert services.capture.page(teller, page_id).status == "manual"
        keyed = KeyedFields(data.payload.number, data.payload.amount_fen)
        runner.reclassify(page_id, "CD", "QR torn off; it is a cash deposit slip", keyed)
    finally:
        runner.close()
    view = services.capture.page(teller, page_id)
    assert view.status == "overridden" and view.template_code == "CD" and len(view.slices) == 8
    assert (view.voucher_number, view.amount_fen) == (data.payload.number, data.payload.amount_fen)
    assert view.decision_reason == "QR torn off; it is a cash deposit slip"


def test_document_camera_video_auto_captures_each_voucher(
    services: Services, teller: Principal, tmp_path: Path
) -> None:
    truth = write_video(tmp_path / "desk.avi", 2, seed=4)
    runner = CaptureRunner(services.capture, services.blobs, teller, "WS-01", processes=False)
    batch = int(services.capture.open_batch(teller, "camera://desk", "WS-01").target_ids[0])
    camera = CameraSource(tmp_path / "desk.avi", lambda c: runner.ingest(c, batch), realtime=False)
    camera.start()
    try:
        for _ in range(200):
            if camera.status().state == "finished":
                break
            threading.Event().wait(0.05)
    finally:
        assert camera.stop()
        runner.close()
    pages = services.capture.pages(teller, batch)
    assert [p.qr_text for p in pages] == [t["payload"] for t in truth]
    assert all(p.status == "accepted" and len(p.slices) > 0 for p in pages)


def test_a_damaged_page_is_rejected_and_the_pages_after_it_are_still_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from imaging import batch as batch_module
    from imaging.loader import LoadError, PageImage

    page, _h, _payload = voucher("CD", 41, dpi=100)

    def pages(data: bytes, *, name: str = "", first: int = 0) -> Iterator[PageImage]:
        for index in range(first, 3):
            if index == 1:
                raise LoadError("corrupt_file", "page 2 of 3: cannot decode", name=name, page=1)
            yield PageImage(page, index, 3, 100.0)

    monkeypatch.setattr(batch_module, "iter_pages", pages)
    out = process_file(b"three pages", "scan.tif", TEMPLATES)
    assert [(p.record.page_index, p.record.status) for p in out] == [
        (0, "accepted"),
        (1, "rejected"),
        (2, "accepted"),
    ]
    assert out[1].record.reasons[0][0] == "corrupt_file"


def test_a_pipeline_failure_or_a_tiny_image_is_a_verdict_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    from imaging import batch as batch_module

    ok, png = cv2.imencode(".png", np.full((3, 6000, 3), 255, np.uint8))
    assert ok
    (tiny,) = process_file(bytes(png), "strip.png", TEMPLATES)
    assert tiny.record.status == "rejected" and tiny.record.reasons[0][0] == "too_small"

    def broken(*_a: object, **_k: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(batch_module, "process_page", broken)
    page, _h, _payload = voucher("CD", 42, dpi=100)
    ok, jpeg = cv2.imencode(".jpg", page)
    (failed,) = process_file(bytes(jpeg), "a.jpg", TEMPLATES)
    assert failed.record.status == "rejected"
    assert failed.record.reasons == (("processing_error", "ZeroDivisionError: a bug"),)


@pytest.mark.parametrize("workers_store", [True, False], ids=["workers_store", "parent_uploads"])
def test_a_crashed_worker_is_replaced_and_the_file_tried_again(
    services: Services, teller: Principal, tmp_path: Path, workers_store: bool
) -> None:
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    runner = CaptureRunner(
        services.capture, services.blobs, teller, "WS-01", processes=False, workers_store=workers_store
    )
    page, _h, payload = voucher("CD", 43, dpi=100)
    _ok, jpeg = cv2.imencode(".jpg", page)
    capture = Capture("import", "a.jpg", bytes(jpeg), datetime.now(UTC), "image/jpeg")
    broken_pool = runner._pool()
    dead: Future[list[object]] = Future()
    dead.set_exception(BrokenProcessPool("a worker died"))
    result = runner._result(broken_pool, dead, capture, TEMPLATES, False)
    pages = result.pages if isinstance(result, StoredFile) else result
    assert isinstance(result, StoredFile) == workers_store
    assert pages[0].record.qr_text == payload and runner._pool() is not broken_pool
    runner.close()
    with pytest.raises(RuntimeError):
        runner._pool()  # a closed runner starts no new workers


def test_a_page_anchored_template_follows_a_sheet_turned_a_quarter() -> None:
    data = json.loads(TEMPLATES["CD"].to_json())
    data.update(anchor="page", qr=None)
    by_page = Template.from_json(json.dumps(data))
    rng = np.random.default_rng(51)
    voucher_data = dataclasses.replace(random_voucher_data(TEMPLATES["CD"], rng), qr_text="")
    image, h = render_voucher(TEMPLATES["CD"], voucher_data, dpi=100, rng=rng)
    page, h = place_on_scan(
        image, h, canvas_px=(900, 1100), offset_px=(80, 300), angle_deg=90, background="dark", rng=rng
    )
    result = process_page(page, {"CD": by_page}, force_template="CD")
    assert result.homography is not None and len(result.slices) == len(by_page.regions)
    corners = cv2.perspectiveTransform(
        np.array([[(0, 0), (190, 0), (190, 100)]], np.float64), result.homography
    )[0]
    long_side, short_side = np.linalg.norm(corners[1] - corners[0]), np.linalg.norm(corners[2] - corners[1])
    px_per_mm = 100 / 25.4
    assert abs(long_side / px_per_mm - 190) < 6 and abs(short_side / px_per_mm - 100) < 6  # not stretched


def test_every_file_a_hot_folder_moves_is_recorded_as_a_page_a_duplicate_or_a_failure(
    services: Services, teller: Principal, tmp_path: Path
) -> None:
    """The demo scanner's second round: the same files again (as a scanner whose numbering starts
    over, and as copies under new names), plus a damaged file; and a file whose first delivery
    failed after it was recorded. Each file moved to .done has its rows; the counters agree."""
    runner = CaptureRunner(services.capture, services.blobs, teller, "WS-01", workers=2, processes=False)
    batch = int(services.capture.open_batch(teller, "folder://inbox", "WS-01").target_ids[0])
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    scans = []
    for seed in (41, 42, 43):
        page, _h, _payload = voucher("CD", seed)
        ok, jpeg = cv2.imencode(".jpg", page)
        assert ok
        scans.append(bytes(jpeg))
    moved = threading.Event()
    failed_once: list[str] = []

    def sink(capture: Capture) -> None:
        runner.ingest(capture, batch)
        if capture.name == "scan-2.jpg" and not failed_once:  # recorded, then the connection broke
            failed_once.append(capture.name)
            raise ConnectionError("reply lost")

    def wait_until_moved(count: int) -> None:
        for _ in range(400):
            if len(list((inbox / ".done").glob("*"))) >= count and not list(inbox.glob("*.jpg")):
                return
            threading.Event().wait(0.05)
        raise AssertionError("the hot folder did not take the files")

    folder = HotFolder(inbox, sink, poll_s=0.05, retry_s=0.05)
    folder.start()
    try:
        for i, data in enumerate(scans, 1):  # the first round
            (inbox / f"scan-{i}.jpg").write_bytes(data)
        wait_until_moved(3)
        for i, data in enumerate(scans, 1):  # the scanner's numbering starts over: same names, same bytes
            (inbox / f"scan-{i}.jpg").write_bytes(data)
        (inbox / "copy-of-1.jpg").write_bytes(scans[0])
        (inbox / "damaged.jpg").write_bytes(scans[1][: len(scans[1]) // 2])
        wait_until_moved(8)
        moved.set()
    finally:
        assert folder.stop()
        runner.close()
    assert moved.is_set() and failed_once == ["scan-2.jpg"]
    done = sorted(p.name for p in (inbox / ".done").iterdir())
    pages = services.capture.pages(teller, batch)
    assert len(done) == 8 == folder.status().captured  # the counter is the files moved
    assert len({p.delivery for p in pages}) == len(done)  # every file moved has its rows
    by_status = [(p.source_name, p.status) for p in pages]
    assert by_status == [
        ("scan-1.jpg", "accepted"),
        ("scan-2.jpg", "accepted"),  # its retry recorded nothing twice
        ("scan-3.jpg", "accepted"),
        ("copy-of-1.jpg", "duplicate"),
        ("damaged.jpg", "rejected"),
        ("scan-1.jpg", "duplicate"),
        ("scan-2.jpg", "duplicate"),
        ("scan-3.jpg", "duplicate"),
    ]
    first = {p.original_sha: p for p in pages if p.status == "accepted"}
    for dup in (p for p in pages if p.status == "duplicate"):
        original = first[dup.original_sha]
        assert dup.duplicate_of == original.id
        assert dup.reasons[0] == ("duplicate", f"batch {batch} page {original.seq}")
    assert pages[4].reasons[0][0] == "corrupt_file"
    counts = next(b for b in services.capture.batches(teller) if b.id == batch).counts
    assert counts == {"accepted": 3, "duplicate": 4, "rejected": 1}
