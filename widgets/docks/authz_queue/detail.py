"""The request in the authorizer's hands: every transaction field, the teller, the history of
decisions, the attached images (thumbnails and a viewer with zoom and rotation), the lease countdown,
and the comment that goes with the decision. GUI thread; images are decoded on a ``Worker``
(``widgets.authz.images.viewables``) and applied only if the request is still the one shown."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedLayout,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.authz_policy import Business
from app.services.authorization import RequestView
from widgets.authz.history import history_html
from widgets.authz.images import Viewable, viewables
from widgets.authz.texts import (
    age_text,
    amount_text,
    amount_words,
    business_text,
    image_flag_text,
    kind_text,
    local_time,
    mode_text,
)
from widgets.common.blob_cache import BlobCache
from widgets.common.capture_texts import reason_text
from widgets.common.plain import plain, tooltip
from widgets.docks.authz_queue.viewer import ImageViewer
from widgets.i18n import Retranslating
from widgets.theme import set_role
from widgets.workers import Worker

THUMB = QSize(96, 68)
LEASE_WARN_S = 60


class ActionButton(QPushButton):
    """A push button standing for a ``QAction``: its text, tooltip and enabled state follow the
    action, a click triggers it (the action keeps the shortcut)."""

    def __init__(self, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action: QAction | None = None
        if role:
            self.setProperty("role", role)

    def bind(self, action: QAction) -> None:
        self.action = action
        self.setObjectName(f"{action.objectName()}.button")
        action.changed.connect(self._sync)
        self.clicked.connect(action.trigger)
        self._sync()

    def _sync(self) -> None:
        if self.action is not None:
            self.setText(self.action.text())
            self.setToolTip(self.action.toolTip())
            self.setEnabled(self.action.isEnabled())


class DetailPane(Retranslating, QWidget):
    def __init__(self, store: BlobCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authz_queue.detail")
        self.store = store
        self.worker = Worker(self)
        self.view: RequestView | None = None
        self.businesses: dict[str, Business] = {}
        self.images: list[Viewable] = []
        self.images_for: int | None = None  # the request the loaded images belong to
        self.stack = QStackedLayout(self)
        self.placeholder = plain(QLabel())  # may quote the service's refusal
        self.placeholder.setObjectName("authz_queue.placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setProperty("role", "subtitle")
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._build_content())
        self.retranslate()
        self._ready = True

    def _build_content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 4, 6, 4)
        header = QHBoxLayout()
        self.title = plain(QLabel())
        self.title.setObjectName("authz_queue.title")
        self.title.setProperty("role", "subtitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lease = QLabel()
        self.lease.setObjectName("authz_queue.lease")
        header.addWidget(self.title, 1)
        header.addWidget(self.lease)
        layout.addLayout(header)
        self.error = plain(QLabel())
        self.error.setObjectName("authz_queue.error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.flags = plain(QLabel())  # images whose content does not look like their kind
        self.flags.setObjectName("authz_queue.image_flags")
        self.flags.setProperty("role", "error")
        self.flags.setWordWrap(True)
        self.flags.setVisible(False)
        layout.addWidget(self.flags)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("authz_queue.detail_split")
        split.setChildrenCollapsible(False)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 4, 0)
        # the fields and the history scroll when the dock is short (wrapped English values were
        # squeezed into half-height rows on a 768-pixel screen); the comment and buttons stay in view
        info = QWidget()
        info_column = QVBoxLayout(info)
        info_column.setContentsMargins(0, 0, 0, 0)
        self.fields = QFormLayout()
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.fields.setHorizontalSpacing(10)
        self.fields.setVerticalSpacing(3)
        self.field_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in (
            "business",
            "amount",
            "words",
            "account",
            "customer",
            "branch",
            "teller",
            "submitted",
            "mode",
            "reason",
        ):
            label, value = QLabel(), plain(QLabel())  # the values are what the teller typed: never markup
            value.setObjectName(f"authz_queue.value.{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.field_labels[name], self.values[name] = label, value
            self.fields.addRow(label, value)
        big = self.values["amount"].font()
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.values["amount"].setFont(big)
        info_column.addLayout(self.fields)
        self.history_title = QLabel()
        self.history_title.setProperty("role", "hint")
        info_column.addWidget(self.history_title)
        self.history = QLabel()
        self.history.setObjectName("authz_queue.history")
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info_column.addWidget(self.history)
        info_column.addStretch(1)
        self.info_scroll = QScrollArea()
        self.info_scroll.setObjectName("authz_queue.info")
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.info_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.info_scroll.setWidget(info)
        column.addWidget(self.info_scroll, 1)
        self.comment_title = QLabel()
        column.addWidget(self.comment_title)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("authz_queue.comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(64)
        self.comment_title.setBuddy(self.comment)
        column.addWidget(self.comment)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.approve_button = ActionButton("primary")
        self.return_button = ActionButton()
        self.reject_button = ActionButton("danger")
        self.release_button = ActionButton()
        for button in (self.approve_button, self.return_button, self.reject_button):
            button.setMinimumWidth(96)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.release_button)
        column.addLayout(buttons)
        self.keys = QLabel()
        self.keys.setProperty("role", "hint")
        self.keys.setWordWrap(True)
        column.addWidget(self.keys)
        split.addWidget(left)

        right = QWidget()
        pics = QVBoxLayout(right)
        pics.setContentsMargins(4, 0, 0, 0)
        self.thumbs = QListWidget()
        self.thumbs.setObjectName("authz_queue.thumbs")
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setFlow(QListView.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setIconSize(THUMB)
        self.thumbs.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 30))
        self.thumbs.setFixedHeight(THUMB.height() + 48)
        self.thumbs.currentRowChanged.connect(self._show_image)
        pics.addWidget(self.thumbs)
        self.viewer_bar = QToolBar()
        self.viewer_bar.setObjectName("authz_queue.viewer_bar")
        self.viewer_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        pics.addWidget(self.viewer_bar)
        self.viewer = ImageViewer()
        pics.addWidget(self.viewer, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([440, 660])
        layout.addWidget(split, 1)
        return content

    # -- the request ----------------------------------------------------------------------------------
    def show_request(self, view: RequestView | None, now: datetime, message: str = "") -> None:
        """Show ``view`` (None: the placeholder, with ``message`` if given)."""
        same = view is not None and self.view is not None and view.id == self.view.id
        self.view = view
        if view is None:
            self.stack.setCurrentIndex(0)
            self.placeholder.setText(message or self._placeholder_text())
            self.comment.clear()
            self.clear_error()
            self.flags.setVisible(False)
            self.images, self.images_for = [], None
            self.thumbs.clear()
            self.viewer.clear_image()
            return
        if not same:
            self.comment.clear()
            self.clear_error()
        self.stack.setCurrentIndex(1)
        self._fill(view)
        self.tick(now)
        if self.images_for != view.id or self.images_keys() != view.attachments:
            self._load_images(view)

    def _fill(self, view: RequestView) -> None:
        business = business_text(self.businesses.get(view.business_type), view.business_type)
        self.title.setText(
            self.tr("No. %1 · %2 · %3")
            .replace("%1", str(view.id))
            .replace("%2", business)
            .replace("%3", amount_text(view.amount_fen, view.currency))
        )
        v = self.values
        v["business"].setText(f"{business} ({view.business_type})")
        v["amount"].setText(amount_text(view.amount_fen, view.currency))
        words = amount_words(view.amount_fen, view.currency)
        v["words"].setText(words)
        self.fields.setRowVisible(self.values["words"], bool(words))
        v["account"].setText(view.account)
        v["customer"].setText(view.customer)
        v["branch"].setText(view.branch)
        v["teller"].setText(view.teller)
        submitted = local_time(view.created_at)
        if view.submissions > 1:
            submitted += " · " + self.tr("sent %1 times").replace("%1", str(view.submissions))
        v["submitted"].setText(submitted)
        levels = (
            self.tr("level %1 of %2")
            .replace("%1", str(view.levels_done + 1))
            .replace("%2", str(view.levels_required))
            if view.levels_required > 1
            else self.tr("one authorizer")
        )
        rules = (
            self.tr("rules v%1").replace("%1", str(view.policy_version))
            if view.policy_version
            else self.tr("shipped rules")
        )
        v["mode"].setText(f"{mode_text(view.mode)} · {levels} · {rules}")
        v["reason"].setText(view.reason)
        self.history.setText(history_html(view, self.businesses))
        flags = [image_flag_text(kind, flag) for kind, flag in view.image_flags]
        self.flags.setText(
            "⚠ " + self.tr("Check the images: %1.").replace("%1", self.tr("; ").join(flags)) if flags else ""
        )
        self.flags.setVisible(bool(flags))

    def tick(self, now: datetime) -> None:
        """The lease countdown (once a second)."""
        view = self.view
        if view is None or view.lease_until is None:
            self.lease.setText("")
            set_role(self.lease, "state", "off")
            return
        left = view.lease_until - now
        seconds = int(left.total_seconds())
        if seconds <= 0:
            self.lease.setText(self.tr("Lease expired"))
            set_role(self.lease, "state", "error")
        else:
            self.lease.setText(self.tr("Lease %1").replace("%1", age_text(left)))
            set_role(self.lease, "state", "warn" if seconds <= LEASE_WARN_S else "ok")
        self.lease.setToolTip(
            self.tr("Decide before the lease runs out, or the request goes back to the queue.")
        )

    def comment_text(self) -> str:
        return self.comment.toPlainText().strip()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")

    # -- images ---------------------------------------------------------------------------------------
    def images_keys(self) -> tuple[tuple[str, str, str], ...]:
        return tuple((i.kind, i.sha, i.ext) for i in self.images)

    def _load_images(self, view: RequestView) -> None:
        self.images, self.images_for = [], view.id
        self.thumbs.clear()
        store = self.store
        if not view.attachments:
            self.viewer.clear_image(self.tr("No images were sent with this request."))
            return
        self.viewer.clear_image(self.tr("Loading images…"))
        request_id, files = view.id, view.attachments

        def done(images: list[Viewable]) -> None:
            if self.view is None or self.view.id != request_id:
                return  # another request is shown now
            self.images = images
            self.thumbs.clear()
            for image in images:
                item = QListWidgetItem(kind_text(image.kind))
                if image.image is not None:
                    pix = QPixmap.fromImage(image.image).scaled(
                        THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    )
                    item.setIcon(QIcon(pix))
                else:
                    item.setToolTip(tooltip(self._problem_text(image.problem)))
                self.thumbs.addItem(item)
            self.thumbs.setCurrentRow(0)

        def failed(exc: Exception) -> None:
            self.viewer.clear_image(self.tr("The images could not be loaded: %1").replace("%1", str(exc)))

        self.worker.submit(lambda: viewables(store, files), done, failed)

    def _show_image(self, row: int) -> None:
        if not 0 <= row < len(self.images):
            return
        image = self.images[row]
        self.viewer.show_image(image.image, self._problem_text(image.problem))

    def _problem_text(self, problem: str) -> str:
        if problem == "missing":
            return self.tr("This image is not on the server (never uploaded, or damaged).")
        return reason_text(problem) if problem else ""

    def _placeholder_text(self) -> str:
        return self.tr("No request in hand.\nPress F2 to take the next one from the queue.")

    def retranslate(self) -> None:
        for name, text in (
            ("business", self.tr("Business")),
            ("amount", self.tr("Amount")),
            ("words", self.tr("In words")),
            ("account", self.tr("Account")),
            ("customer", self.tr("Customer")),
            ("branch", self.tr("Branch")),
            ("teller", self.tr("Teller")),
            ("submitted", self.tr("Submitted")),
            ("mode", self.tr("Authorization")),
            ("reason", self.tr("Reason")),
        ):
            self.field_labels[name].setText(text)
        self.history_title.setText(self.tr("History"))
        for row, image in enumerate(self.images):
            item = self.thumbs.item(row)
            if item is not None:
                item.setText(kind_text(image.kind))
        self.comment_title.setText(self.tr("&Comment (required to reject or return)"))
        self.comment.setPlaceholderText(self.tr("What is wrong, or what the teller must correct"))
        self.keys.setText(
            self.tr(
                "Ctrl+Return approve · Ctrl+R reject · Ctrl+T return to the teller · Ctrl+Shift+R release"
            )
        )
        if self.view is None:
            self.placeholder.setText(self._placeholder_text())
        else:
            self._fill(self.view)

    def shutdown(self) -> None:
        self.worker.stop()
