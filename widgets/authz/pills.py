"""Coloured pills of the authorization docks: a table cell drawn as a pill (statuses, waiting times,
who holds a request) and the live-update indicator. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from widgets.bridges.authz import CONNECTING
from widgets.common.plain import tooltip
from widgets.table_model import Index
from widgets.theme import set_role

COLOUR_ROLE = Qt.ItemDataRole.UserRole + 3  # the pill's colour (QColor), for any model


class PillDelegate(QStyledItemDelegate):
    """The cell's text in a coloured pill; the model gives the colour in ``COLOUR_ROLE``."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        colour = index.data(COLOUR_ROLE)
        if not text or not isinstance(colour, QColor):
            return
        fm = QFontMetrics(opt.font)
        w = fm.horizontalAdvance(text) + 18
        h = fm.height() + 4
        rect = option.rect
        pill = QRectF(rect.left() + 6, rect.center().y() - h / 2 + 0.5, w, h)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, h / 2, h / 2)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(fm.horizontalAdvance(text) + 30, fm.height() + 10)


class OnlinePill(QLabel):
    """The live-update connection: online (green), connecting (amber), offline (red, with why)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.online = False
        self.detail = CONNECTING
        self.show_state(False, CONNECTING)

    def show_state(self, online: bool, detail: str) -> None:
        self.online, self.detail = online, detail
        if online:
            text, state = self.tr("● Live"), "ok"
            how = {
                "polling": self.tr("the database is checked every few seconds"),
                "listening": self.tr("changes are announced by the database at once"),
            }.get(detail, detail)
            tip = self.tr("Live updates: %1").replace("%1", how)
        elif detail == CONNECTING:
            text, state, tip = self.tr("● Connecting…"), "warn", self.tr("Connecting to the database…")
        else:
            text, state = self.tr("● Offline"), "error"
            tip = self.tr("No live updates: %1. Retrying…").replace("%1", detail)
        self.setText(text)
        self.setToolTip(tooltip(tip))  # the detail quotes a database error
        set_role(self, "state", state)

    def retranslate(self) -> None:
        self.show_state(self.online, self.detail)
