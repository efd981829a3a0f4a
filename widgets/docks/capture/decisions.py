"""The operator's decisions on a captured page: override (for a page awaiting manual classification:
choose its voucher type, cut it again on a worker), reject, retake; each asks for a reason and goes
through the capture service, which checks the permission and audits it. GUI thread; a decision is
recorded on the panel's ``Operations`` worker (after the reason is given here)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.errors import SuiteError
from app.operations import Change
from app.services.capture import ALLOWED, FILE_FAULTS, OVERRIDE_MINIMUM, KeyedFields, PageView
from app.statuses import PageDecision, PageStatus
from imaging.batch import CaptureRunner
from imaging.templates import Template
from widgets.common.capture_texts import status_text
from widgets.common.dialogs import ReasonDialog
from widgets.docks import DockContext
from widgets.docks.capture.dialogs import KEYABLE, ClassifyDialog
from widgets.messages import error_text
from widgets.workers import Operations, Worker


class CaptureDecisions(QObject):
    """Emits ``decided(Change)`` for every recorded decision and ``message(text, ok)`` to show."""

    decided = Signal(object)
    message = Signal(str, bool)
    busy_changed = Signal()

    def __init__(
        self,
        ctx: DockContext,
        runner: CaptureRunner,
        widget: QWidget,
        templates: Callable[[], Mapping[str, Template]],
        ops: Operations,
    ) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.runner = runner
        self.templates = templates  # the runner's templates as last read on a worker (never read here)
        self.widget = widget  # the dialogs' parent
        self.worker = Worker(self, name="capture-reclassify")
        self.ops = ops  # the panel's: a decision after the batch it concerns was opened
        self._reclassifying = False

    @property
    def busy(self) -> bool:
        """A reclassification or a decision is on its way."""
        return self._reclassifying or self.ops.busy

    @staticmethod
    def allowed(page: PageView | None) -> dict[PageDecision, bool]:
        """Which decisions the service allows for the page (its rules, so the buttons agree)."""
        if page is None:
            return dict.fromkeys(ALLOWED, False)
        out = {decision: page.status in statuses for decision, statuses in ALLOWED.items()}
        if {code for code, _detail in page.reasons} & FILE_FAULTS:
            out[PageDecision.OVERRIDE] = False  # no image to accept: only a retake helps
        return out

    @staticmethod
    def missing(page: PageView) -> tuple[str, ...]:
        """The fields the operator keys to accept the page: those of ``KEYABLE`` recognition did
        not find, when it found no number or amount (the service's ``OVERRIDE_MINIMUM``)."""
        lacking = tuple(name for name in KEYABLE if getattr(page, name) in (None, ""))
        return lacking if set(lacking) & set(OVERRIDE_MINIMUM) else ()

    def override(self, page: PageView) -> None:
        if self.busy:
            return
        question = self.tr("Page %1 (%2)").replace("%1", str(page.seq)).replace("%2", page.source_name)
        classify = page.status == PageStatus.MANUAL or not page.voucher_type
        missing = self.missing(page)
        if not classify and not missing:
            self._ask(
                page,
                PageDecision.OVERRIDE,
                self.tr("Override"),
                question + "\n" + self.tr("Accept this page as it is?"),
            )
            return
        text = self.tr("Which voucher is this? The page is cut again with its template.")
        dlg = ClassifyDialog(
            question + "\n" + (text if classify else self.tr("Accept this page with the fields keyed?")),
            dict(self.templates()) if classify else None,
            self.widget,
            missing=missing,
        )
        if page.voucher_type:
            dlg.voucher_type.setCurrentIndex(max(dlg.voucher_type.findData(page.voucher_type), 0))
        if not dlg.exec():
            return
        if classify:
            self.reclassify(page.id, dlg.code(), dlg.reason_text(), dlg.keyed())
        else:
            self.decide(page.id, PageDecision.OVERRIDE, dlg.reason_text(), dlg.keyed())

    def reject(self, page: PageView) -> None:
        question = self.tr("Reject page %1? It will not be processed.").replace("%1", str(page.seq))
        self._ask(page, PageDecision.REJECT, self.tr("Reject"), question)

    def retake(self, page: PageView) -> None:
        question = self.tr("Ask for page %1 to be captured again?").replace("%1", str(page.seq))
        self._ask(page, PageDecision.RETAKE, self.tr("Retake"), question)

    def _ask(self, page: PageView, decision: PageDecision, title: str, question: str) -> None:
        if self.busy:
            return
        dlg = ReasonDialog(title, question, self.widget)
        if dlg.exec():
            self.decide(page.id, decision, dlg.reason_text())

    def decide(self, page_id: int, decision: str, reason: str, keyed: KeyedFields | None = None) -> bool:
        """Record the decision on the worker; True if it was sent (``decided`` once recorded)."""
        if self.busy:
            return False
        capture, me = self.ctx.services.capture, self.ctx.principal

        def done(change: Change) -> None:
            self.decided.emit(change)
            status = status_text(str(change.detail.get("status", "")))
            self.message.emit(self.tr("Page recorded as: %1").replace("%1", status), True)

        self.message.emit(self.tr("Recording the decision…"), True)
        self.ops.run(
            lambda: capture.decide(me, page_id, decision, reason, keyed=keyed),
            done,
            lambda exc: self.message.emit(error_text(exc), False),
        )
        return True

    def reclassify(self, page_id: int, code: str, reason: str, keyed: KeyedFields | None = None) -> None:
        """Cut the page again with the chosen template on a worker, then record the override."""
        runner = self.runner
        self._set_busy(True)
        self.message.emit(self.tr("Classifying page as %1…").replace("%1", code), True)

        capture, me = self.ctx.services.capture, self.ctx.principal

        def job() -> tuple[Change, bool]:  # worker thread: cut, record, and read the page back
            change = runner.reclassify(page_id, code, reason, keyed)
            return change, bool(capture.page(me, page_id).slices)

        def done(result: tuple[Change, bool]) -> None:
            change, has_slices = result
            self._set_busy(False)
            self.decided.emit(change)
            if has_slices:
                self.message.emit(self.tr("Page classified as %1.").replace("%1", code), True)
            else:
                text = self.tr("Page classified as %1, but the template could not be placed: no slices.")
                self.message.emit(text.replace("%1", code), False)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            text = error_text(exc) if isinstance(exc, SuiteError) else f"{type(exc).__name__}: {exc}"
            self.message.emit(text, False)

        self.worker.submit(job, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._reclassifying = busy
        self.busy_changed.emit()

    def shutdown(self) -> None:
        self.worker.stop()
