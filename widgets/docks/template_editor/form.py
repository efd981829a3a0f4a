"""The template's own fields: code, names, page size, anchor, keying mode and the QR box; a problem
the validation names is marked on its input. GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from imaging.templates import ANCHORS, KEYING_MODES, MAX_PAGE_MM, Box
from widgets.docks.template_editor.draft import TemplateDraft
from widgets.docks.template_editor.texts import anchor_text, keying_text
from widgets.i18n import Retranslating

ERROR_STYLE = "border: 1px solid #f04a4a;"


def _mm_spin(name: str, low: float = 0.0, high: float = MAX_PAGE_MM) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setRange(low, high)
    spin.setSuffix(" mm")
    spin.setKeyboardTracking(False)
    return spin


def _pair(a: QWidget, b: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(a)
    row.addWidget(QLabel("×"))
    row.addWidget(b)
    return row


class TemplateForm(Retranslating, QWidget):
    """Emits ``edited()`` when the user changes a field (not when ``show`` fills them)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLineEdit()
        self.code.setObjectName("templates.code")
        self.code.setMaxLength(8)
        self.name_zh = QLineEdit()
        self.name_zh.setObjectName("templates.name_zh")
        self.name_en = QLineEdit()
        self.name_en.setObjectName("templates.name_en")
        self.width_mm = _mm_spin("templates.width", 20.0)
        self.height_mm = _mm_spin("templates.height", 20.0)
        self.anchor = QComboBox()
        self.anchor.setObjectName("templates.anchor")
        self.keying = QComboBox()
        self.keying.setObjectName("templates.keying")
        self.has_qr = QCheckBox()
        self.has_qr.setObjectName("templates.has_qr")
        self.qr_x = _mm_spin("templates.qr_x")
        self.qr_y = _mm_spin("templates.qr_y")
        self.qr_size = _mm_spin("templates.qr_size", 1.0)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields: tuple[Any, ...] = (
            self.code,
            self.name_zh,
            self.name_en,
            _pair(self.width_mm, self.height_mm),
            self.anchor,
            self.keying,
            self.has_qr,
            _pair(self.qr_x, self.qr_y),
            self.qr_size,
        )
        self.labels = [QLabel() for _ in fields]
        for label, field in zip(self.labels, fields, strict=True):
            layout.addRow(label, field)
        self._filling = False
        for line in (self.code, self.name_zh, self.name_en):
            line.textEdited.connect(self._edited)
        for spin in (self.width_mm, self.height_mm, self.qr_x, self.qr_y, self.qr_size):
            spin.valueChanged.connect(self._edited)
        self.anchor.currentIndexChanged.connect(self._edited)
        self.keying.currentIndexChanged.connect(self._edited)
        self.has_qr.toggled.connect(self._edited)
        self.retranslate()
        self._ready = True

    def _edited(self) -> None:
        if not self._filling:
            self.edited.emit()

    def show_draft(self, draft: TemplateDraft, *, new: bool) -> None:
        self._filling = True
        try:
            self.code.setText(draft.code)
            self.code.setReadOnly(not new)
            self.name_zh.setText(draft.name_zh)
            self.name_en.setText(draft.name_en)
            self.width_mm.setValue(draft.width_mm)
            self.height_mm.setValue(draft.height_mm)
            self.anchor.setCurrentIndex(max(self.anchor.findData(draft.anchor), 0))
            self.keying.setCurrentIndex(max(self.keying.findData(draft.keying), 0))
            self.show_qr(draft.qr)
        finally:
            self._filling = False

    def show_qr(self, qr: Box | None) -> None:
        filling, self._filling = self._filling, True
        try:
            self.has_qr.setChecked(qr is not None)
            self.qr_x.setValue(qr.x if qr else 0.0)
            self.qr_y.setValue(qr.y if qr else 0.0)
            self.qr_size.setValue(qr.w if qr else 24.0)
            for spin in (self.qr_x, self.qr_y, self.qr_size):
                spin.setEnabled(qr is not None)
        finally:
            self._filling = filling

    def read_into(self, d: TemplateDraft) -> bool:
        """Copy the fields into the draft; True if the page size changed."""
        d.code = self.code.text().strip().upper()
        d.name_zh = self.name_zh.text()
        d.name_en = self.name_en.text()
        d.anchor = str(self.anchor.currentData())
        d.keying = str(self.keying.currentData())
        size = (self.width_mm.value(), self.height_mm.value())
        resized = (d.width_mm, d.height_mm) != size
        d.width_mm, d.height_mm = size
        side = self.qr_size.value()
        d.qr = Box(self.qr_x.value(), self.qr_y.value(), side, side) if self.has_qr.isChecked() else None
        for spin in (self.qr_x, self.qr_y, self.qr_size):
            spin.setEnabled(d.qr is not None)
        return resized

    def mark(self, field: str | None) -> None:
        """Outline the input a validation problem names (``qr.x`` -> the QR size); clear the rest."""
        inputs: dict[str, QWidget] = {
            "code": self.code,
            "width_mm": self.width_mm,
            "height_mm": self.height_mm,
            "anchor": self.anchor,
            "keying": self.keying,
            "qr": self.qr_size,
        }
        target = inputs.get((field or "").split(".")[0])
        for w in inputs.values():
            w.setStyleSheet(ERROR_STYLE if w is target else "")

    def retranslate(self) -> None:
        texts = (
            self.tr("Code"),
            self.tr("Name (中文)"),
            self.tr("Name (English)"),
            self.tr("Page size"),
            self.tr("Anchor"),
            self.tr("Keying"),
            self.tr("QR code"),
            self.tr("QR position"),
            self.tr("QR size"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.has_qr.setText(self.tr("printed on the voucher"))
        self.width_mm.setToolTip(self.tr("Width"))
        self.height_mm.setToolTip(self.tr("Height"))
        filling, self._filling = self._filling, True
        try:
            for combo, values, name_of in (
                (self.anchor, ANCHORS, anchor_text),
                (self.keying, KEYING_MODES, keying_text),
            ):
                current = combo.currentData()
                combo.clear()
                for v in values:
                    combo.addItem(name_of(v), v)
                combo.setCurrentIndex(max(combo.findData(current), 0))
        finally:
            self._filling = filling
