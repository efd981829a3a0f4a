"""The teller's request form (授权申请): business, currency, amount, account, customer, branch, reason,
mode and images, with a live hint of what the amount needs (the policy's route and the teller's
input limit) and each refusal shown under the field it concerns. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.authz_policy import LOCAL, REMOTE, Limit, Policy, PolicyError, Route
from app.rbac import Principal
from app.services.authorization import Draft, RequestView
from widgets.authz.texts import (
    CURRENCIES,
    amount_text,
    amount_words,
    business_text,
    currency_text,
    parse_amount,
    route_text,
)
from widgets.common.blob_cache import BlobCache
from widgets.common.flow import FlowLayout
from widgets.common.plain import plain
from widgets.docks.authz_request.attachments import AttachmentBox
from widgets.i18n import Retranslating
from widgets.theme import set_role

FIELDS = (
    "business_type",
    "currency",
    "amount_fen",
    "account",
    "customer",
    "branch",
    "reason",
    "mode",
    "attachments",
)
ERROR_BORDER = "#e5484d"


class RequestForm(Retranslating, QWidget):
    changed = Signal()  # anything the route or the actions depend on
    error_cleared = Signal(str)  # a field's refusal, no longer true, was taken away (its text)

    def __init__(self, principal: Principal, store: BlobCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authz_request.form")
        self.principal = principal
        self.policy: Policy | None = None
        self.editing: RequestView | None = None  # a returned request being corrected
        self._mode_choice = REMOTE
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(6)
        self.heading = QLabel()
        self.heading.setObjectName("authz_request.heading")
        self.heading.setProperty("role", "subtitle")
        outer.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(4)
        outer.addLayout(self.form)
        outer.addStretch(1)

        self.business = QComboBox()
        self.business.setObjectName("authz_request.business")
        self.business.currentIndexChanged.connect(self._business_changed)
        self.currency = QComboBox()
        self.currency.setObjectName("authz_request.currency")
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.currentIndexChanged.connect(self._update_route)
        self.amount = QLineEdit()
        self.amount.setObjectName("authz_request.amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9,]{0,20}(\.[0-9]{0,2})?"))
        )
        self.amount.setPlaceholderText("0.00")
        self.amount.textChanged.connect(self._update_route)
        self.amount.editingFinished.connect(self._format_amount)
        money = QHBoxLayout()
        money.setContentsMargins(0, 0, 0, 0)
        money.addWidget(self.currency)
        money.addWidget(self.amount, 1)
        money_box = QWidget()
        money_box.setLayout(money)
        self.words = QLabel()
        self.words.setObjectName("authz_request.amount_words")
        self.words.setProperty("role", "hint")
        self.route_pill = QLabel()
        self.route_pill.setObjectName("authz_request.route")
        self.limit_hint = QLabel()
        self.limit_hint.setObjectName("authz_request.limit")
        self.limit_hint.setProperty("role", "hint")
        hint_row = QHBoxLayout()
        hint_row.setContentsMargins(0, 0, 0, 0)
        hint_row.addWidget(self.route_pill)
        hint_row.addWidget(self.limit_hint, 1)
        hint_box = QWidget()
        hint_lines = QVBoxLayout(hint_box)
        hint_lines.setContentsMargins(0, 0, 0, 0)
        hint_lines.setSpacing(2)
        hint_lines.addLayout(hint_row)
        hint_lines.addWidget(self.words)
        self.account = QLineEdit()
        self.account.setObjectName("authz_request.account")
        self.account.setMaxLength(32)
        self.account.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9A-Za-z\-]{0,32}")))
        self.customer = QLineEdit()
        self.customer.setObjectName("authz_request.customer")
        self.customer.setMaxLength(128)
        self.branch = QLineEdit()
        self.branch.setObjectName("authz_request.branch")
        self.branch.setMaxLength(32)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("authz_request.reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(54)
        self.local = QRadioButton()
        self.local.setObjectName("authz_request.mode_local")
        self.remote = QRadioButton()
        self.remote.setObjectName("authz_request.mode_remote")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.local)
        self.modes.addButton(self.remote)
        self.remote.setChecked(True)
        self.modes.buttonClicked.connect(self._mode_clicked)
        mode_row = FlowLayout(spacing=12)  # one under the other when the pane is narrow (English)
        mode_row.addWidget(self.local)
        mode_row.addWidget(self.remote)
        mode_box = QWidget()
        mode_box.setLayout(mode_row)
        self.attachments = AttachmentBox(store)
        self.attachments.changed.connect(self.changed)
        self.attachments.changed.connect(self._attachments_changed)
        for edit in (self.account, self.customer, self.branch):
            edit.textChanged.connect(self.changed)

        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {
            "business_type": self.business,
            "amount_fen": self.amount,
            "account": self.account,
            "customer": self.customer,
            "branch": self.branch,
            "reason": self.reason,
        }
        for name, widget in (
            ("business_type", self.business),
            ("amount_fen", money_box),
            ("route", hint_box),
            ("account", self.account),
            ("customer", self.customer),
            ("branch", self.branch),
            ("reason", self.reason),
            ("mode", mode_box),
            ("attachments", self.attachments),
        ):
            self._row(name, widget)
        self.general = plain(QLabel())  # refusals quote what was typed
        self.general.setObjectName("authz_request.form_error")
        self.general.setProperty("role", "error")
        self.general.setWordWrap(True)
        self.general.setVisible(False)
        outer.insertWidget(2, self.general)
        self.retranslate()
        self._ready = True

    def _row(self, name: str, widget: QWidget) -> None:
        label = QLabel()
        self.labels[name] = label
        if name == "route":
            self.form.addRow(label, widget)
            return
        buddies: dict[str, QWidget] = {"amount_fen": self.amount, "mode": self.remote}
        label.setBuddy(buddies.get(name, widget))
        error = plain(QLabel())
        error.setObjectName(f"authz_request.error.{name}")
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.setVisible(False)
        self.errors[name] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, box)

    # -- policy and route -------------------------------------------------------------------------------
    def set_policy(self, policy: Policy) -> None:
        current = self.business_code()
        self.policy = policy
        self.business.blockSignals(True)
        self.business.clear()
        for code, b in policy.business.items():
            self.business.addItem(f"{business_text(b)}  ·  {code}", code)
        index = self.business.findData(current)
        self.business.setCurrentIndex(max(index, 0))
        self.business.blockSignals(False)
        self._business_changed()

    def business_code(self) -> str:
        return str(self.business.currentData() or "")

    def currency_code(self) -> str:
        return str(self.currency.currentData() or "CNY")

    def amount_fen(self) -> int | None:
        return parse_amount(self.amount.text())

    def input_limit(self) -> Limit | None:
        if self.policy is None or not self.business_code():
            return None
        roles = {r.value for r in self.principal.roles}
        return self.policy.limit(self.principal.username, roles, self.currency_code(), self.business_code())

    def route(self) -> Route | None:
        fen = self.amount_fen()
        if self.policy is None or fen is None or fen <= 0:
            return None
        try:
            return self.policy.route(self.business_code(), fen)
        except PolicyError:
            return None

    def _business_changed(self) -> None:
        if self.policy is not None:
            rule = self.policy.business.get(self.business_code())
            kinds = sorted({k for b in self.policy.business.values() for k in b.images})
            self.attachments.set_kinds(kinds, rule.images if rule is not None else ())
        self._update_route()

    def _update_route(self) -> None:
        fen = self.amount_fen()
        route = self.route()
        limit = self.input_limit()
        text, state = route_text(route)
        if fen is not None and limit is not None and fen > limit.input:
            text, state = self.tr("Above your input limit"), "error"
        self.route_pill.setText(text)
        set_role(self.route_pill, "state", state)
        if limit is not None:
            self.limit_hint.setText(
                self.tr("Your input limit: %1").replace("%1", amount_text(limit.input, self.currency_code()))
            )
        words = amount_words(fen, self.currency_code()) if fen else ""
        self.words.setText(self.tr("In words: %1").replace("%1", words) if words else "")
        self.words.setVisible(bool(words))
        modes = route.modes if route is not None else (LOCAL, REMOTE)
        self.local.setEnabled(LOCAL in modes)
        self.remote.setEnabled(REMOTE in modes)
        wanted = self._mode_choice if self._mode_choice in modes else (modes[-1] if modes else REMOTE)
        (self.local if wanted == LOCAL else self.remote).setChecked(True)
        self.changed.emit()

    def _mode_clicked(self) -> None:
        self._mode_choice = self.mode()

    def mode(self) -> str:
        return LOCAL if self.local.isChecked() else REMOTE

    def _format_amount(self) -> None:
        fen = self.amount_fen()
        if fen is not None:
            whole, cents = divmod(fen, 100)
            self.amount.setText(f"{whole:,}.{cents:02d}")

    # -- the draft --------------------------------------------------------------------------------------
    def draft(self) -> Draft | None:
        """The form as a draft, or None after showing what is missing at its fields."""
        self.clear_errors()
        problems: dict[str, str] = {}
        fen = self.amount_fen()
        if fen is None or fen <= 0:
            problems["amount_fen"] = self.tr("Enter the amount in yuan, with at most two decimals.")
        for name, edit in (("account", self.account), ("customer", self.customer), ("branch", self.branch)):
            if not edit.text().strip():
                problems[name] = self.tr("Required.")
        if not self.reason.toPlainText().strip():
            problems["reason"] = self.tr("Please give a reason.")
        if not self.business_code():
            problems["business_type"] = self.tr("Choose a business type.")
        for name, text in problems.items():
            self.show_error(name, text)
        if problems or fen is None:
            return None
        return Draft(
            business_type=self.business_code(),
            currency=self.currency_code(),
            amount_fen=fen,
            account=self.account.text().strip(),
            customer=self.customer.text().strip(),
            reason=self.reason.toPlainText().strip(),
            branch=self.branch.text().strip(),
            mode=self.mode(),
            attachments=self.attachments.attachments(),
        )

    def show_error(self, field: str, text: str) -> None:
        """Show a refusal under its field (the form's error line for anything else) and focus it."""
        label = self.errors.get(field)
        if label is None:
            self.general.setText(text)
            self.general.setVisible(True)
            return
        label.setText(text)
        label.setVisible(True)
        widget = self.inputs.get(field)
        if widget is not None:
            widget.setStyleSheet(f"{type(widget).__name__} {{ border: 1px solid {ERROR_BORDER}; }}")
            widget.setFocus()

    def _attachments_changed(self) -> None:
        """Every image the business needs is attached now: "images missing" is no longer true."""
        label = self.errors["attachments"]
        if label.isVisible() and not self.attachments.missing():
            text = label.text()
            label.clear()
            label.setVisible(False)
            self.error_cleared.emit(text)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)
        for widget in self.inputs.values():
            widget.setStyleSheet("")
        self.general.clear()
        self.general.setVisible(False)

    def error_of(self, field: str) -> str:
        label = self.errors.get(field)
        return label.text() if label is not None else self.general.text()

    # -- new and editing --------------------------------------------------------------------------------
    def reset(self) -> None:
        """An empty form for the next request (the branch and currency stay)."""
        self.editing = None
        for edit in (self.amount, self.account, self.customer):
            edit.clear()
        self.reason.clear()
        self.attachments.clear()
        self.clear_errors()
        self.retranslate()
        self._update_route()

    def load(self, view: RequestView) -> None:
        """Fill the form with a returned request to correct and resubmit."""
        self.editing = view
        self.clear_errors()
        index = self.business.findData(view.business_type)
        if index >= 0:
            self.business.setCurrentIndex(index)
        self.currency.setCurrentIndex(max(self.currency.findData(view.currency), 0))
        whole, cents = divmod(view.amount_fen, 100)
        self.amount.setText(f"{whole:,}.{cents:02d}")
        self.account.setText(view.account)
        self.customer.setText(view.customer)
        self.branch.setText(view.branch)
        self.reason.setPlainText(view.reason)
        self._mode_choice = view.mode
        self.attachments.load_stored(view.attachments)
        self.retranslate()
        self._update_route()
        self.amount.setFocus()

    def retranslate(self) -> None:
        if self.editing is None:
            self.heading.setText(self.tr("New authorization request"))
        else:
            self.heading.setText(
                self.tr("Correct returned request no. %1 and send it again").replace(
                    "%1", str(self.editing.id)
                )
            )
        for name, text in (
            ("business_type", self.tr("&Business")),
            ("amount_fen", self.tr("A&mount")),
            ("route", self.tr("Needs")),
            ("account", self.tr("A&ccount")),
            ("customer", self.tr("C&ustomer")),
            ("branch", self.tr("Br&anch")),
            ("reason", self.tr("R&eason")),
            ("mode", self.tr("Authorization")),
            ("attachments", self.tr("Images")),
        ):
            self.labels[name].setText(text)
        for i in range(self.currency.count()):
            self.currency.setItemText(i, currency_text(str(self.currency.itemData(i))))
        if self.policy is not None:
            for i in range(self.business.count()):
                code = str(self.business.itemData(i))
                self.business.setItemText(
                    i, f"{business_text(self.policy.business.get(code), code)}  ·  {code}"
                )
        self.account.setPlaceholderText(self.tr("Account or card number"))
        self.customer.setPlaceholderText(self.tr("Customer name"))
        self.branch.setPlaceholderText(self.tr("Branch code"))
        self.reason.setPlaceholderText(self.tr("Why this transaction needs authorization"))
        self.local.setText(self.tr("&Local (supervisor here)"))
        self.remote.setText(self.tr("Rem&ote (authorization center)"))
        if self._ready:
            self._update_route()

    def shutdown(self) -> None:
        self.attachments.shutdown()
