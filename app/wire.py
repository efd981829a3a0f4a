"""The suite server's wire format, shared by the server and its client: msgspec JSON for calls,
results and push messages, and domain errors carried as data and raised again as the same class on
the other side. Any thread."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, NoReturn

import msgspec

from app import errors
from app.errors import SuiteError
from app.rbac import Principal


def _fallback(obj: Any) -> Any:
    """Error parameters may name anything (a path, an enum from elsewhere): sent as text."""
    return str(obj)


_encoder = msgspec.json.Encoder()
_lenient = msgspec.json.Encoder(enc_hook=_fallback)


def encode(obj: Any) -> bytes:
    return _encoder.encode(obj)


def decode(data: bytes | str, type_: Any = Any) -> Any:
    return msgspec.json.decode(data, type=type_)


def convert(obj: Any, type_: Any) -> Any:
    return msgspec.convert(obj, type_)


class ErrorBody(msgspec.Struct, frozen=True):
    type: str
    code: str
    message: str
    params: dict[str, Any] = {}


def error_body(exc: SuiteError) -> bytes:
    return _lenient.encode({"error": ErrorBody(type(exc).__name__, exc.code, exc.message, dict(exc.params))})


def _classes(base: type[SuiteError] = SuiteError) -> dict[str, type[SuiteError]]:
    found = {base.__name__: base}
    for sub in base.__subclasses__():
        found.update(_classes(sub))
    return found


ERROR_CLASSES = {name: cls for name, cls in _classes().items() if cls.__module__ == errors.__name__}


def raise_error(body: ErrorBody) -> NoReturn:
    """Raise the domain error ``body`` describes (an unknown type as a plain ``SuiteError``)."""
    cls = ERROR_CLASSES.get(body.type, SuiteError)
    raise cls(body.message, **body.params)


# -- log-in ---------------------------------------------------------------------------------------
Short = Annotated[str, msgspec.Meta(max_length=64)]
Secret = Annotated[str, msgspec.Meta(max_length=256)]


class LoginRequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A password log-in (username + password) or a card log-in (card_uid + pin) at ``station``.
    Bounded: nobody can make the server hash, or audit, an arbitrarily long string before log-in."""

    station: Short
    username: Short = ""
    password: Secret = ""
    card_uid: Short = ""
    pin: Short = ""
    machine: Short = ""  # the workstation's own random id (app.client.station): one machine per station
    new_password: Secret = ""  # with the right password: set this one first (a password change due)


class LoginReply(msgspec.Struct, frozen=True):
    token: str
    principal: Principal
    station: str
    expires_at: datetime
    server_time: datetime
    push_seq: int  # the change log's position now: a fresh workstation's stream starts here
    time_zone: str = "Asia/Shanghai"  # the bank's (statistics periods), the server's setting


# -- the push stream (one WebSocket per workstation) -------------------------------------------------
class PushHello(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The workstation's first message: its session and the last position it has seen."""

    token: Short
    since: int = 0


class PushItem(msgspec.Struct, frozen=True):
    seq: int
    kind: str  # app.changelog.Kind
    at: datetime
    data: msgspec.Raw  # a Change, or a tracking batch


class PushBatch(msgspec.Struct, frozen=True, tag="batch"):
    items: list[PushItem]
    upto: int  # the position after this batch (items the workstation does not get are skipped)


class PushReady(msgspec.Struct, frozen=True, tag="ready"):
    """Everything up to ``seq`` has been sent: the stream is live from here."""

    seq: int
    server_time: datetime


class PushReset(msgspec.Struct, frozen=True, tag="reset"):
    """The workstation was away longer than the log is kept: reload everything, then go on."""

    seq: int


class PushEnd(msgspec.Struct, frozen=True, tag="end"):
    """The server ends the stream: ``why`` is ``session_ended`` (log in again) or ``lagging`` (resume)."""

    why: str


PushMessage = PushBatch | PushReady | PushReset | PushEnd
