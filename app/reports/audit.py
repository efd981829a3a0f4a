"""The audit log's export (审计日志导出) as PDF and as CSV. Any thread (a worker); no Qt.

The caller (the audit dock) gives the entries as the text it shows, in the UI language, with the
chain check's result and the filter in words (``AuditSheet``); this module lays them out: the
PDF through ``app.reports.pdf``, the CSV with formula cells neutralised (``app.csv_text``) and the
chain result, the filter and who exported when in rows under the entries.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.csv_text import write as csv_text
from app.reports import Block, Kpi, KpiGrid, Paragraphs, Report, Table
from app.texts import report_text


@dataclass(frozen=True)
class AuditSheet:
    title: str  # 审计日志
    filter: str  # the filter in words: 全部操作，2026-12-01 至 2026-12-03
    generated_at: str  # 2026-12-03 10:42 (UTC+08:00)
    generated_by: str
    chain: str  # the chain check's result in words
    chain_ok: bool | None  # None: not verified by this export
    verdict: str  # the result in a word or two: 完整 / 已断裂 / 未校验
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    labels: tuple[str, str, str]  # "Chain verification", "Entries in the file", "Entries matching"
    matching: int
    note: str = ""  # e.g. only the newest 20,000 of 25,000 matching entries are in the file
    language: str = "zh_CN"
    bank_name: str = ""

    def generated(self) -> str:
        return report_text("Generated {at} by {who}", self.language).format(
            at=self.generated_at, who=self.generated_by
        )


def audit_report(sheet: AuditSheet) -> Report:
    chain_label, entries_label, matching_label = sheet.labels
    tiles = (
        Kpi(chain_label, sheet.verdict, note=sheet.chain, warn=sheet.chain_ok is not True, key="chain"),
        Kpi(entries_label, f"{len(sheet.rows):,}", key="entries"),
        Kpi(matching_label, f"{sheet.matching:,}", key="matching"),
    )
    blocks: list[Block] = [KpiGrid(tiles, columns=3)]
    if sheet.note:
        blocks.append(Paragraphs("", (sheet.note,), bullets=False, small=True))
    blocks.append(
        Table(
            "",
            sheet.headers,
            sheet.rows,
            widths=(0.0, 0.0, 0.3, 0.8, 1.4, 1.0, 1.4, 4.0)[: len(sheet.headers)],
            align="rr" + "l" * (len(sheet.headers) - 2),
        )
    )
    return Report(
        title=sheet.title,
        bank_name=sheet.bank_name or report_text("Demo Bank Co., Ltd.", sheet.language),
        period=sheet.filter,
        generated=sheet.generated(),
        blocks=tuple(blocks),
        language=sheet.language,
        page_label=report_text("Page {page} of {total}", sheet.language),
        confidential=report_text("Internal – confidential", sheet.language),
        subject=sheet.title,
    )


def write_pdf(sheet: AuditSheet, path: Path | str) -> Path:
    from app.reports.pdf import render_pdf  # reportlab: when a report is written

    return render_pdf(audit_report(sheet), path)


def write_csv(sheet: AuditSheet, path: Path | str) -> Path:
    """The entries, then an empty row, then the chain check, the filter and who exported when.
    UTF-8 with a byte order mark, so a spreadsheet reads the Chinese; written whole, then moved in."""
    chain_label, _entries, matching_label = sheet.labels
    rows: list[tuple[str, ...]] = [*sheet.rows, ()]
    rows.append((chain_label, sheet.chain))
    rows.append((matching_label, str(sheet.matching)))
    if sheet.note:
        rows.append((sheet.note,))
    rows.append((sheet.filter,))
    rows.append((sheet.generated(),))
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        tmp.write_text(csv_text(sheet.headers, rows), encoding="utf-8-sig")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
