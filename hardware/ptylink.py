"""A pseudo-terminal pair that stands in for a serial reader: simulators write to one end, the real
driver opens the other through pyserial (no mock anywhere in between).

Runs on the caller's thread (a simulator thread or a test). The methods are serialized by a lock, so
one thread may write while another unplugs; the reader side never touches this object, only the
device path.

``PtyLink(symlink=Path)`` keeps a symlink pointing at the current slave, like ``/dev/serial/by-id``:
``unplug()`` removes it (udev does the same when a USB reader is pulled), ``replug()`` points it at
the new slave, whose ``/dev/pts/N`` path usually differs from the old one.
"""

from __future__ import annotations

import os
import threading
import tty
from pathlib import Path
from types import TracebackType


class PtyLink:
    """The simulator side of a pty pair; ``port`` (or ``symlink``) is what the driver opens."""

    def __init__(self, symlink: Path | None = None) -> None:
        self.symlink = symlink
        self.dropped = 0  # bytes not delivered: kernel buffer full, or unplugged
        self._lock = threading.Lock()
        self._master = -1
        self._slave = -1
        self._port = ""
        self._closed = False
        self._plug()

    @property
    def port(self) -> str:
        """The current slave device path, e.g. ``/dev/pts/5`` (empty while unplugged)."""
        return self._port

    @property
    def url(self) -> str:
        """What a driver should open: the symlink if there is one, else the slave path."""
        return str(self.symlink) if self.symlink is not None else self._port

    @property
    def plugged(self) -> bool:
        return self._master >= 0

    def write(self, data: bytes) -> int:
        """Push bytes towards the reader without blocking; returns how many were accepted.

        Bytes that do not fit in the kernel's buffer (nobody is reading) or that are written while
        unplugged are dropped and counted in ``dropped``.
        """
        with self._lock:
            if self._master < 0:
                self.dropped += len(data)
                return 0
            view = memoryview(data)
            sent = 0
            while sent < len(view):
                try:
                    sent += os.write(self._master, view[sent:])
                except BlockingIOError:
                    break
            self.dropped += len(view) - sent
            return sent

    def unplug(self) -> None:
        """Close the pty pair: the reader's next read fails and the device path vanishes."""
        with self._lock:
            self._unplug()

    def replug(self) -> None:
        """A new pty pair (a new ``port``); the symlink, if any, follows it."""
        with self._lock:
            if self._closed:
                raise RuntimeError("PtyLink is closed")
            self._unplug()
            self._plug()

    def close(self) -> None:
        with self._lock:
            self._unplug()
            self._closed = True

    def __enter__(self) -> PtyLink:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _plug(self) -> None:
        master, slave = os.openpty()
        try:
            tty.setraw(slave)  # no echo, no line editing, no CR/LF translation: bytes pass unchanged
            os.set_blocking(master, False)
            port = os.ttyname(slave)
            if self.symlink is not None:
                tmp = self.symlink.with_name(f".{self.symlink.name}.{os.getpid()}.tmp")
                tmp.unlink(missing_ok=True)
                tmp.symlink_to(port)
                tmp.replace(self.symlink)  # atomic: a reader never sees a missing link during replug
        except BaseException:
            os.close(master)
            os.close(slave)
            raise
        # The slave stays open here too, so bytes written before the driver opens the port are kept
        # (pyserial flushes its input on open, as it would with a real device) and raw mode sticks.
        self._master, self._slave, self._port = master, slave, port

    def _unplug(self) -> None:
        if self.symlink is not None and self.symlink.is_symlink() and os.readlink(self.symlink) == self._port:
            self.symlink.unlink()
        for fd in (self._master, self._slave):
            if fd >= 0:
                os.close(fd)
        self._master = self._slave = -1
        self._port = ""
