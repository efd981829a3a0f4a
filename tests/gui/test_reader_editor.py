"""The reader editor checks the channel with the device-channel registry: what it accepts, the site
service stores and the driver opens; what it refuses, it marks and explains."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rbac import Principal, system_principal
from app.services import Services
from app.tracking.directory import load_directory
from app.tracking.reads import LinkState
from hardware.channels import SimChannel, open_reader, parse_reader
from hardware.ptylink import PtyLink
from widgets.docks.reader_health.editor import ReaderDialog

pytestmark = pytest.mark.usefixtures("cheap_kdf")
ROOT = system_principal("test")

URLS = [
    "serial:///dev/ttyUSB0?protocol=binary",
    "serial:///dev/ttyUSB0",  # the old editor took this, the driver refused it (no protocol)
    "serial:///tmp/bank-suite-dev/BR01-R01?protocol=ascii&baud=9600",  # the old editor refused this
    "serial:///dev/ttyUSB0?protocol=ascii&baud=fast",
    "serial://dev/ttyUSB0?protocol=ascii",
    "tcp://10.0.0.5:4001?protocol=ascii",
    "tcp://10.0.0.5:4001",
    "tcp://10.0.0.5:4001?protocol=ascii&baud=9600",
    "tcp://nohost?protocol=ascii",
    "sim://reader/BR01-R01?protocol=ascii",
    "sim://reader/BR01-R01",
    "camera://0",
    "http://example/",
    "",
]


def _ignore(_: object) -> None:
    return None


@pytest.fixture
def dialog(  # type: ignore[no-untyped-def]
    qtbot, services: Services, operator: Principal
) -> Iterator[ReaderDialog]:
    dlg = ReaderDialog(load_directory(services.db), None, {})
    qtbot.addWidget(dlg)
    yield dlg


def editor_accepts(dlg: ReaderDialog, url: str) -> bool:
    dlg.url.setText(url)
    return dlg.channel_problem() is None


def driver_opens(url: str) -> bool:
    """Build the driver the runtime would build (a sim reader gets a stand-in port)."""
    spec = parse_reader(url)
    port = "loop://" if isinstance(spec, SimChannel) else None
    driver = open_reader(spec, reader_code="R", port=port, on_read=_ignore, on_status=_ignore)
    address = spec.port()
    assert address is None or (driver.url, driver.baudrate, driver.protocol) == tuple(address)
    return driver.stop(0.1)  # never started: nothing to join


def service_accepts(services: Services, url: str) -> bool:
    try:
        services.sites.save_reader(
            ROOT,
            "BR01-R99",
            zone="BR01-HALL",
            name_zh="测试",
            name_en="Test",
            url=url,
            x=10.0,
            y=10.0,
            enabled=False,
            antennas={},
            station=None,
            reason="test",
        )
    except ValidationError as exc:
        assert exc.params["field"] == "url", exc.message
        return False
    return True


@pytest.mark.parametrize("url", URLS)
def test_what_the_editor_accepts_the_service_stores_and_the_driver_opens(
    dialog: ReaderDialog, services: Services, url: str
) -> None:
    accepted = editor_accepts(dialog, url)
    assert service_accepts(services, url) is accepted
    if accepted:
        assert driver_opens(url)
        assert dialog.url.property("state") == ""
    elif url:
        assert dialog.url.property("state") == "error"  # the field is marked while it is wrong


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    scheme=st.sampled_from(["serial", "tcp", "sim", "camera", "folder", "socket", ""]),
    authority=st.sampled_from(["", "reader", "10.0.0.5:4001", "h:0", "[fe80::1]:4001", "dev"]),
    path=st.sampled_from(["", "/", "/dev/ttyUSB0", "/tmp/p%20ty", "/R1", "/a/b"]),
    query=st.lists(
        st.sampled_from(
            ["protocol=ascii", "protocol=binary", "protocol=morse", "baud=9600", "baud=0", "x=1"]
        ),
        max_size=3,
    ),
)
def test_generated_channels_editor_and_driver_agree(
    dialog: ReaderDialog, scheme: str, authority: str, path: str, query: list[str]
) -> None:
    url = f"{scheme}://{authority}{path}" + ("?" + "&".join(query) if query else "")
    if editor_accepts(dialog, url):
        assert driver_opens(url), url


def test_refusal_names_the_problem_and_marks_the_field(dialog: ReaderDialog) -> None:
    dialog.url.setText("serial:///dev/ttyUSB0")
    message = dialog.problem()
    assert message is not None and "protocol=ascii or protocol=binary" in message
    assert dialog.url.property("state") == "error" and "protocol" in dialog.url.toolTip()
    dialog.url.setText("serial:///dev/ttyUSB0?protocol=binary")
    assert dialog.problem() is None and dialog.url.property("state") == ""


def test_an_accepted_channel_on_a_pty_connects(  # type: ignore[no-untyped-def]
    dialog: ReaderDialog, qtbot
) -> None:
    """Through the real pyserial path: a pty outside /dev, which the old editor refused."""
    link = PtyLink()
    statuses: list[LinkState] = []
    try:
        url = f"serial://{link.port}?protocol=ascii"
        assert editor_accepts(dialog, url)
        driver = open_reader(
            parse_reader(url), reader_code="R", on_read=_ignore, on_status=lambda s: statuses.append(s.state)
        )
        driver.start()
        try:
            qtbot.waitUntil(lambda: LinkState.CONNECTED in statuses, timeout=3000)
        finally:
            assert driver.stop(2.0)
    finally:
        link.close()


def test_the_editor_shows_and_checks_the_readers_station(  # type: ignore[no-untyped-def]
    qtbot, services: Services, operator: Principal, translations
) -> None:
    directory = load_directory(services.db)
    reader = directory.readers["BR01-R01"]
    dlg = ReaderDialog(directory, reader, {})
    qtbot.addWidget(dlg)
    assert dlg.station.text() == "WS1"  # the demo station owns every demo reader
    dlg.station.setText("WS 2")
    message = dlg.problem()
    assert message is not None and "工作站代码" in message
    dlg.station.setText("ws2")
    assert dlg.problem() is None
    services.sites.save_reader(
        ROOT,
        reader.code,
        zone=str(dlg.zone.currentData()),
        name_zh=dlg.name_zh.text(),
        name_en=dlg.name_en.text(),
        url=dlg.url.text(),
        x=dlg.x.value(),
        y=dlg.y.value(),
        enabled=dlg.enabled.isChecked(),
        antennas=dlg.antenna_map(),
        station=dlg.station.text(),
        reason="移至二号工作站",
    )
    assert load_directory(services.db).readers["BR01-R01"].station == "WS2"
    blank = ReaderDialog(directory, None, {})
    qtbot.addWidget(blank)
    assert blank.station.text() == ""  # a new reader is unassigned until a station is named
