"""The operator's decisions on a captured page: the voucher type for a page the pipeline could not
classify, always with a reason for the audit log. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from imaging.templates import Template
from widgets.common.dialogs import FormDialog
from widgets.common.plain import plain
from widgets.i18n import ui_is_chinese


class ClassifyDialog(FormDialog):
    """Choose the voucher type of a page (版面人工识别); the page is cut again with its template."""

    def __init__(self, question: str, templates: dict[str, Template], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CaptureDialogs", "Classify the voucher"), parent)
        label = plain(QLabel(question))  # names the page's file
        label.setWordWrap(True)
        self.voucher_type = QComboBox()
        self.voucher_type.setObjectName("capture.classify.type")
        zh = ui_is_chinese()
        for code, t in sorted(templates.items()):
            self.voucher_type.addItem(f"{code} · {t.name_zh if zh else t.name_en}", code)
        self.form.insertRow(0, label)
        self.form.insertRow(
            1, QCoreApplication.translate("CaptureDialogs", "Voucher type"), self.voucher_type
        )
        self.setMinimumWidth(420)

    def code(self) -> str:
        return str(self.voucher_type.currentData() or "")

    def problem(self) -> str | None:
        if not self.code():
            return QCoreApplication.translate("CaptureDialogs", "There is no voucher template to choose.")
        return None
