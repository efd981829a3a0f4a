"""The one font finder (app.fonts): faces that write Simplified Chinese by role, TrueType for the PDF
reports, the search order, the font-table reader, and a clear error on a machine without fonts."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import fonts
from app.fonts import PROBE, ROLES, FontMissing, cjk_font, cjk_fonts, read_faces


def _clear() -> None:
    for cached in (fonts.cjk_font, fonts.cjk_fonts, fonts.read_faces):
        cached.cache_clear()


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    _clear()
    yield
    _clear()


@pytest.fixture
def installed() -> fonts.FontFace:
    try:
        return cjk_font("sans")
    except FontMissing as exc:
        pytest.skip(str(exc))


def _sfnt(family: str, chars: str, *, truetype: bool) -> bytes:
    """A minimal font: a format-4 cmap mapping ``chars``, a name table with ``family``, glyf or CFF."""
    codes = [*sorted({ord(c) for c in chars}), 0xFFFF]
    n = len(codes)
    ends = starts = codes
    deltas = [(1 - c) & 0xFFFF for c in codes[:-1]] + [1]  # every char -> glyph 1, 0xFFFF -> 0
    sub = struct.pack(">HHHHHHH", 4, 16 + 8 * n, 0, 2 * n, 0, 0, 0)
    sub += struct.pack(f">{n}H", *ends) + b"\0\0" + struct.pack(f">{n}H", *starts)
    sub += struct.pack(f">{n}H", *deltas) + struct.pack(f">{n}H", *([0] * n))
    cmap = struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub
    text = family.encode("utf-16-be")
    name = struct.pack(">HHH", 0, 1, 18) + struct.pack(">HHHHHH", 3, 1, 0x409, 1, len(text), 0) + text
    tables = {b"cmap": cmap, b"name": name, (b"glyf" if truetype else b"CFF "): b"\0" * 4}
    offset = 12 + 16 * len(tables)
    head, body = struct.pack(">IHHHH", 0x00010000, len(tables), 0, 0, 0), b""
    for tag, data in tables.items():
        head += tag + struct.pack(">III", 0, offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    return head + body


def _ttc(*faces: bytes) -> bytes:
    """A collection of ``faces`` (their table offsets moved behind the collection header)."""
    header = 12 + 4 * len(faces)
    out, offsets = b"", []
    for face in faces:
        at = header + len(out)
        offsets.append(at)
        count = struct.unpack(">H", face[4:6])[0]
        moved = bytearray(face)
        for i in range(count):
            rec = 12 + 16 * i
            (old,) = struct.unpack(">I", face[rec + 8 : rec + 12])
            moved[rec + 8 : rec + 12] = struct.pack(">I", old + at)
        out += bytes(moved)
    return b"ttcf" + struct.pack(">HHI", 1, 0, len(faces)) + struct.pack(f">{len(faces)}I", *offsets) + out


# -- the table reader ----------------------------------------------------------------------------


def test_a_face_counts_when_its_cmap_maps_the_probe(tmp_path: Path) -> None:
    good = tmp_path / "good.ttf"
    good.write_bytes(_sfnt("Test Hei SC", PROBE + "abc", truetype=True))
    (face,) = read_faces(good)
    assert (face.path, face.index, face.family, face.truetype) == (good, 0, "Test Hei SC", True)
    latin = tmp_path / "latin.ttf"
    latin.write_bytes(_sfnt("Test Latin", "abcdef", truetype=True))
    assert read_faces(latin) == ()
    half = tmp_path / "half.ttf"
    half.write_bytes(_sfnt("Test Half", PROBE[:2], truetype=True))
    assert read_faces(half) == ()


def test_collections_cff_and_broken_files(tmp_path: Path) -> None:
    ttc = tmp_path / "family.ttc"
    ttc.write_bytes(
        _ttc(
            _sfnt("Test Sans JP", PROBE, truetype=False),
            _sfnt("Test Latin", "abc", truetype=False),
            _sfnt("Test Sans SC", PROBE, truetype=False),
        )
    )
    assert [(f.index, f.family, f.truetype) for f in read_faces(ttc)] == [
        (0, "Test Sans JP", False),
        (2, "Test Sans SC", False),
    ]
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(_sfnt("Test Hei SC", PROBE, truetype=True)[:40])
    (tmp_path / "garbage.ttf").write_bytes(b"\x00\x01" * 7)
    assert read_faces(broken) == () and read_faces(tmp_path / "garbage.ttf") == ()
    assert read_faces(tmp_path / "absent.ttf") == ()


# -- the search ----------------------------------------------------------------------------------


@pytest.fixture
def bare_machine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No fontconfig, no font folders, no bundled fonts, no override: only what a test puts there."""
    monkeypatch.setattr(fonts, "_fc_match", lambda pattern: None)
    monkeypatch.setattr(fonts, "FONT_DIRS", (tmp_path / "system",))
    monkeypatch.setattr(fonts, "RESOURCES", tmp_path / "resources")
    monkeypatch.delenv(fonts.ENV_PDF_FONT, raising=False)
    (tmp_path / "system").mkdir()
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    return tmp_path


def test_no_cjk_font_is_a_clear_error(bare_machine: Path) -> None:
    (bare_machine / "system" / "DejaVuSans.ttf").write_bytes(_sfnt("DejaVu Sans", "abc", truetype=True))
    for role in ROLES:
        with pytest.raises(FontMissing, match="fonts-noto-cjk"):
            cjk_font(role)
    with pytest.raises(FontMissing, match="fonts-wqy-microhei"):
        cjk_font(truetype=True)
    assert cjk_fonts() == ()


def test_folders_by_role_and_the_simplified_face(bare_machine: Path) -> None:
    system = bare_machine / "system" / "noto"
    system.mkdir()
    faces = [_sfnt(f"Test Sans CJK {v}", PROBE, truetype=False) for v in ("JP", "KR", "SC")]
    (system / "NotoSansCJK-Regular.ttc").write_bytes(_ttc(*faces))
    bold = [_sfnt(f"Test Sans CJK {v}", PROBE, truetype=False) for v in ("JP", "SC")]
    (system / "NotoSansCJK-Bold.ttc").write_bytes(_ttc(*bold))
    (system / "notes.txt").write_text("not a font")
    sans = cjk_font("sans")
    assert (sans.path.name, sans.index, sans.family) == ("NotoSansCJK-Regular.ttc", 2, "Test Sans CJK SC")
    assert (cjk_font("sans_bold").path.name, cjk_font("sans_bold").index) == ("NotoSansCJK-Bold.ttc", 1)
    with pytest.raises(FontMissing):  # CFF outlines only: nothing for the PDF reports
        cjk_font(truetype=True)
    (system / "wqy-microhei.ttc").write_bytes(_sfnt("WenQuanYi Micro Hei", PROBE, truetype=True))
    _clear()
    assert cjk_font(truetype=True).path.name == "wqy-microhei.ttc"
    assert len(cjk_fonts()) == 2 + 3 + 1  # every face that writes Chinese, once


def test_bundled_fonts_and_the_pdf_override_come_first(bare_machine: Path) -> None:
    (bare_machine / "system" / "wqy-zenhei.ttc").write_bytes(_sfnt("WenQuanYi Zen Hei", PROBE, truetype=True))
    bundled = bare_machine / "resources" / "fonts" / "bundled.ttf"
    bundled.write_bytes(_sfnt("Bundled Hei SC", PROBE, truetype=True))
    assert cjk_font().path == bundled and cjk_font("serif_bold").path == bundled
    chosen = bare_machine / "chosen.ttf"
    chosen.write_bytes(_sfnt("Chosen Kai", PROBE, truetype=True))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(fonts.ENV_PDF_FONT, str(chosen))
        _clear()
        assert cjk_font(truetype=True).path == chosen
        assert cjk_font().path == bundled  # the override is the PDF reports' own
    assert [f.path for f in cjk_fonts(truetype=True)] == [bundled, bare_machine / "system" / "wqy-zenhei.ttc"]


def test_fontconfig_is_asked_by_family_then_by_fallback_role(
    bare_machine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    serif = bare_machine / "system" / "serif.ttc"
    serif.write_bytes(
        _ttc(_sfnt("Test Serif JP", PROBE, truetype=False), _sfnt("Test Serif SC", PROBE, truetype=False))
    )
    asked: list[str] = []

    def fc_match(pattern: str) -> tuple[Path, int] | None:
        asked.append(pattern)
        return (serif, 1) if pattern == "Noto Serif CJK SC" else None

    monkeypatch.setattr(fonts, "_fc_match", fc_match)
    face = cjk_font("serif_bold")
    assert (face.path, face.index) == (serif, 1)
    # its own families, then sans_bold's, then sans (sans_bold's fallback), then serif
    assert asked[:2] == list(fonts.FAMILIES["serif_bold"])
    assert (
        asked[-1] == "Noto Serif CJK SC"
        and "Noto Sans CJK SC:bold" in asked
        and "WenQuanYi Micro Hei" in asked
    )


def test_fontconfig_substitutes_do_not_count(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    dejavu = tmp_path / "DejaVuSans.ttf"
    dejavu.write_bytes(b"x")

    class Done:
        stdout = f"{dejavu}|0|DejaVu Sans"

    monkeypatch.setattr(fonts.shutil, "which", lambda name: "/usr/bin/fc-match")
    monkeypatch.setattr(fonts.subprocess, "run", lambda *a, **k: Done())
    assert fonts._fc_match("Noto Sans CJK SC") is None
    Done.stdout = f"{dejavu}|3|Noto Sans CJK SC,Noto Sans CJK SC Regular"
    assert fonts._fc_match("Noto Sans CJK SC:bold") == (dejavu, 3)


def test_unknown_role() -> None:
    with pytest.raises(ValueError, match="role"):
        cjk_font("fancy")


# -- on this machine -----------------------------------------------------------------------------


def test_every_role_has_a_face_here(installed: fonts.FontFace) -> None:
    for role in ROLES:
        face = cjk_font(role)
        assert face.path.is_file() and face.path.suffix.lower() in (".ttc", ".ttf", ".otf", ".otc")
        assert face in read_faces(face.path)  # it maps the probe characters
    assert cjk_fonts()[0] == installed


def test_the_pdf_face_is_truetype_and_reportlab_embeds_it(installed: fonts.FontFace) -> None:
    pytest.importorskip("reportlab")
    from app.reports import pdf

    try:
        face = cjk_font(truetype=True)
    except FontMissing as exc:
        pytest.skip(str(exc))
    assert face.truetype
    pdf.find_cjk_font.cache_clear()
    assert pdf.find_cjk_font() == face


def test_the_vouchers_draw_with_the_found_faces(installed: fonts.FontFace) -> None:
    from imaging.synth.fonts import font_at

    for role in ROLES:
        face = cjk_font(role)
        font = font_at(role, 24)
        assert (Path(str(font.path)), font.index) == (face.path, face.index)
