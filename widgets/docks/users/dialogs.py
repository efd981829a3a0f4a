"""Forms of user administration: a new user, roles, a card. GUI thread.

Each form collects input and a mandatory reason (何因); the service validates and audits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from app.rbac import Role
from widgets.common.dialogs import FormDialog
from widgets.roles import role_name


class RolesBox(QWidget):
    def __init__(self, selected: tuple[Role, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Role, QCheckBox] = {}
        for i, role in enumerate(Role):
            box = QCheckBox(role_name(role))
            box.setObjectName(f"role.{role.value}")
            box.setChecked(role in selected)
            self.boxes[role] = box
            grid.addWidget(box, i // 3, i % 3)

    def roles(self) -> list[Role]:
        return [r for r, box in self.boxes.items() if box.isChecked()]


class NewUserDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("UserDialogs", "New user"), parent)
        self.username = QLineEdit()
        self.username.setObjectName("user.username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("user.display_name")
        self.password = QLineEdit()
        self.password.setObjectName("user.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("user.repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = RolesBox()
        self.outsourced = QCheckBox(
            QCoreApplication.translate("UserDialogs", "Outsourced staff (restricted rights)")
        )
        self.outsourced.setObjectName("user.outsourced")
        for row, (label, widget) in enumerate(
            (
                (QCoreApplication.translate("UserDialogs", "User name"), self.username),
                (QCoreApplication.translate("UserDialogs", "Full name"), self.display_name),
                (QCoreApplication.translate("UserDialogs", "Password"), self.password),
                (QCoreApplication.translate("UserDialogs", "Repeat password"), self.repeat),
                (QCoreApplication.translate("UserDialogs", "Roles"), self.roles),
                ("", self.outsourced),
            )
        ):
            self.form.insertRow(row, label, widget)

    def problem(self) -> str | None:
        if self.password.text() != self.repeat.text():
            return QCoreApplication.translate("UserDialogs", "The two passwords differ.")
        if not self.roles.roles():
            return QCoreApplication.translate("UserDialogs", "Choose at least one role.")
        return None


class RolesDialog(FormDialog):
    def __init__(self, username: str, roles: tuple[Role, ...], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("UserDialogs", "Roles of %1").replace("%1", username), parent
        )
        self.roles = RolesBox(roles)
        self.form.insertRow(0, QCoreApplication.translate("UserDialogs", "Roles"), self.roles)

    def problem(self) -> str | None:
        return (
            None
            if self.roles.roles()
            else QCoreApplication.translate("UserDialogs", "Choose at least one role.")
        )


class CardDialog(FormDialog):
    """A new card and its PIN; or, with ``card``, a new PIN for that card (a PIN of old renewed)."""

    def __init__(self, username: str, parent: QWidget | None = None, *, card: str | None = None) -> None:
        title = (
            QCoreApplication.translate("UserDialogs", "Issue a card to %1").replace("%1", username)
            if card is None
            else QCoreApplication.translate("UserDialogs", "New 6-digit PIN for card %1 of %2")
            .replace("%1", card)
            .replace("%2", username)
        )
        super().__init__(title, parent)
        self.card_uid = QLineEdit(card or "")
        self.card_uid.setObjectName("card.uid")
        self.card_uid.setMaxLength(64)
        self.card_uid.setReadOnly(card is not None)
        self.pin = QLineEdit()
        self.pin.setObjectName("card.pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("card.repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setMaxLength(6)
        for row, (label, widget) in enumerate(
            (
                (QCoreApplication.translate("UserDialogs", "Card number"), self.card_uid),
                (QCoreApplication.translate("UserDialogs", "PIN"), self.pin),
                (QCoreApplication.translate("UserDialogs", "Repeat PIN"), self.repeat),
            )
        ):
            self.form.insertRow(row, label, widget)

    def problem(self) -> str | None:
        return (
            QCoreApplication.translate("UserDialogs", "The two PINs differ.")
            if self.pin.text() != self.repeat.text()
            else None
        )
