"""The RFID reader driver: one thread per reader that owns the port, parses the byte stream and
reports reads and link health (a ``hardware.device.DeviceThread``).

``ReaderDriver.run`` and the ``on_read``/``on_status`` callbacks run on the driver's own thread
("reader-<code>"); ``stop()`` and ``status()`` may be called from any thread. Channel URLs
(``serial://``, ``tcp://``, ``sim://``) are parsed by ``hardware.channels``.

The port is opened with ``serial.serial_for_url``, so a device path (``/dev/ttyUSB0``, a
``/dev/serial/by-id`` symlink, a pty from ``hardware.ptylink``), ``socket://host:port`` (network
readers) and ``loop://`` all work. Link states (``app.tracking.reads.LinkState``): CONNECTING until the
first attempt ends; CONNECTED; STALE while connected but without a good frame (read or heartbeat) for
``stale_after`` seconds; DISCONNECTED while the port cannot be opened or after it failed, with
reconnect attempts after an exponential backoff with jitter; STOPPED once the thread ends.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import serial
from serial.urlhandler import protocol_socket

from app.tracking.reads import LinkState, ReaderStatus, TagRead
from hardware.device import DeviceThread
from hardware.protocols import PROTOCOLS

log = logging.getLogger(__name__)

READ_TIMEOUT = 0.05  # seconds a read waits for the first byte: bounds stop() and stale detection latency
SOCKET_CHUNK = 4096  # socket ports report only "something is waiting", so they are read in chunks


class ReaderDriver(DeviceThread[ReaderStatus]):
    """Reads one reader's port on its own (non-daemon) thread until ``stop()``.

    ``on_read(TagRead)`` is called for every read and ``on_status(ReaderStatus)`` on every change of
    state or detail and every ``status_interval`` seconds. Both run on the driver's thread and MUST
    NOT BLOCK (hand the value to a non-blocking queue and return; count drops yourself if it is
    full); they should not raise either. An exception from a callback is treated like any other
    unexpected error: logged with its traceback, the port is closed and reopened after a backoff, and
    the error shows in ``ReaderStatus.detail``.
    """

    def __init__(
        self,
        reader_code: str,
        url: str,
        protocol: str,
        on_read: Callable[[TagRead], None],
        on_status: Callable[[ReaderStatus], None],
        *,
        stale_after: float = 3.0,
        backoff_initial: float = 0.2,
        backoff_max: float = 5.0,
        baudrate: int = 115200,
        status_interval: float = 1.0,
    ) -> None:
        if protocol not in PROTOCOLS:
            raise ValueError(f"unknown reader protocol {protocol!r}; known: {', '.join(sorted(PROTOCOLS))}")
        if stale_after <= 0 or status_interval <= 0:
            raise ValueError("stale_after and status_interval must be positive")
        super().__init__(
            f"reader-{reader_code}",
            f"reader {reader_code}",
            on_status=on_status,
            backoff_initial=backoff_initial,
            backoff_max=backoff_max,
            status_interval=status_interval,
        )
        self.reader_code = reader_code
        self.url = url
        self.protocol = protocol
        self.baudrate = baudrate
        self.stale_after = stale_after
        self._on_read = on_read
        self._parser = PROTOCOLS[protocol].parser(reader_code)
        self._last_frame_ts: float | None = None
        self._last_good = 0.0  # monotonic time of the last good frame (or of connecting)
        self._window_reads = 0
        self._window_start = time.monotonic()
        self._rate = 0.0
        self._start_status()

    def stop(self, timeout: float = 1.0) -> bool:
        """Ask the thread to end and wait up to ``timeout`` seconds; True if it has ended.

        The port is closed by the driver's thread on its way out, within about ``READ_TIMEOUT``.
        Opening a ``socket://`` port can block up to pyserial's 5 s connect timeout and delays this.
        """
        return super().stop(timeout)

    # -- the driver's thread --------------------------------------------------------------------------------

    def _loop(self) -> None:
        backoff = self.backoff
        attempts = 0  # failed attempts in a row
        ever_connected = False
        while not self._stopping.is_set():
            try:
                port = serial.serial_for_url(self.url, baudrate=self.baudrate, timeout=READ_TIMEOUT)
            except Exception as exc:
                if not isinstance(exc, serial.SerialException | OSError | ValueError):
                    log.exception("reader %s: unexpected error opening %s", self.reader_code, self.url)
                else:
                    level = logging.WARNING if attempts == 0 else logging.DEBUG  # once per outage
                    log.log(level, "reader %s: could not open %s: %s", self.reader_code, self.url, exc)
                attempts += 1
                delay = backoff.next()
                self._set_link(
                    LinkState.DISCONNECTED,
                    f"could not open {self.url}: {exc} (attempt {attempts}; retry in {delay:.2f} s)",
                )
                self._sleep(delay)
                continue
            if ever_connected:
                self._reconnects += 1
            ever_connected = True
            attempts = 0
            frames_before = self._parser.frames_ok
            log.info("reader %s: connected to %s", self.reader_code, self.url)
            try:
                self._pump(port)
                reason = ""
            except (serial.SerialException, OSError) as exc:
                log.warning("reader %s: lost %s: %s", self.reader_code, self.url, exc)
                reason = f"lost {self.url}: {exc}"
            except Exception as exc:
                log.exception("reader %s: unexpected error on %s", self.reader_code, self.url)
                reason = f"unexpected error on {self.url}: {exc!r}"
            finally:
                self._close(port)
            if self._stopping.is_set():
                break
            if self._parser.frames_ok > frames_before:  # the link worked: start the backoff afresh
                backoff.reset()
            delay = backoff.next()
            self._set_link(LinkState.DISCONNECTED, f"{reason} (retry in {delay:.2f} s)")
            self._sleep(delay)

    def _pump(self, port: Any) -> None:
        """Read, parse and dispatch until stopped; SerialException/OSError mean the link failed."""
        parser = self._parser
        parser.reset()  # a partial frame from an earlier connection must not join new bytes
        on_read = self._on_read
        chunked = isinstance(port, protocol_socket.Serial)
        now = time.monotonic()
        self._last_good = now
        self._set_link(LinkState.CONNECTED, "")
        next_status = now + self.status_interval
        stopping = self._stopping
        while not stopping.is_set():
            data = port.read(SOCKET_CHUNK if chunked else port.in_waiting or 1)
            now = time.monotonic()
            if data:
                good_before = parser.frames_ok
                wall = time.time()
                for event in parser.feed(data, wall, now):
                    if type(event) is TagRead:
                        self._window_reads += 1
                        on_read(event)
                if parser.frames_ok != good_before:
                    self._last_good = now
                    self._last_frame_ts = wall
                    if self._link is LinkState.STALE:
                        self._set_link(LinkState.CONNECTED, "")
            if self._link is LinkState.CONNECTED and now - self._last_good > self.stale_after:
                self._set_link(LinkState.STALE, f"no frame for {now - self._last_good:.1f} s")
            if now >= next_status:
                next_status = now + self.status_interval
                self._publish()

    def _close(self, port: Any) -> None:
        try:
            port.close()
        except Exception:  # the port is being abandoned anyway; say so, then carry on
            log.warning("reader %s: error closing %s", self.reader_code, self.url, exc_info=True)

    def _snapshot(self) -> ReaderStatus:
        now = time.monotonic()
        elapsed = now - self._window_start
        if elapsed >= 0.5 * self.status_interval:
            self._rate = self._window_reads / elapsed
            self._window_reads = 0
            self._window_start = now
        p = self._parser
        return ReaderStatus(
            reader=self.reader_code,
            state=self._link,
            last_frame_ts=self._last_frame_ts,
            frames_ok=p.frames_ok,
            frames_bad=p.frames_bad,
            bytes_dropped=p.bytes_dropped,
            reconnects=self._reconnects,
            reads_per_s=self._rate,
            detail=self._detail,
        )
