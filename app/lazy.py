"""A function imported when it is first called: what start-up hands over (the image checks given to
the image service) without importing the heavy packages behind it before anyone needs them. Any
thread. ``resolved`` gives the function itself, for whoever must know which one it is (the capture
workers store their blobs themselves only behind the checker they check with)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


class LazyFunction:
    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name
        self._target: Callable[..., Any] | None = None

    def target(self) -> Callable[..., Any]:
        if self._target is None:
            self._target = getattr(importlib.import_module(self.module), self.name)
        return self._target

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.target()(*args, **kwargs)

    def __repr__(self) -> str:
        return f"LazyFunction({self.module}.{self.name})"


def resolved(function: Callable[..., Any] | None) -> Callable[..., Any] | None:
    """The function ``function`` stands for: imported if it is a ``LazyFunction``."""
    return function.target() if isinstance(function, LazyFunction) else function
