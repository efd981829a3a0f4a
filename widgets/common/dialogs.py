"""Small keyboard-friendly forms shared by the docks and the main window: a form with a required
reason, a confirmation with a reason, a password change. GUI thread.

Each form collects input and a mandatory reason (何因) where the action is audited; the service
validates and audits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from widgets.common.plain import plain


class FormDialog(QDialog):
    """A form with OK/Cancel, an error line, and a required reason box."""

    def __init__(self, title: str, parent: QWidget | None = None, *, with_reason: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("form.reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        if with_reason:
            self.form.addRow(QCoreApplication.translate("UserDialogs", "Reason (required)"), self.reason)
        self.error = plain(QLabel())  # may quote what was typed
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.with_reason = with_reason

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def problem(self) -> str | None:
        """Override to check the form; return a message or None."""
        return None

    def _try_accept(self) -> None:
        problem = self.problem()
        if problem is None and self.with_reason and not self.reason_text():
            problem = QCoreApplication.translate(
                "UserDialogs", "Please give a reason: it goes into the audit log."
            )
        if problem:
            self.error.setText(problem)
            return
        self.accept()


class PasswordDialog(FormDialog):
    def __init__(
        self, title: str, parent: QWidget | None = None, *, with_reason: bool = True, ask_old: bool = False
    ) -> None:
        super().__init__(title, parent, with_reason=with_reason)
        self.old = QLineEdit()
        self.old.setObjectName("password.old")
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.password = QLineEdit()
        self.password.setObjectName("password.new")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("password.repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        rows = [
            (QCoreApplication.translate("UserDialogs", "New password"), self.password),
            (QCoreApplication.translate("UserDialogs", "Repeat password"), self.repeat),
        ]
        if ask_old:
            rows.insert(0, (QCoreApplication.translate("UserDialogs", "Current password"), self.old))
        for row, (label, widget) in enumerate(rows):
            self.form.insertRow(row, label, widget)

    def problem(self) -> str | None:
        return (
            QCoreApplication.translate("UserDialogs", "The two passwords differ.")
            if self.password.text() != self.repeat.text()
            else None
        )


class ReasonDialog(FormDialog):
    """Confirmation of one action on one record, with the reason for the audit log."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        label = plain(QLabel(question))  # names records as stored: never markup
        label.setWordWrap(True)
        self.form.insertRow(0, label)
