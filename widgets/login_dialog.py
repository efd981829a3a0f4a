"""Log-in dialog: user name, password, language; counted failures and lockout come from the
service. GUI thread; the check itself (a slow KDF, and in server mode a call to the suite server)
runs on the dialog's worker while the form waits, so the window never freezes. Closing the dialog
meanwhile (Escape, Quit) closes it at once: the check runs on, and a success that comes too late is
logged out on its thread (``Authenticator.logout``, where the authenticator has one)."""

from __future__ import annotations

import logging
import socket
import threading
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from app.errors import PasswordChangeRequired, SuiteError
from app.paths import RESOURCES
from app.rbac import Principal, Role
from widgets.common.plain import plain
from widgets.i18n import LANGUAGES, Retranslating
from widgets.messages import error_text
from widgets.workers import Worker

log = logging.getLogger(__name__)


class Authenticator(Protocol):
    """The in-process identity service (embedded mode) or a log-in to the suite server
    (``app.client.proxy.ServerLogin``): lockout and auditing are theirs either way. The dialog asks
    for a ``public`` check: its refusals do not tell whether the name exists (the same text for an
    unknown name, a wrong password, the one that locks, a locked or disabled account)."""

    def authenticate(
        self,
        username: str,
        password: str,
        *,
        workstation: str = "",
        public: bool = False,
        new_password: str = "",
    ) -> Principal: ...

    # optional: ``logout(principal, why)`` ends a log-in nobody takes (the dialog closed meanwhile)


def _log_out_late(identity: Authenticator, principal: Principal) -> None:
    """Any thread: end a log-in that succeeded after the dialog was closed."""
    logout = getattr(identity, "logout", None)
    if not callable(logout):
        return
    try:
        logout(principal, "log-in cancelled")
    except Exception:
        log.warning("a log-in that came too late could not be logged out", exc_info=True)


class _Attempt:
    """One check on the dialog's worker. The dialog closing meanwhile cancels it: its success, now or
    later, is then logged out instead of taken (the GUI thread does not wait for the check)."""

    def __init__(self, identity: Authenticator) -> None:
        self.identity = identity
        self._lock = threading.Lock()
        self._cancelled = False
        self._pending: Principal | None = None  # succeeded and handed to the GUI thread, not yet taken

    def run(self, name: str, password: str, workstation: str, new_password: str = "") -> Principal:
        """The worker's thread."""
        principal = self.identity.authenticate(
            name, password, workstation=workstation, public=True, new_password=new_password
        )
        with self._lock:
            if not self._cancelled:
                self._pending = principal
                return principal
        _log_out_late(self.identity, principal)
        return principal

    def take(self) -> None:  # GUI thread: the success arrived and is taken
        with self._lock:
            self._pending = None

    def cancel(self) -> None:  # GUI thread: the dialog closes
        with self._lock:
            self._cancelled = True
            late, self._pending = self._pending, None
        if late is not None:  # succeeded just now; its result is on the way to a closed dialog
            threading.Thread(
                target=_log_out_late, args=(self.identity, late), name="log-in-cancelled", daemon=True
            ).start()


class LoginDialog(Retranslating, QDialog):
    language_requested = Signal(str)

    def __init__(
        self,
        identity: Authenticator,
        *,
        database_label: str,
        language: str,
        demo: bool,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.identity = identity
        self.principal: Principal | None = None
        self.worker = Worker(self, name="log-in")
        self.busy = False  # a check is running on the worker
        self._attempt: _Attempt | None = None
        self.demo = demo
        self.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        card = QFrame()
        card.setObjectName("loginCard")
        outer.addWidget(card)
        layout = QVBoxLayout(card)
        self.banner = QLabel()  # demo data: never taken for the bank's own
        self.banner.setObjectName("login.demoBanner")
        self.banner.setProperty("role", "error")
        self.banner.setVisible(demo)
        layout.addWidget(self.banner)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "subtitle")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("login.username")
        self.password = QLineEdit()
        self.password.setObjectName("login.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        self.language.setObjectName("login.language")
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.user_label, self.password_label, self.language_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.user_label, self.username)
        form.addRow(self.password_label, self.password)
        # a password change due (a demo user of a shared database): shown when the server says so
        self.new_password, self.repeat = QLineEdit(), QLineEdit()
        self.new_password.setObjectName("login.newPassword")
        self.repeat.setObjectName("login.repeatPassword")
        self.new_label, self.repeat_label = QLabel(), QLabel()
        for label, field in ((self.new_label, self.new_password), (self.repeat_label, self.repeat)):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(label, field)
            label.setVisible(False)
            field.setVisible(False)
        form.addRow(self.language_label, self.language)
        layout.addLayout(form)

        self.error = plain(QLabel())  # may quote what was typed
        self.error.setObjectName("login.error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton()
        self.cancel.setAutoDefault(False)  # Enter never quits, even with the focus on it (while busy)
        self.cancel.clicked.connect(self.reject)
        self.login = QPushButton()
        self.login.setObjectName("login.submit")
        self.login.setProperty("role", "primary")
        self.login.setDefault(True)
        self.login.clicked.connect(self.submit)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.login)
        layout.addLayout(buttons)

        self.db_label = plain(QLabel(database_label))
        self.db_label.setProperty("role", "hint")
        self.hint = QLabel()
        self.hint.setObjectName("login.demoHint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(demo)
        layout.addWidget(self.hint)
        layout.addWidget(self.db_label)

        self.language.currentIndexChanged.connect(
            lambda _i: self.language_requested.emit(str(self.language.currentData()))
        )
        self.retranslate()
        self._ready = True
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        if self.busy:
            return  # Enter pressed again while the first check runs
        name, password = self.username.text().strip(), self.password.text()
        if name and not password and self.username.hasFocus():
            self.password.setFocus()  # Enter in the user name field moves on
            return
        if not name or not password:
            self.error.setText(self.tr("Enter your user name and password."))
            (self.username if not name else self.password).setFocus()
            return
        new = ""
        if self.changing:
            new = self.new_password.text()
            if not new or new != self.repeat.text():
                self.error.setText(self.tr("Enter the new password twice, the same both times."))
                self.new_password.setFocus()
                return
        attempt, host = _Attempt(self.identity), socket.gethostname()
        self._attempt = attempt
        self._set_busy(True)
        self.worker.submit(lambda: attempt.run(name, password, host, new), self._signed_in, self._refused)

    @property
    def changing(self) -> bool:
        """The new password fields are shown: a change due."""
        return not self.new_password.isHidden()

    def _ask_new_password(self) -> None:
        for w in (self.new_label, self.new_password, self.repeat_label, self.repeat):
            w.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:  # the focused field is disabled next: the focus must not move on to Quit (Space quits)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        for w in (self.username, self.password, self.new_password, self.repeat, self.login, self.language):
            w.setEnabled(not busy)
        if busy:
            self.error.setText(self.tr("Signing in…"))

    def _signed_in(self, principal: Principal) -> None:
        if self._attempt is not None:
            self._attempt.take()
        self._set_busy(False)
        self.principal = principal
        for field in (self.password, self.new_password, self.repeat):
            field.clear()
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, PasswordChangeRequired):  # the right password: keep it, ask for a new one
            self._ask_new_password()
            self.error.setText(error_text(exc))
            self.new_password.setFocus()
            return
        if isinstance(exc, SuiteError):
            self.error.setText(error_text(exc))
        else:  # a fault, not an answer: say so, keep the details in the log
            log.error("log-in failed", exc_info=exc)
            self.error.setText(self.tr("The log-in could not be checked. Please try again."))
        self.password.clear()
        self.password.setFocus()

    def done(self, result: int) -> None:
        if self.busy and self._attempt is not None:  # Escape or Quit while checking: close at once
            self._attempt.cancel()
            self.busy = False
        self.worker.stop(wait_ms=0)  # a check still running ends on its own
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in — Bank Operator Suite"))
        self.title.setText(self.tr("Bank Operator Suite"))
        self.subtitle.setText(self.tr("Control room · Vault · Operations center"))
        self.user_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        self.new_label.setText(self.tr("New password"))
        self.repeat_label.setText(self.tr("Repeat new password"))
        self.banner.setText(self.tr("DEMO DATA — invented people and business, not the bank's records"))
        self.language_label.setText(self.tr("Language"))
        self.login.setText(self.tr("Log in"))
        self.cancel.setText(self.tr("Quit"))
        names = ", ".join(a.username for a in DEMO_ACCOUNTS if a.role is not Role.STATION)
        self.hint.setText(
            self.tr("Demo bank — user names: %1. Password for all: %2")
            .replace("%1", names)
            .replace("%2", DEMO_PASSWORD)
        )
