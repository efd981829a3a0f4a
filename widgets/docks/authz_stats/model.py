"""Table models of the authorization statistics: by branch or business type, by authorizer, by
teller, and the months of a quarter. GUI thread; rows are immutable results of the stats service.

Each model is a table of columns: key, header (translated in the "AuthzStats" context) and the
cell's text; the columns of the figures are written once and shared by the models (an authorizer's
approved, rejected and returned read like a group's)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.services.authz_stats import AuthorizerStats, GroupStats, PeriodStats, fmt_minutes, fmt_pct
from widgets.table_model import Index, ListTableModel

Row = TypeVar("Row")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CONTEXT = "AuthzStats"
# (key, header source text, cell text from the row and the language)
Column = tuple[str, str, Callable[[Any, str], str]]


def _count(key: str, header: str) -> Column:
    """A column of the count ``key`` of the row (a group's or an authorizer's)."""
    return key, header, lambda row, _l: str(getattr(row, key))


def _rate(key: str, header: str) -> Column:
    return key, header, lambda row, _l: fmt_pct(getattr(row, key))


def _minutes(key: str, seconds: str, header: str) -> Column:
    return key, header, lambda row, _l: fmt_minutes(getattr(row, seconds))


_FIGURES: dict[str, Column] = {
    c[0]: c
    for c in (
        _count("submitted", QT_TRANSLATE_NOOP("AuthzStats", "Submitted")),
        _count("decided", QT_TRANSLATE_NOOP("AuthzStats", "Decided")),
        _count("approved", QT_TRANSLATE_NOOP("AuthzStats", "Approved")),
        _count("rejected", QT_TRANSLATE_NOOP("AuthzStats", "Rejected")),
        _count("returned", QT_TRANSLATE_NOOP("AuthzStats", "Returned")),
        _count("cancelled", QT_TRANSLATE_NOOP("AuthzStats", "Cancelled")),
        _rate("approval_rate", QT_TRANSLATE_NOOP("AuthzStats", "Approval rate")),
        _rate("rejection_rate", QT_TRANSLATE_NOOP("AuthzStats", "Rejection rate")),
        _rate("return_rate", QT_TRANSLATE_NOOP("AuthzStats", "Return rate")),
        _count("resubmissions", QT_TRANSLATE_NOOP("AuthzStats", "Resubmissions")),
        _count("two_level", QT_TRANSLATE_NOOP("AuthzStats", "Two-level")),
        _minutes("median", "median_s", QT_TRANSLATE_NOOP("AuthzStats", "Median (min)")),
        _minutes("p90", "p90_s", QT_TRANSLATE_NOOP("AuthzStats", "P90 (min)")),
    )
}


def _figures(*keys: str) -> tuple[Column, ...]:
    """The shared columns ``keys``, in that order."""
    return tuple(_FIGURES[k] for k in keys)


class _StatsModel(ListTableModel[Row], Generic[Row]):
    """Text per column from ``SPEC``; every column but the first right-aligned."""

    SPEC: ClassVar[tuple[Column, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.COLUMNS = tuple(key for key, _header, _cell in cls.SPEC)

    def __init__(self) -> None:
        super().__init__()
        self.language = "zh_CN"

    def set_rows(self, rows: list[Row], language: str) -> None:
        self.beginResetModel()
        self.rows = rows
        self.language = language
        self.endResetModel()

    def cells(self, row: Row) -> tuple[str, ...]:
        return tuple(cell(row, self.language) for _key, _header, cell in self.SPEC)

    @classmethod
    def headers(cls) -> list[str]:
        return [QCoreApplication.translate(CONTEXT, header) for _key, header, _cell in cls.SPEC]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.SPEC[index.column()][2](row, self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(RIGHT.value)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class GroupModel(_StatsModel[GroupStats]):
    """By branch or by business type (the caller names the first column)."""

    SPEC = (
        ("name", "", lambda g, lang: g.name(lang)),
        *_figures(
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
        ),
    )

    @classmethod
    def headers(cls, first: str = "") -> list[str]:  # type: ignore[override]
        return [first, *super().headers()[1:]]


class AuthorizerModel(_StatsModel[AuthorizerStats]):
    SPEC = (
        ("name", QT_TRANSLATE_NOOP("AuthzStats", "Authorizer"), lambda a, _l: f"{a.name} ({a.key})"),
        _count("decisions", QT_TRANSLATE_NOOP("AuthzStats", "Decisions")),
        *_figures("approved", "rejected", "returned"),
        _count("local", QT_TRANSLATE_NOOP("AuthzStats", "Local")),
        _count("remote", QT_TRANSLATE_NOOP("AuthzStats", "Remote")),
        _count("second_level", QT_TRANSLATE_NOOP("AuthzStats", "2nd level")),
        _minutes("median", "median_s", QT_TRANSLATE_NOOP("AuthzStats", "Response median (min)")),
        _minutes("p90", "p90_s", QT_TRANSLATE_NOOP("AuthzStats", "Response P90 (min)")),
    )


class TellerModel(_StatsModel[GroupStats]):
    SPEC = (
        ("name", QT_TRANSLATE_NOOP("AuthzStats", "Teller"), lambda g, lang: f"{g.name(lang)} ({g.key})"),
        *_figures(
            "submitted",
            "approved",
            "rejected",
            "returned",
            "return_rate",
            "resubmissions",
            "cancelled",
            "two_level",
            "median",
        ),
    )


def _of_total(column: Column) -> Column:
    key, header, cell = column
    return key, header, lambda m, lang: cell(m.total, lang)


class MonthModel(_StatsModel[PeriodStats]):
    """The months of a quarter, then the quarter itself."""

    SPEC = (
        ("month", QT_TRANSLATE_NOOP("AuthzStats", "Month"), lambda m, lang: m.label(lang)),
        *(
            _of_total(c)
            for c in _figures(
                "submitted", "decided", "approval_rate", "rejection_rate", "return_rate", "median", "p90"
            )
        ),
    )
