"""Table models of the authorization statistics: by branch or business type, by authorizer, by
teller, and the months of a quarter. GUI thread; rows are immutable results of the stats service."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt

from app.services.authz_stats import AuthorizerStats, GroupStats, PeriodStats, fmt_pct
from widgets.table_model import Index, ListTableModel

Row = TypeVar("Row")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def minutes(seconds: float | None) -> str:
    return "–" if seconds is None else f"{seconds / 60:.1f}"


class _StatsModel(ListTableModel[Row], Generic[Row]):
    """Text per column from ``cells``; every column but the first right-aligned."""

    def __init__(self) -> None:
        super().__init__()
        self.language = "zh_CN"

    def set_rows(self, rows: list[Row], language: str) -> None:
        self.beginResetModel()
        self.rows = rows
        self.language = language
        self.endResetModel()

    def cells(self, row: Row) -> tuple[str, ...]:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(RIGHT.value)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class GroupModel(_StatsModel[GroupStats]):
    """By branch or by business type."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "name",
        "submitted",
        "approved",
        "rejected",
        "returned",
        "cancelled",
        "approval_rate",
        "rejection_rate",
        "return_rate",
        "median",
        "p90",
    )

    def cells(self, g: GroupStats) -> tuple[str, ...]:
        return (
            g.name(self.language),
            str(g.submitted),
            str(g.approved),
            str(g.rejected),
            str(g.returned),
            str(g.cancelled),
            fmt_pct(g.approval_rate),
            fmt_pct(g.rejection_rate),
            fmt_pct(g.return_rate),
            minutes(g.median_s),
            minutes(g.p90_s),
        )

    @staticmethod
    def headers(first: str) -> list[str]:
        return [
            first,
            QCoreApplication.translate("AuthzStats", "Submitted"),
            QCoreApplication.translate("AuthzStats", "Approved"),
            QCoreApplication.translate("AuthzStats", "Rejected"),
            QCoreApplication.translate("AuthzStats", "Returned"),
            QCoreApplication.translate("AuthzStats", "Cancelled"),
            QCoreApplication.translate("AuthzStats", "Approval rate"),
            QCoreApplication.translate("AuthzStats", "Rejection rate"),
            QCoreApplication.translate("AuthzStats", "Return rate"),
            QCoreApplication.translate("AuthzStats", "Median (min)"),
            QCoreApplication.translate("AuthzStats", "P90 (min)"),
        ]


class AuthorizerModel(_StatsModel[AuthorizerStats]):
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "name",
        "decisions",
        "approved",
        "rejected",
        "returned",
        "local",
        "remote",
        "second_level",
        "median",
        "p90",
    )

    def cells(self, a: AuthorizerStats) -> tuple[str, ...]:
        return (
            f"{a.name} ({a.key})",
            str(a.decisions),
            str(a.approved),
            str(a.rejected),
            str(a.returned),
            str(a.local),
            str(a.remote),
            str(a.second_level),
            minutes(a.median_s),
            minutes(a.p90_s),
        )

    @staticmethod
    def headers() -> list[str]:
        return [
            QCoreApplication.translate("AuthzStats", "Authorizer"),
            QCoreApplication.translate("AuthzStats", "Decisions"),
            QCoreApplication.translate("AuthzStats", "Approved"),
            QCoreApplication.translate("AuthzStats", "Rejected"),
            QCoreApplication.translate("AuthzStats", "Returned"),
            QCoreApplication.translate("AuthzStats", "Local"),
            QCoreApplication.translate("AuthzStats", "Remote"),
            QCoreApplication.translate("AuthzStats", "2nd level"),
            QCoreApplication.translate("AuthzStats", "Response median (min)"),
            QCoreApplication.translate("AuthzStats", "Response P90 (min)"),
        ]


class TellerModel(_StatsModel[GroupStats]):
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "name",
        "submitted",
        "approved",
        "rejected",
        "returned",
        "return_rate",
        "resubmissions",
        "cancelled",
        "two_level",
        "median",
    )

    def cells(self, g: GroupStats) -> tuple[str, ...]:
        return (
            f"{g.name(self.language)} ({g.key})",
            str(g.submitted),
            str(g.approved),
            str(g.rejected),
            str(g.returned),
            fmt_pct(g.return_rate),
            str(g.resubmissions),
            str(g.cancelled),
            str(g.two_level),
            minutes(g.median_s),
        )

    @staticmethod
    def headers() -> list[str]:
        return [
            QCoreApplication.translate("AuthzStats", "Teller"),
            QCoreApplication.translate("AuthzStats", "Submitted"),
            QCoreApplication.translate("AuthzStats", "Approved"),
            QCoreApplication.translate("AuthzStats", "Rejected"),
            QCoreApplication.translate("AuthzStats", "Returned"),
            QCoreApplication.translate("AuthzStats", "Return rate"),
            QCoreApplication.translate("AuthzStats", "Resubmissions"),
            QCoreApplication.translate("AuthzStats", "Cancelled"),
            QCoreApplication.translate("AuthzStats", "Two-level"),
            QCoreApplication.translate("AuthzStats", "Median (min)"),
        ]


class MonthModel(_StatsModel[PeriodStats]):
    """The months of a quarter, then the quarter itself."""

    COLUMNS: ClassVar[tuple[str, ...]] = (
        "month",
        "submitted",
        "decided",
        "approval_rate",
        "rejection_rate",
        "return_rate",
        "median",
        "p90",
    )

    def cells(self, m: PeriodStats) -> tuple[str, ...]:
        t = m.total
        return (
            m.label(self.language),
            str(t.submitted),
            str(t.decided),
            fmt_pct(t.approval_rate),
            fmt_pct(t.rejection_rate),
            fmt_pct(t.return_rate),
            minutes(t.median_s),
            minutes(t.p90_s),
        )

    @staticmethod
    def headers() -> list[str]:
        return [
            QCoreApplication.translate("AuthzStats", "Month"),
            QCoreApplication.translate("AuthzStats", "Submitted"),
            QCoreApplication.translate("AuthzStats", "Decided"),
            QCoreApplication.translate("AuthzStats", "Approval rate"),
            QCoreApplication.translate("AuthzStats", "Rejection rate"),
            QCoreApplication.translate("AuthzStats", "Return rate"),
            QCoreApplication.translate("AuthzStats", "Median (min)"),
            QCoreApplication.translate("AuthzStats", "P90 (min)"),
        ]
