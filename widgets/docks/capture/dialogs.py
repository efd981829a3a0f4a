"""The operator's decisions on a captured page: the voucher type for a page the pipeline could not
classify, the fields to key where none were recognised, always with a reason for the audit log. GUI
thread."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.services.capture import KeyedFields
from imaging.templates import Template
from widgets.common.dialogs import FormDialog
from widgets.common.plain import plain
from widgets.i18n import ui_is_chinese

KEYABLE = ("voucher_number", "amount_fen", "account")  # what an operator may key on an override


def fen(text: str) -> int | None:
    """An amount in yuan as typed ("1,250.5", "¥1250.50") in fen; None if it is not one."""
    cleaned = text.strip().replace(",", "").replace("，", "").lstrip("¥￥")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value != value.quantize(Decimal("0.01")):
        return None
    return int(value * 100)


class ClassifyDialog(FormDialog):
    """Accept a page by hand (版面人工识别): choose its voucher type (the page is cut again with its
    template) when ``templates`` are given, and key the fields in ``missing`` (of ``KEYABLE``) that
    recognition did not find; the capture service refuses an accepted page without them."""

    def __init__(
        self,
        question: str,
        templates: dict[str, Template] | None,
        parent: QWidget | None = None,
        *,
        missing: tuple[str, ...] = (),
    ) -> None:
        super().__init__(QCoreApplication.translate("CaptureDialogs", "Classify the voucher"), parent)
        label = plain(QLabel(question))  # names the page's file
        label.setWordWrap(True)
        self.form.insertRow(0, label)
        self.voucher_type = QComboBox()
        self.voucher_type.setObjectName("capture.classify.type")
        self.choose_type = templates is not None
        if templates is not None:
            zh = ui_is_chinese()
            for code, t in sorted(templates.items()):
                self.voucher_type.addItem(f"{code} · {t.name_zh if zh else t.name_en}", code)
            self.form.insertRow(
                1, QCoreApplication.translate("CaptureDialogs", "Voucher type"), self.voucher_type
            )
        labels = {
            "voucher_number": QCoreApplication.translate("CaptureDialogs", "Voucher number (key it)"),
            "amount_fen": QCoreApplication.translate("CaptureDialogs", "Amount in yuan (key it)"),
            "account": QCoreApplication.translate("CaptureDialogs", "Account (key it, if printed)"),
        }
        self.fields: dict[str, QLineEdit] = {}
        for name in KEYABLE:
            if name in missing:
                edit = QLineEdit()
                edit.setObjectName(f"capture.classify.{name}")
                self.fields[name] = edit
                self.form.insertRow(self.form.rowCount() - 1, labels[name], edit)  # above the reason
        if self.fields:
            hint = plain(
                QLabel(
                    QCoreApplication.translate(
                        "CaptureDialogs", "No fields were recognised on this page: key them from the voucher."
                    )
                )
            )
            hint.setWordWrap(True)
            self.form.insertRow(1, hint)
        self.setMinimumWidth(420)

    def code(self) -> str:
        return str(self.voucher_type.currentData() or "")

    def keyed(self) -> KeyedFields | None:
        """What was keyed (None if nothing was to be keyed)."""
        if not self.fields:
            return None
        number = self.fields["voucher_number"].text().strip() if "voucher_number" in self.fields else None
        amount = fen(self.fields["amount_fen"].text()) if "amount_fen" in self.fields else None
        account = self.fields["account"].text().strip() if "account" in self.fields else None
        return KeyedFields(number or None, amount, account or None)

    def problem(self) -> str | None:
        if self.choose_type and not self.code():
            return QCoreApplication.translate("CaptureDialogs", "There is no voucher template to choose.")
        if "voucher_number" in self.fields and not self.fields["voucher_number"].text().strip():
            return QCoreApplication.translate("CaptureDialogs", "Key the voucher number.")
        if "amount_fen" in self.fields and not fen(self.fields["amount_fen"].text()):
            return QCoreApplication.translate(
                "CaptureDialogs", "Key the amount in yuan, e.g. 1250.00 (above zero, at most two decimals)."
            )
        return None
