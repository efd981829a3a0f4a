"""Showing text a user or a file supplied literally, never as markup. GUI thread (pure helpers).

Qt renders a tooltip, a message box's text, and a label left at its default ``AutoText`` format as
rich text when ``Qt.mightBeRichText`` thinks it looks like markup: a customer name or a file name
with ``<span>`` or ``<img>`` in it would be drawn as markup (a tiny-font span can hide an account's
digits). Every tooltip goes through ``tooltip``, every message box text that quotes data through
``literal``, and every label that shows data is made ``plain``.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import QLabel

L = TypeVar("L", bound=QLabel)


def literal(*lines: object) -> str:
    """Text for an ``AutoText`` surface that shows ``lines`` literally, one under the other (a line
    may hold ``\\n`` breaks).

    Text Qt would show as plain anyway is returned as it is (joined by ``\\n``); text Qt would take
    for markup is escaped inside a paragraph that keeps its spaces and breaks, so it still shows
    exactly as written.
    """
    text = "\n".join(str(line) for line in lines)
    if not QtGui.mightBeRichText(text):
        return text
    return f'<p style="white-space:pre-wrap">{html.escape(text)}</p>'


def tooltip(*lines: object) -> str:
    """A tooltip (``setToolTip``, ``ToolTipRole``) showing ``lines`` literally: see ``literal``."""
    return literal(*lines)


def plain(label: L) -> L:
    """``label`` shows its text literally (``PlainText``, not its default ``AutoText``); returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
