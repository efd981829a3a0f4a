"""Table model over users (administrators only). GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.identity import UserView
from widgets.roles import role_name
from widgets.table_model import Index, ListTableModel


class UsersTableModel(ListTableModel[UserView]):
    COLUMNS = ("username", "name", "roles", "status", "cards", "last_login")

    @property
    def users(self) -> list[UserView]:
        return self.rows

    def set_users(self, users: list[UserView]) -> None:
        self.beginResetModel()
        self.rows = users
        self.endResetModel()

    def update_user(self, user: UserView) -> None:
        for row, old in enumerate(self.rows):
            if old.id == user.id:
                self.rows[row] = user
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(user)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            QCoreApplication.translate("UsersModel", "User name"),
            QCoreApplication.translate("UsersModel", "Full name"),
            QCoreApplication.translate("UsersModel", "Roles"),
            QCoreApplication.translate("UsersModel", "Status"),
            QCoreApplication.translate("UsersModel", "Cards"),
            QCoreApplication.translate("UsersModel", "Last log-in"),
        )[section]

    @staticmethod
    def status_text(user: UserView) -> str:
        if not user.active:
            return QCoreApplication.translate("UsersModel", "Disabled")
        if user.locked:
            return QCoreApplication.translate("UsersModel", "Locked")
        if user.failed_attempts:
            return QCoreApplication.translate("UsersModel", "Active (%1 failed)").replace(
                "%1", str(user.failed_attempts)
            )
        return QCoreApplication.translate("UsersModel", "Active")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        user = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "username":
                return user.username + (
                    " " + QCoreApplication.translate("UsersModel", "(outsourced)") if user.outsourced else ""
                )
            if col == "name":
                return user.display_name
            if col == "roles":
                return "、".join(role_name(r) for r in user.roles)
            if col == "status":
                return self.status_text(user)
            if col == "cards":
                states = {
                    "active": QCoreApplication.translate("UsersModel", "active"),
                    "locked": QCoreApplication.translate("UsersModel", "locked"),
                    "blacklisted": QCoreApplication.translate("UsersModel", "blacklisted"),
                }
                return ", ".join(f"{c.card_uid} ({states.get(c.status, c.status)})" for c in user.cards)
            if col == "last_login":
                return (
                    user.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M") if user.last_login_at else "—"
                )
        if role == Qt.ItemDataRole.ForegroundRole and col == "status" and (user.locked or not user.active):
            return QColor("#ef5350")
        if role == Qt.ItemDataRole.UserRole:
            return user
        return None
