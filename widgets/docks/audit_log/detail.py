"""An audit entry's before and after as a reader would say it: "状态：待授权 → 已通过；金额（分）：…"
instead of two JSON objects. Field names in the UI language (a field without a label keeps its
code); roles by their names, yes/no for flags, "–" for none. GUI thread or a worker
(``QCoreApplication.translate`` is safe on any thread)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.audit import canonical_json
from app.rbac import Role
from app.statuses import CardStatus
from widgets.authz.texts import status_text as request_status
from widgets.common.capture_texts import status_text as page_status
from widgets.docks.audit_log.labels import chain_label
from widgets.roles import role_name


def _field_labels() -> dict[str, str]:
    return {
        "status": QCoreApplication.translate("AuditFields", "Status"),
        "tag_id": QCoreApplication.translate("AuditFields", "Tag"),
        "workstation": QCoreApplication.translate("AuditFields", "Workstation"),
        "failed_pins": QCoreApplication.translate("AuditFields", "Wrong PINs"),
        "failed_attempts": QCoreApplication.translate("AuditFields", "Failed log-ins"),
        "zones": QCoreApplication.translate("AuditFields", "Zones"),
        "zone": QCoreApplication.translate("AuditFields", "Zone"),
        "station": QCoreApplication.translate("AuditFields", "Station"),
        "roles": QCoreApplication.translate("AuditFields", "Roles"),
        "active": QCoreApplication.translate("AuditFields", "Enabled"),
        "locked": QCoreApplication.translate("AuditFields", "Locked"),
        "version": QCoreApplication.translate("AuditFields", "Version"),
        "type": QCoreApplication.translate("AuditFields", "Voucher type"),
        "template": QCoreApplication.translate("AuditFields", "Template"),
        "source": QCoreApplication.translate("AuditFields", "Source"),
        "skills": QCoreApplication.translate("AuditFields", "Skills"),
        "rows": QCoreApplication.translate("AuditFields", "Rows"),
        "regions": QCoreApplication.translate("AuditFields", "Regions"),
        "offered_to": QCoreApplication.translate("AuditFields", "Offered to"),
        "mode": QCoreApplication.translate("AuditFields", "Mode"),
        "level": QCoreApplication.translate("AuditFields", "Level"),
        "levels": QCoreApplication.translate("AuditFields", "Levels"),
        "lease_until": QCoreApplication.translate("AuditFields", "Claimed until"),
        "holder": QCoreApplication.translate("AuditFields", "Holder"),
        "claimed_by": QCoreApplication.translate("AuditFields", "Claimed by"),
        "business": QCoreApplication.translate("AuditFields", "Business type"),
        "currency": QCoreApplication.translate("AuditFields", "Currency"),
        "amount_fen": QCoreApplication.translate("AuditFields", "Amount (fen)"),
        "account": QCoreApplication.translate("AuditFields", "Account"),
        "images": QCoreApplication.translate("AuditFields", "Images"),
        "image_sha256": QCoreApplication.translate("AuditFields", "Image SHA-256"),
        "username": QCoreApplication.translate("AuditFields", "User name"),
        "display_name": QCoreApplication.translate("AuditFields", "Name"),
        "outsourced": QCoreApplication.translate("AuditFields", "Outsourced"),
        "created": QCoreApplication.translate("AuditFields", "Created"),
        "updated": QCoreApplication.translate("AuditFields", "Updated"),
        "tags_bound": QCoreApplication.translate("AuditFields", "Tags bound"),
        "batch": QCoreApplication.translate("AuditFields", "Batch"),
        "seq": QCoreApplication.translate("AuditFields", "Page"),
        "reasons": QCoreApplication.translate("AuditFields", "Reasons"),
        "voucher": QCoreApplication.translate("AuditFields", "Voucher No."),
        "original": QCoreApplication.translate("AuditFields", "Original SHA-256"),
        "polygon": QCoreApplication.translate("AuditFields", "Outline"),
        "name_zh": QCoreApplication.translate("AuditFields", "Chinese name"),
        "name_en": QCoreApplication.translate("AuditFields", "English name"),
        "kind": QCoreApplication.translate("AuditFields", "Kind"),
        "restricted": QCoreApplication.translate("AuditFields", "Restricted"),
        "url": QCoreApplication.translate("AuditFields", "Channel"),
        "x": "x",
        "y": "y",
        "enabled": QCoreApplication.translate("AuditFields", "Enabled"),
        "antennas": QCoreApplication.translate("AuditFields", "Antennas"),
        "ok": QCoreApplication.translate("AuditFields", "Intact"),
        "checked": QCoreApplication.translate("AuditFields", "Entries checked"),
        "first_bad_seq": QCoreApplication.translate("AuditFields", "First bad entry"),
        "problem": QCoreApplication.translate("AuditFields", "Problem"),
        "pending": QCoreApplication.translate("AuditFields", "Not yet chained"),
        "checkpoints": QCoreApplication.translate("AuditFields", "Signed checkpoints"),
        "entries": QCoreApplication.translate("AuditFields", "Entries"),
        "matching": QCoreApplication.translate("AuditFields", "Matching"),
        "text": QCoreApplication.translate("AuditFields", "Search"),
        "since": QCoreApplication.translate("AuditFields", "From"),
        "until": QCoreApplication.translate("AuditFields", "Until"),
        "chain": QCoreApplication.translate("AuditFields", "Chain"),
        "approved": QCoreApplication.translate("AuditFields", "Approved"),
        "rejected": QCoreApplication.translate("AuditFields", "Rejected"),
        "returned": QCoreApplication.translate("AuditFields", "Returned"),
        "cancelled": QCoreApplication.translate("AuditFields", "Cancelled"),
        "resubmitted": QCoreApplication.translate("AuditFields", "Resubmitted"),
        "decisions": QCoreApplication.translate("AuditFields", "Decisions"),
        "requests": QCoreApplication.translate("AuditFields", "Requests"),
        "two_level": QCoreApplication.translate("AuditFields", "Two-level"),
        "staff_added": QCoreApplication.translate("AuditFields", "Staff added"),
        "from": QCoreApplication.translate("AuditFields", "From"),
        "to": QCoreApplication.translate("AuditFields", "To"),
        "people": QCoreApplication.translate("AuditFields", "Staff"),
        "assets": QCoreApplication.translate("AuditFields", "Assets"),
        "cash_boxes": QCoreApplication.translate("AuditFields", "Cash boxes"),
        "archive_folders": QCoreApplication.translate("AuditFields", "Archive folders"),
        "vip_customers": QCoreApplication.translate("AuditFields", "VIP customers"),
    }


def value_text(key: str, value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditFields", "yes")
            if value
            else QCoreApplication.translate("AuditFields", "no")
        )
    if key == "status" and isinstance(value, str):
        return _status(value)
    if key == "roles" and isinstance(value, list):
        return "、".join(_role(v) for v in value) or "–"
    if isinstance(value, list):
        return ", ".join(value_text(key, v) for v in value) or "–"
    if key == "chain" and isinstance(value, dict) and "ok" in value:
        return chain_label(value)
    if isinstance(value, dict):
        return canonical_json(value)
    return str(value)


def _status(value: str) -> str:
    """A card's, a request's or a page's status by its name (the codes do not overlap in meaning)."""
    cards = {
        CardStatus.ACTIVE: QCoreApplication.translate("AuditFields", "active"),
        CardStatus.LOCKED: QCoreApplication.translate("AuditFields", "locked"),
        CardStatus.BLACKLISTED: QCoreApplication.translate("AuditFields", "blacklisted"),
    }
    if value in cards:
        return cards[value]  # type: ignore[index]  # a str finds its CardStatus
    named = request_status(value)
    return named if named != value else page_status(value)


def _role(code: object) -> str:
    try:
        return role_name(Role(str(code)))
    except ValueError:
        return str(code)


def change_text(before: Any, after: Any) -> str:
    """One line: each field that changed as "label: old → new", one that appeared as "label: new",
    one that went away as "label: old → –"; fields that stayed the same are left out (unless
    nothing changed). Values that are not objects: "old → new"."""
    if not isinstance(before, dict) and not isinstance(after, dict):
        parts = [canonical_json(v) for v in (before, after) if v is not None]
        return " → ".join(parts)
    old = before if isinstance(before, dict) else {}
    new = after if isinstance(after, dict) else {}
    labels = _field_labels()
    changed: list[str] = []
    same: list[str] = []
    for key in [*old, *(k for k in new if k not in old)]:
        label = labels.get(key, key)
        if key in old and key in new:
            if old[key] == new[key]:
                same.append(f"{label}: {value_text(key, new[key])}")
            else:
                changed.append(f"{label}: {value_text(key, old[key])} → {value_text(key, new[key])}")
        elif key in new:
            changed.append(f"{label}: {value_text(key, new[key])}")
        else:
            changed.append(f"{label}: {value_text(key, old[key])} → –")
    return "; ".join(changed or same)
