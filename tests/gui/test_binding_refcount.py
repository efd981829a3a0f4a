"""Guard against Qt binding releases that mishandle Python's None refcount (PySide6 6.12.0 did,
on QPainter.setPen/setBrush: the live map then aborted the process after a few thousand repaints)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF


def test_painting_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(3000):  # what the map's markers call on every repaint
            painter.setPen(QPen(QColor("#ffffff"), 2.0))
            painter.setBrush(QColor("#29b6f6"))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawEllipse(QPointF(0, 0), 7, 7)
            painter.drawRoundedRect(QRectF(-7, -7, 14, 14), 2, 2)
            painter.drawPolygon(QPolygonF([QPointF(0, -8), QPointF(8, 0), QPointF(0, 8)]))
            painter.drawText(QRectF(-7, -7, 14, 14), Qt.AlignmentFlag.AlignCenter, "人")
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after - before > -100, f"None lost {before - after} references: a binding refcount bug"
