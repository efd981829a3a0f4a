"""Start-up: an unreachable database is explained (URL masked), fonts and translations load."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox

from app.config import load_settings
from widgets.application import open_or_explain


def test_unreachable_database_dialog_masks_password(  # type: ignore[no-untyped-def]
    qapp, translations, monkeypatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    settings = load_settings("postgresql+psycopg://teller:hunter2@127.0.0.1:1/bank")
    assert open_or_explain(settings) is None
    box = shown[0]
    assert "无法连接数据库" in box.text() and "127.0.0.1:1/bank" in box.text()
    assert "hunter2" not in box.text() + box.detailedText() + box.informativeText()


def test_chinese_font_and_translation_available(qapp, translations) -> None:  # type: ignore[no-untyped-def]
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert QCoreApplication.translate("Docks", "Audit log") == "审计日志"
