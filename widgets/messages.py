"""Translated, user-facing text for domain errors. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QWidget

from app.errors import SuiteError
from widgets.common.plain import plain


def error_text(exc: SuiteError) -> str:
    p = exc.params
    code = exc.code
    if code == "bad_credentials":
        remaining = p.get("remaining")
        if p.get("forged"):
            return QCoreApplication.translate(
                "Errors", "This card is not registered. The attempt has been recorded."
            )
        if remaining is None and p.get("card"):
            return QCoreApplication.translate("Errors", "Unknown card or wrong PIN.")
        if remaining is None:
            return QCoreApplication.translate("Errors", "Unknown user name or wrong password.")
        return QCoreApplication.translate(
            "Errors", "Wrong password or PIN. %n attempt(s) left before the account is locked."
        ).replace("%n", str(remaining))
    if code == "locked":
        if p.get("why") == "pin_reset":
            return QCoreApplication.translate(
                "Errors",
                "This card's PIN must be renewed. Ask the center administrator for a new 6-digit PIN.",
            )
        if p.get("why") == "inactive":
            return QCoreApplication.translate(
                "Errors", "This account is disabled. Contact the center administrator."
            )
        return QCoreApplication.translate(
            "Errors", "Locked after 3 wrong attempts. Only the center administrator can unlock it."
        )
    if code == "password_change_required":
        return QCoreApplication.translate(
            "Errors",
            "Your password was given to you (the demo password is known to all): set your own to log in.",
        )
    if code == "throttled":
        return QCoreApplication.translate(
            "Errors", "Too many failed log-ins from this workstation. Try again in %1 seconds."
        ).replace("%1", str(p.get("retry_after", "")))
    if code == "blacklisted":
        return QCoreApplication.translate("Errors", "This card is blacklisted and can never be used again.")
    if code == "permission_denied":
        if p.get("permission") == "sod":
            return QCoreApplication.translate(
                "Errors", "Separation of duties: you cannot do this for your own account."
            )
        return QCoreApplication.translate(
            "Errors", "You do not have permission for this action. The attempt has been recorded."
        )
    if code == "db_unavailable":
        if not p.get("url"):  # the suite server's database: its address is not the workstation's business
            return QCoreApplication.translate(
                "Errors", "The suite server cannot reach its database. Try again shortly."
            )
        return QCoreApplication.translate("Errors", "Cannot reach the database %1.").replace(
            "%1", str(p.get("url", ""))
        )
    if code == "unreachable":
        if p.get("sent"):
            return QCoreApplication.translate(
                "Errors",
                "The suite server did not answer. The operation may or may not have been done: "
                "check before repeating it.",
            )
        servers = ", ".join(str(s).removeprefix("https://") for s in p.get("servers") or [])
        return QCoreApplication.translate("Errors", "Cannot reach the suite server %1.").replace(
            "%1", servers
        )
    if code == "server_identity":
        return QCoreApplication.translate(
            "Errors",
            "This server is not the one this workstation trusts (its certificate differs from the "
            "pinned one). Do not log in; tell the administrator.",
        )
    if code == "station_in_use":
        return (
            QCoreApplication.translate(
                "Errors",
                "Station %1 is already running on another computer (heard from %2 s ago). Its devices"
                " run in one place only: stop it there, or wait for it to time out.",
            )
            .replace("%1", str(p.get("station", "")))
            .replace("%2", str(p.get("seen_s", "")))
        )
    if code == "spool_in_use":
        return QCoreApplication.translate(
            "Errors", "This station's devices already run in another program on this computer."
        )
    if code == "session_ended":
        return QCoreApplication.translate("Errors", "Your session has ended. Please log in again.")
    if code == "invalid":
        problem = p.get("problem")
        texts = {
            "too_short": QCoreApplication.translate(
                "Errors", "The password must have at least 8 characters."
            ),
            "too_simple": QCoreApplication.translate(
                "Errors", "The password needs 3 of: lower case, upper case, digits, symbols."
            ),
            "required": QCoreApplication.translate("Errors", "Please fill in: %1").replace(
                "%1", str(p.get("field", ""))
            ),
            "duplicate": QCoreApplication.translate("Errors", "This already exists: %1").replace(
                "%1", str(p.get("field", ""))
            ),
            "format": QCoreApplication.translate("Errors", "Invalid format: %1").replace(
                "%1", str(p.get("field", ""))
            ),
            "same": QCoreApplication.translate("Errors", "The new password must differ from the old one."),
            "pin_format": QCoreApplication.translate("Errors", "The PIN must be exactly 6 digits."),
            "pin_trivial": QCoreApplication.translate(
                "Errors",
                "This PIN is too easy to guess (a run, a repeat or a keypad pattern): choose another.",
            ),
            "unknown_role": QCoreApplication.translate("Errors", "Unknown role."),
            "unbound": QCoreApplication.translate(
                "Errors",
                "This station account is bound to no station: bind it first (bank-suite set-user-station).",
            ),
        }
        return texts.get(str(problem), exc.message)
    if code == "not_found":
        return QCoreApplication.translate("Errors", "Not found: %1").replace("%1", str(p.get("key", "")))
    return exc.message


def add_message_row(layout: QBoxLayout, object_name: str, left: QWidget | None = None) -> QLabel:
    """A dock's bottom line: an optional state widget on the left, its last message on the right."""
    row = QHBoxLayout()
    row.setContentsMargins(4, 0, 6, 2)
    message = plain(QLabel())  # quotes records and refusals as stored: never markup
    message.setObjectName(object_name)
    if left is not None:
        row.addWidget(left)
    row.addStretch(1)
    row.addWidget(message)
    layout.addLayout(row)
    return message
