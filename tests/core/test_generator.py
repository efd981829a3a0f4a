"""The synthetic voucher generator (imaging.synth): realistic data, rendering, ground-truth homographies
through the degradations, data sets, the document-camera video and the hostile inputs."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, UnidentifiedImageError

from app.money import amount_in_figures, amount_in_words
from imaging.payload import PayloadError, parse_payload
from imaging.qr import decode
from imaging.synth.__main__ import main
from imaging.synth.data import VoucherData, luhn_digit, random_voucher_data
from imaging.synth.geometry import transform_points
from imaging.synth.scan import DEGRADATIONS, GEOMETRIC, degrade, place_on_scan
from imaging.synth.sets import generate_set, write_bad_inputs, write_video
from imaging.synth.voucher import render_voucher
from imaging.templates import Template, builtin_templates

TEMPLATES = builtin_templates()


def voucher(code: str, seed: int, dpi: float = 200) -> tuple[Template, VoucherData, np.ndarray, np.ndarray]:
    template = TEMPLATES[code]
    rng = np.random.default_rng(seed)
    data = random_voucher_data(template, rng)
    image, h = render_voucher(template, data, dpi=dpi, rng=rng)
    return template, data, image, h


def zxing_corners(image: np.ndarray, text: str) -> np.ndarray:
    """Where zxing finds the symbol carrying ``text``: TL, TR, BR, BL of the symbol's own orientation."""
    hits = [r for r in zxingcpp.read_barcodes(image) if r.valid and r.text == text]
    assert hits, "zxing did not find the QR code"
    p = hits[0].position
    return np.array([(q.x, q.y) for q in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)], float)


def expected_corners(template: Template, h: np.ndarray) -> np.ndarray:
    assert template.qr is not None
    return transform_points(h, template.qr.corners)


# --- data and rendering --------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["TR", "CD"])
def test_random_data_is_realistic_and_consistent(code: str) -> None:
    template = TEMPLATES[code]
    for seed in range(20):
        data = random_voucher_data(template, np.random.default_rng(seed))
        p = data.payload
        assert set(data.fields) == {r.name for r in template.regions}
        assert parse_payload(p.encode()) == p and p.voucher_type == code and 1 <= p.copy <= 3
        assert re.fullmatch(r"[0-9]{14}", p.number) and data.fields["voucher_number"] == p.number
        assert re.fullmatch(r"20(25|26)年[1-9][0-9]?月[1-9][0-9]?日", data.fields["date"])
        assert p.amount_fen is not None and 100 <= p.amount_fen <= 500_000_000
        assert data.fields["amount_words"] == amount_in_words(p.amount_fen)
        assert data.fields["amount_figures"] == amount_in_figures(p.amount_fen)
        account = data.fields["payer_account" if code == "TR" else "account"]
        assert p.account == account and re.fullmatch(r"9[0-9]{18}", account)
        assert luhn_digit(account[:-1]) == account[-1]
        assert data.fields["seal"]
    tr = random_voucher_data(TEMPLATES["TR"], np.random.default_rng(3))
    assert tr.fields["seal"] == tr.fields["payer"] and tr.fields["payer"].endswith("公司")


@pytest.mark.parametrize("dpi", [100, 200])
def test_render_size_follows_the_dpi(dpi: int) -> None:
    _, _, image, h = voucher("TR", 1, dpi=dpi)
    s = dpi / 25.4
    assert image.dtype == np.uint8 and image.shape == (round(120 * s), round(210 * s), 3)
    assert np.allclose(h, np.diag([s, s, 1.0]))


@pytest.mark.parametrize(("code", "seed"), [("TR", 0), ("TR", 7), ("CD", 1), ("CD", 8)])
def test_the_qr_decodes_and_the_homography_finds_it(code: str, seed: int) -> None:
    template, data, image, h = voucher(code, seed)
    result = decode(image)
    assert result.texts == (data.payload.encode(),)
    assert parse_payload(result.texts[0]) == data.payload
    found = zxing_corners(image, data.payload.encode())
    assert np.abs(found - expected_corners(template, h)).max() <= 2.0


def test_values_stay_inside_their_regions() -> None:
    """Everything drawn for a voucher's values (and its QR) lies inside the region boxes."""
    template = TEMPLATES["TR"]
    data = random_voucher_data(template, np.random.default_rng(5))
    blank = VoucherData(template.code, data.payload, {}, bank=data.bank, qr_text="")
    filled, h = render_voucher(template, data, rng=np.random.default_rng(9))
    empty, _ = render_voucher(template, blank, rng=np.random.default_rng(9))
    outside = np.ones(filled.shape[:2], bool)
    assert template.qr is not None
    for box in [r.box for r in template.regions] + [template.qr]:
        (x0, y0), (x1, y1) = transform_points(h, [(box.x, box.y), (box.x + box.w, box.y + box.h)])
        outside[int(y0) : int(np.ceil(y1)), int(x0) : int(np.ceil(x1))] = False
    diff = np.abs(filled.astype(int) - empty.astype(int)).max(axis=2)
    assert diff[outside].max() == 0
    assert diff[~outside].max() > 100  # and something was drawn


def test_the_voucher_looks_like_a_voucher() -> None:
    """Coarse checks of the look: off-white tinted paper, red seal ink in the seal box, dark text."""
    template, _, image, h = voucher("TR", 2)
    seal = template.region("seal").box
    (x0, y0), (x1, y1) = transform_points(h, [(seal.x, seal.y), (seal.x + seal.w, seal.y + seal.h)])
    crop = image[int(y0) : int(y1), int(x0) : int(x1)].astype(int)
    b, g, r = crop[..., 0], crop[..., 1], crop[..., 2]
    assert ((r - g > 60) & (r - b > 50)).sum() > 500  # red ink
    paper = np.median(image.reshape(-1, 3), axis=0)
    assert paper.min() > 200 and paper.max() < 255
    assert (image.max(axis=2) < 90).sum() > 5000  # printed and written text


# --- degradations and scans ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(GEOMETRIC))
def test_geometric_degradations_keep_the_homography(kind: str) -> None:
    template, data, image, h = voucher("TR" if kind != "perspective" else "CD", 11)
    out, h2, params = degrade(image, h, kind, 1.0, np.random.default_rng(4))
    assert params and out.shape[0] >= image.shape[0] - 1 and out.dtype == np.uint8
    found = zxing_corners(out, data.payload.encode())
    assert np.abs(found - expected_corners(template, h2)).max() <= 3.0
    preview = os.environ.get("BANKSUITE_GEN_PREVIEW")  # e.g. /tmp/gen_preview, to look at the images
    if preview and kind == "rotation":
        Path(preview).mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(Path(preview) / "clean.png"), image)
        cv2.imwrite(str(Path(preview) / "rotation.png"), out)


def test_rotation_follows_the_severity_and_the_canvas_grows() -> None:
    _, _, image, h = voucher("CD", 3, dpi=100)
    out, h2, params = degrade(image, h, "rotation", 0.5, np.random.default_rng(0))
    assert abs(params["angle_deg"]) == pytest.approx(10.0)
    assert out.shape[0] > image.shape[0] and out.shape[1] > image.shape[1]
    corners = transform_points(h2, [(0, 0), (190, 0), (190, 100), (0, 100)])
    assert corners.min() >= 0 and (corners.max(axis=0) <= (out.shape[1], out.shape[0])).all()


@pytest.mark.parametrize("kind", [k for k in DEGRADATIONS if k not in GEOMETRIC and k != "clean"])
def test_photometric_degradations_keep_the_geometry(kind: str) -> None:
    _, data, image, h = voucher("TR", 12, dpi=150)
    out, h2, params = degrade(image, h, kind, 0.6, np.random.default_rng(1))
    assert out.shape == image.shape and out.dtype == np.uint8 and params
    assert np.array_equal(h2, h) and not np.array_equal(out, image)
    assert decode(out).texts == (data.payload.encode(),)


def test_degrade_refuses_an_unknown_kind() -> None:
    _, _, image, h = voucher("CD", 0, dpi=60)
    with pytest.raises(ValueError):
        degrade(image, h, "crumpled", 0.5, np.random.default_rng(0))
    out, h2, params = degrade(image, h, "clean", 0.9, np.random.default_rng(0))
    assert out is image and np.array_equal(h2, h) and params == {}


@pytest.mark.parametrize(("background", "angle"), [("white", 0.0), ("white", -2.5), ("dark", 7.0)])
def test_place_on_scan(background: str, angle: float) -> None:
    template, data, image, h = voucher("TR", 21)
    canvas, h2 = place_on_scan(
        image,
        h,
        canvas_px=(2339, 1654),
        offset_px=(300, 250),
        angle_deg=angle,
        background=background,
        rng=np.random.default_rng(0),
    )
    assert canvas.shape == (1654, 2339, 3)
    corner_colour = canvas[5, 5].astype(int)
    assert (corner_colour > 200).all() if background == "white" else (corner_colour < 90).all()
    found = zxing_corners(canvas, data.payload.encode())
    assert np.abs(found - expected_corners(template, h2)).max() <= 2.0
    centre = transform_points(h2, [(105, 60)])[0]
    assert np.allclose(centre, (300 + image.shape[1] / 2, 250 + image.shape[0] / 2), atol=1.0)


# --- data sets, video, hostile inputs ------------------------------------------------------------


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_generate_set_writes_a_deterministic_manifest(tmp_path: Path) -> None:
    entries = generate_set(tmp_path / "a", 6, seed=4, dpi=120)
    manifest = json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest == entries and len(entries) == 6
    assert [e["degradation"] for e in entries] == list(DEGRADATIONS[:6])
    assert {e["template"] for e in entries} == {"TR", "CD"}
    for e in entries:
        image = cv2.imread(str(tmp_path / "a" / e["file"]))
        assert image is not None and [image.shape[1], image.shape[0]] == e["size_px"]
        template = TEMPLATES[e["template"]]
        assert parse_payload(e["payload"]).voucher_type == e["template"]
        assert set(e["fields"]) == {r.name for r in template.regions}
        assert (e["severity"] == 0) == (e["degradation"] == "clean")
        h = np.array(e["homography"])
        assert h.shape == (3, 3)
        assert np.allclose(e["qr_corners_px"], expected_corners(template, h), atol=0.01)
    generate_set(tmp_path / "b", 6, seed=4, dpi=120)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    other = generate_set(tmp_path / "c", 2, seed=5, dpi=120, kinds=("clean",), fmt="png")
    assert other[0]["payload"] != entries[0]["payload"] and other[0]["file"].endswith(".png")


def test_generate_set_ground_truth_matches_zxing(tmp_path: Path) -> None:
    entries = generate_set(tmp_path, 4, seed=1, kinds=("clean", "rotation", "perspective", "upside_down"))
    for e in entries:
        image = cv2.imread(str(tmp_path / e["file"]))
        found = zxing_corners(image, e["payload"])
        assert np.abs(found - np.array(e["qr_corners_px"])).max() <= 3.0, e["file"]


def test_write_video(tmp_path: Path) -> None:
    path = tmp_path / "desk.avi"
    truth = write_video(path, 2, seed=3, fps=10, size=(1280, 720))
    cap = cv2.VideoCapture(str(path))
    assert cap.isOpened()
    frames = []
    while True:
        ok, frame = cap.read()
        if not ok:
            break
        frames.append(frame)
    cap.release()
    per_voucher = 10 + 15 + 3 + 5  # in, still, out, empty desk
    assert len(frames) == 5 + 2 * per_voucher
    assert int(cv2.VideoCapture(str(path)).get(cv2.CAP_PROP_FRAME_COUNT)) == len(frames)
    assert [t["still_frames"] for t in truth] == [[15, 29], [48, 62]]
    assert [t["frames"] for t in truth] == [[5, 32], [38, 65]]
    for t in truth:
        a, b = t["still_frames"]
        still = [f.astype(np.int16) for f in frames[a : b + 1]]
        assert all(np.abs(f - still[0]).mean() < 4 for f in still)  # only sensor noise
        assert np.abs(frames[a - 2].astype(np.int16) - still[0]).mean() > 4  # still moving before
        assert decode(frames[(a + b) // 2]).texts == (t["payload"],)
        found = zxing_corners(frames[(a + b) // 2], t["payload"])
        assert np.abs(found - np.array(t["qr_corners_px"])).max() <= 3.0
    empty = frames[0].astype(np.int16)
    assert np.abs(frames[36].astype(np.int16) - empty).mean() < 4  # the desk is empty between vouchers


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("bad")
    return folder, write_bad_inputs(folder)


def test_bad_inputs_are_all_there(bad_dir: tuple[Path, dict[str, str]]) -> None:
    folder, made = bad_dir
    expected = {
        "empty.jpg", "truncated.jpg", "garbage.png", "bomb.png", "many_pages.pdf", "two_pages.tif",
        "foreign_qr.png", "bad_check_qr.png", "two_vouchers.png", "upside_down.jpg", "no_qr.png",
        "blurred.jpg", "dark.jpg",
    }  # fmt: skip
    assert set(made) == expected and all(made.values())
    assert {p.name for p in folder.iterdir()} == expected
    assert (folder / "empty.jpg").stat().st_size == 0


def test_broken_files(bad_dir: tuple[Path, dict[str, str]]) -> None:
    folder, _ = bad_dir
    truncated = (folder / "truncated.jpg").read_bytes()
    assert truncated[:2] == b"\xff\xd8" and b"\xff\xd9" not in truncated[-2:]
    with pytest.raises(OSError), Image.open(folder / "truncated.jpg") as im:
        im.load()
    with pytest.raises(UnidentifiedImageError):
        Image.open(folder / "garbage.png")


def test_the_png_bomb_is_small_but_huge(
    bad_dir: tuple[Path, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = bad_dir
    path = folder / "bomb.png"
    assert path.stat().st_size < 3_000_000
    with pytest.raises(Image.DecompressionBombError):
        Image.open(path)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    with Image.open(path) as im:
        assert im.size == (40000, 40000) and im.mode == "L"


def test_multi_page_files(bad_dir: tuple[Path, dict[str, str]]) -> None:
    folder, _ = bad_dir
    pdf = pdfium.PdfDocument(str(folder / "many_pages.pdf"))
    try:
        assert len(pdf) == 60
    finally:
        pdf.close()
    with Image.open(folder / "two_pages.tif") as tif:
        assert tif.n_frames == 2
        tif.seek(0)
        front = np.asarray(tif.convert("L"))
        tif.seek(1)
        back = np.asarray(tif.convert("L"))
    assert len(decode(front).texts) == 1 and decode(back, decoders=("zxing",)).texts == ()


def test_pages_with_wrong_or_missing_codes(bad_dir: tuple[Path, dict[str, str]]) -> None:
    folder, _ = bad_dir

    def texts(name: str, decoders: tuple[str, ...] = ("zxing", "zbar", "opencv")) -> tuple[str, ...]:
        image = cv2.imread(str(folder / name))
        assert image is not None
        return decode(image, decoders=decoders).texts

    assert texts("foreign_qr.png") == ("https://example.com/pay?id=1",)
    (bad,) = texts("bad_check_qr.png")
    with pytest.raises(PayloadError) as exc:
        parse_payload(bad)
    assert exc.value.reason == "bad_check"
    two = texts("two_vouchers.png")
    assert len(two) == 2 and {parse_payload(t).voucher_type for t in two} == {"TR", "CD"}
    (upside,) = texts("upside_down.jpg")
    assert parse_payload(upside).voucher_type == "CD"
    assert texts("no_qr.png", ("zxing",)) == ()  # (every preprocessing step tried: one decoder is enough)
    assert texts("blurred.jpg", ("zxing",)) == ()
    dark = cv2.imread(str(folder / "dark.jpg"))
    assert dark is not None and dark.mean() < 20


# --- command line ----------------------------------------------------------------------


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--count", "2", "--dpi", "100", "--fmt", "png"]) == 0
    out = capsys.readouterr().out
    assert "wrote 2 scans" in out
    assert len(json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))) == 2
    assert len(list(tmp_path.glob("*.png"))) == 2
