"""The editing canvas: the floor plan, every zone faintly, and the zone being edited with draggable
vertex handles. Drag a handle to move a corner, double-click near an edge to add a corner there,
select a handle and press Delete to remove it; in drawing mode each click adds a corner. GUI thread.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
)

from app.paths import RESOURCES
from app.tracking.directory import FloorPlanInfo, ZoneInfo
from widgets.common.plan_item import PlanItem

HANDLE = 6.0


class Handle(QGraphicsEllipseItem):
    def __init__(self, canvas: EditCanvas, point: QPointF) -> None:
        super().__init__(-HANDLE, -HANDLE, 2 * HANDLE, 2 * HANDLE)
        self.canvas = canvas
        self.setPos(point)
        self.setZValue(10)
        self.setBrush(QColor("#ffb300"))
        self.setPen(QPen(QColor("#0b1118"), 1.5))
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.SizeAllCursor)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(value, QPointF):
            bounds = self.canvas.bounds
            value = QPointF(
                min(max(value.x(), bounds.left()), bounds.right()),
                min(max(value.y(), bounds.top()), bounds.bottom()),
            )
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.canvas.handles_moved()
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setBrush(QColor("#ef5350") if value else QColor("#ffb300"))  # red: Delete removes it
        return super().itemChange(change, value)


class EditCanvas(QGraphicsScene):
    polygon_changed = Signal()

    def __init__(self, plan: FloorPlanInfo, zones: list[ZoneInfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.bounds = QRectF(0, 0, plan.width, plan.height)
        self.setSceneRect(QRectF(-20, -20, plan.width + 40, plan.height + 40))
        self.addItem(PlanItem(RESOURCES / plan.file))
        self.others: dict[str, QGraphicsPolygonItem] = {}
        for z in zones:
            item = self.addPolygon(
                QPolygonF([QPointF(x, y) for x, y in z.polygon]),
                QPen(QColor(41, 182, 246, 110), 1, Qt.PenStyle.DashLine),
                QBrush(Qt.BrushStyle.NoBrush),
            )
            item.setZValue(2)
            self.others[z.code] = item
        self.outline = self.addPolygon(
            QPolygonF(), QPen(QColor("#ffb300"), 2.5), QBrush(QColor(255, 179, 0, 45))
        )
        self.outline.setZValue(5)
        self.handles: list[Handle] = []
        self.drawing = False
        self.editing = ""

    def edit(self, code: str, points: list[tuple[float, float]]) -> None:
        for h in self.handles:
            self.removeItem(h)
        self.handles = [Handle(self, QPointF(x, y)) for x, y in points]
        for h in self.handles:
            self.addItem(h)
        for c, item in self.others.items():
            item.setVisible(c != code)
        self.editing = code
        self.handles_moved()

    def points(self) -> list[tuple[float, float]]:
        return [(h.pos().x(), h.pos().y()) for h in self.handles]

    def handles_moved(self) -> None:
        self.outline.setPolygon(QPolygonF([h.pos() for h in self.handles]))
        self.polygon_changed.emit()

    def add_point(self, p: QPointF) -> None:
        """Drawing: append; editing: insert into the nearest edge."""
        p = QPointF(min(max(p.x(), 0), self.plan.width), min(max(p.y(), 0), self.plan.height))
        handle = Handle(self, p)
        self.addItem(handle)
        if self.drawing or len(self.handles) < 3:
            self.handles.append(handle)
        else:
            best, index = math.inf, len(self.handles)
            for i in range(len(self.handles)):
                a, b = self.handles[i].pos(), self.handles[(i + 1) % len(self.handles)].pos()
                d = _distance_to_segment(p, a, b)
                if d < best:
                    best, index = d, i + 1
            self.handles.insert(index, handle)
        self.handles_moved()

    def remove_selected(self) -> bool:
        chosen = [h for h in self.handles if h.isSelected()]
        if not chosen or len(self.handles) - len(chosen) < 3:
            return False
        for h in chosen:
            self.handles.remove(h)
            self.removeItem(h)
        self.handles_moved()
        return True

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.drawing and self.handles:
            self.add_point(event.scenePos())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.drawing and event.button() == Qt.MouseButton.LeftButton:
            self.add_point(event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.remove_selected():
            event.accept()
            return
        super().keyPressEvent(event)


def _distance_to_segment(p: QPointF, a: QPointF, b: QPointF) -> float:
    ax, ay, bx, by = a.x(), a.y(), b.x(), b.y()
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p.x() - ax) * dx + (p.y() - ay) * dy) / length2))
    return math.hypot(p.x() - (ax + t * dx), p.y() - (ay + t * dy))
