"""Local override (本地授权): a supervisor at the teller's counter types their user name and
password, or swipes their card and enters the PIN, and approves, rejects or returns the teller's
local request with a comment. The dialog checks no secret itself: it hands the credentials to the
panel's ``decide`` callback (``AuthorizationService.decide_locally``), which verifies them inside
the operation, on the server in a shared deployment. GUI thread; ``decide`` runs on the dialog's
``Operations`` worker while the form waits (its inputs and buttons off, Esc ignored), and the dialog
closes once the decision is recorded."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.authz_policy import Business
from app.errors import PermissionDenied, SuiteError
from app.operations import Change
from app.services.authorization import RequestView
from app.services.identity import Credentials
from app.statuses import AuthzDecision
from widgets.authz.texts import amount_text, business_text, refusal
from widgets.common.plain import plain
from widgets.workers import Operations

Decide = Callable[[Credentials, str, str], Change]  # credentials, decision, comment; on a worker


class LocalOverrideDialog(QDialog):
    def __init__(
        self,
        view: RequestView,
        business: Business | None,
        decide: Decide,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("authz_request.local_dialog")
        self.view = view
        self.decide = decide
        self.ops = Operations(self, name="local-authorization")
        self.change: Change | None = None
        self.supervisor = ""  # who decided (display name), once decided
        self.setWindowTitle(self.tr("Local authorization: request no. %1").replace("%1", str(view.id)))
        self.setModal(True)
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        summary = QLabel(
            f"<b>{html.escape(business_text(business, view.business_type))} · "
            f"{amount_text(view.amount_fen, view.currency)}</b><br>"
            f"{html.escape(view.customer)} · {html.escape(view.account)} · {html.escape(view.branch)}<br>"
            f"<i>{html.escape(view.reason)}</i>"
        )
        summary.setObjectName("authz_request.local_summary")
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        hint = QLabel(
            self.tr(
                "A supervisor authorizes here, at the teller's counter: the decision is recorded as "
                "theirs. The teller who made the request cannot authorize it."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("authz_request.local_tabs")
        self.username = QLineEdit()
        self.username.setObjectName("authz_request.local_username")
        self.password = QLineEdit()
        self.password.setObjectName("authz_request.local_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Supervisor's user name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.tabs.addTab(page, self.tr("Password"))
        self.card = QLineEdit()
        self.card.setObjectName("authz_request.local_card")
        self.card.setPlaceholderText(self.tr("Swipe the card or type its number"))
        self.pin = QLineEdit()
        self.pin.setObjectName("authz_request.local_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Card number"), self.card)
        form.addRow(self.tr("PIN"), self.pin)
        self.tabs.addTab(page, self.tr("Card and PIN"))
        layout.addWidget(self.tabs)

        decision_row = QHBoxLayout()
        self.approve = QRadioButton(self.tr("&Approve"))
        self.approve.setObjectName("authz_request.local_approve")
        self.reject_ = QRadioButton(self.tr("Re&ject"))
        self.reject_.setObjectName("authz_request.local_reject")
        self.return_ = QRadioButton(self.tr("Re&turn for correction"))
        self.return_.setObjectName("authz_request.local_return")
        self.decisions = QButtonGroup(self)
        for button in (self.approve, self.reject_, self.return_):
            self.decisions.addButton(button)
            decision_row.addWidget(button)
        decision_row.addStretch(1)
        self.approve.setChecked(True)
        self.decisions.buttonClicked.connect(self._decision_changed)
        layout.addLayout(decision_row)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("authz_request.local_comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(60)
        layout.addWidget(self.comment)
        self.error = plain(QLabel())
        self.error.setObjectName("authz_request.local_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("authz_request.local_ok")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._decision_changed()
        self.username.setFocus()

    def decision(self) -> AuthzDecision:
        if self.reject_.isChecked():
            return AuthzDecision.REJECT
        if self.return_.isChecked():
            return AuthzDecision.RETURN
        return AuthzDecision.APPROVE

    def _decision_changed(self) -> None:
        decision = self.decision()
        texts = {
            AuthzDecision.APPROVE: self.tr("Approve"),
            AuthzDecision.REJECT: self.tr("Reject"),
            AuthzDecision.RETURN: self.tr("Return"),
        }
        self.ok.setText(texts[decision])
        self.ok.setProperty("role", "danger" if decision == AuthzDecision.REJECT else "primary")
        self.ok.style().unpolish(self.ok)
        self.ok.style().polish(self.ok)
        self.comment.setPlaceholderText(
            self.tr("Comment (optional)")
            if decision == AuthzDecision.APPROVE
            else self.tr("Reason (required): what is wrong or what to correct")
        )

    def _credentials(self) -> Credentials:
        if self.tabs.currentIndex() == 0:
            return Credentials(username=self.username.text().strip(), password=self.password.text())
        return Credentials(card_uid=self.card.text().strip(), pin=self.pin.text())

    def try_accept(self) -> None:
        if self.ops.busy:
            return  # the decision is on its way
        self.error.clear()
        decision = self.decision()
        comment = self.comment.toPlainText().strip()
        if decision != AuthzDecision.APPROVE and not comment:
            self.error.setText(self.tr("Please give the reason to reject or return the request."))
            self.comment.setFocus()
            return
        password_tab = self.tabs.currentIndex() == 0
        if (password_tab and not (self.username.text().strip() and self.password.text())) or (
            not password_tab and not (self.card.text().strip() and self.pin.text())
        ):
            self.error.setText(self.tr("The supervisor must authenticate first."))
            return
        credentials = self._credentials()
        (self.password if password_tab else self.pin).clear()  # a secret never stays in the dialog
        decide = self.decide
        self.error.setText(self.tr("Checking…"))
        self.ops.run(
            lambda: decide(credentials, decision, comment),
            self._decided,
            self._refused,
            hold=(self.tabs, self.approve, self.reject_, self.return_, self.comment, self.buttons),
        )

    def _refused(self, exc: SuiteError) -> None:
        if isinstance(exc, PermissionDenied) and exc.params.get("permission") == "authorize":
            self.error.setText(
                self.tr("%1 may not authorize: a supervisor or an authorizer must do it.").replace(
                    "%1", str(exc.params.get("supervisor") or "")
                )
            )
        else:  # wrong PIN or password (counted), a locked card, four eyes, ...
            self.error.setText(refusal(exc)[1])

    def _decided(self, change: Change) -> None:
        self.change = change
        self.supervisor = str(change.detail.get("authorizer_name", ""))
        self.accept()

    def reject(self) -> None:
        if self.ops.busy:
            return  # Esc while the decision is on its way: it is recorded either way
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        self.ops.stop()
