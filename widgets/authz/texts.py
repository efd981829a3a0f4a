"""Translated text for remote authorization, shared by the teller's and the authorizer's docks: request
statuses and their colours, decisions, modes, image kinds, business names, routes, amounts, and the
service's refusals as a message for the field they concern. GUI thread (translations are looked up at
call time, so a language switch takes effect on the next call)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.authz_policy import LOCAL, Business, Route
from app.errors import PermissionDenied, SuiteError, ValidationError
from app.money import amount_in_words
from app.statuses import AuthzDecision, RequestStatus
from widgets.i18n import ui_is_chinese
from widgets.messages import error_text

CURRENCIES = ("CNY", "USD")
SYMBOLS = {"CNY": "¥", "USD": "US$"}
MAX_FEN = 10**15  # far above any limit; keeps the amount a sane integer
STATUS_COLOURS = {
    RequestStatus.PENDING: "#e0a020",  # amber: waiting for an authorizer
    RequestStatus.CLAIMED: "#3d7fd9",  # blue: an authorizer is looking at it
    RequestStatus.APPROVED: "#2e9e5b",  # green
    RequestStatus.REJECTED: "#d64545",  # red
    RequestStatus.RETURNED: "#c46bd6",  # violet: back to the teller for correction
    RequestStatus.CANCELLED: "#8a94a3",  # grey
}
SLA_WARN = timedelta(minutes=2)
SLA_LATE = timedelta(minutes=5)
SLA_COLOURS = {"ok": "#2e9e5b", "warn": "#e0a020", "late": "#d64545"}


def status_text(status: str) -> str:
    texts = {
        RequestStatus.PENDING: QCoreApplication.translate("AuthzTexts", "Pending"),
        RequestStatus.CLAIMED: QCoreApplication.translate("AuthzTexts", "Being reviewed"),
        RequestStatus.APPROVED: QCoreApplication.translate("AuthzTexts", "Approved"),
        RequestStatus.REJECTED: QCoreApplication.translate("AuthzTexts", "Rejected"),
        RequestStatus.RETURNED: QCoreApplication.translate("AuthzTexts", "Returned"),
        RequestStatus.CANCELLED: QCoreApplication.translate("AuthzTexts", "Cancelled"),
    }
    return texts.get(status, status)


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, "#8a94a3"))


def decision_text(decision: str) -> str:
    texts = {
        AuthzDecision.APPROVE: QCoreApplication.translate("AuthzTexts", "Approved"),
        AuthzDecision.REJECT: QCoreApplication.translate("AuthzTexts", "Rejected"),
        AuthzDecision.RETURN: QCoreApplication.translate("AuthzTexts", "Returned for correction"),
    }
    return texts.get(decision, decision)


def mode_text(mode: str) -> str:
    return (
        QCoreApplication.translate("AuthzTexts", "Local")
        if mode == LOCAL
        else QCoreApplication.translate("AuthzTexts", "Remote")
    )


def kind_text(kind: str) -> str:
    texts = {
        "id_card": QCoreApplication.translate("AuthzTexts", "ID card"),
        "voucher": QCoreApplication.translate("AuthzTexts", "Voucher"),
        "other": QCoreApplication.translate("AuthzTexts", "Other image"),
    }
    return texts.get(kind, kind)


def image_flag_text(kind: str, flag: str) -> str:
    """Why an image does not look like its kind (``RequestView.image_flags``, ``imaging.kinds``)."""
    texts = {
        "voucher_qr": QCoreApplication.translate("AuthzTexts", "%1 carries a voucher's QR code"),
        "shape": QCoreApplication.translate("AuthzTexts", "%1 does not have the shape of an ID card"),
        "size": QCoreApplication.translate("AuthzTexts", "%1 is larger than an ID card"),
        "card_shape": QCoreApplication.translate(
            "AuthzTexts", "%1 has no voucher QR code and the shape of an ID card"
        ),
        "unreadable": QCoreApplication.translate("AuthzTexts", "%1 could not be read"),
    }
    return texts.get(flag, "%1: " + flag).replace("%1", kind_text(kind))


def business_text(business: Business | None, code: str = "") -> str:
    if business is None:
        return code
    return (business.name_zh if ui_is_chinese() else business.name_en) or business.code


def currency_text(currency: str) -> str:
    texts = {
        "CNY": QCoreApplication.translate("AuthzTexts", "CNY (RMB)"),
        "USD": QCoreApplication.translate("AuthzTexts", "USD"),
    }
    return texts.get(currency, currency)


def amount_text(fen: int, currency: str = "CNY") -> str:
    """Fen as money with thousands separators: 1234500 -> ¥12,345.00."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{SYMBOLS.get(currency, currency + ' ')}{whole:,}.{cents:02d}"


def parse_amount(text: str) -> int | None:
    """Yuan as typed (``12345``, ``12,345.5``, ``¥12,345.50``) -> fen; None if it is no amount of at
    most two decimals."""
    cleaned = text.strip().replace(",", "").replace("，", "").lstrip("¥$").strip()
    if not re.fullmatch(r"\d+(\.\d{0,2})?", cleaned):
        return None
    try:
        fen = int(Decimal(cleaned) * 100)
    except InvalidOperation:
        return None
    return fen if fen < MAX_FEN else None


def amount_words(fen: int, currency: str) -> str:
    """The amount in Chinese financial capitals (大写金额) for RMB in the Chinese UI; else ''."""
    if currency != "CNY" or not ui_is_chinese() or not 0 < fen < 10**14:
        return ""
    return amount_in_words(fen)


def route_text(route: Route | None) -> tuple[str, str]:
    """What the amount needs, and the state of the pill that shows it (ok/warn/error/off)."""
    if route is None:
        return QCoreApplication.translate("AuthzTexts", "Enter the amount"), "off"
    if not route.needs_authorization:
        return QCoreApplication.translate("AuthzTexts", "No authorization needed"), "ok"
    if route.levels >= 2:
        return QCoreApplication.translate("AuthzTexts", "Two authorizers (remote)"), "warn"
    if LOCAL in route.modes:
        return QCoreApplication.translate("AuthzTexts", "One authorizer: local or remote"), "warn"
    return QCoreApplication.translate("AuthzTexts", "One authorizer: remote only"), "warn"


def age_text(age: timedelta) -> str:
    """A waiting time as mm:ss (h:mm:ss from an hour on)."""
    seconds = max(0, int(age.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def sla_state(age: timedelta) -> str:
    if age >= SLA_LATE:
        return "late"
    return "warn" if age >= SLA_WARN else "ok"


def local_time(at: datetime | None) -> str:
    return at.astimezone().strftime("%m-%d %H:%M:%S") if at is not None else ""


def list_time(at: datetime, now: datetime | None = None) -> str:
    """A time in a list: always with its date (a list of a month's requests showed 03:38:59 for one
    sent two days before, and a queue only how long each had waited), and with the year for
    another year's."""
    local = at.astimezone()
    year = (now or datetime.now(local.tzinfo)).astimezone(local.tzinfo).year
    return local.strftime("%m-%d %H:%M" if local.year == year else "%Y-%m-%d %H:%M")


def levels_text(done: int, required: int) -> str:
    return f"{done}/{required}"


# -- refusals -----------------------------------------------------------------------------------------


def refusal(exc: SuiteError) -> tuple[str, str]:
    """The field a refusal concerns (a ``Draft`` field name, ``comment``, ``lease``, ``status`` or
    ``""`` for the form as a whole) and the message to show next to it."""
    p = exc.params
    field, problem = str(p.get("field", "")), str(p.get("problem", ""))
    if isinstance(exc, PermissionDenied):
        return "", _permission_text(exc)
    if not isinstance(exc, ValidationError):
        return "", error_text(exc)
    if field == "reason" and problem == "required":
        return "reason", QCoreApplication.translate("AuthzTexts", "Please give a reason.")
    if field == "amount_fen":
        texts = {
            "range": QCoreApplication.translate("AuthzTexts", "The amount must be greater than zero."),
            "input_limit": QCoreApplication.translate("AuthzTexts", "The amount is above your input limit."),
            "not_needed": QCoreApplication.translate(
                "AuthzTexts", "This amount needs no authorization: post the transaction directly."
            ),
        }
        if problem == "input_limit" and "limit_fen" in p:
            return field, QCoreApplication.translate(
                "AuthzTexts", "The amount is above your input limit of %1."
            ).replace("%1", amount_text(int(p["limit_fen"]), str(p.get("currency", "CNY"))))
        return field, texts.get(problem, exc.message)
    if field == "account" and problem == "required":
        return field, QCoreApplication.translate("AuthzTexts", "Account and customer are required.")
    if field == "business_type":
        return field, QCoreApplication.translate("AuthzTexts", "Choose a business type.")
    if field == "mode":
        return field, QCoreApplication.translate(
            "AuthzTexts", "Local authorization is not allowed for this amount: send it to the center."
        )
    if field == "attachments" and problem == "missing":
        kinds = [str(k) for k in p.get("kinds", ())]
        names = ("、" if ui_is_chinese() else ", ").join(kind_text(k) for k in kinds)
        return field, QCoreApplication.translate("AuthzTexts", "Images missing: %1").replace("%1", names)
    if field == "duplicate":
        return "", QCoreApplication.translate(
            "AuthzTexts", "Request no. %1 for the same business, account and amount is still open."
        ).replace("%1", str(p.get("request_id", "?")))
    if field == "lease" and problem == "expired":
        return field, QCoreApplication.translate(
            "AuthzTexts", "Your claim has expired and the request went back to the queue: claim it again."
        )
    if field == "status":
        return field, QCoreApplication.translate(
            "AuthzTexts", "This request has changed meanwhile (another workstation); the list is refreshed."
        )
    return field, error_text(exc)


def _permission_text(exc: PermissionDenied) -> str:
    kind = exc.params.get("permission")
    if kind == "four_eyes":
        rule = exc.params.get("rule")
        if rule == "own_request":
            return QCoreApplication.translate("AuthzTexts", "Four eyes: nobody authorizes their own request.")
        if rule == "same_authorizer":
            return QCoreApplication.translate(
                "AuthzTexts", "Four eyes: the second level needs a different authorizer."
            )
        if rule == "above_limit":
            return QCoreApplication.translate("AuthzTexts", "The amount is above this authorizer's limit.")
        return QCoreApplication.translate("AuthzTexts", "This authorizer may not decide this request.")
    if kind == "own":
        return QCoreApplication.translate("AuthzTexts", "Only the teller who made the request may do this.")
    return error_text(exc)
