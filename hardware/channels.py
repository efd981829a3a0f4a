"""Device channels: one registry from URL scheme to its parser and its driver factory. Any thread
(parsing is pure; a factory only builds the driver thread, the caller starts it).

A device is addressed by a URL; the scheme's parser turns it into a typed, validated spec, and the
scheme's factory builds the driver thread (a ``hardware.device.DeviceThread``) for that spec. The
reader editor, the service that stores readers, the tracking runtime and the capture bridge all
parse through ``parse``, so what one of them accepts the others accept too.

Schemes:
- ``serial:///dev/ttyUSB0?protocol=binary[&baud=115200]``: an RFID reader on a serial port (any
  absolute path pyserial opens: ``/dev/serial/by-id/...``, a pty);
- ``tcp://10.0.0.5:4001?protocol=ascii``: a network RFID reader;
- ``sim://reader/BR01-R01?protocol=ascii``: a simulated reader (the runtime gives it a pty);
- ``folder:///srv/scans/desk1``: a scanner's hot folder;
- ``camera://0`` (a video device by index), ``camera:///dev/video0`` (a video device by path: any
  path under ``/dev/``) or ``camera:///data/demo.avi`` (a video file standing in for a document
  camera).

A channel URL carries no user name or password (``tcp://user:pw@host``): the URL is stored, audited
and shown, and no driver would use them.

The wire protocol of a reader lives in its URL (``protocol=``, required: a wrong guess would only
produce garbage frames), nowhere else. Adding a device kind is one ``register(Scheme(...))``.
Errors are ``ChannelError``: a ``ValidationError`` (``field="url"``, so an editor can mark the
field) that is also a ``ValueError``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import SplitResult, parse_qs, quote, unquote, urlsplit

from app.errors import ValidationError
from hardware.protocols import PROTOCOLS

if TYPE_CHECKING:
    from app.captures import Capture
    from hardware.camera import CameraSource
    from hardware.device import DeviceThread
    from hardware.hotfolder import HotFolder
    from hardware.reader import ReaderDriver

DEFAULT_BAUDRATE = 115200


class ChannelKind(StrEnum):
    READER = "reader"  # RFID readers: reads and heartbeats for the tracking pipeline
    CAPTURE = "capture"  # scanners and cameras: files and frames for the capture pipeline


NOUN = {ChannelKind.READER: "reader channel", ChannelKind.CAPTURE: "capture source", None: "device channel"}


class ChannelError(ValidationError, ValueError):
    """A channel URL that cannot be used; ``params``: ``field="url"``, ``problem`` (a stable code:
    ``scheme``, ``format``, ``protocol``), ``url`` and ``why`` (the sentence without the URL)."""

    def __init__(self, message: str, *, url: str, why: str, problem: str = "format") -> None:
        super().__init__(message, field="url", problem=problem, url=url, why=why)


# -- the specs ---------------------------------------------------------------------------------------------


class Port(NamedTuple):
    """What pyserial opens for a reader: ``serial.serial_for_url(url, baudrate=...)``."""

    url: str
    baudrate: int
    protocol: str  # a key of hardware.protocols.PROTOCOLS


@dataclass(frozen=True)
class SerialChannel:
    url: str
    device: str  # absolute path
    baudrate: int
    protocol: str
    kind = ChannelKind.READER

    def port(self) -> Port:
        return Port(self.device, self.baudrate, self.protocol)


@dataclass(frozen=True)
class TcpChannel:
    url: str
    host: str
    port_number: int
    protocol: str
    kind = ChannelKind.READER

    def port(self) -> Port:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return Port(f"socket://{host}:{self.port_number}", DEFAULT_BAUDRATE, self.protocol)


@dataclass(frozen=True)
class SimChannel:
    url: str
    name: str  # sim://reader/<name>
    protocol: str
    kind = ChannelKind.READER

    def port(self) -> None:
        """A simulated reader has no port of its own: the runtime opens a pty for it."""
        return None


@dataclass(frozen=True)
class FolderChannel:
    url: str
    path: str  # absolute, percent-escapes decoded
    kind = ChannelKind.CAPTURE


DEVICE_DIR = "/dev/"  # a camera path under it is a video device, not a video file


def is_device_path(target: int | str) -> bool:
    """A camera target that names a video device by path (``/dev/video0``, ``/dev/v4l/by-id/...``)."""
    return isinstance(target, str) and target.startswith(DEVICE_DIR)


@dataclass(frozen=True)
class CameraChannel:
    url: str
    target: int | str  # a device index, a device path under /dev/, or an absolute video file path
    kind = ChannelKind.CAPTURE

    @property
    def is_file(self) -> bool:
        return isinstance(self.target, str) and not is_device_path(self.target)


ReaderChannel = SerialChannel | TcpChannel | SimChannel
CaptureChannel = FolderChannel | CameraChannel
ChannelSpec = ReaderChannel | CaptureChannel


# -- the registry ------------------------------------------------------------------------------------------


class Problem(Exception):
    """Raised by a scheme's parser: why the URL is unusable (the registry adds the URL)."""

    def __init__(self, why: str, problem: str = "format") -> None:
        super().__init__(why)
        self.why = why
        self.problem = problem


@dataclass(frozen=True)
class Scheme:
    """One URL scheme: its kind, the query parameters it allows, its parser and its factory.

    ``parse(parts, params)`` gets the split URL and its query (each allowed parameter at most once)
    and returns the spec or raises ``Problem``. ``open(spec, **kw)`` builds the (unstarted) driver
    thread; the keywords are the kind's (see ``open_reader`` and ``open_capture``)."""

    name: str
    kind: ChannelKind
    usage: str
    parse: Callable[[SplitResult, dict[str, str]], ChannelSpec]
    open: Callable[..., DeviceThread[Any]]
    params: frozenset[str] = frozenset()


SCHEMES: dict[str, Scheme] = {}


def register(scheme: Scheme) -> Scheme:
    if scheme.name in SCHEMES:
        raise ValueError(f"channel scheme {scheme.name!r} is registered twice")
    SCHEMES[scheme.name] = scheme
    return scheme


def usage(kind: ChannelKind | None = None) -> str:
    return "expected " + " or ".join(s.usage for s in SCHEMES.values() if kind in (None, s.kind))


def parse(url: str, kind: ChannelKind | None = None) -> ChannelSpec:
    """The validated spec for ``url``; with ``kind``, only that kind's schemes. Raises ChannelError."""
    text = url.strip()
    parts = urlsplit(text)
    scheme = SCHEMES.get(parts.scheme)
    if scheme is None or (kind is not None and scheme.kind is not kind):
        why = f"unsupported {NOUN[kind]} {url!r}; {usage(kind)}"
        raise ChannelError(why, url=url, why=usage(kind), problem="scheme")
    noun = NOUN[scheme.kind]
    if "@" in parts.netloc:  # user name or password: stored, audited and shown, and no driver uses them
        shown = _without_userinfo(text, parts)
        why = f"a channel URL carries no user name or password; expected {scheme.usage}"
        raise ChannelError(f"{noun} {shown!r}: {why}", url=shown, why=why, problem="userinfo")
    try:
        spec = scheme.parse(parts, _params(text, parts, scheme))
    except Problem as exc:
        raise ChannelError(f"{noun} {url!r}: {exc.why}", url=url, why=exc.why, problem=exc.problem) from None
    return replace(spec, url=text)  # as written (``SplitResult.geturl`` drops an empty authority)


def problem(url: str, kind: ChannelKind | None = None) -> str | None:
    """Why ``url`` is unusable (the sentence ``parse`` would raise), or None."""
    try:
        parse(url, kind)
    except ChannelError as exc:
        return exc.message
    return None


def _without_userinfo(url: str, parts: SplitResult) -> str:
    """``url`` with its user name and password replaced by ``***`` (an error never echoes them)."""
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=f"***@{host}").geturl()


def _params(url: str, parts: SplitResult, scheme: Scheme) -> dict[str, str]:
    if parts.fragment:
        why = f"a channel URL has no #fragment; expected {scheme.usage}"
        raise ChannelError(f"{NOUN[scheme.kind]} {url!r}: {why}", url=url, why=why)
    if not parts.query:
        return {}
    noun = NOUN[scheme.kind]
    if not scheme.params:
        why = f"options go in keywords, not the URL; expected {scheme.usage}"
        raise ChannelError(f"{noun} {url!r}: {why}", url=url, why=why)
    try:
        query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        why = f"malformed query; expected {scheme.usage}"
        raise ChannelError(f"{noun} {url!r}: {why}", url=url, why=why) from None
    unknown = sorted(set(query) - scheme.params)
    if unknown:
        why = f"unknown parameter(s) {', '.join(unknown)}; expected {scheme.usage}"
        raise ChannelError(f"{noun} {url!r}: {why}", url=url, why=why)
    if any(len(values) > 1 for values in query.values()):
        why = "a parameter is given twice"
        raise ChannelError(f"{noun} {url!r}: {why}", url=url, why=why)
    return {key: values[0] for key, values in query.items()}


def _protocol(params: dict[str, str]) -> str:
    protocol = params.get("protocol", "")
    if protocol not in PROTOCOLS:
        allowed = " or ".join(sorted(PROTOCOLS))
        raise Problem(f"protocol must be {allowed}, got {protocol!r}", "protocol")
    return protocol


def _absolute(parts: SplitResult, what: str) -> str:
    path = unquote(parts.path)
    if parts.netloc or not path.startswith("/") or path == "/":
        raise Problem(f"needs an absolute {what} (three slashes)")
    return path


# -- the schemes -------------------------------------------------------------------------------------------

PROTOCOL_HINT = "<" + "|".join(sorted(PROTOCOLS)) + ">"


def _parse_serial(parts: SplitResult, params: dict[str, str]) -> SerialChannel:
    device = _absolute(parts, "device path")
    if device.endswith("/"):
        raise Problem(f"{device!r} is a directory; needs the path of a device, e.g. /dev/ttyUSB0")
    protocol = _protocol(params)
    baudrate = DEFAULT_BAUDRATE
    if "baud" in params:
        text = params["baud"]
        if not (text.isascii() and text.isdigit()) or int(text) <= 0:
            raise Problem(f"baud must be a positive integer, got {text!r}")
        baudrate = int(text)
    return SerialChannel(parts.geturl(), device, baudrate, protocol)


def _parse_tcp(parts: SplitResult, params: dict[str, str]) -> TcpChannel:
    if "baud" in params:
        raise Problem("baud has no meaning for a network reader")
    try:
        host, port = parts.hostname, parts.port
    except ValueError as exc:  # a port that is not a number or out of range
        raise Problem(str(exc)) from None
    if not host or port is None or port == 0 or parts.path not in ("", "/"):
        raise Problem(f"needs tcp://<host>:<port>?protocol={PROTOCOL_HINT}")
    return TcpChannel(parts.geturl(), host, port, _protocol(params))


def _parse_sim(parts: SplitResult, params: dict[str, str]) -> SimChannel:
    name = unquote(parts.path).strip("/")
    if parts.netloc != "reader" or not name or "/" in name:
        raise Problem(f"needs sim://reader/<code>?protocol={PROTOCOL_HINT}")
    return SimChannel(parts.geturl(), name, _protocol(params))


def _parse_folder(parts: SplitResult, params: dict[str, str]) -> FolderChannel:
    return FolderChannel(parts.geturl(), _absolute(parts, "folder"))


def _parse_camera(parts: SplitResult, params: dict[str, str]) -> CameraChannel:
    path = unquote(parts.path)
    if parts.netloc:
        if not (parts.netloc.isascii() and parts.netloc.isdigit()) or path not in ("", "/"):
            raise Problem("a device is camera://<index>, e.g. camera://0")
        return CameraChannel(parts.geturl(), int(parts.netloc))
    if not path.startswith("/") or path.endswith("/"):
        raise Problem(
            "needs camera://<device index>, camera:///dev/<device> or camera:///<absolute video file>"
        )
    return CameraChannel(parts.geturl(), path)


def _open_reader(
    spec: ReaderChannel, *, reader_code: str, port: str | None = None, **kw: Any
) -> ReaderDriver:
    from hardware.reader import ReaderDriver

    address = spec.port()
    if address is None:
        if port is None:
            raise ValueError(f"{spec.url}: a simulated reader needs the port its simulator writes into")
        address = Port(port, DEFAULT_BAUDRATE, spec.protocol)
    return ReaderDriver(reader_code, address.url, address.protocol, baudrate=address.baudrate, **kw)


def _open_folder(spec: FolderChannel, sink: Callable[[Capture], None], **kw: Any) -> HotFolder:
    from hardware.hotfolder import HotFolder

    return HotFolder(spec.path, sink, **kw)


def _open_camera(spec: CameraChannel, sink: Callable[[Capture], None], **kw: Any) -> CameraSource:
    from hardware.camera import CameraSource

    return CameraSource(spec.target, sink, **kw)


READER_PARAMS = frozenset({"protocol", "baud"})
register(
    Scheme(
        "serial",
        ChannelKind.READER,
        f"serial:///dev/<device>?protocol={PROTOCOL_HINT}[&baud=N]",
        _parse_serial,
        _open_reader,
        READER_PARAMS,
    )
)
register(
    Scheme(
        "tcp",
        ChannelKind.READER,
        f"tcp://<host>:<port>?protocol={PROTOCOL_HINT}",
        _parse_tcp,
        _open_reader,
        READER_PARAMS,  # baud is refused with a sentence of its own
    )
)
register(
    Scheme(
        "sim",
        ChannelKind.READER,
        f"sim://reader/<code>?protocol={PROTOCOL_HINT}",
        _parse_sim,
        _open_reader,
        frozenset({"protocol"}),
    )
)
register(Scheme("folder", ChannelKind.CAPTURE, "folder:///<absolute folder>", _parse_folder, _open_folder))
register(
    Scheme(
        "camera",
        ChannelKind.CAPTURE,
        "camera://<device index>, camera:///dev/<device> or camera:///<absolute video file>",
        _parse_camera,
        _open_camera,
    )
)


# -- typed entry points ------------------------------------------------------------------------------------


def parse_reader(url: str) -> ReaderChannel:
    spec = parse(url, ChannelKind.READER)
    assert isinstance(spec, SerialChannel | TcpChannel | SimChannel)
    return spec


def parse_capture(url: str) -> CaptureChannel:
    spec = parse(url, ChannelKind.CAPTURE)
    assert isinstance(spec, FolderChannel | CameraChannel)
    return spec


def reader_problem(url: str) -> str | None:
    """Why ``url`` is not a usable reader channel, or None (the site service's check)."""
    return problem(url, ChannelKind.READER)


def port_for(url: str) -> Port:
    """What pyserial opens for a reader with a port of its own (``serial://``, ``tcp://``).

    ``serial:///dev/ttyUSB0?baud=115200&protocol=binary`` -> ``("/dev/ttyUSB0", 115200, "binary")``;
    ``tcp://10.0.0.5:4001?protocol=binary`` -> ``("socket://10.0.0.5:4001", 115200, "binary")``.
    Raises ChannelError for anything else (a ``sim://`` reader's port is the runtime's pty)."""
    spec = parse_reader(url)
    address = spec.port()
    if address is None:
        why = "a simulated reader has no port of its own; the tracking runtime opens one for it"
        raise ChannelError(f"unsupported reader channel {url!r}: {why}", url=url, why=why, problem="scheme")
    return address


def open_reader(spec: ReaderChannel, **kw: Any) -> ReaderDriver:
    """The (not yet started) driver: ``reader_code``, ``on_read``, ``on_status`` and the driver's
    options as keywords; ``port=`` is the pty of a simulated reader."""
    from hardware.reader import ReaderDriver

    driver = SCHEMES[urlsplit(spec.url).scheme].open(spec, **kw)
    assert isinstance(driver, ReaderDriver)
    return driver


def open_capture(url: str, sink: Callable[[Capture], None], **kw: Any) -> HotFolder | CameraSource:
    """The (not yet started) source for a capture channel URL; keywords go to its constructor.

    ``folder:///srv/scans/desk1`` -> ``HotFolder("/srv/scans/desk1")``; ``camera://0`` ->
    ``CameraSource(0)``; ``camera:///dev/video0`` -> ``CameraSource("/dev/video0")`` (a device);
    ``camera:///data/demo.avi`` -> ``CameraSource("/data/demo.avi")`` (a video file).
    Percent-escapes in paths are decoded. Raises ChannelError for anything else."""
    spec = parse_capture(url)
    from hardware.camera import CameraSource
    from hardware.hotfolder import HotFolder

    source = SCHEMES[urlsplit(spec.url).scheme].open(spec, sink, **kw)
    assert isinstance(source, HotFolder | CameraSource)
    return source


def folder_url(path: str | os.PathLike[str]) -> str:
    return "folder://" + quote(os.path.abspath(path))


def camera_url(target: int | str | os.PathLike[str]) -> str:
    if isinstance(target, int):
        return f"camera://{target}"
    return "camera://" + quote(os.path.abspath(target))
