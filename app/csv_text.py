"""CSV text for the suite's exports, safe to open in a spreadsheet. Pure functions, any thread.

A cell that starts like a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return) would be run by
Excel or WPS when the file is opened (CSV injection: ``=HYPERLINK(...)`` in a name, say). OWASP's
rule: such a cell gets a leading apostrophe, which spreadsheets show as text. Every CSV the suite
writes goes through ``write``; ``read_cell`` undoes the apostrophe when such a file is imported
again, so an export still round-trips (a value that itself starts with an apostrophe followed by a
formula character loses that apostrophe on the way back in).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it as text: an apostrophe before a formula start."""
    return "'" + value if value.startswith(FORMULA_START) else value


def read_cell(cell: str) -> str:
    """A cell as ``safe_cell`` wrote it, read back: the apostrophe before a formula start dropped."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


def write(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """CSV text (``\\n`` line ends) of ``header`` and ``rows``, every cell through ``safe_cell``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([safe_cell(c) for c in header])
    writer.writerows([safe_cell(c) for c in row] for row in rows)
    return out.getvalue()
