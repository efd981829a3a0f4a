"""Form for registering or changing a reader (channel, place, antenna zones). GUI thread.

The channel is checked by the device-channel registry (``hardware.channels``), the same parser the
service and the tracking runtime use, so what the form accepts the driver accepts too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QWidget

from app.errors import ValidationError
from app.stations import optional_station
from app.tracking.directory import Directory, ReaderInfo
from hardware.channels import ChannelError, ChannelKind, parse, usage
from widgets.common.dialogs import FormDialog
from widgets.common.plain import tooltip
from widgets.i18n import ui_is_chinese
from widgets.theme import set_role


class ReaderDialog(FormDialog):
    def __init__(
        self,
        directory: Directory,
        reader: ReaderInfo | None,
        antennas: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ReaderEditor", "Edit reader")
            if reader
            else QCoreApplication.translate("ReaderEditor", "New reader")
        )
        super().__init__(title, parent)
        zh = ui_is_chinese()
        self.code = QLineEdit(reader.code if reader else "")
        self.code.setObjectName("reader.code")
        self.code.setReadOnly(reader is not None)
        self.name_zh = QLineEdit(reader.name_zh if reader else "")
        self.name_zh.setObjectName("reader.name_zh")
        self.name_en = QLineEdit(reader.name_en if reader else "")
        self.name_en.setObjectName("reader.name_en")
        self.zone = QComboBox()
        self.zone.setObjectName("reader.zone")
        for z in sorted(directory.zones.values(), key=lambda z: z.code):
            self.zone.addItem(f"{z.name(zh)} · {z.code}", z.code)
        if reader:
            self.zone.setCurrentIndex(max(self.zone.findData(reader.zone), 0))
        self.url = QLineEdit(reader.url if reader else "tcp://")
        self.url.setObjectName("reader.url")
        self.url.setPlaceholderText(
            "serial:///dev/ttyUSB0?protocol=binary · tcp://host:4001?protocol=ascii · "
            "sim://reader/CODE?protocol=ascii"
        )
        self.url.setToolTip(usage(ChannelKind.READER))
        self.url.textChanged.connect(self._mark_url)
        self.x, self.y = QDoubleSpinBox(), QDoubleSpinBox()
        for spin, value in ((self.x, reader.x if reader else 0.0), (self.y, reader.y if reader else 0.0)):
            spin.setRange(0, 100_000)
            spin.setDecimals(0)
            spin.setValue(value)
        self.enabled = QCheckBox()
        self.enabled.setObjectName("reader.enabled")
        self.enabled.setChecked(True)
        self.antennas = QLineEdit("; ".join(f"{a}={z}" for a, z in sorted(antennas.items())))
        self.antennas.setObjectName("reader.antennas")
        self.antennas.setPlaceholderText("2=BR01-GATE; 3=BR01-HALL")
        self.station = QLineEdit((reader.station or "") if reader else "")
        self.station.setObjectName("reader.station")
        self.station.setPlaceholderText(
            QCoreApplication.translate("ReaderEditor", "empty: unassigned (run by an embedded workstation)")
        )
        self.station.setToolTip(
            QCoreApplication.translate(
                "ReaderEditor",
                "The station (workstation code) the reader is plugged into: only that workstation runs it.",
            )
        )
        rows = (
            (QCoreApplication.translate("ReaderEditor", "Code"), self.code),
            (QCoreApplication.translate("ReaderEditor", "Name (中文)"), self.name_zh),
            (QCoreApplication.translate("ReaderEditor", "Name (English)"), self.name_en),
            (QCoreApplication.translate("ReaderEditor", "Zone"), self.zone),
            (QCoreApplication.translate("ReaderEditor", "Channel"), self.url),
            (QCoreApplication.translate("ReaderEditor", "Position x"), self.x),
            (QCoreApplication.translate("ReaderEditor", "Position y"), self.y),
            (QCoreApplication.translate("ReaderEditor", "Enabled"), self.enabled),
            (QCoreApplication.translate("ReaderEditor", "Other antennas (n=zone)"), self.antennas),
            (QCoreApplication.translate("ReaderEditor", "Station"), self.station),
        )
        for row, (label, widget) in enumerate(rows):
            self.form.insertRow(row, label, widget)

    def antenna_map(self) -> dict[int, str]:
        """``2=BR01-GATE; 3=BR01-HALL`` -> {2: "BR01-GATE", 3: "BR01-HALL"}; ValueError if malformed."""
        result: dict[int, str] = {}
        for part in self.antennas.text().replace("；", ";").split(";"):
            if not part.strip():
                continue
            number, _, zone = part.partition("=")
            result[int(number.strip())] = zone.strip().upper()
        return result

    def channel_problem(self) -> ChannelError | None:
        """Why the channel field is unusable (as the driver would refuse it), or None."""
        try:
            parse(self.url.text(), ChannelKind.READER)
        except ChannelError as exc:
            return exc
        return None

    def _mark_url(self) -> None:
        """Mark the channel field while it holds something the driver would refuse."""
        problem = self.channel_problem() if self.url.text().strip() else None
        state = "error" if problem is not None else ""
        self.url.setToolTip(
            tooltip(str(problem.params["why"]) if problem is not None else usage(ChannelKind.READER))
        )
        if self.url.property("state") != state:
            set_role(self.url, "state", state)

    @staticmethod
    def _channel_message(error: ChannelError) -> str:
        code = error.params.get("problem")
        if code == "scheme":
            return QCoreApplication.translate(
                "ReaderEditor",
                "Unsupported channel: use serial:///dev/<device>?protocol=…, tcp://<host>:<port>?protocol=… "
                "or sim://reader/<code>?protocol=…",
            )
        if code == "protocol":
            return QCoreApplication.translate(
                "ReaderEditor",
                "The channel must name the reader's protocol (protocol=ascii or protocol=binary)",
            )
        return QCoreApplication.translate("ReaderEditor", "The channel cannot be used: %1").replace(
            "%1", str(error.params["why"])
        )

    def problem(self) -> str | None:
        channel = self.channel_problem()
        if channel is not None:
            self._mark_url()
            self.url.setFocus()
            return self._channel_message(channel)
        try:
            self.antenna_map()
        except ValueError:
            return QCoreApplication.translate("ReaderEditor", "Write antennas as number=zone, separated by ;")
        try:
            optional_station(self.station.text())
        except ValidationError:
            self.station.setFocus()
            return QCoreApplication.translate(
                "ReaderEditor", "A station code is 1 to 32 letters, digits, '.', '_' or '-'"
            )
        return None
