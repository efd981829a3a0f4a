"""UI languages: compile the Qt Linguist ``.ts`` files to ``.qm`` and install a translator. GUI thread.

``.ts`` files live in ``resources/translations``; ``.qm`` files are built by ``tools/i18n.py``
(called by the setup script) and rebuilt here on demand when missing or older than the source,
into the user's cache folder if the resources folder is read-only.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from app.config import data_dir
from app.paths import RESOURCES

log = logging.getLogger(__name__)
LANGUAGES = {"zh_CN": "中文", "en": "English"}
TS_DIR = RESOURCES / "translations"
BASENAME = "bank_suite"
# Qt's own texts that Qt 6's Chinese translation (qtbase_zh_CN) lacks: its file dialog's labels gained
# mnemonics ("&Look in:") and the translation knows them only without ("Look in:"), so the dialog
# showed them in English. Ours has them, in Qt's context; it is asked after Qt's own translator.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def lrelease_binary() -> str | None:
    exe = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "lrelease"):
        cand = exe / name
        if cand.exists():
            return str(cand)
        found = shutil.which(name)
        if found:
            return found
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    tool = lrelease_binary()
    if tool is None:
        log.warning("lrelease not found; UI stays in the source language")
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, timeout=60
    )
    if proc.returncode != 0:
        log.error("lrelease failed for %s: %s", ts, proc.stderr.strip())
        return False
    return True


def qm_path(language: str) -> Path | None:
    ts = TS_DIR / f"{BASENAME}_{language}.ts"
    if not ts.exists():
        return None
    for folder in (TS_DIR, data_dir() / "cache" / "translations"):
        qm = folder / ts.with_suffix(".qm").name
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            return qm
    for folder in (TS_DIR, data_dir() / "cache" / "translations"):
        qm = folder / ts.with_suffix(".qm").name
        try:
            if compile_ts(ts, qm):
                return qm
        except OSError:
            continue
    return None


class Translations:
    """Owns the installed translators; ``switch`` replaces them (widgets get LanguageChange)."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> bool:
        if language not in LANGUAGES:
            language = "zh_CN"
        for tr in self._installed:
            self.app.removeTranslator(tr)
        self._installed.clear()
        self.language = language
        self.app.setProperty("suiteLanguage", language)
        QLocale.setDefault(QLocale(language))
        if language == "en":
            return True
        ok = True
        ours = QTranslator(self.app)
        qm = qm_path(language)
        if qm is not None and ours.load(str(qm)):
            self.app.installTranslator(ours)
            self._installed.append(ours)
        else:
            ok = False
        qt_base = QTranslator(self.app)  # Qt's own strings (OK/Cancel in message boxes)
        if qt_base.load(
            QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self.app.installTranslator(qt_base)
            self._installed.append(qt_base)
        return ok


def ui_is_chinese() -> bool:
    """Whether the UI currently speaks Chinese (for data that carries both zh and en names)."""
    app = QCoreApplication.instance()
    return app is None or app.property("suiteLanguage") != "en"


def language() -> str:
    """The UI's language as the core's texts and reports name it: "zh_CN" or "en"."""
    return "zh_CN" if ui_is_chinese() else "en"


class Retranslating:
    """Mixin for widgets with a ``retranslate()``: rerun it on every language change, but only once
    the widget is fully built (``self._ready = True`` at the end of ``__init__``); a change posted
    while it is still being constructed would otherwise find half of it missing."""

    _ready = False

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._ready:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
