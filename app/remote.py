"""Marks service methods a workstation may call through the suite server. Any thread.

``@remote`` alone: every argument but the actor comes from the caller. ``@remote(station="name")``:
the parameter ``name`` is this workstation's station, which the server fills from the caller's
session (a workstation cannot claim to be another); it never crosses the wire.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, overload

F = TypeVar("F", bound=Callable[..., object])


@overload
def remote(fn: F) -> F: ...


@overload
def remote(*, station: str) -> Callable[[F], F]: ...


def remote(fn: F | None = None, *, station: str | None = None) -> F | Callable[[F], F]:
    def mark(function: F) -> F:
        function.__remote__ = True  # type: ignore[attr-defined]
        function.__remote_station__ = station  # type: ignore[attr-defined]
        return function

    return mark(fn) if fn is not None else mark
