"""The batch table and the page thumbnail list of the capture dock, with their painters. GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.services.capture import BatchView, PageView
from app.statuses import PageStatus
from widgets.common.capture_texts import (
    STATUSES,
    reason_severity,
    reason_text,
    source_text,
    status_colour,
    status_text,
)
from widgets.common.images import thumb_key
from widgets.common.plain import tooltip
from widgets.table_model import Index, ListTableModel

COUNTS_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_ROLE = Qt.ItemDataRole.UserRole + 3


class BatchModel(ListTableModel[BatchView]):
    COLUMNS = ("id", "source", "time", "pages")

    def set_batches(self, batches: list[BatchView]) -> None:
        self.beginResetModel()
        self.rows = list(batches)
        self.endResetModel()

    def upsert(self, batch: BatchView) -> int:
        """Replace the batch's row (or add it on top); its row number."""
        for row, b in enumerate(self.rows):
            if b.id == batch.id:
                self.rows[row] = batch
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                return row
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, batch)
        self.endInsertRows()
        return 0

    def row_of(self, batch_id: int) -> int:
        return next((row for row, b in enumerate(self.rows) if b.id == batch_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return b.id
        if role == COUNTS_ROLE:
            return b.counts
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "id":
                return str(b.id)
            if col == "source":
                return source_text(b.source)
            if col == "time":
                return b.created_at.astimezone().strftime("%m-%d %H:%M")
            if col == "pages":
                return str(b.pages)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{source_text(b.source)} · {b.station} · {b.created_by}"]
            lines += [f"{status_text(s)}: {b.counts[s]}" for s in STATUSES if b.counts.get(s)]
            return tooltip(*lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("id", "pages"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CountsDelegate(QStyledItemDelegate):
    """The pages column: the total, then one coloured pill per status that has pages."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        counts: dict[str, int] = index.data(COUNTS_ROLE) or {}
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 4, -4, -4)
        fm = QFontMetrics(opt.font)
        total = str(sum(counts.values()))
        painter.setPen(opt.palette.text().color())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), total)
        x = rect.left() + fm.horizontalAdvance("0000") + 4
        for status in STATUSES:
            n = counts.get(status, 0)
            if not n:
                continue
            text = str(n)
            w = max(fm.horizontalAdvance(text) + 10, 20)
            pill = QRectF(x, rect.center().y() - fm.height() / 2, w, fm.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(status_colour(status))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
            x += w + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        counts: dict[str, int] = index.data(COUNTS_ROLE) or {}
        fm = QFontMetrics(option.font)
        pills = sum(max(fm.horizontalAdvance(str(n)) + 10, 20) + 4 for n in counts.values() if n)
        return QSize(fm.horizontalAdvance("0000") + 12 + pills, fm.height() + 8)


class PageModel(QAbstractListModel):
    """The pages of the shown batch, in capture order, with their thumbnails."""

    def __init__(self) -> None:
        super().__init__()
        self.pages: list[PageView] = []
        self.thumbs: dict[tuple[int, str], QPixmap] = {}
        self.batch_id: int | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.pages)

    def set_pages(self, batch_id: int | None, pages: list[PageView]) -> None:
        self.beginResetModel()
        self.batch_id = batch_id
        self.pages = list(pages)
        self.endResetModel()

    def upsert(self, page: PageView) -> int:
        for row, p in enumerate(self.pages):
            if p.id == page.id:
                self.pages[row] = page
                self.dataChanged.emit(self.index(row), self.index(row))
                return row
        row = sum(1 for p in self.pages if p.seq < page.seq)
        self.beginInsertRows(QModelIndex(), row, row)
        self.pages.insert(row, page)
        self.endInsertRows()
        return row

    def row_of(self, page_id: int) -> int:
        return next((row for row, p in enumerate(self.pages) if p.id == page_id), -1)

    def missing_thumbs(self) -> list[PageView]:
        return [p for p in self.pages if thumb_key(p) not in self.thumbs]

    def add_thumbs(self, thumbs: dict[tuple[int, str], QPixmap]) -> None:
        self.thumbs.update(thumbs)
        if self.pages:
            self.dataChanged.emit(self.index(0), self.index(len(self.pages) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.pages[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        if role == PAGE_ROLE:
            return p
        if role == STATUS_ROLE:
            return p.status
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbs.get(thumb_key(p))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.seq}  {p.voucher_number or ''}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"#{p.seq} {p.source_name}", status_text(p.status)]
            lines += [reason_text(code) for code, _d in p.reasons]
            return tooltip(*lines)
        return None


def main_reason(page: PageView) -> str:
    """The reason that decided the page's status: the first rejecting one of a rejected page, the
    first recognition problem of a manual one, else the first."""
    want = {PageStatus.REJECTED: "reject", PageStatus.MANUAL: "manual"}.get(page.status)
    codes = [code for code, _d in page.reasons]
    return next((c for c in codes if reason_severity(c) == want), codes[0] if codes else "")


def page_caption(page: PageView) -> tuple[str, str]:
    """The two lines under a thumbnail: sequence and type, then voucher number or the first reason."""
    first = f"#{page.seq}"
    if page.voucher_type:
        first += f" · {page.voucher_type}"
    if page.side == "back":
        first += " ⟲"
    if page.voucher_number:
        second = page.voucher_number
    elif page.reasons:
        second = reason_text(main_reason(page))
    else:
        second = page.source_name
    return first, second


class ThumbDelegate(QStyledItemDelegate):
    """A page card: thumbnail with a status badge, sequence/type and voucher number under it."""

    CARD = QSize(168, 212)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self.CARD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        page: PageView | None = index.data(PAGE_ROLE)
        if page is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(4, 4, -4, -4))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        base = pal.base().color()
        painter.setPen(QPen(pal.highlight().color(), 2.5) if selected else QPen(pal.mid().color(), 1))
        painter.setBrush(base.lighter(115) if selected else base)
        painter.drawRoundedRect(card, 6, 6)
        colour = status_colour(page.status)
        # the image area
        area = QRect(card.toRect().adjusted(8, 8, -8, -52))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 60))
        painter.drawRect(area)
        pix: QPixmap | None = index.data(Qt.ItemDataRole.DecorationRole)
        if pix is not None and not pix.isNull():
            scaled = pix.scaled(
                area.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            x = area.x() + (area.width() - scaled.width()) // 2
            y = area.y() + (area.height() - scaled.height()) // 2
            painter.drawPixmap(x, y, scaled)
        else:
            painter.setPen(pal.placeholderText().color())
            text = QCoreApplication.translate("CaptureThumbs", "No image") if pix is not None else "…"
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), text)
        # the status strip under the image and a badge in its corner
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(area.left(), area.bottom() - 3, area.width(), 4))
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.8))
        font.setBold(True)
        fm = QFontMetrics(font)
        badge_text = status_text(page.status)
        bw = fm.horizontalAdvance(badge_text) + 12
        badge = QRectF(area.left() + 4, area.top() + 4, min(bw, area.width() - 8), fm.height() + 4)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), badge_text)
        # captions
        first, second = page_caption(page)
        text_rect = QRectF(card.left() + 8, area.bottom() + 6, card.width() - 16, 20)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(pal.text().color())
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(bold).elidedText(first, Qt.TextElideMode.ElideRight, int(text_rect.width())),
        )
        painter.setFont(option.font)
        painter.setPen(pal.text().color() if page.voucher_number else colour)
        text_rect.translate(0, 20)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(option.font).elidedText(second, Qt.TextElideMode.ElideRight, int(text_rect.width())),
        )
        painter.restore()
