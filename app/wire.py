"""The suite server's wire format, shared by the server and its client: msgspec JSON for calls,
results and push messages, and domain errors carried as data and raised again as the same class on
the other side. Any thread."""

from __future__ import annotations

from typing import Any, NoReturn

import msgspec

from app import errors
from app.errors import SuiteError


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
