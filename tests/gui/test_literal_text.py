"""Text a user or a file supplied shows literally wherever the GUI shows it: the authorizer's
decision pane, the queue's, the audit log's and the capture dock's tooltips, a page's file name.
Qt takes text that looks like markup for rich text (``Qt.mightBeRichText``) on a tooltip and on a
label left at ``AutoText``: a teller's tiny-font span could hide an account's digits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from app.audit import AuditRecord
from app.authz_policy import Business
from app.services.authorization import DecisionView, RequestView
from app.services.capture import BatchView, PageView
from app.statuses import AuthzDecision, PageStatus, RequestStatus
from widgets.authz.history import history_html
from widgets.common.plain import literal, plain, tooltip
from widgets.docks.audit_log.model import AuditTableModel
from widgets.docks.authz_queue.detail import DetailPane
from widgets.docks.authz_queue.model import QueueModel
from widgets.docks.capture.details import DetailsPane
from widgets.docks.capture.model import BatchModel, PageModel

AT = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
HIDDEN = '6222 <span style="font-size:1px">0000</span>1234'  # the spoof the review found
CUSTOMER = "Li & <b>Co</b>"
REASON = "reason <a href=x>y</a>"
FILE = "<img src=x>.jpg"


def shown(text: str) -> str:
    """What Qt shows of ``text`` on an AutoText surface (a tooltip, a default label)."""
    if not QtGui.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def label_shows(label: QLabel) -> str:
    """What ``label`` shows: its text as it is, unless its format makes it markup."""
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(label.text())
    )
    if not rich:
        return label.text()
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def request(**changes: object) -> RequestView:
    fields: dict[str, object] = dict(
        id=7,
        business_type="X1",
        currency="CNY",
        amount_fen=100,
        account=HIDDEN,
        customer=CUSTOMER,
        reason=REASON,
        branch="<i>BR01</i>",
        teller="<s>teller</s>",
        mode="remote",
        levels_required=1,
        levels_done=0,
        status=RequestStatus.PENDING,
        priority=5,
        claimed_by=None,
        lease_until=None,
        policy_version=1,
        submissions=2,
        created_at=AT,
        updated_at=AT,
        decided_at=None,
    )
    fields.update(changes)
    return RequestView(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "lines",
    [("plain text",), ("two", "lines"), (REASON,), (FILE, "  indented\n  lines"), ('{"name": "<b>x</b>"}',)],
)
def test_the_helpers_show_any_text_literally(qapp, lines: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    expected = "\n".join(lines)
    assert shown(tooltip(*lines)) == expected
    assert shown(literal(*lines)) == expected
    if not QtGui.mightBeRichText(expected):
        assert tooltip(*lines) == expected  # what Qt shows as plain anyway is left as it is
    label = plain(QLabel(expected))
    assert label.textFormat() == Qt.TextFormat.PlainText and label_shows(label) == expected


def test_the_decision_pane_shows_what_the_teller_typed_literally(qapp, translations) -> None:  # type: ignore[no-untyped-def]
    pane = DetailPane(None)
    view = request()
    pane.show_request(view, AT)
    typed = {
        "account": view.account,
        "customer": view.customer,
        "branch": view.branch,
        "teller": view.teller,
        "reason": view.reason,
    }
    for name, text in typed.items():
        value = pane.values[name]
        assert value.textFormat() == Qt.TextFormat.PlainText, name
        assert label_shows(value) == text, name
    assert "0000" in label_shows(pane.values["account"])  # no digit hidden in a tiny font
    pane.show_error(f"refused: {CUSTOMER}")
    assert label_shows(pane.error) == f"refused: {CUSTOMER}"
    pane.deleteLater()


def test_the_queue_tooltip_shows_customer_account_and_reason_literally(qapp, translations) -> None:  # type: ignore[no-untyped-def]
    model = QueueModel("boss")
    model.set_rows([request()], AT)
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    lines = shown(tip).split("\n")
    assert lines[:2] == [f"{CUSTOMER} · {HIDDEN}", REASON]
    assert len(lines) == 3  # sent again: the third line says so


def test_the_audit_tooltips_show_reason_and_detail_literally(qapp, translations) -> None:  # type: ignore[no-untyped-def]
    model = AuditTableModel()
    rec = AuditRecord(9, AT, "admin", "tag.bind", "person", "3", REASON, None, {"name": "<b>x</b>"})
    model.set_records([rec])
    reason = model.index(0, model.COLUMNS.index("reason"))
    detail = model.index(0, model.COLUMNS.index("detail"))
    assert shown(reason.data(Qt.ItemDataRole.ToolTipRole)) == REASON
    tip = shown(detail.data(Qt.ItemDataRole.ToolTipRole)).split("\n")
    assert tip[0] == detail.data() and "<b>x</b>" in tip[0]  # the change as shown, then the raw data
    assert tip[-1] == '{"name":"<b>x</b>"}'


def test_a_hot_folder_file_name_shows_literally(qapp, translations) -> None:  # type: ignore[no-untyped-def]
    page = PageView(
        source_name=FILE,
        page_index=0,
        original_sha="0" * 64,
        original_ext="jpg",
        status=PageStatus.MANUAL,
        reasons=(),
        voucher_number="<b>N1</b>",
        account="<i>1</i>",
        id=1,
        batch_id=1,
        seq=3,
        captured_at=AT,
    )
    pages = PageModel()
    pages.set_pages(1, [page])
    tip = shown(pages.index(0).data(Qt.ItemDataRole.ToolTipRole))
    assert tip.split("\n")[0] == f"#3 {FILE}"
    batches = BatchModel()
    batches.set_batches([BatchView(1, f"folder:///scans/{FILE}", "<b>ST1</b>", "<i>op</i>", AT, False)])
    tip = shown(batches.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert "<b>ST1</b> · <i>op</i>" in tip
    details = DetailsPane()
    details.show_page(page)
    assert label_shows(details.values["file"]).startswith(f"{FILE} · ")
    assert label_shows(details.values["number"]) == "<b>N1</b>"
    details.deleteLater()


def test_request_history_shows_typed_text_literally(qapp, translations) -> None:  # type: ignore[no-untyped-def]
    business = Business("X1", "<b>大额</b>", "<b>Large</b>", (), 5, 0, 0, 0)
    view = request(
        account="<i>6222</i>",
        customer="Li & <u>Co</u>",
        levels_done=1,
        status=RequestStatus.APPROVED,
        decided_at=AT,
        decisions=(
            DecisionView("<script>boss</script>", 1, AuthzDecision.APPROVE, "<b>ok</b>", "remote", AT),
        ),
    )
    text = history_html(view, {"X1": business})
    for raw in ("<b>大额</b>", "<i>6222</i>", "<u>Co</u>", "<s>teller</s>", "<script>", "<b>ok</b>"):
        assert raw not in text
    for escaped in (
        "&lt;b&gt;大额&lt;/b&gt;",
        "Li &amp; &lt;u&gt;Co&lt;/u&gt;",
        "&lt;s&gt;teller&lt;/s&gt;",
        "&lt;script&gt;boss&lt;/script&gt;",
        "&lt;b&gt;ok&lt;/b&gt;",
    ):
        assert escaped in text
