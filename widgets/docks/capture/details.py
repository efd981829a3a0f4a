"""The details pane of the capture dock: the verdict with a readable reason for every code, the
quality scores, what was recognized, and the slice list with a small image of each slice.
GUI thread."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.capture import PageView
from widgets.common.capture_texts import (
    amount_text,
    check_text,
    reason_detail,
    reason_severity,
    reason_text,
    severity_colour,
    side_text,
    status_colour,
    status_hint,
    status_text,
)
from widgets.common.plain import plain, tooltip
from widgets.i18n import Retranslating

FIELDS = (
    "type",
    "number",
    "copy",
    "account",
    "amount",
    "template",
    "decoder",
    "geometry",
    "time",
    "file",
    "captured",
    "decided",
)
SLICE_ICON = QSize(150, 44)


def _section(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "subtitle")
    return label


class DetailsPane(Retranslating, QScrollArea):
    slice_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture.details")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(300)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        self.verdict = QLabel()
        self.verdict.setObjectName("capture.verdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setObjectName("capture.reasons")
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quality_title = _section()
        self.quality = QGridLayout()
        self.quality.setHorizontalSpacing(12)
        self.quality.setColumnStretch(1, 1)
        self.quality_rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.recognized_title = _section()
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in FIELDS:
            label, value = QLabel(), plain(QLabel("—"))  # recognized text and file names: never markup
            value.setObjectName(f"capture.field.{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.field_labels[name], self.values[name] = label, value
            self.form.addRow(label, value)
        self.slices_title = _section()
        self.slices = QListWidget()
        self.slices.setObjectName("capture.slices")
        self.slices.setIconSize(SLICE_ICON)
        self.slices.setSpacing(2)
        self.slices.setMinimumHeight(180)
        self.slices.currentItemChanged.connect(self._slice_changed)
        for w in (self.verdict, self.hint, self.reasons, self.quality_title):
            layout.addWidget(w)
        layout.addLayout(self.quality)
        layout.addWidget(self.recognized_title)
        layout.addLayout(self.form)
        layout.addWidget(self.slices_title)
        layout.addWidget(self.slices, 100)
        layout.addStretch(1)  # takes the room when there is no slice list
        self.setWidget(body)
        self.page: PageView | None = None
        self.template_names: dict[str, str] = {}
        self.slice_labels: dict[str, str] = {}
        self.slice_images: dict[str, QImage] = {}
        self.retranslate()
        self._ready = True
        self.show_page(None)

    def show_page(
        self,
        page: PageView | None,
        template_names: dict[str, str] | None = None,
        slice_labels: dict[str, str] | None = None,
    ) -> None:
        if page is None or self.page is None or page.id != self.page.id:
            self.slice_images = {}
        self.page = page
        self.template_names = template_names or {}
        self.slice_labels = slice_labels or {}
        self._render()

    def set_slice_images(self, page_id: int, images: dict[str, QImage]) -> None:
        if self.page is None or self.page.id != page_id:
            return
        self.slice_images = images
        self._fill_slices()

    def select_slice(self, name: str) -> None:
        for row in range(self.slices.count()):
            item = self.slices.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.slices.blockSignals(True)
                self.slices.setCurrentRow(row)
                self.slices.blockSignals(False)
                return

    def _slice_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.slice_selected.emit(str(current.data(Qt.ItemDataRole.UserRole)))

    # -- rendering -----------------------------------------------------------------------------------
    def _render(self) -> None:
        page = self.page
        for w in (self.recognized_title, self.slices_title, self.slices):
            w.setVisible(page is not None)
        for name in FIELDS:
            self.field_labels[name].setVisible(page is not None)
            self.values[name].setVisible(page is not None)
        if page is None:
            self.verdict.setText(self.tr("No page selected"))
            self.verdict.setStyleSheet("padding: 10px; border-radius: 6px; font-size: 13pt;")
            self.hint.setText(self.tr("Choose a page on the left, or capture new ones."))
            self.reasons.clear()
            self._fill_quality()
            self.slices.clear()
            return
        colour = status_colour(page.status).name()
        self.verdict.setText(f"#{page.seq} · {status_text(page.status)}")
        self.verdict.setStyleSheet(
            f"background-color: {colour}; color: white; padding: 10px; border-radius: 6px;"
            " font-size: 13pt; font-weight: bold;"
        )
        self.hint.setText(status_hint(page.status))
        lines = []
        for code, detail in page.reasons:
            sev = severity_colour(reason_severity(code)).name()
            text = html.escape(reason_text(code))
            shown = reason_detail(code, detail)
            extra = f"<br><span style='color:#8a94a3'>{html.escape(shown)}</span>" if shown else ""
            lines.append(f"<p style='margin:2px 0'><span style='color:{sev}'>●</span> {text}{extra}</p>")
        if not lines:
            lines.append(f"<p style='color:#8a94a3'>{html.escape(self.tr('No findings.'))}</p>")
        self.reasons.setText("".join(lines))
        self._fill_quality()
        v = self.values
        type_name = self.template_names.get(page.voucher_type or "", "")
        v["type"].setText(f"{page.voucher_type} · {type_name}" if page.voucher_type else "—")
        v["number"].setText(page.voucher_number or "—")
        v["copy"].setText(
            self.tr("Copy %1").replace("%1", str(page.copy_no)) if page.copy_no is not None else "—"
        )
        v["account"].setText(_group(page.account) if page.account else "—")
        v["amount"].setText(amount_text(page.amount_fen))
        v["template"].setText(f"{page.template_code} v{page.template_version}" if page.template_code else "—")
        v["decoder"].setText(page.decoder or "—")
        v["geometry"].setText(
            self.tr("rotated %1° · skew %2°")
            .replace("%1", str(page.rotation))
            .replace("%2", f"{page.skew_deg:+.1f}")
            if page.template_code
            else "—"
        )
        v["time"].setText(self.tr("%1 ms").replace("%1", f"{page.process_ms:.0f}"))
        page_no = self.tr("page %1").replace("%1", str(page.page_index + 1))
        v["file"].setText(f"{page.source_name} · {page_no} · {side_text(page.side)}")
        v["captured"].setText(
            page.captured_at.astimezone().strftime("%Y-%m-%d %H:%M:%S") if page.captured_at else "—"
        )
        v["decided"].setText(
            f"{page.decided_by} · {page.decision_reason}" if page.decided_by else self.tr("(automatic)")
        )
        self._fill_slices()

    def _fill_quality(self) -> None:
        checks = self.page.checks if self.page is not None else ()
        while len(self.quality_rows) < len(checks):
            row = len(self.quality_rows)
            mark, name, value = QLabel(), QLabel(), QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, w in enumerate((mark, name, value)):
                self.quality.addWidget(w, row, col)
            self.quality_rows.append((mark, name, value))
        for i, (mark, name, value) in enumerate(self.quality_rows):
            visible = i < len(checks)
            for w in (mark, name, value):
                w.setVisible(visible)
            if not visible:
                continue
            check, score, ok = checks[i]
            mark.setText("✔" if ok else "✘")
            mark.setStyleSheet(f"color: {'#2e9e5b' if ok else '#d64545'}; font-weight: bold;")
            name.setText(check_text(check))
            value.setText(f"{score:.2f}")
        self.quality_title.setVisible(bool(checks))

    def _fill_slices(self) -> None:
        self.slices.blockSignals(True)
        self.slices.clear()
        page = self.page
        if page is not None:
            for s in page.slices:
                item = QListWidgetItem(self.slice_labels.get(s.name, s.name))
                item.setData(Qt.ItemDataRole.UserRole, s.name)
                item.setToolTip(tooltip(f"{s.name} · {s.kind} · {s.box[2]}×{s.box[3]} px"))
                image = self.slice_images.get(s.name)
                if image is not None:
                    pix = QPixmap.fromImage(image).scaled(
                        SLICE_ICON,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                    item.setIcon(QIcon(pix))
                self.slices.addItem(item)
        self.slices.blockSignals(False)
        n = page.slices if page is not None else ()
        self.slices_title.setText(self.tr("Slices (%1)").replace("%1", str(len(n))))
        self.slices.setVisible(bool(n))

    def retranslate(self) -> None:
        self.quality_title.setText(self.tr("Image quality"))
        self.recognized_title.setText(self.tr("Recognized"))
        texts = {
            "type": self.tr("Voucher type"),
            "number": self.tr("Voucher number"),
            "copy": self.tr("Copy"),
            "account": self.tr("Account"),
            "amount": self.tr("Amount"),
            "template": self.tr("Template"),
            "decoder": self.tr("QR decoder"),
            "geometry": self.tr("Position"),
            "time": self.tr("Processing"),
            "file": self.tr("File"),
            "captured": self.tr("Captured"),
            "decided": self.tr("Decision"),
        }
        for name, text in texts.items():
            self.field_labels[name].setText(text)
        if self._ready:
            self._render()


def _group(digits: str) -> str:
    """An account number in groups of four, as printed on bank cards and slips."""
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
