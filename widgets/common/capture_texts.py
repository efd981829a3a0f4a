"""Human-readable, translated text for page statuses, reason codes and quality checks: the one
place that maps the pipeline's and the loader's stable codes to what an operator reads. GUI thread
(translations are looked up at call time, so a language switch takes effect on the next call)."""

from __future__ import annotations

import re
from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.statuses import PageStatus
from imaging.pipeline import INFO_REASONS, MANUAL_REASONS

STATUSES = tuple(PageStatus)  # in the order the dock shows them
STATUS_COLOURS = {
    PageStatus.ACCEPTED: "#2e9e5b",  # green
    PageStatus.MANUAL: "#e0a020",  # amber
    PageStatus.REJECTED: "#d64545",  # red
    PageStatus.OVERRIDDEN: "#3d7fd9",  # blue
    PageStatus.RETAKE: "#8a94a3",  # grey
    PageStatus.DUPLICATE: "#8e5bb5",  # purple
}
_DUPLICATE_DETAIL = re.compile(r"^batch (\d+) page (\d+)$")


def status_text(status: str) -> str:
    texts = {
        PageStatus.ACCEPTED: QCoreApplication.translate("CaptureReasons", "Accepted"),
        PageStatus.MANUAL: QCoreApplication.translate("CaptureReasons", "Manual classification"),
        PageStatus.REJECTED: QCoreApplication.translate("CaptureReasons", "Rejected"),
        PageStatus.OVERRIDDEN: QCoreApplication.translate("CaptureReasons", "Overridden"),
        PageStatus.RETAKE: QCoreApplication.translate("CaptureReasons", "Retake"),
        PageStatus.DUPLICATE: QCoreApplication.translate("CaptureReasons", "Duplicate"),
    }
    return texts.get(status, status)


def status_hint(status: str) -> str:
    """One line saying what the status means for the operator."""
    texts = {
        PageStatus.ACCEPTED: QCoreApplication.translate(
            "CaptureReasons", "Recognized and sliced automatically."
        ),
        PageStatus.MANUAL: QCoreApplication.translate(
            "CaptureReasons", "The voucher type could not be recognized: choose it (Override)."
        ),
        PageStatus.REJECTED: QCoreApplication.translate(
            "CaptureReasons", "The image cannot be used: capture the voucher again."
        ),
        PageStatus.OVERRIDDEN: QCoreApplication.translate(
            "CaptureReasons", "Accepted by an operator's decision."
        ),
        PageStatus.RETAKE: QCoreApplication.translate("CaptureReasons", "Marked for a new capture."),
        PageStatus.DUPLICATE: QCoreApplication.translate(
            "CaptureReasons", "The same file was captured before: this copy is not processed."
        ),
    }
    return texts.get(status, "")


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#8a94a3"))


def reason_text(code: str) -> str:
    texts = {
        # quality (the page is rejected)
        "too_dark": QCoreApplication.translate("CaptureReasons", "Image too dark"),
        "too_bright": QCoreApplication.translate("CaptureReasons", "Image too bright (overexposed)"),
        "low_contrast": QCoreApplication.translate("CaptureReasons", "Contrast too low"),
        "blurred": QCoreApplication.translate("CaptureReasons", "Image blurred (out of focus or moved)"),
        "no_page": QCoreApplication.translate("CaptureReasons", "Page outline not found"),
        "skewed": QCoreApplication.translate("CaptureReasons", "Page skewed too much"),
        "two_vouchers": QCoreApplication.translate("CaptureReasons", "Two vouchers on one page"),
        # recognition (manual classification)
        "no_qr": QCoreApplication.translate("CaptureReasons", "No voucher QR code found"),
        "foreign_qr": QCoreApplication.translate(
            "CaptureReasons", "QR code is not a voucher code of this bank"
        ),
        "bad_payload": QCoreApplication.translate("CaptureReasons", "QR code damaged or invalid"),
        "unknown_type": QCoreApplication.translate("CaptureReasons", "Unknown voucher type (no template)"),
        "forged_qr": QCoreApplication.translate(
            "CaptureReasons", "QR code not signed by this bank (forged or altered): key the fields"
        ),
        "unsigned_qr": QCoreApplication.translate(
            "CaptureReasons", "Old unsigned QR code (check digits only): check the fields against the paper"
        ),
        # corrections made (information)
        "rotated_90": QCoreApplication.translate("CaptureReasons", "Page lay rotated 90°; turned upright"),
        "rotated_180": QCoreApplication.translate("CaptureReasons", "Page lay upside down; turned upright"),
        "rotated_270": QCoreApplication.translate("CaptureReasons", "Page lay rotated 270°; turned upright"),
        "deskewed": QCoreApplication.translate("CaptureReasons", "Skew corrected"),
        "perspective": QCoreApplication.translate("CaptureReasons", "Perspective corrected"),
        # the file itself
        "empty_file": QCoreApplication.translate("CaptureReasons", "Empty file (0 bytes)"),
        "corrupt_file": QCoreApplication.translate("CaptureReasons", "Corrupt file: cannot be decoded"),
        "too_large": QCoreApplication.translate("CaptureReasons", "Image too large"),
        "too_many_pages": QCoreApplication.translate("CaptureReasons", "Too many pages in one file"),
        "unsupported_format": QCoreApplication.translate("CaptureReasons", "Unsupported file format"),
        "unreadable_file": QCoreApplication.translate("CaptureReasons", "File could not be read"),
        "too_small": QCoreApplication.translate("CaptureReasons", "Image too small to hold a voucher"),
        "too_slow": QCoreApplication.translate("CaptureReasons", "Took too long to decode; stopped"),
        "processing_error": QCoreApplication.translate(
            "CaptureReasons", "Processing failed on this page (logged for support)"
        ),
        "duplicate": QCoreApplication.translate("CaptureReasons", "Same file as a page captured before"),
    }
    return texts.get(code, code)


def reason_detail(code: str, detail: str) -> str:
    """A reason's detail as the operator reads it: a duplicate names the page it repeats."""
    found = _DUPLICATE_DETAIL.match(detail) if code == "duplicate" else None
    if found is None:
        return detail
    text = QCoreApplication.translate("CaptureReasons", "Page #%2 of batch %1")
    return text.replace("%1", found.group(1)).replace("%2", found.group(2))


def reason_severity(code: str) -> str:
    """``info`` (a correction that was made), ``manual`` or ``reject``."""
    if code in INFO_REASONS:
        return "info"
    if code in MANUAL_REASONS:
        return "manual"
    return "reject"


def severity_colour(severity: str) -> QColor:
    return QColor({"info": "#3d7fd9", "manual": "#e0a020"}.get(severity, "#d64545"))


def check_text(name: str) -> str:
    texts = {
        "exposure": QCoreApplication.translate("CaptureReasons", "Exposure"),
        "contrast": QCoreApplication.translate("CaptureReasons", "Contrast"),
        "sharpness": QCoreApplication.translate("CaptureReasons", "Sharpness"),
    }
    return texts.get(name, name)


def side_text(side: str) -> str:
    return (
        QCoreApplication.translate("CaptureReasons", "Back")
        if side == "back"
        else QCoreApplication.translate("CaptureReasons", "Front")
    )


def amount_text(fen: int | None) -> str:
    """Fen as yuan with thousands separators: 1234500 -> ¥12,345.00."""
    if fen is None:
        return "—"
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def source_text(url: str) -> str:
    """A channel URL as the operator knows it: 热文件夹 /srv/scans, 摄像头 0, 文件导入."""
    if url.startswith("folder://"):
        return QCoreApplication.translate("CaptureReasons", "Hot folder %1").replace(
            "%1", unquote(url[len("folder://") :])
        )
    if url.startswith("camera://"):
        target = unquote(url[len("camera://") :])
        if target.isdigit():
            return QCoreApplication.translate("CaptureReasons", "Camera %1").replace("%1", target)
        return QCoreApplication.translate("CaptureReasons", "Camera (video %1)").replace(
            "%1", target.rsplit("/", 1)[-1]
        )
    if url == "import":
        return QCoreApplication.translate("CaptureReasons", "File import")
    return url
