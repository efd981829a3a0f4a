"""Idle lock: after N idle minutes the window is covered and disabled until the same user
re-enters the password (3 wrong attempts lock the account and log out). GUI thread; the password
is checked on the lock screen's ``Operations`` worker (a slow KDF, in server mode a call to the
server) while the field waits."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.errors import AccountLocked, SuiteError
from app.rbac import Principal
from app.services.identity import IdentityService
from widgets.common.plain import plain
from widgets.i18n import Retranslating
from widgets.messages import error_text
from widgets.workers import Operations

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Application-wide event filter; emits ``idle`` once after ``minutes`` without input."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = max(minutes, 0.001) * 60.0
        self.last_input = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._check)
        self.paused = False

    def start(self) -> None:
        self.last_input = time.monotonic()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if not self.paused and time.monotonic() - self.last_input >= self.limit:
            self.paused = True
            self.idle.emit()


class LockScreen(Retranslating, QWidget):
    """Opaque overlay over the whole main window."""

    unlocked = Signal()
    logout_requested = Signal(str)

    def __init__(self, identity: IdentityService, principal: Principal, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.identity = identity
        self.principal = principal
        self.ops = Operations(self, name="lock-screen")  # the password check
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QVBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = plain(QLabel())  # names the user
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setObjectName("lock.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self.try_unlock)
        self.error = plain(QLabel())
        self.error.setObjectName("lock.error")
        self.error.setProperty("role", "error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("lock.unlock")
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.clicked.connect(self.try_unlock)
        self.logout_button = QPushButton()
        self.logout_button.setObjectName("lock.logout")
        self.logout_button.clicked.connect(lambda: self.logout_requested.emit("switch user at lock screen"))
        row.addStretch(1)
        row.addWidget(self.logout_button)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        for w in (self.title, self.who):
            box.addWidget(w)
        box.addWidget(self.password, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.error)
        box.addLayout(row)
        outer.addLayout(box)
        outer.addStretch(2)
        self.retranslate()
        self._ready = True
        self.hide()

    def show_over(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.error.clear()
        self.password.clear()
        self.show()
        self.raise_()
        self.password.setFocus()

    def try_unlock(self) -> None:
        """Check the password on the worker; the field and Unlock wait meanwhile."""
        if self.ops.busy:
            return  # Enter pressed again while the first check runs
        identity, me, password = self.identity, self.principal, self.password.text()
        self.password.clear()  # a secret never stays in the field
        self.error.setText(self.tr("Checking…"))
        self.ops.run(
            lambda: identity.reauthenticate(me, password),
            self._unlocked,
            self._refused,
            hold=(self.password, self.unlock_button),
        )

    def _refused(self, exc: SuiteError) -> None:
        if isinstance(exc, AccountLocked):
            self.logout_requested.emit(error_text(exc))
            return
        self.error.setText(error_text(exc))
        self.password.setFocus()

    def _unlocked(self, _result: object) -> None:
        self.error.clear()
        self.hide()
        self.unlocked.emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Screen locked"))
        self.who.setText(
            self.tr("Locked for %1 (%2). Enter the password to continue.")
            .replace("%1", self.principal.display_name)
            .replace("%2", self.principal.username)
        )
        self.unlock_button.setText(self.tr("Unlock"))
        self.logout_button.setText(self.tr("Log out"))
        self.password.setPlaceholderText(self.tr("Password"))
