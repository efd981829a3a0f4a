"""The story of one authorization request as rich text (submitted, every decision), shown by the
teller's request list and the authorization center. GUI thread (translations at call time)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from app.authz_policy import Business
from app.services.authorization import RequestView
from widgets.authz.texts import (
    amount_text,
    business_text,
    decision_text,
    local_time,
    mode_text,
    status_colour,
)


def history_html(view: RequestView, businesses: dict[str, Business]) -> str:
    """The request's story for a rich-text label: submitted, every decision, where it stands."""
    rows = [
        QCoreApplication.translate("AuthzRequests", "<b>No. %1</b> · %2 · %3 · %4 (%5)")
        .replace("%1", str(view.id))
        .replace("%2", html.escape(business_text(businesses.get(view.business_type), view.business_type)))
        .replace("%3", amount_text(view.amount_fen, view.currency))
        .replace("%4", html.escape(view.customer))
        .replace("%5", html.escape(view.account)),
        QCoreApplication.translate("AuthzRequests", "Submitted %1 by %2 · %3 authorization · sent %4 time(s)")
        .replace("%1", local_time(view.created_at))
        .replace("%2", html.escape(view.teller))
        .replace("%3", mode_text(view.mode))
        .replace("%4", str(view.submissions)),
    ]
    for d in view.decisions:
        colour = {"approve": "approved", "reject": "rejected", "return": "returned"}.get(d.decision, "")
        line = f'<span style="color:{status_colour(colour).name()}">■</span> ' + QCoreApplication.translate(
            "AuthzRequests", "%1 · level %2 · %3 by %4"
        ).replace("%1", local_time(d.at)).replace("%2", str(d.level)).replace(
            "%3", decision_text(d.decision)
        ).replace("%4", html.escape(d.authorizer))
        if d.comment:
            line += f": <i>{html.escape(d.comment)}</i>"
        rows.append(line)
    return "<br>".join(rows)

