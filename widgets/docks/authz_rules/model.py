"""Editable tables for the authorization rules and limits: business types and limits, amounts in
yuan on screen and fen in the policy JSON; building the JSON back; locating a PolicyError's field
on a row and column. GUI thread (the models); the functions are pure."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.authz_policy import PULL, PolicyError
from app.rbac import Role
from widgets.authz.texts import kind_text
from widgets.common.plain import tooltip
from widgets.roles import role_name
from widgets.table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex
CURRENCIES = ("CNY", "USD")
USER_PREFIX = "user:"
MARK = QColor(214, 69, 69, 90)  # background (where the style draws it) of a refused cell/row
MARK_TEXT = QColor("#f04a4a")


def yuan_text(fen: int, *, grouped: bool = True) -> str:
    """5000000 -> "50,000.00" (or "50000.00")."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}" if grouped else f"{sign}{whole}.{cents:02d}"


def parse_yuan(text: str) -> int | None:
    """ "50,000.5" -> 5000050 fen; None unless a number >= 0 with at most 2 decimals."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace("¥", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0:
        return None
    fen = value * 100
    if fen != fen.to_integral_value():
        return None
    return int(fen)


@dataclass
class BusinessRow:
    code: str = ""
    name_zh: str = ""
    name_en: str = ""
    images: str = ""  # comma list of kinds
    priority: int = 5
    authorize_over: int = 0
    remote_over: int = 0
    two_level_over: int = 0


@dataclass
class LimitRow:
    scope: str = Role.TELLER.value  # a role code or "user:<username>"
    currency: str = "CNY"
    business: str = "*"
    input: int = 0
    authorize: int = 0


def rows_from_source(source: dict[str, Any]) -> tuple[list[BusinessRow], list[LimitRow], str]:
    business = [
        BusinessRow(
            code,
            str(raw.get("name_zh", "")),
            str(raw.get("name_en", "")),
            ", ".join(raw.get("images", [])),
            int(raw.get("priority", 5)),
            int(raw.get("authorize_over", 0)),
            int(raw.get("remote_over", 0)),
            int(raw.get("two_level_over", 0)),
        )
        for code, raw in source.get("business", {}).items()
    ]
    limits: list[LimitRow] = []
    raw_limits = source.get("limits", {})
    for kind, prefix in (("roles", ""), ("users", USER_PREFIX)):
        for who, currencies in raw_limits.get(kind, {}).items():
            for currency, table in currencies.items():
                for bus, lim in table.items():
                    limits.append(
                        LimitRow(
                            prefix + who,
                            currency,
                            bus,
                            int(lim.get("input", 0)),
                            int(lim.get("authorize", 0)),
                        )
                    )
    return business, limits, str(source.get("dispatch", PULL))


def limit_path(row: LimitRow) -> str:
    """Where the row lives in the policy JSON: limits.roles.teller.CNY.* / limits.users.wang.USD.X."""
    if row.scope.startswith(USER_PREFIX):
        return f"limits.users.{row.scope[len(USER_PREFIX) :]}.{row.currency}.{row.business}"
    return f"limits.roles.{row.scope}.{row.currency}.{row.business}"


def build_source(business: list[BusinessRow], limits: list[LimitRow], dispatch: str) -> dict[str, Any]:
    """The policy JSON object of the tables; refuses, with a row-addressed PolicyError field
    (``business#3.code``, ``limits#0.scope``), what the JSON cannot even express."""
    out_business: dict[str, Any] = {}
    for i, b in enumerate(business):
        if not b.code.strip():
            raise PolicyError("business code required", field=f"business#{i}.code", problem="required")
        if b.code in out_business:
            raise PolicyError("business code twice", field=f"business#{i}.code", problem="duplicate")
        out_business[b.code] = {
            "name_zh": b.name_zh,
            "name_en": b.name_en,
            "images": [k.strip() for k in b.images.replace("，", ",").split(",") if k.strip()],
            "priority": b.priority,
            "authorize_over": b.authorize_over,
            "remote_over": b.remote_over,
            "two_level_over": b.two_level_over,
        }
    roles: dict[str, Any] = {}
    users: dict[str, Any] = {}
    seen: set[str] = set()
    role_codes = {r.value for r in Role}
    for i, lim in enumerate(limits):
        if lim.scope.startswith(USER_PREFIX):
            who = lim.scope[len(USER_PREFIX) :].strip()
            target = users
        else:
            who = lim.scope.strip()
            target = roles
            if who not in role_codes:
                raise PolicyError("unknown role", field=f"limits#{i}.scope", problem="choice")
        if not who:
            raise PolicyError("scope required", field=f"limits#{i}.scope", problem="required")
        if lim.currency not in CURRENCIES:
            raise PolicyError("currency", field=f"limits#{i}.currency", problem="choice")
        if lim.business != "*" and lim.business not in out_business:
            raise PolicyError("unknown business", field=f"limits#{i}.business", problem="choice")
        path = limit_path(lim)
        if path in seen:
            raise PolicyError("limit twice", field=f"limits#{i}.scope", problem="duplicate")
        seen.add(path)
        target.setdefault(who, {}).setdefault(lim.currency, {})[lim.business] = {
            "input": lim.input,
            "authorize": lim.authorize,
        }
    return {"business": out_business, "limits": {"roles": roles, "users": users}, "dispatch": dispatch}


def build_json(business: list[BusinessRow], limits: list[LimitRow], dispatch: str) -> str:
    return json.dumps(build_source(business, limits, dispatch), ensure_ascii=False, sort_keys=True)


Row = TypeVar("Row", BusinessRow, LimitRow)


class EditableRows(ListTableModel[Row], Generic[Row]):
    """Rows of one dataclass, one column per ATTRS entry; amounts (AMOUNTS) edited in yuan. One cell
    or row can be marked (coloured, with the problem as tooltip)."""

    ATTRS: ClassVar[tuple[str, ...]] = ()
    AMOUNTS: ClassVar[frozenset[str]] = frozenset()
    ROW_TYPE: ClassVar[type] = object

    def __init__(self) -> None:
        super().__init__()
        self.mark: tuple[int, int | None, str] | None = None  # row, column (None: whole row), text

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ATTRS)

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = [replace(r) for r in rows]
        self.mark = None
        self.endResetModel()

    def snapshot(self) -> list[Row]:
        return [replace(r) for r in self.rows]

    def add_row(self, row: Row) -> int:
        n = len(self.rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self.rows.append(row)
        self.endInsertRows()
        return n

    def remove_row(self, n: int) -> None:
        if 0 <= n < len(self.rows):
            self.beginRemoveRows(QModelIndex(), n, n)
            del self.rows[n]
            self.endRemoveRows()
            self.set_mark(None)

    def set_mark(self, mark: tuple[int, int | None, str] | None) -> None:
        self.mark = mark
        self.refresh_cells(
            [
                Qt.ItemDataRole.BackgroundRole,
                Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.FontRole,
                Qt.ItemDataRole.ToolTipRole,
            ],
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def _marked(self, index: Index) -> bool:
        return (
            self.mark is not None and self.mark[0] == index.row() and self.mark[1] in (None, index.column())
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        attr = self.ATTRS[index.column()]
        value = getattr(self.rows[index.row()], attr)
        if role == Qt.ItemDataRole.DisplayRole:
            if attr == "images":  # the kinds by name; edited as codes (EditRole)
                return "、".join(
                    kind_text(k.strip()) for k in str(value).replace("，", ",").split(",") if k.strip()
                )
            return yuan_text(value) if attr in self.AMOUNTS else value
        if role == Qt.ItemDataRole.EditRole:
            return yuan_text(value, grouped=False) if attr in self.AMOUNTS else value
        if role == Qt.ItemDataRole.TextAlignmentRole and attr in self.AMOUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._marked(index):
            return MARK
        if role == Qt.ItemDataRole.ForegroundRole and self._marked(index):
            return MARK_TEXT
        if role == Qt.ItemDataRole.FontRole and self._marked(index):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self._marked(index) and self.mark is not None:
            return tooltip(self.mark[2])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        attr = self.ATTRS[index.column()]
        row = self.rows[index.row()]
        if attr in self.AMOUNTS:
            fen = parse_yuan(str(value))
            if fen is None:
                return False
            new: Any = fen
        elif isinstance(getattr(row, attr), int):
            try:
                new = int(value)
            except (TypeError, ValueError):
                return False
        else:
            new = str(value).strip()
        if new == getattr(row, attr):
            return True  # an editor closing unchanged keeps the mark
        setattr(row, attr, new)
        if self.mark is not None and self.mark[0] == index.row():
            self.set_mark(None)
        self.dataChanged.emit(index, index)
        return True


class BusinessModel(EditableRows[BusinessRow]):
    ATTRS = tuple(f.name for f in fields(BusinessRow))
    COLUMNS = ATTRS
    AMOUNTS = frozenset({"authorize_over", "remote_over", "two_level_over"})

    def retranslate(self) -> None:
        self.set_headers(
            [
                QCoreApplication.translate("AuthzRules", "Code"),
                QCoreApplication.translate("AuthzRules", "Name (中文)"),
                QCoreApplication.translate("AuthzRules", "Name (English)"),
                QCoreApplication.translate("AuthzRules", "Required images"),
                QCoreApplication.translate("AuthzRules", "Priority (1-9)"),
                QCoreApplication.translate("AuthzRules", "Authorize over (yuan)"),
                QCoreApplication.translate("AuthzRules", "Remote only over (yuan)"),
                QCoreApplication.translate("AuthzRules", "Two authorizers over (yuan)"),
            ]
        )


class LimitModel(EditableRows[LimitRow]):
    ATTRS = tuple(f.name for f in fields(LimitRow))
    COLUMNS = ATTRS
    AMOUNTS = frozenset({"input", "authorize"})

    def retranslate(self) -> None:
        self.set_headers(
            [
                QCoreApplication.translate("AuthzRules", "Role or user"),
                QCoreApplication.translate("AuthzRules", "Currency"),
                QCoreApplication.translate("AuthzRules", "Business (* = all)"),
                QCoreApplication.translate("AuthzRules", "Input limit"),  # in the row's currency
                QCoreApplication.translate("AuthzRules", "Authorization limit"),
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The scope by name (a role's name, "user zhang3"; typed as a role code or user:<name>),
        a limit with its row's currency unit (no "yuan" on a USD row)."""
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row, attr = self.rows[index.row()], self.ATTRS[index.column()]
            if attr == "scope":
                if role == Qt.ItemDataRole.ToolTipRole:
                    return tooltip(
                        QCoreApplication.translate(
                            "AuthzRules", "Type a role code (teller, supervisor…) or user:<user name>"
                        )
                    )
                return scope_text(row.scope)
            if attr in self.AMOUNTS and role == Qt.ItemDataRole.DisplayRole:
                return f"{super().data(index, role)} {unit_text(row.currency)}"
        return super().data(index, role)


def scope_text(scope: str) -> str:
    if scope.startswith(USER_PREFIX):
        return QCoreApplication.translate("AuthzRules", "user %1").replace("%1", scope[len(USER_PREFIX) :])
    try:
        return role_name(Role(scope))
    except ValueError:
        return scope


def unit_text(currency: str) -> str:
    units = {
        "CNY": QCoreApplication.translate("AuthzRules", "yuan"),
        "USD": QCoreApplication.translate("AuthzRules", "US dollars"),
    }
    return units.get(currency, currency)


BUSINESS_SUFFIX = {"images": 3, "priority": 4, "authorize_over": 5, "remote_over": 6, "two_level_over": 7}


def locate(
    field: str, business: list[BusinessRow], limits: list[LimitRow]
) -> tuple[str, int, int | None] | None:
    """The table ("business" or "limits"), row and column (None: the whole row) a PolicyError's
    field points at; None when it names no row (e.g. "dispatch")."""
    for table, rows, attrs in (
        ("business", business, BusinessModel.ATTRS),
        ("limits", limits, LimitModel.ATTRS),
    ):
        prefix = f"{table}#"
        if field.startswith(prefix):
            head, _, attr = field[len(prefix) :].partition(".")
            if head.isdigit() and int(head) < len(rows):
                return table, int(head), attrs.index(attr) if attr in attrs else None
    for i, b in enumerate(business):
        base = f"business.{b.code}"
        if field == base:
            return "business", i, None
        if field.startswith(base + "."):
            return "business", i, BUSINESS_SUFFIX.get(field[len(base) + 1 :])
    for i, lim in enumerate(limits):
        path = limit_path(lim)
        if field == path:
            return "limits", i, None
        if field.startswith(path + "."):
            return "limits", i, {"input": 3, "authorize": 4}.get(field[len(path) + 1 :])
    for i, lim in enumerate(limits):  # "limits.roles.teller" (a bad currency code under it)
        if field == limit_path(lim).rsplit(".", 2)[0]:
            return "limits", i, 1
    return None
