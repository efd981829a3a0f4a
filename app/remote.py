"""Marks service methods a workstation may call through the suite server. Any thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])


def remote(fn: F) -> F:
    fn.__remote__ = True  # type: ignore[attr-defined]
    return fn
