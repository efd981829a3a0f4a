"""Text that users typed (business names, customers, people) is data in the authorization panes'
rich text, never markup."""

from __future__ import annotations

from datetime import UTC, datetime

from app.authz_policy import Business
from app.services.authorization import DecisionView, RequestView
from app.statuses import AuthzDecision, RequestStatus
from widgets.authz.history import history_html


def test_request_history_shows_typed_text_literally(  # type: ignore[no-untyped-def]
    qapp, translations
) -> None:
    at = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    business = Business("X1", "<b>大额</b>", "<b>Large</b>", (), 5, 0, 0, 0)
    view = RequestView(
        id=7,
        business_type="X1",
        currency="CNY",
        amount_fen=100,
        account="<i>6222</i>",
        customer="Li & <u>Co</u>",
        reason="r",
        branch="BR01",
        teller="<s>teller</s>",
        mode="remote",
        levels_required=1,
        levels_done=1,
        status=RequestStatus.APPROVED,
        priority=5,
        claimed_by=None,
        lease_until=None,
        policy_version=1,
        submissions=1,
        created_at=at,
        updated_at=at,
        decided_at=at,
        decisions=(
            DecisionView("<script>boss</script>", 1, AuthzDecision.APPROVE, "<b>ok</b>", "remote", at),
        ),
    )
    text = history_html(view, {"X1": business})
    for raw in ("<b>大额</b>", "<i>6222</i>", "<u>Co</u>", "<s>teller</s>", "<script>", "<b>ok</b>"):
        assert raw not in text
    for shown in (
        "&lt;b&gt;大额&lt;/b&gt;",
        "Li &amp; &lt;u&gt;Co&lt;/u&gt;",
        "&lt;s&gt;teller&lt;/s&gt;",
        "&lt;script&gt;boss&lt;/script&gt;",
        "&lt;b&gt;ok&lt;/b&gt;",
    ):
        assert shown in text
