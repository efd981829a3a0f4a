"""Table model over the pending proposals of user administration (four eyes). GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from app.rbac import Role
from app.services.user_proposals import ProposalKind, ProposalView
from widgets.roles import role_name
from widgets.table_model import Index, ListTableModel


def _roles(codes: list[str]) -> str:
    return "、".join(role_name(Role(c)) for c in codes)


def proposal_text(p: ProposalView) -> str:
    """What is proposed, in words."""
    who = p.target_username or ""
    if p.kind == ProposalKind.CREATE_USER:
        return (
            QCoreApplication.translate("UserProposals", "New user %1 (%2): %3")
            .replace("%1", str(p.payload.get("username", "")))
            .replace("%2", str(p.payload.get("display_name", "")))
            .replace("%3", _roles(list(p.payload.get("roles", []))))
        )
    if p.kind == ProposalKind.GRANT_ROLES:
        return (
            QCoreApplication.translate("UserProposals", "Roles of %1: %2 (now %3)")
            .replace("%1", who)
            .replace("%2", _roles(list(p.payload.get("roles", []))))
            .replace("%3", _roles(list(p.payload.get("before", []))))
        )
    if p.kind == ProposalKind.UNLOCK_USER:
        return QCoreApplication.translate("UserProposals", "Unlock user %1").replace("%1", who)
    if p.kind == ProposalKind.UNLOCK_CARD:
        return (
            QCoreApplication.translate("UserProposals", "Unlock card %1 of %2")
            .replace("%1", p.target_card or "")
            .replace("%2", who)
        )
    if p.kind == ProposalKind.RESET_PASSWORD:
        return QCoreApplication.translate("UserProposals", "Reset the password of %1").replace("%1", who)
    if p.kind == ProposalKind.ENABLE_USER:
        return QCoreApplication.translate("UserProposals", "Enable user %1").replace("%1", who)
    if p.kind == ProposalKind.ISSUE_CARD:
        return (
            QCoreApplication.translate("UserProposals", "Issue card %1 to %2")
            .replace("%1", p.target_card or "")
            .replace("%2", who)
        )
    if p.kind == ProposalKind.RESET_PIN:
        return (
            QCoreApplication.translate("UserProposals", "New PIN for card %1 of %2")
            .replace("%1", p.target_card or "")
            .replace("%2", who)
        )
    pairs = [" + ".join(role_name(Role(r)) for r in pair) for pair in p.payload.get("pairs", [])]
    return QCoreApplication.translate("UserProposals", "Incompatible roles: %1").replace(
        "%1", "; ".join(pairs) or "—"
    )


class ProposalsTableModel(ListTableModel[ProposalView]):
    COLUMNS = ("id", "what", "proposed_by", "at", "reason")

    @property
    def proposals(self) -> list[ProposalView]:
        return self.rows

    def set_proposals(self, proposals: list[ProposalView]) -> None:
        self.beginResetModel()
        self.rows = proposals
        self.endResetModel()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            QCoreApplication.translate("UserProposals", "No."),
            QCoreApplication.translate("UserProposals", "Proposed change"),
            QCoreApplication.translate("UserProposals", "Proposed by"),
            QCoreApplication.translate("UserProposals", "At"),
            QCoreApplication.translate("UserProposals", "Reason"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "id":
                return str(p.id)
            if col == "what":
                return proposal_text(p)
            if col == "proposed_by":
                return p.proposed_by
            if col == "at":
                return p.proposed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if col == "reason":
                return p.reason
        if role == Qt.ItemDataRole.UserRole:
            return p
        return None
