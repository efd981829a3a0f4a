"""The remote call table: every ``@remote`` method of every service in ``Services``, with its argument
and result types, shared by the server (which calls the service) and the workstation's client proxy
(which encodes the call and decodes the result). Any thread.

The rules a remote method's signature must follow are checked when the table is built, so a
service that breaks one fails at import in the tests, not in production:
- its first parameter is the acting ``Principal``: the server fills it from the caller's session and
  the wire never carries it;
- no other parameter is a ``Principal`` (a second person proves themselves with credentials,
  checked inside the operation) and none is a caller-chosen time: a ``now`` parameter (a test's
  seam) must be keyword-only and default to None, and it never crosses the wire;
- a ``progress`` parameter (a callback for in-process callers, e.g. an import's batches) must be
  keyword-only and default to None; it never crosses the wire either (a remote call reports none);
- the parameter ``@remote(station=...)`` names is this workstation's station, filled from the
  session as well (any other parameter, e.g. the station a reader is assigned to, is the caller's);
- every other parameter and the result are msgspec-serializable.
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import msgspec

from app.rbac import Principal
from app.services import Services

FORBIDDEN = frozenset({"now"})
LOCAL_ONLY = frozenset({"progress"})  # keyword-only, default None: in-process callers' callbacks


@dataclass(frozen=True)
class Endpoint:
    service: str  # the Services field
    method: str
    function: Callable[..., Any]  # unbound: function(service, actor, **kwargs)
    args: type[msgspec.Struct]
    result: type[msgspec.Struct]  # one field, ``result``
    session_params: tuple[str, ...]
    positional: tuple[str, ...]  # wire parameters in signature order, for the proxy's positional calls

    @property
    def name(self) -> str:
        return f"{self.service}.{self.method}"


def _mentions_principal(hint: Any) -> bool:
    if hint is Principal:
        return True
    return any(_mentions_principal(a) for a in typing.get_args(hint))


def _endpoint(service: str, function: Callable[..., Any]) -> Endpoint:
    name = f"{service}.{function.__name__}"
    hints = typing.get_type_hints(function)
    params = list(inspect.signature(function).parameters.values())[1:]  # self
    if not params or hints.get(params[0].name) is not Principal:
        raise TypeError(f"{name}: the first parameter must be the acting Principal")
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    session: list[str] = []
    for p in params[1:]:
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            raise TypeError(f"{name}: *args/**kwargs cannot cross the wire")
        if p.name in FORBIDDEN:  # a test's seam: never on the wire, the server's clock decides
            if p.kind is p.KEYWORD_ONLY and p.default is None:
                continue
            raise TypeError(f"{name}: takes a caller-chosen time ({p.name}); the server's clock decides")
        if p.name in LOCAL_ONLY:
            if p.kind is p.KEYWORD_ONLY and p.default is None:
                continue
            raise TypeError(f"{name}: {p.name} must be keyword-only and default to None")
        hint = hints[p.name]
        if _mentions_principal(hint):
            raise TypeError(f"{name}: takes a second Principal ({p.name}); verify credentials instead")
        if p.name == getattr(function, "__remote_station__", None):
            session.append(p.name)
            continue
        fields.append((p.name, hint) if p.default is p.empty else (p.name, hint, p.default))
    args = msgspec.defstruct(f"{name}.args", fields, kw_only=True, forbid_unknown_fields=True, frozen=True)
    result = msgspec.defstruct(f"{name}.result", [("result", hints.get("return", Any))], frozen=True)
    for t in (args, result):  # an unsupported type fails here, at build time
        msgspec.json.Decoder(t)
    positional = tuple(f[0] for f in fields)
    return Endpoint(service, function.__name__, function, args, result, tuple(session), positional)


@cache
def endpoints() -> dict[str, Endpoint]:
    hints = typing.get_type_hints(Services)
    table: dict[str, Endpoint] = {}
    for f in dataclasses.fields(Services):
        cls = hints[f.name]
        if not inspect.isclass(cls) or f.name == "db":
            continue
        for attr, function in sorted(vars(cls).items()):
            if callable(function) and getattr(function, "__remote__", False) and not attr.startswith("_"):
                endpoint = _endpoint(f.name, function)
                table[endpoint.name] = endpoint
    return table


def service_classes() -> dict[str, type]:
    hints = typing.get_type_hints(Services)
    return {f.name: hints[f.name] for f in dataclasses.fields(Services) if f.name != "db"}
