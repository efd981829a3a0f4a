"""The RFID reader driver: one thread per reader that owns the port, parses the byte stream and
reports reads and link health.

``ReaderDriver.run`` and the ``on_read``/``on_status`` callbacks run on the driver's own thread
("reader-<code>"); ``stop()``, ``status`` and ``url_for()`` may be called from any thread.

The port is opened with ``serial.serial_for_url``, so a device path (``/dev/ttyUSB0``, a
``/dev/serial/by-id`` symlink, a pty from ``hardware.ptylink``), ``socket://host:port`` (network
readers) and ``loop://`` all work. Link states (``app.tracking.reads.LinkState``): CONNECTING until the
first attempt ends; CONNECTED; STALE while connected but without a good frame (read or heartbeat) for
``stale_after`` seconds; DISCONNECTED while the port cannot be opened or after it failed, with
reconnect attempts after an exponential backoff with jitter; STOPPED once the thread ends.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from typing import Any, NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

import serial
from serial.urlhandler import protocol_socket

from app.threads import stop_thread
from app.tracking.reads import LinkState, ReaderStatus, TagRead
from hardware.protocols import PROTOCOLS

log = logging.getLogger(__name__)

READ_TIMEOUT = 0.05  # seconds a read waits for the first byte: bounds stop() and stale detection latency
SOCKET_CHUNK = 4096  # socket ports report only "something is waiting", so they are read in chunks


class Channel(NamedTuple):
    url: str  # for serial.serial_for_url
    baudrate: int
    protocol: str  # a key of hardware.protocols.PROTOCOLS


def url_for(channel: str, default_baudrate: int = 115200) -> Channel:
    """Map a reader's device-channel URL to what pyserial opens.

    ``serial:///dev/ttyUSB0?baud=115200&protocol=binary`` -> ``("/dev/ttyUSB0", 115200, "binary")``;
    ``tcp://10.0.0.5:4001?protocol=binary`` -> ``("socket://10.0.0.5:4001", 115200, "binary")``.
    ``protocol`` is required; ``baud`` is optional and only allowed for serial channels.
    Raises ValueError for anything else.
    """
    allowed = " or ".join(sorted(PROTOCOLS))
    usage = (
        f"expected serial:///dev/<device>?protocol=<{allowed}>[&baud=N] or tcp://<host>:<port>?protocol=<...>"
    )
    parts = urlsplit(channel)
    if parts.scheme not in ("serial", "tcp"):
        raise ValueError(f"unsupported reader channel {channel!r}; {usage}")
    try:
        query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    except ValueError:
        raise ValueError(f"reader channel {channel!r}: malformed query; {usage}") from None
    unknown = sorted(set(query) - {"baud", "protocol"})
    if unknown:
        raise ValueError(f"reader channel {channel!r}: unknown parameter(s) {', '.join(unknown)}; {usage}")
    if any(len(values) > 1 for values in query.values()):
        raise ValueError(f"reader channel {channel!r}: a parameter is given twice")
    protocol = query.get("protocol", [""])[0]
    if protocol not in PROTOCOLS:
        raise ValueError(f"reader channel {channel!r}: protocol must be {allowed}, got {protocol!r}")
    baudrate = default_baudrate
    if "baud" in query:
        text = query["baud"][0]
        if not (text.isascii() and text.isdigit()) or int(text) <= 0:
            raise ValueError(f"reader channel {channel!r}: baud must be a positive integer, got {text!r}")
        baudrate = int(text)
    if parts.scheme == "serial":
        path = unquote(parts.path)
        if parts.netloc or not path.startswith("/") or path == "/":
            raise ValueError(
                f"reader channel {channel!r}: needs an absolute device path (three slashes); {usage}"
            )
        return Channel(path, baudrate, protocol)
    try:
        host, port = parts.hostname, parts.port
    except ValueError as exc:  # a port that is not a number or out of range
        raise ValueError(f"reader channel {channel!r}: {exc}") from None
    if not host or port is None or port == 0 or parts.path not in ("", "/"):
        raise ValueError(f"reader channel {channel!r}: needs tcp://<host>:<port>; {usage}")
    if "baud" in query:
        raise ValueError(f"reader channel {channel!r}: baud has no meaning for a network reader")
    host = f"[{host}]" if ":" in host else host
    return Channel(f"socket://{host}:{port}", baudrate, protocol)


class ReaderDriver(threading.Thread):
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
        super().__init__(name=f"reader-{reader_code}", daemon=False)
        if protocol not in PROTOCOLS:
            raise ValueError(f"unknown reader protocol {protocol!r}; known: {', '.join(sorted(PROTOCOLS))}")
        if not 0 < backoff_initial <= backoff_max:
            raise ValueError("need 0 < backoff_initial <= backoff_max")
        if stale_after <= 0 or status_interval <= 0:
            raise ValueError("stale_after and status_interval must be positive")
        self.reader_code = reader_code
        self.url = url
        self.protocol = protocol
        self.baudrate = baudrate
        self.stale_after = stale_after
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.status_interval = status_interval
        self._on_read = on_read
        self._on_status = on_status
        self._parser = PROTOCOLS[protocol].parser(reader_code)
        self._stopping = threading.Event()
        self._link = LinkState.CONNECTING
        self._detail = ""
        self._reconnects = 0
        self._last_frame_ts: float | None = None
        self._last_good = 0.0  # monotonic time of the last good frame (or of connecting)
        self._window_reads = 0
        self._window_start = time.monotonic()
        self._rate = 0.0
        self._latest = self._snapshot()

    @property
    def status(self) -> ReaderStatus:
        """The last published status (any thread)."""
        return self._latest

    def stop(self, timeout: float = 1.0) -> bool:
        """Ask the thread to end and wait up to ``timeout`` seconds; True if it has ended.

        The port is closed by the driver's thread on its way out, within about ``READ_TIMEOUT``.
        Opening a ``socket://`` port can block up to pyserial's 5 s connect timeout and delays this.
        """
        return stop_thread(self, self._stopping, timeout, f"reader {self.reader_code}")

    def run(self) -> None:
        detail = ""
        try:
            self._connect_loop()
        except Exception as exc:  # a bug in this driver: make it visible, then end
            log.exception("reader %s: driver failed", self.reader_code)
            detail = f"driver failed: {exc!r}"
        finally:
            self._set_link(LinkState.STOPPED, detail)

    # -- the driver's thread --------------------------------------------------------------------------------

    def _connect_loop(self) -> None:
        backoff = self.backoff_initial
        attempts = 0  # failed attempts in a row
        ever_connected = False
        self._publish()
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
                delay = backoff * random.uniform(0.8, 1.0)
                self._set_link(
                    LinkState.DISCONNECTED,
                    f"could not open {self.url}: {exc} (attempt {attempts}; retry in {delay:.2f} s)",
                )
                self._sleep(delay)
                backoff = min(backoff * 2, self.backoff_max)
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
                backoff = self.backoff_initial
            delay = backoff * random.uniform(0.8, 1.0)
            self._set_link(LinkState.DISCONNECTED, f"{reason} (retry in {delay:.2f} s)")
            self._sleep(delay)
            backoff = min(backoff * 2, self.backoff_max)

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

    def _sleep(self, delay: float) -> None:
        """Wait ``delay`` seconds or until stopped, still publishing the periodic status."""
        deadline = time.monotonic() + delay
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or self._stopping.wait(min(left, self.status_interval)):
                return
            if deadline - time.monotonic() > 0:
                self._publish()

    def _close(self, port: Any) -> None:
        try:
            port.close()
        except Exception:  # the port is being abandoned anyway; say so, then carry on
            log.warning("reader %s: error closing %s", self.reader_code, self.url, exc_info=True)

    def _set_link(self, link: LinkState, detail: str) -> None:
        if link is not self._link or detail != self._detail:
            self._link = link
            self._detail = detail
            self._publish()

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

    def _publish(self) -> None:
        status = self._latest = self._snapshot()
        try:
            self._on_status(status)
        except Exception:
            log.exception("reader %s: on_status failed", self.reader_code)
