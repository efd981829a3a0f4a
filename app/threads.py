"""Stopping device threads with a bounded wait. Called from any thread but the one it stops."""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)


def stop_thread(thread: threading.Thread, stopping: threading.Event, timeout: float, label: str) -> bool:
    """Set ``stopping`` and wait up to ``timeout`` seconds for ``thread`` to end; True if it has
    ended or never started. A thread asking to stop itself is only told whether it is still alive."""
    stopping.set()
    if thread.ident is None or threading.current_thread() is thread:
        return not thread.is_alive()
    thread.join(timeout)
    if thread.is_alive():
        log.warning("%s: thread did not end within %.1f s", label, timeout)
        return False
    return True
