"""Every operation a workstation may call (``app.rpc.endpoints()``) checks its actor: called by a
signed-in user who holds no permission at all, each one is refused with ``PermissionDenied``, except
the few named below with the reason they are open to every signed-in user. A new ``@remote`` method
that forgets its check fails here. As an insider's script would call them, with well-formed
arguments. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta

import msgspec
import pytest
from sqlalchemy import delete

from app import rpc, security
from app.clock import utcnow
from app.db.models import UserRole
from app.errors import PermissionDenied
from app.rbac import Principal, Role, system_principal
from app.services import Services

ROOT = system_principal("test")
PW = "Str0ng!Passw0rd"
OPEN_TO_EVERY_SIGNED_IN_USER = {
    "identity.reauthenticate": "the lock screen: one's own password, counted towards one's own lock",
    "identity.change_password": "one's own password, after proving the old one",
    "sites.overview": "the overview's counts, which every role sees (no personal data)",
}
VALUES: dict[str, object] = {  # well-formed values where a format is checked before the actor
    "sha256": "0" * 64,
    "ext": "jpg",
    "code": "X1",
    "kind": "person",
    "decision": "approve",
    "reason": "a reason",
    "comment": "a comment",
}


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(security, "LOG2_N", 10)


@pytest.fixture
def nobody(services: Services) -> Principal:
    """A signed-in user whose roles were all taken away: no permission at all."""
    services.identity.create_user(ROOT, "nobody", "Nobody", PW, [Role.KEYER], reason="test")
    principal = services.identity.authenticate("nobody", PW)
    with services.db.write() as s:
        s.execute(delete(UserRole).where(UserRole.user_id == principal.user_id))
    principal = dataclasses.replace(principal, roles=frozenset())
    assert principal.permissions == frozenset()
    return principal


def sample(hint: object, name: str = "") -> object:
    """A well-formed value of the type ``hint``."""
    if name in VALUES:
        return VALUES[name]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Annotated:
        return sample(args[0], name)
    if origin in (typing.Union, types.UnionType):
        return sample(next(a for a in args if a is not type(None)), name)
    if origin is typing.Literal:
        return args[0]
    if origin in (list, set, frozenset, Sequence, Iterable) or hint in (list, set):
        return []
    if origin is tuple:
        return tuple(sample(a) for a in args if a is not Ellipsis) if Ellipsis not in args else ()
    if origin in (dict, Mapping) or hint is dict:
        return {}
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return next(iter(hint))
        if issubclass(hint, bool):
            return False
        if issubclass(hint, int):
            return 1
        if issubclass(hint, float):
            return 1.0
        if issubclass(hint, str):
            return "X"
        if issubclass(hint, bytes):
            return b"x"
        if issubclass(hint, datetime):
            return utcnow()
        if issubclass(hint, date):
            return utcnow().date()
        if issubclass(hint, timedelta):
            return timedelta(minutes=1)
        if dataclasses.is_dataclass(hint):
            hints = typing.get_type_hints(hint)
            missing = dataclasses.MISSING
            required = [
                f.name
                for f in dataclasses.fields(hint)
                if f.default is missing and f.default_factory is missing
            ]
            return hint(**{n: sample(hints[n], n) for n in required})
        if issubclass(hint, msgspec.Struct):
            fields = msgspec.structs.fields(hint)
            return hint(**{f.name: sample(f.type, f.name) for f in fields if f.required})
    raise TypeError(f"no sample for {hint!r} ({name})")


def arguments(endpoint: rpc.Endpoint) -> dict[str, object]:
    hints = typing.get_type_hints(endpoint.function)
    kwargs = {name: sample(hints[name], name) for name in endpoint.positional}
    kwargs.update({name: "WS-NOBODY" for name in endpoint.session_params})
    return kwargs


@pytest.mark.parametrize("name", sorted(rpc.endpoints()))
def test_a_user_without_permissions_is_refused_every_remote_operation(
    name: str, services: Services, nobody: Principal
) -> None:
    endpoint = rpc.endpoints()[name]
    call = endpoint.function
    if name in OPEN_TO_EVERY_SIGNED_IN_USER:
        return  # below
    with pytest.raises(PermissionDenied):
        call(getattr(services, endpoint.service), nobody, **arguments(endpoint))


def test_the_open_operations_are_only_ones_own_or_everyones() -> None:
    assert set(OPEN_TO_EVERY_SIGNED_IN_USER) <= set(rpc.endpoints())
