"""A small grouped bar chart drawn with QPainter (daily volume of a month, the months of a quarter).
GUI thread. Colours follow the palette, so it reads on the dark and the light theme."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QImage, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.reports import BarChart

SERIES_COLORS = ("#4a90c2", "#5fdde6", "#9aa7b6")


def nice_ceiling(value: float) -> float:
    """The axis top: 1, 2, 2.5 or 5 times a power of ten, a little above ``value``."""
    if value <= 0:
        return 5.0
    power = 10 ** math.floor(math.log10(value))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= value * 1.05:
            return float(m * power)
    return float(10 * power)


class BarChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authz_stats.chart")
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.title = ""
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float], QColor]] = []
        self._bars: list[tuple[QRectF, str]] = []  # hit boxes for tooltips

    def set_data(
        self,
        title: str,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        colors: Sequence[str] = SERIES_COLORS,
    ) -> None:
        self.title = title
        self.categories = list(categories)
        self.series = [
            (name, list(values), QColor(colors[i % len(colors)])) for i, (name, values) in enumerate(series)
        ]
        self.update()

    def clear(self) -> None:
        self.set_data("", [], [])

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(150)
        grid = QColor(text)
        grid.setAlpha(40)
        fm = QFontMetrics(self.font())
        line = fm.height()
        self._bars = []
        # title and legend on the first line
        p.setPen(text)
        p.drawText(QPoint(4, line), self.title)
        x = 12 + fm.horizontalAdvance(self.title) + 16
        for name, _values, color in self.series:
            p.fillRect(QRectF(x, line - fm.ascent() + 2, 10, 10), color)
            p.setPen(muted)
            p.drawText(QPoint(int(x + 14), line), name)
            x += 14 + fm.horizontalAdvance(name) + 16
        n = len(self.categories)
        if n == 0 or not self.series:
            return
        peak = nice_ceiling(max((v for _n, vals, _c in self.series for v in vals), default=0.0))
        label_w = max(fm.horizontalAdvance(f"{peak:g}"), 16) + 8
        plot = QRectF(label_w, line + 12, self.width() - label_w - 8, self.height() - line * 2 - 22)
        if plot.width() < 20 or plot.height() < 20:
            return
        for i in range(6):
            y = plot.bottom() - plot.height() * i / 5
            p.setPen(QPen(grid, 1))
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(muted)
            value = peak * i / 5
            label = f"{value:g}" if value == int(value) else f"{value:.1f}"
            p.drawText(
                QRectF(0, y - line / 2, label_w - 6, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
        group = plot.width() / n
        inner = group * 0.8
        bar_w = max(inner / len(self.series), 1.0)
        widest = max(fm.horizontalAdvance(c) for c in self.categories) + 6
        every = max(1, math.ceil(widest / group))
        p.setPen(Qt.PenStyle.NoPen)
        for i, cat in enumerate(self.categories):
            left = plot.left() + i * group + (group - inner) / 2
            for k, (name, values, color) in enumerate(self.series):
                value = values[i] if i < len(values) else 0.0
                h = plot.height() * value / peak
                rect = QRectF(left + k * bar_w, plot.bottom() - h, max(bar_w - 1, 1.0), h)
                p.fillRect(rect, color)
                self._bars.append(
                    (
                        QRectF(rect.left(), plot.top(), rect.width(), plot.height()),
                        f"{cat} · {name}: {value:g}",
                    )
                )
            if i % every == 0:
                p.setPen(muted)
                p.drawText(
                    QRectF(plot.left() + i * group - group, plot.bottom() + 2, group * 3, line),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    cat,
                )
                p.setPen(Qt.PenStyle.NoPen)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = QPointF(event.pos())
            for rect, tip in self._bars:
                if rect.contains(pos):
                    QToolTip.showText(event.globalPos(), tip, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


def chart_image(chart: BarChart, width: int = 1400, height: int = 480) -> QImage:
    """A report's bar chart as an image for printing: black text on white, the report's colours."""
    widget = BarChartWidget()
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1a1a1a"))
    widget.setPalette(palette)
    font = widget.font()
    font.setPixelSize(30)
    widget.setFont(font)
    widget.resize(width, height)
    widget.set_data(
        "",
        chart.categories,
        [(s.name, s.values) for s in chart.series],
        [s.color for s in chart.series],
    )
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        widget._paint(painter)
    finally:
        painter.end()
    widget.deleteLater()
    return image
