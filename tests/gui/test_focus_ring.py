"""Where the keyboard is shows in both themes: a focused button, tool button, check box, input and
table look different from the same widget without focus (and a focused button from a hovered one)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from widgets.theme import apply_theme

pytestmark = pytest.mark.gui


def looks(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_a_focused_widget_is_drawn_with_a_ring(qtbot, qapp: QApplication, theme: str) -> None:  # type: ignore[no-untyped-def]
    apply_theme(qapp, theme)
    try:
        host = QWidget()
        layout = QVBoxLayout(host)
        pairs = []
        for make in (
            lambda: QPushButton("确定"),
            lambda: QToolButton(text="刷新"),
            lambda: QCheckBox("启用"),
            QLineEdit,
            lambda: QTableWidget(2, 2),
        ):
            a, b = make(), make()
            for w in (a, b):
                w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                layout.addWidget(w)
            pairs.append((a, b))
        qtbot.addWidget(host)
        host.show()
        qtbot.waitExposed(host)
        host.activateWindow()
        qtbot.waitActive(host)
        for focused, other in pairs:
            focused.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(focused.hasFocus, timeout=2000)
            assert looks(focused) != looks(other), (theme, type(focused).__name__)
    finally:
        apply_theme(qapp, "dark")
