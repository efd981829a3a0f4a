"""Message boxes that quote what a user typed or a file path show it literally: the users dock's
refusal (its fallback text is the service's message, which can quote typed input) and the
statistics dock's PDF export failure (it names the file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from app.errors import ValidationError
from app.operations import Change
from app.rbac import Role
from widgets.bus import ChangeBus
from widgets.docks import DockContext
from widgets.docks.authz_stats.panel import AuthzStatsPanel

TYPED = 'user <span style="font-size:1px">hidden</span> & <b>co</b>'


def shown(text: str) -> str:
    """What a message box (``AutoText``) shows of ``text``."""
    if not QtGui.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown_texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown_texts.append(a[2]))
    return shown_texts


def test_a_users_refusal_quoting_typed_text_shows_it_literally(  # type: ignore[no-untyped-def]
    qtbot, make_user, open_window, warnings
) -> None:
    w = open_window(make_user("boss", Role.ADMIN))
    panel = w.docks["dock.users"].panel
    qtbot.waitUntil(lambda: not panel.loading, timeout=3000)

    def refused() -> Change:
        raise ValidationError(f"unknown user {TYPED}")  # no known problem: the message is shown

    panel._run(refused)  # on the dock's worker; the refusal is shown when it arrives
    qtbot.waitUntil(lambda: bool(warnings) and not panel.ops.busy, timeout=3000)
    assert [shown(text) for text in warnings] == [f"unknown user {TYPED}"]


def test_a_failed_pdf_export_names_the_file_literally(  # type: ignore[no-untyped-def]
    qtbot, services, demo_login, translations, warnings
) -> None:
    panel = AuthzStatsPanel(DockContext(services, demo_login("supervisor"), ChangeBus()))
    qtbot.addWidget(panel)
    try:
        qtbot.waitUntil(lambda: panel.result is not None and not panel.loading, timeout=10_000)
        target = Path("/no/such/<img src=x>.pdf")
        panel._export_failed(FileNotFoundError(2, "No such file or directory", str(target)))
        (text,) = warnings
        assert str(target) in shown(text)
        assert str(target) in panel.status.text() and shown(text) == panel.status.text()
    finally:
        panel.shutdown()
