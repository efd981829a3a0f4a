"""CSV cells a spreadsheet will not run (OWASP's CSV injection rule). Any thread.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
Excel, LibreOffice and Google Sheets; such a cell is written with a leading apostrophe, which the
spreadsheet shows as text and does not evaluate.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Headers and rows as CSV text (every cell through ``safe_cell``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([safe_cell(h) for h in headers])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return out.getvalue()
