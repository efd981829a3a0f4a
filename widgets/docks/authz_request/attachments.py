"""The images of a request being written (ID card, voucher): the kinds its business requires, each
marked present or missing; add from files, remove. GUI thread; files are read, uploaded to the
image service and thumbnailed on a ``Worker`` (``images.attach_files``)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from widgets.authz.images import IMAGE_FILTER, Attachment, Refused, attach_files, stored_thumbs
from widgets.authz.texts import kind_text
from widgets.common.blob_cache import BlobCache
from widgets.common.capture_texts import reason_text
from widgets.common.plain import tooltip
from widgets.i18n import Retranslating
from widgets.theme import set_role
from widgets.workers import Worker

ICON = QSize(112, 80)


class AttachmentList(QListWidget):
    """Thumbnails in a row; Delete removes the selected one; a hint while there are none."""

    remove_requested = Signal()
    hint = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() or not self.hint:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(12, 8, -12, -8),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.hint,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class AttachmentBox(Retranslating, QWidget):
    changed = Signal()  # the attachments changed
    message = Signal(str, bool)  # text, ok
    busy_changed = Signal(bool)

    def __init__(self, store: BlobCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authz_request.attachments")
        self.store = store
        self.worker = Worker(self)
        self.items: list[Attachment] = []
        self.kinds: tuple[str, ...] = ()
        self.required: tuple[str, ...] = ()
        self.busy = False
        self._refocus: QWidget | None = None  # the Add button to give the keyboard back to
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.pill_row = QHBoxLayout()
        self.pill_row.setSpacing(6)
        self.pills: dict[str, QLabel] = {}
        self.pill_row.addStretch(1)
        layout.addLayout(self.pill_row)
        self.list = AttachmentList()
        self.list.setObjectName("authz_request.attachment_list")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(ICON)
        self.list.setGridSize(QSize(ICON.width() + 28, ICON.height() + 46))
        self.list.setFixedHeight(ICON.height() + 66)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.remove_requested.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list)
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(6)
        self.add_buttons: dict[str, QPushButton] = {}
        self.remove = QPushButton()
        self.remove.setObjectName("authz_request.remove_image")
        self.remove.clicked.connect(self.remove_selected)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.remove)
        layout.addLayout(self.button_row)
        self.retranslate()
        self._ready = True

    # -- kinds ----------------------------------------------------------------------------------------
    def set_kinds(self, kinds: Sequence[str], required: Sequence[str]) -> None:
        """The kinds that can be added (one button each) and those the business requires."""
        kinds = tuple(dict.fromkeys((*required, *kinds)))
        if kinds != self.kinds:
            self.kinds = kinds
            for button in self.add_buttons.values():
                self.button_row.removeWidget(button)
                button.hide()
                button.deleteLater()
            self.add_buttons = {}
            for i, kind in enumerate(kinds):
                button = QPushButton()
                button.setObjectName(f"authz_request.add_{kind}")
                button.clicked.connect(lambda _checked=False, k=kind: self.choose_files(k))
                self.button_row.insertWidget(i, button)
                button.show()  # the layout shows a new child only once events run: focus could not reach it
                self.add_buttons[kind] = button
            # buttons made now would come last in the window's Tab chain, after every other dock:
            # Tab goes from the images to each Add button, then Remove, as they are shown
            chain = [self.list, *self.add_buttons.values(), self.remove]
            for before, after in pairwise(chain):
                QWidget.setTabOrder(before, after)
        self.required = tuple(required)
        self._rebuild_pills()
        self.retranslate()

    def missing(self) -> list[str]:
        present = {a.kind for a in self.items}
        return [k for k in self.required if k not in present]

    def attachments(self) -> tuple[tuple[str, str, str], ...]:
        return tuple(a.key for a in self.items)

    # -- adding and removing --------------------------------------------------------------------------
    def choose_files(self, kind: str) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach: %1").replace("%1", kind_text(kind)),
            "",
            self.tr("Images and PDF (%1);;All files (*)").replace("%1", IMAGE_FILTER),
        )
        if paths:
            self.add_files(kind, paths)

    def add_files(self, kind: str, paths: Sequence[str | Path]) -> bool:
        """Read, upload and thumbnail the files on the worker; False if busy."""
        store = self.store
        if self.busy or not paths:
            return False
        self._set_busy(True)
        files = list(paths)
        self.worker.submit(lambda: attach_files(store, kind, files), self._added, self._failed)
        return True

    def _added(self, result: tuple[list[Attachment], list[Refused]]) -> None:
        attached, refused = result
        self._set_busy(False)
        known = {a.key for a in self.items}
        for a in attached:
            if a.key not in known:
                self.items.append(a)
                known.add(a.key)
        self._refresh()
        if refused:
            text = "; ".join(f"{r.name}: {reason_text(r.why)}" for r in refused)
            self.message.emit(self.tr("Not attached: %1").replace("%1", text), False)
        elif attached:
            names = ", ".join(a.name for a in attached)
            self.message.emit(
                self.tr("Attached as %1: %2").replace("%1", kind_text(attached[0].kind)).replace("%2", names),
                True,
            )

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.message.emit(self.tr("The images could not be attached: %1").replace("%1", str(exc)), False)

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            del self.items[row]
        if rows:
            self._refresh()

    def set_items(self, items: Sequence[Attachment]) -> None:
        self.items = list(items)
        self._refresh()

    def clear(self) -> None:
        self.set_items([])

    def load_stored(self, attachments: Sequence[tuple[str, str, str]]) -> None:
        """Show a stored request's images (editing a returned request); thumbnails on the worker."""
        self.set_items([])
        store = self.store
        if not attachments:
            return
        self._set_busy(True)
        files = list(attachments)

        def done(items: list[Attachment]) -> None:
            self._set_busy(False)
            self.set_items(items)

        self.worker.submit(lambda: stored_thumbs(store, files), done, self._failed)

    # -- showing --------------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        if busy:  # the Add buttons wait while busy: the keyboard waits on the list, then goes back
            focus = self.window().focusWidget()
            if focus in self.add_buttons.values():
                self._refocus = focus
                self.list.setFocus()
        self.busy = busy
        self.busy_changed.emit(busy)
        self._update_buttons()
        if not busy and self._refocus is not None:
            if self.window().focusWidget() is self.list and self._refocus in self.add_buttons.values():
                self._refocus.setFocus()
            self._refocus = None

    def _refresh(self) -> None:
        self.list.clear()
        for a in self.items:
            item = QListWidgetItem(self._caption(a))
            if a.thumb is not None and not a.thumb.isNull():
                pix = QPixmap.fromImage(a.thumb).scaled(
                    ICON, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
                item.setIcon(QIcon(pix))
            item.setToolTip(tooltip(kind_text(a.kind), f"{a.name or a.sha[:16]}.{a.ext}"))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)
        self._rebuild_pills()
        self._update_buttons()
        self.changed.emit()

    def _caption(self, a: Attachment) -> str:
        name = a.name if len(a.name) <= 16 else a.name[:7] + "…" + a.name[-8:]
        return f"{kind_text(a.kind)}\n{name}" if name else kind_text(a.kind)

    def _rebuild_pills(self) -> None:
        for label in self.pills.values():
            self.pill_row.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.pills = {}
        present = {a.kind for a in self.items}
        for i, kind in enumerate(self.required):
            label = QLabel()
            label.setObjectName(f"authz_request.need_{kind}")
            label.setProperty("present", kind in present)
            set_role(label, "state", "ok" if kind in present else "error")
            self.pill_row.insertWidget(i, label)
            self.pills[kind] = label
        self._pill_texts()

    def _pill_texts(self) -> None:
        for kind, label in self.pills.items():
            if label.property("present"):
                label.setText("✓ " + kind_text(kind))
            else:
                label.setText(self.tr("✗ %1 missing").replace("%1", kind_text(kind)))

    def _update_buttons(self) -> None:
        can_add = not self.busy
        for button in self.add_buttons.values():
            button.setEnabled(can_add)
        self.remove.setEnabled(not self.busy and bool(self.list.selectedItems()))

    def retranslate(self) -> None:
        for kind, button in self.add_buttons.items():
            button.setText(self.tr("Add %1…").replace("%1", kind_text(kind)))
        self.remove.setText(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove the selected image (Delete)"))
        self._pill_texts()
        for row, a in enumerate(self.items):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._caption(a))
        self.list.setToolTip(self.tr("Images sent with the request"))
        self.list.hint = self.tr("Attach the images the business requires: use the buttons below.")
        self.list.viewport().update()

    def shutdown(self) -> None:
        self.worker.stop()
