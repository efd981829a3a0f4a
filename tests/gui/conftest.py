"""GUI fixtures: offscreen Qt, a QApplication with fonts/translations/theme, users per role.
A test fails if it leaves a Qt timer running or a thread-pool worker busy."""

from __future__ import annotations

import argparse
import gc
import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QObject, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app import demo, security
from app.rbac import Principal, Role, system_principal
from app.services import Services
from hardware.compose import build_tracking
from hardware.runtime import TrackingRuntime
from imaging.synth.data import random_voucher_data
from imaging.synth.scan import place_on_scan
from imaging.synth.voucher import render_voucher
from imaging.templates import builtin_templates
from widgets.collector import collect_on_gui_thread
from widgets.fonts import ensure_cjk_font
from widgets.i18n import Translations
from widgets.main_window import MainWindow
from widgets.theme import apply_theme

PW = "Str0ng!pass"
GUI_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/gui carries the ``gui`` marker (``-m "not gui"`` runs the core only)."""
    for item in items:
        if GUI_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["bank-suite-tests"]


@pytest.fixture(autouse=True, scope="session")
def _gc_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """As the application does (widgets.collector): cycles are collected on the GUI thread only, so a
    Qt object is never destroyed by a collection that happens to run on a worker thread."""
    app = QApplication.instance() or request.getfixturevalue("qapp")
    collector = collect_on_gui_thread(app)
    yield
    collector.stop()


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    ensure_cjk_font(qapp)
    apply_theme(qapp, "dark")
    tr = Translations(qapp)
    tr.switch("zh_CN")
    yield tr
    tr.switch("en")


@pytest.fixture(autouse=True)
def _no_running_timers(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "qapp" not in request.fixturenames:
        return
    app = QApplication.instance()
    assert app is not None
    running = []
    for top in QApplication.topLevelWidgets():
        objs: list[QObject] = [top, *top.findChildren(QObject)]
        running += [
            f"{top.objectName() or type(top).__name__}/{t.objectName() or 'timer'}"
            for t in objs
            if isinstance(t, QTimer) and t.isActive()
        ]
    assert not running, f"test left Qt timers running: {running}"
    gc.collect()  # this test's cycles, here on the GUI thread
    assert QThreadPool.globalInstance().waitForDone(2000)


@pytest.fixture
def make_user(services: Services) -> Callable[..., Principal]:
    def make(username: str, *roles: Role) -> Principal:
        services.identity.create_user(
            system_principal("test"), username, username.title(), PW, roles or [Role.OPERATOR], reason="test"
        )
        return services.identity.authenticate(username, PW)

    return make


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, services: Services, ui_settings: QSettings, translations: Translations):  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def open_(principal: Principal, idle_minutes: float = 5.0) -> MainWindow:
        w = MainWindow(
            services, principal, settings=ui_settings, translations=translations, idle_minutes=idle_minutes
        )
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        windows.append(w)
        return w

    yield open_
    for w in windows:
        w._closing_for_logout = True
        w.close()


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented knob for tests (app/security.py): demo seeding is 16x faster."""
    monkeypatch.setattr(security, "LOG2_N", 10)


@pytest.fixture
def demo_login(services: Services, cheap_kdf: None) -> Callable[[str], Principal]:
    """Seed the demo bank; log in any of its users by name."""
    demo.seed_demo(services.db)
    return lambda username: services.identity.authenticate(username, demo.DEMO_PASSWORD)


@pytest.fixture
def operator(demo_login: Callable[[str], Principal]) -> Principal:
    return demo_login("operator")


@pytest.fixture
def runtime(services: Services, operator: Principal) -> Iterator[TrackingRuntime]:
    """The demo bank's real tracking runtime, composed as the application composes it: simulated
    readers write protocol bytes into ptys and the drivers read them through pyserial."""
    rt = build_tracking(services.tracking, demo.DEMO_STATION)
    assert rt is not None
    rt.start()
    yield rt
    rt.stop()


@pytest.fixture
def user_password() -> str:
    """The password of every user ``make_user`` creates."""
    return PW


def _answer_next_dialog(fill: Callable[[QDialog], object]) -> None:
    """Fill (and accept, if ``fill`` does) the next modal dialog as soon as it is shown."""

    def go() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QDialog):
            QTimer.singleShot(20, go)
            return
        fill(dlg)

    QTimer.singleShot(0, go)


@pytest.fixture
def answer_next_dialog() -> Callable[[Callable[[QDialog], object]], None]:
    return _answer_next_dialog


@pytest.fixture
def give_reason() -> Callable[[str], None]:
    """Type ``text`` into the next reason dialog and accept it."""

    def give(text: str) -> None:
        def fill(dlg) -> None:  # type: ignore[no-untyped-def]
            dlg.reason.insertPlainText(text)
            dlg.buttons.accepted.emit()

        _answer_next_dialog(fill)

    return give


def _write_voucher(
    path: Path, code: str, seed: int, *, qr: bool = True, angle: float = 0.0, background: str = "white"
) -> Path:
    """A scanned voucher of type ``code`` on a scanner's white lid or a dark desk (``qr=False``: its
    QR area left blank)."""
    template = builtin_templates()[code]
    rng = np.random.default_rng(seed)
    data = random_voucher_data(template, rng)
    if not qr:
        data = replace(data, qr_text="")
    image, h_mat = render_voucher(template, data, dpi=200, rng=rng)
    h, w = image.shape[:2]
    canvas, _h = place_on_scan(
        image,
        h_mat,
        canvas_px=(w + 160, h + 160),
        offset_px=(80, 80),
        angle_deg=angle,
        background=background,
        rng=rng,
    )
    assert cv2.imwrite(str(path), canvas, [cv2.IMWRITE_JPEG_QUALITY, 90])
    return path


@pytest.fixture(scope="session")
def write_voucher() -> Callable[..., Path]:
    """``write_voucher(path, code, seed, qr=True, angle=0.0, background="white")``: a scanned voucher
    of type ``code`` on a scanner's white lid or a dark desk, as a JPEG."""
    return _write_voucher


class SlowCall:
    """Stands in for one service method: records the thread that calls it, says it was entered and
    waits (on that thread) until ``release`` is set, then calls the real method (a call to a suite
    server that takes seconds)."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.entered, self.release = threading.Event(), threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, *args: Any, **kw: Any) -> Any:
        self.threads.append(threading.current_thread())
        self.entered.set()
        assert self.release.wait(20), "never released"
        return self.real(*args, **kw)

    @property
    def off_gui_thread(self) -> bool:
        """Every call so far came from a worker thread, never the GUI (main) thread."""
        return bool(self.threads) and all(t is not threading.main_thread() for t in self.threads)


@pytest.fixture
def slow_call(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[object, str], SlowCall]]:
    """``slow_call(service, "name")``: the method replaced by a ``SlowCall`` (released at the end of
    the test in any case, so no worker is left waiting)."""
    made: list[SlowCall] = []

    def make(service: object, name: str) -> SlowCall:
        call = SlowCall(getattr(service, name))
        monkeypatch.setattr(service, name, call)
        made.append(call)
        return call

    yield make
    for call in made:
        call.release.set()


@pytest.fixture
def gui_ticks(qtbot) -> Callable[[QObject], None]:  # type: ignore[no-untyped-def]
    """``gui_ticks(parent)``: the GUI thread keeps running its timers (a 10 ms timer fires 5 times)."""

    def check(parent: QObject) -> None:
        ticks: list[int] = []
        timer = QTimer(parent)
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start()
        try:
            qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
        finally:
            timer.stop()
            timer.deleteLater()

    return check


@pytest.fixture
def reads_on_gui_thread(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[str]]:
    """``reads_on_gui_thread(service, "batches", "pages", ...)``: wraps these methods of ``service``
    so every call records which thread made it; returns the list of the calls made on the main (GUI)
    thread, as "name" (a read there blocks the GUI: it should be empty)."""

    def spy(service: object, *names: str) -> list[str]:
        on_gui: list[str] = []
        for name in names:
            real = getattr(service, name)

            def wrapped(
                *args: object, _real: Callable[..., object] = real, _name: str = name, **kw: object
            ) -> object:
                if threading.current_thread() is threading.main_thread():
                    on_gui.append(_name)
                return _real(*args, **kw)

            monkeypatch.setattr(service, name, wrapped)
        return on_gui

    return spy


@pytest.fixture
def start_embedded_app(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run ``widgets.application.run_gui`` on a fresh embedded demo database up to its window: the
    operator logs in at once, and the window is not built. Returns the keyword arguments the window
    would have got, and ``probe()`` (taken when the window would be built) under ``"probe"``."""
    from widgets import application

    class Opened(Exception):
        pass

    class FakeLogin:  # the operator logs in at once
        def __init__(self, identity, **_kw) -> None:  # type: ignore[no-untyped-def]
            self.identity = identity
            self.principal = None
            self.language_requested = SimpleNamespace(connect=lambda _fn: None)

        def exec(self) -> QDialog.DialogCode:
            self.principal = self.identity.authenticate("operator", demo.DEMO_PASSWORD)
            return QDialog.DialogCode.Accepted

    def start(probe: Callable[[], object], **extra: object) -> dict[str, Any]:
        seen: dict[str, Any] = {}

        def fake_window(*_a, **kw):  # type: ignore[no-untyped-def]
            seen.update(kw)
            seen["probe"] = probe()
            raise Opened

        monkeypatch.setattr(application, "LoginDialog", FakeLogin)
        monkeypatch.setattr(application, "MainWindow", fake_window)
        monkeypatch.setattr(application, "setup_logging", lambda folder: folder / "suite.log")
        monkeypatch.setattr(application, "install_excepthook", lambda app: None)
        # the device folder exists (test_reader_health.py tests the case where it does not yet)
        (Path(os.environ["BANKSUITE_DATA_DIR"]) / "devices").mkdir()
        db_url = f"sqlite:///{tmp_path / 'embedded.db'}"  # the GUI opens only an embedded database itself
        args = argparse.Namespace(
            db=db_url, lang="en", theme="dark", demo=True, no_devices=False, user="", **extra
        )
        with pytest.raises(Opened):
            application.run_gui(args)
        return seen

    return start
