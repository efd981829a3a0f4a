"""Translation workflow: ``update`` extracts UI strings into the .ts files (keeping existing
translations); ``compile`` builds .qm files next to them; ``check`` fails if a zh_CN string is
untranslated. Run with the project's venv: python tools/i18n.py update|compile|check"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")


def _tool(name: str) -> str:
    cand = Path(sys.executable).parent / f"pyside6-{name}"
    return str(cand) if cand.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "widgets").rglob("*.py"))


def update() -> None:
    for lang in LANGS:
        ts = TS_DIR / f"bank_suite_{lang}.ts"
        subprocess.run(
            [_tool("lupdate"), "-no-obsolete", "-target-language", lang, *sources(), "-ts", str(ts)],
            cwd=ROOT,
            check=True,
        )


def compile_all() -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def untranslated(lang: str = "zh_CN") -> list[str]:
    tree = ET.parse(TS_DIR / f"bank_suite_{lang}.ts")
    missing = []
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        kind = tr.get("type") if tr is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        if tr is None or kind == "unfinished" or not (tr.text or "").strip():
            missing.append(msg.findtext("source") or "")
    return missing


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "compile"
    if cmd == "update":
        update()
    elif cmd == "compile":
        compile_all()
    elif cmd == "check":
        missing = untranslated()
        for text in missing:
            print(f"untranslated: {text}")
        sys.exit(1 if missing else 0)
    else:
        sys.exit(f"unknown command {cmd}")
