"""The colour of each field kind (account, amount, seal, ...), one for the page viewer's slice
outlines and the template editor's regions. GUI thread."""

from __future__ import annotations

from PySide6.QtGui import QColor

KIND_COLOURS = {
    "account": "#1fc7d4",
    "amount_figures": "#f0a72e",
    "amount_words": "#f06292",
    "date": "#9575cd",
    "name": "#66bb6a",
    "number": "#42a5f5",
    "seal": "#ef5350",
    "text": "#b0bec5",
}


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#ffb300"))
