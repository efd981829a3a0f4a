"""Finding a font file that writes Simplified Chinese on this machine: the one font finder for the PDF
reports, the synthetic vouchers (``imaging.synth``) and the GUI's fallback (``widgets.fonts``
registers the file it gets from here with Qt). Any thread; no Qt; answers are cached per process.

``cjk_font(role)`` answers a ``FontFace``: the file, the face index inside a collection (``.ttc``), the
face's family and whether its outlines are TrueType (``glyf``). Roles are the styles the vouchers
print in (``ROLES``: sans, sans_bold, serif, serif_bold, mono, hand); the GUI and the reports ask for
``sans``. ``truetype=True`` asks for a face reportlab can embed in a PDF (TrueType outlines; the CFF
outlines of Noto CJK cannot be), and then ``BANKSUITE_PDF_FONT`` names a file to try first.

Where it looks, in this order: ``BANKSUITE_PDF_FONT`` (TrueType only), ``resources/fonts``, fontconfig
(``fc-match`` by the role's family names; a substitute family that fontconfig offers instead does not
count), then the role's fallback roles, then the usual font folders. Every candidate face must map
the probe characters in its ``cmap`` (read here from the font file's tables, no font library needed).
Without one, ``FontMissing`` says what to install.
"""

from __future__ import annotations

import bisect
import functools
import os
import shutil
import struct
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.paths import RESOURCES

__all__ = ["PROBE", "ROLES", "FontFace", "FontMissing", "cjk_font", "cjk_fonts", "missing_font", "read_faces"]

PROBE = "授权统计凭证"  # a face must map these to count as writing Chinese
ROLES: tuple[str, ...] = ("sans", "sans_bold", "serif", "serif_bold", "mono", "hand")
FAMILIES: dict[str, tuple[str, ...]] = {  # fontconfig patterns per role, best first
    "sans": (
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei",
        "AR PL UMing CN",
        "Droid Sans Fallback",
    ),
    "sans_bold": ("Noto Sans CJK SC:bold", "Source Han Sans SC:bold"),
    "serif": ("Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN"),
    "serif_bold": ("Noto Serif CJK SC:bold", "Source Han Serif SC:bold"),
    "mono": ("Noto Sans Mono CJK SC", "WenQuanYi Micro Hei Mono"),
    "hand": ("AR PL UKai CN", "LXGW WenKai", "WenQuanYi Micro Hei", "Noto Sans CJK SC"),
}
FALLBACK: dict[str, tuple[str, ...]] = {  # when fontconfig knows none of a role's families
    "sans_bold": ("sans",),
    "serif": ("sans",),
    "serif_bold": ("sans_bold", "serif"),
    "mono": ("sans",),
    "hand": ("sans",),
}
FONT_DIRS: tuple[Path, ...] = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".fonts",
    Path.home() / ".local/share/fonts",
)
FILE_GLOBS = (  # CJK font files by their usual names (every font file counts in a user's own folders)
    "NotoSansCJK*.tt[cf]",
    "NotoSerifCJK*.tt[cf]",
    "wqy-*.tt[cf]",
    "SourceHan*.tt[cf]",
    "*CJK*.[ot]t[cf]",
    "*[Hh]ei*.tt[cf]",
    "uming.tt[cf]",
    "ukai.tt[cf]",
    "DroidSansFallback*.tt[cf]",
)
ENV_PDF_FONT = "BANKSUITE_PDF_FONT"
_FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")


class FontMissing(RuntimeError):
    """No font file that writes Simplified Chinese was found."""


@dataclass(frozen=True)
class FontFace:
    """One face of a font file: ``index`` is its number inside a collection (0 for a single font)."""

    path: Path
    index: int
    family: str
    truetype: bool  # TrueType (glyf) outlines, which reportlab can embed; False for CFF outlines


# -- reading a font file's tables ---------------------------------------------------------------


def _read(f: BinaryIO, offset: int, size: int) -> bytes:
    f.seek(offset)
    data = f.read(size)
    if len(data) != size:
        raise ValueError("truncated font file")
    return data


def _tables(f: BinaryIO, offset: int) -> dict[bytes, tuple[int, int]]:
    (count,) = struct.unpack(">H", _read(f, offset + 4, 2))
    raw = _read(f, offset + 12, 16 * count)
    return {raw[i : i + 4]: struct.unpack(">II", raw[i + 8 : i + 16]) for i in range(0, len(raw), 16)}


def _family(f: BinaryIO, table: tuple[int, int] | None) -> str:
    """The face's family (typographic family, else family; English where there is one)."""
    if table is None:
        return ""
    data = _read(f, *table)
    _, count, strings = struct.unpack(">HHH", data[:6])
    best: tuple[int, str] = (99, "")
    for i in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack(
            ">HHHHHH", data[6 + 12 * i : 18 + 12 * i]
        )
        if name_id not in (1, 16):
            continue
        raw = data[strings + offset : strings + offset + length]
        if platform == 3 and encoding in (1, 10):
            text, rank = raw.decode("utf-16-be", "replace"), 0 if language == 0x409 else 2
        elif platform == 1 and encoding == 0:
            text, rank = raw.decode("latin-1"), 4
        else:
            continue
        rank += 0 if name_id == 16 else 1
        if rank < best[0]:
            best = (rank, text)
    return best[1]


def _covers_format4(data: bytes, codes: list[int]) -> bool:
    seg2 = struct.unpack(">H", data[6:8])[0]
    n = seg2 // 2
    ends = struct.unpack(f">{n}H", data[14 : 14 + seg2])
    starts = struct.unpack(f">{n}H", data[16 + seg2 : 16 + 2 * seg2])
    deltas = struct.unpack(f">{n}H", data[16 + 2 * seg2 : 16 + 3 * seg2])
    ranges_at = 16 + 3 * seg2
    ranges = struct.unpack(f">{n}H", data[ranges_at : ranges_at + seg2])
    for code in codes:
        seg = next((i for i in range(n) if ends[i] >= code), None)
        if seg is None or starts[seg] > code:
            return False
        if ranges[seg] == 0:
            glyph = (code + deltas[seg]) & 0xFFFF
        else:
            at = ranges_at + 2 * seg + ranges[seg] + 2 * (code - starts[seg])
            glyph = struct.unpack(">H", data[at : at + 2])[0] if at + 2 <= len(data) else 0
        if glyph == 0:
            return False
    return True


def _covers_format12(data: bytes, codes: list[int]) -> bool:
    (groups,) = struct.unpack(">I", data[12:16])
    flat = struct.unpack(f">{3 * groups}I", data[16 : 16 + 12 * groups])
    starts, ends = flat[0::3], flat[1::3]  # sorted by start, as the format requires
    for code in codes:
        i = bisect.bisect_right(starts, code) - 1
        if i < 0 or ends[i] < code:
            return False
    return True


def _covers(f: BinaryIO, table: tuple[int, int] | None, text: str) -> bool:
    """Whether the face's Unicode ``cmap`` maps every character of ``text``."""
    if table is None:
        return False
    start, _ = table
    head = _read(f, start, 4)
    (count,) = struct.unpack(">H", head[2:4])
    records = _read(f, start + 4, 8 * count)
    codes = [ord(ch) for ch in text]
    subtables: dict[int, int] = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHI", records[8 * i : 8 * i + 8])
        if platform == 0 or (platform == 3 and encoding in (1, 10)):
            (fmt,) = struct.unpack(">H", _read(f, start + offset, 2))
            subtables.setdefault(fmt, start + offset)
    if 12 in subtables:
        (length,) = struct.unpack(">I", _read(f, subtables[12] + 4, 4))
        return _covers_format12(_read(f, subtables[12], length), codes)
    if 4 in subtables:
        (length,) = struct.unpack(">H", _read(f, subtables[4] + 2, 2))
        return _covers_format4(_read(f, subtables[4], length), codes)
    return False


def _face_offsets(f: BinaryIO) -> list[int]:
    head = _read(f, 0, 12)
    if head[:4] != b"ttcf":
        return [0]
    (count,) = struct.unpack(">I", head[8:12])
    return list(struct.unpack(f">{count}I", _read(f, 12, 4 * count)))


@functools.cache
def read_faces(path: Path, probe: str = PROBE) -> tuple[FontFace, ...]:
    """The faces of a font file that map every character of ``probe``; () if it is no font file."""
    faces: list[FontFace] = []
    try:
        with path.open("rb") as f:
            for index, offset in enumerate(_face_offsets(f)):
                tables = _tables(f, offset)
                if _covers(f, tables.get(b"cmap"), probe):
                    faces.append(FontFace(path, index, _family(f, tables.get(b"name")), b"glyf" in tables))
    except (OSError, ValueError, struct.error):
        return ()
    return tuple(faces)


# -- where to look --------------------------------------------------------------------------------


def _fc_match(pattern: str) -> tuple[Path, int] | None:
    """fontconfig's file and face for ``pattern``, if the family it offers is the one asked for."""
    if shutil.which("fc-match") is None:
        return None
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{file}|%{index}|%{family}", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    path, _, rest = out.partition("|")
    index, _, families = rest.partition("|")
    wanted = pattern.split(":")[0].lower()
    if not path or wanted not in families.lower() or not Path(path).is_file():
        return None  # fc-match always answers; a substitute (DejaVu) has no Chinese
    return Path(path), int(index or 0)


def _folder_files(role: str) -> list[Path]:
    """Font files in the usual folders, the likeliest for ``role`` first."""
    files: set[Path] = set()
    for folder in FONT_DIRS:
        if not folder.is_dir():
            continue
        if folder == FONT_DIRS[0]:
            files.update(p for pattern in FILE_GLOBS for p in folder.rglob(pattern))
        else:
            files.update(p for p in folder.rglob("*") if p.suffix.lower() in _FONT_SUFFIXES)
    want_bold, want_serif = role.endswith("_bold"), role.startswith("serif")

    def score(p: Path) -> int:
        name = p.name.lower()
        return (("bold" in name) == want_bold) * 2 + (("serif" in name) == want_serif) + ("noto" in name)

    return sorted(sorted(files), key=score, reverse=True)


def _simplified_first(faces: tuple[FontFace, ...]) -> list[FontFace]:
    """A collection's Simplified Chinese face (``… SC``, WenQuanYi) before its JP/KR/TC siblings."""
    return sorted(faces, key=lambda face: not (face.family.endswith(" SC") or "WenQuanYi" in face.family))


def _with_fallbacks(role: str) -> list[str]:
    """``role`` and, depth first, the roles it falls back to: serif_bold, sans_bold, sans, serif."""
    order = [role]
    for other in FALLBACK.get(role, ()):
        order += [r for r in _with_fallbacks(other) if r not in order]
    return order


def _candidates(role: str, truetype: bool) -> Iterator[FontFace]:
    """Every face that could serve ``role``, best first (may repeat)."""
    if truetype and os.environ.get(ENV_PDF_FONT):
        yield from read_faces(Path(os.environ[ENV_PDF_FONT]))
    for path in sorted((RESOURCES / "fonts").glob("*")):
        if path.suffix.lower() in _FONT_SUFFIXES:
            yield from _simplified_first(read_faces(path))
    for other in _with_fallbacks(role):
        for pattern in FAMILIES.get(other, ()):
            found = _fc_match(pattern)
            if found:
                yield from (face for face in read_faces(found[0]) if face.index == found[1])
    for path in _folder_files(role):
        yield from _simplified_first(read_faces(path))


def _usable(role: str, truetype: bool) -> Iterator[FontFace]:
    if role not in ROLES:
        raise ValueError(f"font role must be one of {', '.join(ROLES)}, got {role!r}")
    seen: set[tuple[Path, int]] = set()
    for face in _candidates(role, truetype):
        if (not truetype or face.truetype) and (face.path, face.index) not in seen:
            seen.add((face.path, face.index))
            yield face


@functools.cache
def cjk_fonts(role: str = "sans", *, truetype: bool = False) -> tuple[FontFace, ...]:
    """Every face that writes Simplified Chinese for ``role``, best first, without repeats (reads
    every font file in the font folders: for a caller that tries them in turn, as the GUI does)."""
    return tuple(_usable(role, truetype))


@functools.cache
def cjk_font(role: str = "sans", *, truetype: bool = False) -> FontFace:
    """The best face that writes Simplified Chinese for ``role`` (the first of ``cjk_fonts``, found
    without looking further); ``FontMissing`` if there is none."""
    face = next(_usable(role, truetype), None)
    if face is None:
        raise missing_font(truetype=truetype)
    return face


def missing_font(*, truetype: bool = False) -> FontMissing:
    """The error for a machine without a usable face: what to install, or where to put a font."""
    if truetype:
        return FontMissing(
            "no TrueType font with Chinese characters found for PDF reports: install fonts-wqy-microhei "
            "(apt-get install fonts-wqy-microhei), put a .ttf/.ttc into resources/fonts, or set "
            f"{ENV_PDF_FONT} to a TrueType CJK font file (the CFF fonts of fonts-noto-cjk cannot)"
        )
    return FontMissing(
        "no CJK font found (tried resources/fonts, fontconfig and /usr/share/fonts): "
        "install fonts-noto-cjk or fonts-wqy-microhei"
    )
