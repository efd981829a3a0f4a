"""This station's devices in a shared deployment, started as soon as the suite server lets them.

A control-room workstation comes back from a power cut before (or after) its server: its readers
must start on their own once the server answers, not wait for somebody to restart the program.
``StationDevices.start`` tries once at once (so the first window already has the runtime when the
server is up); if the server is unreachable, or the station is still marked running at another
machine (``StationInUse``, freed within 90 s after a crash), a thread ("station-devices") tries
again with a growing pause, and starts the runtime when it gets through. A refusal that repeating
cannot cure (wrong password, a locked or inactive account, no password configured) is final: trying
again would only lock the account. So is ``SpoolInUse``: the program runs twice at this computer, and
the other one runs the devices. Qt-free; ``runtime`` may be read from any thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from app.client.station import StationAccount
from app.errors import DatabaseUnavailable, SpoolInUse, StationInUse, SuiteError, Unreachable
from app.threads import stop_thread
from hardware.compose import build_tracking
from hardware.runtime import TrackingRuntime

log = logging.getLogger(__name__)

RETRYABLE: tuple[type[SuiteError], ...] = (Unreachable, StationInUse, DatabaseUnavailable)
FINAL: tuple[type[SuiteError], ...] = (SpoolInUse,)  # never retried, whatever RETRYABLE holds
RETRY_FIRST, RETRY_MAX = 2.0, 30.0  # seconds between attempts, doubling


def retryable(error: SuiteError) -> bool:
    return isinstance(error, RETRYABLE) and not isinstance(error, FINAL)


class StationDevices:
    def __init__(
        self,
        account: Callable[[], StationAccount],
        station: str,
        data_dir: Path,
        *,
        retry_first: float = RETRY_FIRST,
        retry_max: float = RETRY_MAX,
    ) -> None:
        """``account`` makes the station's account (raises ``SuiteError`` if it cannot: e.g. no
        password configured); ``data_dir``: where the simulated devices and the spool live."""
        self._make_account = account
        self.station = station
        self.data_dir = data_dir
        self.retry_first, self.retry_max = retry_first, retry_max
        self.account: StationAccount | None = None
        self.runtime: TrackingRuntime | None = None
        self.last_error: SuiteError | None = None
        self.attempts = 0
        self._lock = threading.Lock()
        self._halt = threading.Event()
        self._thread: threading.Thread | None = None
        self._signing: StationAccount | None = None  # the account an attempt is signing in with
        self._started: list[Callable[[TrackingRuntime], None]] = []

    def when_started(self, callback: Callable[[TrackingRuntime], None]) -> Callable[[], None]:
        """Call ``callback(runtime)`` once the devices run: now if they do, else on the thread that
        starts them. Returns a function that cancels the wait (a window closed before)."""
        with self._lock:
            runtime = self.runtime
            if runtime is None:
                self._started.append(callback)
        if runtime is not None:
            callback(runtime)

        def cancel() -> None:
            with self._lock:
                if callback in self._started:
                    self._started.remove(callback)

        return cancel

    def start(self) -> SuiteError | None:
        """Try once now; on a refusal that may pass, keep trying on a thread. The error of this first
        attempt (None: the devices run, or the station runs none)."""
        error = self._attempt()
        if error is not None and retryable(error):
            self._thread = threading.Thread(target=self._retry, name="station-devices", daemon=False)
            self._thread.start()
        return error

    @property
    def retrying(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _attempt(self) -> SuiteError | None:
        self.attempts += 1
        account: StationAccount | None = None
        try:
            account = self._make_account()
            with self._lock:
                self._signing = account
            if self._halt.is_set():
                account.close()
                return None
            actor = account.sign_in()
            runtime = build_tracking(
                account.services.tracking,
                self.station,
                actor=actor,
                device_dir=self.data_dir / "devices",
                spool=self.data_dir / "spool" / self.station,
            )
        except SuiteError as exc:
            if account is not None:
                account.close()
            self.last_error = exc
            return exc
        finally:
            with self._lock:
                self._signing = None
        with self._lock:
            if self._halt.is_set():  # stopped while signing in
                account.close()
                return None
            self.account, self.runtime, self.last_error = account, runtime, None
        if runtime is None:
            log.info("station %s runs no reader", self.station)
        else:
            runtime.start()
            log.info("station %s: devices started (attempt %d)", self.station, self.attempts)
            with self._lock:
                waiting, self._started = self._started, []
            for callback in waiting:
                try:
                    callback(runtime)
                except Exception:
                    log.exception("station %s: a window could not take the devices", self.station)
        return None

    def _retry(self) -> None:
        pause = self.retry_first
        while not self._halt.wait(pause):
            error = self._attempt()
            if error is None:
                return
            if not retryable(error):
                log.error("station %s: devices not started: %s", self.station, error)
                return
            log.warning(
                "station %s: devices not started yet (%s); again in %.0f s", self.station, error, pause
            )
            pause = min(pause * 2, self.retry_max)

    def stop(self, timeout: float = 3.0) -> None:
        """Stop the devices: what is left is sent for up to ``timeout`` seconds; then the calls still
        waiting on the server (a hung one) are ended, so that the threads end too."""
        self._halt.set()
        with self._lock:
            signing = self._signing
        if signing is not None:
            signing.abort()  # a sign-in in flight
        if self._thread is not None:
            stop_thread(self._thread, self._halt, timeout, "station devices")
        with self._lock:
            runtime, account = self.runtime, self.account
            self.runtime = self.account = None
        if runtime is not None:
            hung = threading.Timer(timeout, account.abort) if account is not None else None
            if hung is not None:
                hung.daemon = True
                hung.start()
            runtime.stop(timeout)
            if hung is not None:
                hung.cancel()
        if account is not None:
            account.close()
