"""Captured vouchers and voucher templates in the database: batches, pages with their verdicts,
field slices, operator decisions, template versions. Any thread (one session per call).

Image bytes are not here: they go through the image service (``app.services.blobs``) to its
content-addressed store; rows name blobs by SHA-256. Whoever records a page has stored its blobs
first, so a row never points at nothing, with one exception: a file the image service (or the
capture workers, checking as it does) refused (a bomb, a corrupt or unsupported file, one too slow
to decode) is recorded as a page rejected for that file fault, and its ``original_sha`` names
bytes that were never stored (such a page can only be retaken).
Every change is audited in the same transaction. Reads of captured vouchers need one of ``VIEWERS``,
reads of templates ``capture`` or ``register.admin`` (``TEMPLATE_READERS``); changes need ``capture``
(pages) or ``register.admin`` (templates). A refusal is audited.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import CaptureBatch, CapturedPage, PageSlice, VoucherTemplate
from app.errors import NotFound, PermissionDenied, ValidationError
from app.money import MAX_FEN
from app.operations import Action, Change, Target, record
from app.paths import RESOURCES
from app.rbac import Permission, Principal
from app.remote import remote
from app.services.guard import authorize, authorize_any, deny, require_reason
from app.services.uploads import not_theirs
from app.statuses import VERDICTS, PageDecision, PageStatus
from app.voucher_keys import SIGNED_PREFIX, VoucherKey, unsigned_text

if TYPE_CHECKING:  # the image service reads who may see captured pages from here
    from app.services.blobs import BlobService

# the status each decision gives a page
DECISIONS = {
    PageDecision.OVERRIDE: PageStatus.OVERRIDDEN,
    PageDecision.REJECT: PageStatus.REJECTED,
    PageDecision.RETAKE: PageStatus.RETAKE,
}
DECISION_ACTIONS = {
    PageDecision.OVERRIDE: Action.CAPTURE_OVERRIDE,
    PageDecision.REJECT: Action.CAPTURE_REJECT,
    PageDecision.RETAKE: Action.CAPTURE_RETAKE,
}
# which decision a page in each status allows
ALLOWED = {
    PageDecision.OVERRIDE: frozenset({PageStatus.MANUAL, PageStatus.REJECTED}),
    PageDecision.REJECT: frozenset(
        {PageStatus.ACCEPTED, PageStatus.MANUAL, PageStatus.OVERRIDDEN, PageStatus.RETAKE}
    ),
    PageDecision.RETAKE: frozenset(
        {PageStatus.ACCEPTED, PageStatus.MANUAL, PageStatus.REJECTED, PageStatus.OVERRIDDEN}
    ),
}
# rejections of the file itself: there is no image to accept
FILE_FAULTS = frozenset(
    {
        "empty_file",
        "corrupt_file",
        "too_large",
        "too_many_pages",
        "unsupported_format",
        "unreadable_file",
        "too_small",
        "too_slow",  # decoding it took longer than the capture workers allow (a hostile document)
    }
)
QUALITY_FAULTS = frozenset(
    {"too_dark", "too_bright", "low_contrast", "blurred", "skewed", "no_page", "two_vouchers"}
)
# who may see captured vouchers (keyers only ever see slices, through the keying service)
VIEWERS = frozenset(
    {
        Permission.CAPTURE,
        Permission.REVIEW,
        Permission.SUPERVISE,
        Permission.REGISTER_ADMIN,
        Permission.AUDIT_READ,
    }
)
# who may read the voucher templates: who captures (the runner cuts pages with them) and who edits them
TEMPLATE_READERS = frozenset({Permission.CAPTURE, Permission.REGISTER_ADMIN})
MAX_REGION_NAME = 32
MAX_PAGES_PER_CALL = 200  # pages recorded in one transaction (a file's pages, or several files')
_CODE = re.compile(r"^[A-Z0-9]{2,8}$")
# what an accepted page must carry, recognised or keyed by the operator who overrides (a voucher
# accepted with no number or amount cannot be checked, keyed against or posted)
OVERRIDE_MINIMUM = ("voucher_type", "voucher_number", "amount_fen")
_NUMBER = re.compile(r"^[0-9]{6,20}$")  # as the voucher QR code writes them (imaging.payload)
_ACCOUNT = re.compile(r"^[0-9]{10,32}$")


@dataclass(frozen=True)
class KeyedFields:
    """What an operator keys when accepting a page whose fields were not recognised (a page
    without a readable QR code): only fields the page lacks."""

    voucher_number: str | None = None
    amount_fen: int | None = None
    account: str | None = None

    def checked(self) -> dict[str, str | int]:
        """The keyed fields, validated (``ValidationError`` naming the field)."""
        out: dict[str, str | int] = {}
        if self.voucher_number is not None:
            number = self.voucher_number.strip()
            if not _NUMBER.match(number):
                raise ValidationError(
                    "the voucher number is 6-20 digits", field="voucher_number", problem="format"
                )
            out["voucher_number"] = number
        if self.amount_fen is not None:
            if isinstance(self.amount_fen, bool) or not isinstance(self.amount_fen, int):
                raise ValidationError(
                    "the amount is a whole number of fen", field="amount_fen", problem="format"
                )
            if not 0 < self.amount_fen <= MAX_FEN:
                raise ValidationError(
                    "the amount must be above zero and within the limit", field="amount_fen", problem="range"
                )
            out["amount_fen"] = self.amount_fen
        if self.account is not None and self.account.strip():
            account = self.account.strip()
            if not _ACCOUNT.match(account):
                raise ValidationError("the account is 10-32 digits", field="account", problem="format")
            out["account"] = account
        return out


@dataclass(frozen=True)
class SliceRecord:
    name: str
    kind: str
    box: tuple[int, int, int, int]
    quad: tuple[tuple[float, float], ...]
    image_sha: str


@dataclass(frozen=True)
class PageRecord:
    """What the pipeline made of one page, as plain data (no images: blobs are named by SHA-256)."""

    source_name: str
    page_index: int
    original_sha: str
    original_ext: str
    status: PageStatus
    reasons: tuple[tuple[str, str], ...]
    checks: tuple[tuple[str, float, bool], ...] = ()
    side: str = "front"
    corrected_sha: str | None = None
    voucher_type: str | None = None
    voucher_number: str | None = None
    copy_no: int | None = None
    account: str | None = None
    amount_fen: int | None = None
    qr_text: str | None = None
    decoder: str = ""
    template_code: str | None = None
    template_version: int | None = None
    rotation: int = 0
    skew_deg: float = 0.0
    homography: tuple[tuple[float, ...], ...] | None = None
    process_ms: float = 0.0
    slices: tuple[SliceRecord, ...] = ()
    delivery: str = ""  # the handing-over of the file (``Capture.key``): a retry repeats it


@dataclass(frozen=True)
class PageView(PageRecord):
    duplicate_of: int | None = None  # a duplicate: the page first captured from the same file
    id: int = 0
    batch_id: int = 0
    seq: int = 0
    captured_at: datetime | None = None
    decided_by: str | None = None
    decision_reason: str | None = None


@dataclass(frozen=True)
class BatchView:
    id: int
    source: str
    station: str
    created_by: str
    created_at: datetime
    duplex: bool
    counts: dict[str, int] = field(default_factory=dict)  # status -> pages

    @property
    def pages(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class TemplateRow:
    id: int
    code: str
    version: int
    name_zh: str
    name_en: str
    keying: str
    definition: str
    active: bool
    created_by: str
    created_at: datetime


def _page_view(p: CapturedPage) -> PageView:
    return PageView(
        id=p.id,
        batch_id=p.batch_id,
        seq=p.seq,
        side=p.side,
        source_name=p.source_name,
        page_index=p.page_index,
        original_sha=p.original_sha,
        original_ext=p.original_ext,
        delivery=p.delivery,
        duplicate_of=p.duplicate_of,
        corrected_sha=p.corrected_sha,
        status=PageStatus(p.status),
        reasons=tuple((str(c), str(d)) for c, d in json.loads(p.reasons)),
        checks=tuple((str(n), float(v), bool(ok)) for n, v, ok in json.loads(p.checks)),
        voucher_type=p.voucher_type,
        voucher_number=p.voucher_number,
        copy_no=p.copy_no,
        account=p.account,
        amount_fen=p.amount_fen,
        qr_text=p.qr_text,
        decoder=p.decoder,
        template_code=p.template_code,
        template_version=p.template_version,
        rotation=p.rotation,
        skew_deg=p.skew_deg,
        homography=tuple(tuple(r) for r in json.loads(p.homography)) if p.homography else None,
        process_ms=p.process_ms,
        slices=tuple(
            SliceRecord(
                s.name, s.kind, (s.x, s.y, s.w, s.h), tuple(tuple(q) for q in json.loads(s.quad)), s.image_sha
            )
            for s in p.slices
        ),
        captured_at=p.captured_at,
        decided_by=p.decided_by,
        decision_reason=p.decision_reason,
    )


def _slice_rows(slices: Sequence[SliceRecord]) -> list[PageSlice]:
    return [
        PageSlice(
            name=s.name,
            kind=s.kind,
            x=s.box[0],
            y=s.box[1],
            w=s.box[2],
            h=s.box[3],
            quad=json.dumps([list(q) for q in s.quad]),
            image_sha=s.image_sha,
        )
        for s in slices
    ]


def _fill(row: CapturedPage, rec: PageRecord) -> None:
    row.corrected_sha = rec.corrected_sha
    row.reasons = json.dumps([list(r) for r in rec.reasons], ensure_ascii=False)
    row.checks = json.dumps([list(c) for c in rec.checks])
    row.voucher_type = rec.voucher_type
    row.voucher_number = rec.voucher_number
    row.copy_no = rec.copy_no
    row.account = rec.account
    row.amount_fen = rec.amount_fen
    row.qr_text = rec.qr_text
    row.decoder = rec.decoder
    row.template_code = rec.template_code
    row.template_version = rec.template_version
    row.rotation = rec.rotation
    row.skew_deg = rec.skew_deg
    row.homography = json.dumps([list(r) for r in rec.homography]) if rec.homography else None
    row.process_ms = rec.process_ms
    row.slices = _slice_rows(rec.slices)


def _key_fields(row: CapturedPage, typed: dict[str, str | int]) -> None:
    """Put the keyed fields on a page being accepted, then check it has ``OVERRIDE_MINIMUM``."""
    for name, value in typed.items():
        if getattr(row, name) is not None:
            raise ValidationError(
                f"{name} was recognised on the page; it is not keyed over", field=name, problem="recognised"
            )
        setattr(row, name, value)
    missing = [name for name in OVERRIDE_MINIMUM if getattr(row, name) in (None, "")]
    if missing:
        raise ValidationError(
            f"the page has no {', '.join(missing)}: key them to accept it",
            field="keyed",
            problem="required",
            missing=missing,
        )


class CaptureService:
    def __init__(
        self, db: Database, blobs: BlobService | None = None, voucher_key: VoucherKey | None = None
    ) -> None:
        """``blobs``: the image service, whose store tells which named images are held;
        ``voucher_key``: the bank's key for voucher QR codes (``app.voucher_keys``), held here."""
        self.db = db
        self.blobs = blobs
        self.voucher_key = voucher_key

    def _code_checked(self, rec: PageRecord) -> PageRecord:
        """A page's voucher fields as far as its QR code vouches for them. Fields read from a code
        signed with the bank's key stand. Fields matching an old unsigned code (CRC only: anyone
        can print one) stand, flagged ``unsigned_qr`` to the operator: the bank's voucher stock
        is printed with those until it is all replaced. Fields no code of ours vouches for (a
        forged or altered signature, fields that are not the code's) are dropped and the page waits
        for an operator (``forged_qr``; accepting it then needs the fields keyed)."""
        if rec.voucher_number is None and rec.account is None and rec.amount_fen is None:
            return rec
        text = (rec.qr_text or "").strip()
        fields = (
            rec.voucher_type or "",
            rec.voucher_number or "",
            rec.copy_no or 0,
            rec.account,
            rec.amount_fen,
        )
        key = self.voucher_key
        if key is not None and key.verifies(text) and text == key.sign(*fields):
            return rec
        if text == unsigned_text(*fields):
            note = ("unsigned_qr", "an old code with a CRC only, not signed with the bank's key")
            return rec if note in rec.reasons else replace(rec, reasons=(*rec.reasons, note))
        why = "signature not the bank's" if text.startswith(SIGNED_PREFIX + ";") else "fields not the code's"
        return replace(
            rec,
            status=rec.status if rec.status == PageStatus.REJECTED else PageStatus.MANUAL,
            reasons=(("forged_qr", why), *rec.reasons),
            voucher_number=None,
            copy_no=None,
            account=None,
            amount_fen=None,
        )

    def _require_own_images(self, actor: Principal, rec: PageRecord, *, original: bool = True) -> None:
        """The images a page names that the store holds are the capturer's own uploads: naming
        another's image by its SHA-256 would make it visible to every viewer of captured vouchers.
        (A file the store refused is named but not held: its rejected page is recorded.) A page cut
        again (``original`` False) keeps its original; its new images are the operator's."""
        named = {rec.corrected_sha or "", *(s.image_sha for s in rec.slices)} - {""}
        if original and rec.original_sha:
            named.add(rec.original_sha)
        held = self.blobs.held(named) if self.blobs is not None else named
        with self.db.read() as s:
            foreign = not_theirs(s, actor, held)
        if foreign:
            deny(
                self.db,
                actor,
                "image",
                "record a page with images one did not upload",
                "only images you uploaded can be recorded",
                images=len(foreign),
            )

    # -- batches and pages ----------------------------------------------------------------------
    @remote(station="station")
    def open_batch(self, actor: Principal, source: str, station: str, *, duplex: bool = False) -> Change:
        actor = authorize(self.db, actor, Permission.CAPTURE, "capture vouchers")
        with self.db.write() as s:
            batch = CaptureBatch(
                source=source[:255], station=station[:64], created_by=actor.username, duplex=duplex
            )
            s.add(batch)
            s.flush()
            return record(
                s, actor, Action.CAPTURE_BATCH, Target.CAPTURE_BATCH, batch.id, after={"source": source}
            )

    @remote
    def record_page(self, actor: Principal, batch_id: int, rec: PageRecord) -> Change:
        """Add one page with its verdict and slices to a batch (the next sequence number).

        Idempotent per (batch, delivery, original, page): the same file retried after a fault
        returns the page recorded before and audits nothing. A page whose original was captured
        before by another delivery (the same bytes again: a file copied twice into the hot folder,
        a scanner's round repeated) is recorded too, as a ``duplicate`` naming that page
        (``duplicate_of``, and the reason ``duplicate``; no slices: only the first is keyed), so
        every file handed over has its row.
        A file fault (an empty or corrupt file) is its own rejected page, never a duplicate."""
        return self.record_pages(actor, batch_id, [rec])[0]

    @remote
    def record_pages(self, actor: Principal, batch_id: int, recs: list[PageRecord]) -> list[Change]:
        """``record_page`` for several pages in one transaction (a batch's files as their
        results come in): all recorded, in order, or none."""
        actor = authorize(self.db, actor, Permission.CAPTURE, "capture vouchers")
        if len(recs) > MAX_PAGES_PER_CALL:
            raise ValidationError(
                f"at most {MAX_PAGES_PER_CALL} pages per call", field="recs", problem="too_many"
            )
        checked = [self._valid_page(actor, rec) for rec in recs]
        with self.db.write() as s:
            if s.get(CaptureBatch, batch_id) is None:
                raise NotFound(f"capture batch {batch_id} not found")
            return [self._record_one(s, actor, batch_id, rec) for rec in checked]

    def _valid_page(self, actor: Principal, rec: PageRecord) -> PageRecord:
        self._require_own_images(actor, rec)
        if rec.status not in VERDICTS:
            raise ValidationError(f"unknown page status {rec.status}", field="status", problem="choice")
        if rec.side not in ("front", "back"):
            raise ValidationError(f"unknown side {rec.side}", field="side", problem="choice")
        if {c for c, _d in rec.reasons} & FILE_FAULTS and rec.status != PageStatus.REJECTED:
            raise ValidationError("a file fault is a rejected page", field="status", problem="state")
        rec = self._code_checked(rec)
        return rec

    def _record_one(self, s: Session, actor: Principal, batch_id: int, rec: PageRecord) -> Change:
        existing = s.scalars(
            select(CapturedPage).where(
                CapturedPage.batch_id == batch_id,
                CapturedPage.delivery == rec.delivery[:64],
                CapturedPage.original_sha == rec.original_sha,
                CapturedPage.page_index == rec.page_index,
            )
        ).first()
        if existing is not None:  # the same file retried after a fault: already recorded
            return Change(  # nothing new to audit
                Action.CAPTURE_PAGE,
                Target.CAPTURED_PAGE,
                (str(existing.id),),
                None,
                {"batch": batch_id, "seq": existing.seq, "status": existing.status},
            )
        first = self._first_capture(s, rec)
        if first is not None:
            rec = replace(
                rec,
                status=PageStatus.DUPLICATE,
                reasons=(("duplicate", f"batch {first.batch_id} page {first.seq}"), *rec.reasons),
                slices=(),  # nothing of it is keyed: the first capture is
            )
        seq = (s.scalar(select(func.max(CapturedPage.seq)).where(CapturedPage.batch_id == batch_id)) or 0) + 1
        row = CapturedPage(
            batch_id=batch_id,
            seq=seq,
            side=rec.side,
            source_name=rec.source_name[:255],
            page_index=rec.page_index,
            original_sha=rec.original_sha,
            original_ext=rec.original_ext,
            delivery=rec.delivery[:64],
            duplicate_of=first.id if first is not None else None,
            status=rec.status,
        )
        _fill(row, rec)
        s.add(row)
        s.flush()
        return record(
            s,
            actor,
            Action.CAPTURE_PAGE,
            Target.CAPTURED_PAGE,
            row.id,
            after={
                "batch": batch_id,
                "seq": seq,
                "status": rec.status,
                "reasons": [c for c, _d in rec.reasons],
                "voucher": rec.voucher_number,
                "original": rec.original_sha,
                "duplicate_of": row.duplicate_of,
            },
            detail={"batch": batch_id, "seq": seq, "status": rec.status},
        )

    @staticmethod
    def _first_capture(s: Session, rec: PageRecord) -> CapturedPage | None:
        """The page first captured from the same original (same bytes, same page), in any batch:
        what ``rec`` duplicates. None for a file fault (every empty file has the same bytes)."""
        if not rec.original_sha or {c for c, _d in rec.reasons} & FILE_FAULTS:
            return None
        return s.scalars(
            select(CapturedPage)
            .where(
                CapturedPage.original_sha == rec.original_sha,
                CapturedPage.page_index == rec.page_index,
                CapturedPage.status != PageStatus.DUPLICATE,
            )
            .order_by(CapturedPage.id)
            .limit(1)
        ).first()

    @remote
    def decide(
        self,
        actor: Principal,
        page_id: int,
        decision: str,
        reason: str,
        *,
        reclassified: PageRecord | None = None,
        keyed: KeyedFields | None = None,
    ) -> Change:
        """An operator's verdict on a page: ``override`` accepts it as it is (or as reclassified: the
        operator chose its voucher type and the pipeline cut it again), ``reject`` refuses it,
        ``retake`` asks for a new capture. A reason is always required (何因).

        An override leaves the page with ``OVERRIDE_MINIMUM``: what recognition did not find, the
        operator keys (``keyed``); a field recognition found cannot be keyed over. Otherwise it is
        refused (``problem`` ``required``, ``missing`` naming the fields) and the page stays as it
        was."""
        actor = authorize(self.db, actor, Permission.CAPTURE, "decide on captured pages")
        reason = require_reason(reason)
        if decision not in DECISIONS:
            raise ValidationError(f"unknown decision {decision}", field="decision", problem="choice")
        choice = PageDecision(decision)
        if reclassified is not None:
            self._require_own_images(actor, reclassified, original=False)
            reclassified = self._code_checked(reclassified)
        typed = keyed.checked() if keyed is not None else {}
        if typed and choice != PageDecision.OVERRIDE:
            raise ValidationError("fields are keyed only to accept a page", field="keyed", problem="choice")
        with self.db.write() as s:
            row = s.get(CapturedPage, page_id)
            if row is None:
                raise NotFound(f"captured page {page_id} not found")
            before = {"status": row.status, "type": row.voucher_type, "template": row.template_code}
            if row.status not in ALLOWED[choice]:
                raise ValidationError(
                    f"a page that is {row.status} cannot get '{decision}'", field="decision", problem="state"
                )
            codes = {c for c, _d in json.loads(row.reasons)}
            if choice == PageDecision.OVERRIDE and codes & FILE_FAULTS:
                raise ValidationError(
                    "the file has no usable image to accept; ask for a retake",
                    field="decision",
                    problem="no_image",
                )
            if (
                choice == PageDecision.OVERRIDE
                and codes & QUALITY_FAULTS
                and not actor.can(Permission.SUPERVISE)
            ):
                batch = s.get(CaptureBatch, row.batch_id)
                if batch is not None and batch.created_by == actor.username:
                    raise PermissionDenied(
                        "a rejected capture is accepted by someone else than its capturer, or a supervisor",
                        permission="four_eyes",
                    )
            if reclassified is not None:
                if choice != PageDecision.OVERRIDE:
                    raise ValidationError("only an override reclassifies", field="decision", problem="choice")
                _fill(row, reclassified)
            if choice == PageDecision.OVERRIDE:
                _key_fields(row, typed)
            row.status = DECISIONS[choice]
            row.decided_by = actor.username
            row.decided_at = utcnow()
            row.decision_reason = reason
            return record(
                s,
                actor,
                DECISION_ACTIONS[choice],
                Target.CAPTURED_PAGE,
                page_id,
                reason=reason,
                before=before,
                after={
                    "status": row.status,
                    "type": row.voucher_type,
                    "template": row.template_code,
                    **({"keyed": typed} if typed else {}),
                },
                detail={"status": row.status},
            )

    @remote
    def batches(self, actor: Principal, limit: int = 200) -> list[BatchView]:
        authorize_any(self.db, actor, VIEWERS, "view captured vouchers")
        with self.db.read() as s:
            rows = s.scalars(select(CaptureBatch).order_by(CaptureBatch.id.desc()).limit(limit)).all()
            counts: dict[int, dict[str, int]] = {}
            ids = [b.id for b in rows]
            if ids:
                q = (
                    select(CapturedPage.batch_id, CapturedPage.status, func.count())
                    .where(CapturedPage.batch_id.in_(ids))
                    .group_by(CapturedPage.batch_id, CapturedPage.status)
                )
                for batch_id, status, n in s.execute(q):
                    counts.setdefault(batch_id, {})[status] = n
            return [
                BatchView(
                    b.id, b.source, b.station, b.created_by, b.created_at, b.duplex, counts.get(b.id, {})
                )
                for b in rows
            ]

    @remote
    def pages(self, actor: Principal, batch_id: int) -> list[PageView]:
        authorize_any(self.db, actor, VIEWERS, "view captured vouchers")
        with self.db.read() as s:
            q = select(CapturedPage).where(CapturedPage.batch_id == batch_id).order_by(CapturedPage.seq)
            return [_page_view(p) for p in s.scalars(q)]

    @remote
    def page(self, actor: Principal, page_id: int) -> PageView:
        authorize_any(self.db, actor, VIEWERS, "view captured vouchers")
        with self.db.read() as s:
            row = s.get(CapturedPage, page_id)
            if row is None:
                raise NotFound(f"captured page {page_id} not found")
            return _page_view(row)

    # -- templates ------------------------------------------------------------------------------
    @remote
    def save_template(
        self,
        actor: Principal,
        code: str,
        definition: str,
        reason: str,
        *,
        name_zh: str = "",
        name_en: str = "",
        keying: str = "slice",
        sample_sha: str | None = None,
    ) -> Change:
        """Add a new version of a template. ``definition`` is the JSON that imaging.templates
        validated (the caller does; this layer checks it is JSON and names the same code)."""
        actor = authorize(self.db, actor, Permission.REGISTER_ADMIN, "edit voucher templates")
        reason = require_reason(reason)
        code = code.strip().upper()
        if not _CODE.match(code):
            raise ValidationError("template code: 2-8 letters or digits", field="code", problem="format")
        if keying not in ("slice", "whole"):
            raise ValidationError("keying must be slice or whole", field="keying", problem="choice")
        try:
            data = json.loads(definition)
        except ValueError as e:
            raise ValidationError(
                f"template definition is not JSON: {e}", field="definition", problem="json"
            ) from e
        if not isinstance(data, dict) or str(data.get("code", "")).upper() != code:
            raise ValidationError("definition names another code", field="definition", problem="mismatch")
        regions = data.get("regions")
        if (
            not isinstance(regions, list)
            or not regions
            or not all(
                isinstance(r, dict) and 0 < len(str(r.get("name", ""))) <= MAX_REGION_NAME for r in regions
            )
        ):
            raise ValidationError(
                f"every region needs a name of 1-{MAX_REGION_NAME} characters",
                field="regions",
                problem="format",
            )
        try:
            return self._add_template_version(actor, code, data, reason, name_zh, name_en, keying, sample_sha)
        except IntegrityError as e:  # another workstation saved the same code at the same moment
            raise ValidationError(
                f"template {code} was just saved elsewhere; reload it and save again",
                field="version",
                problem="conflict",
            ) from e

    def _add_template_version(
        self,
        actor: Principal,
        code: str,
        data: dict[str, object],
        reason: str,
        name_zh: str,
        name_en: str,
        keying: str,
        sample_sha: str | None,
    ) -> Change:
        with self.db.write() as s:
            version = (
                s.scalar(select(func.max(VoucherTemplate.version)).where(VoucherTemplate.code == code)) or 0
            ) + 1
            data["version"] = version
            row = VoucherTemplate(
                code=code,
                version=version,
                name_zh=name_zh[:64],
                name_en=name_en[:64],
                keying=keying,
                definition=json.dumps(data, ensure_ascii=False),
                sample_sha=sample_sha,
                created_by=actor.username,
            )
            s.add(row)
            s.flush()
            return record(
                s,
                actor,
                Action.TEMPLATE_SAVE,
                Target.VOUCHER_TEMPLATE,
                code,
                reason=reason,
                after={"version": version, "regions": len(data["regions"])},  # type: ignore[arg-type]
                detail={"version": version},
            )

    @remote
    def install_shipped_templates(self, actor: Principal) -> list[str]:
        """Put each template shipped in resources/templates into the database as its version 1,
        where the database has no version of that code yet (so an edit becomes version 2 and every
        captured page names a version that exists here). Returns the codes installed."""
        with self.db.read() as s:
            present = set(s.scalars(select(VoucherTemplate.code).distinct()))
        installed = []
        for path in sorted((RESOURCES / "templates").glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            code = str(data["code"]).upper()
            if code in present:
                continue
            try:
                self.save_template(
                    actor,
                    code,
                    json.dumps(data, ensure_ascii=False),
                    f"shipped template {path.name}",
                    name_zh=str(data.get("name_zh", "")),
                    name_en=str(data.get("name_en", "")),
                    keying=str(data.get("keying", "slice")),
                )
            except ValidationError as e:
                if e.params.get("problem") != "conflict":
                    raise
                continue  # another workstation installed it at the same moment
            installed.append(code)
        return installed

    @remote
    def templates(self, actor: Principal) -> list[TemplateRow]:
        """The newest version of every template (``capture`` or ``register.admin``)."""
        authorize_any(self.db, actor, TEMPLATE_READERS, "view voucher templates")
        with self.db.read() as s:
            newest = (
                select(VoucherTemplate.code, func.max(VoucherTemplate.version).label("v"))
                .group_by(VoucherTemplate.code)
                .subquery()
            )
            q = (
                select(VoucherTemplate)
                .join(
                    newest, (VoucherTemplate.code == newest.c.code) & (VoucherTemplate.version == newest.c.v)
                )
                .order_by(VoucherTemplate.code)
            )
            return [
                TemplateRow(
                    t.id,
                    t.code,
                    t.version,
                    t.name_zh,
                    t.name_en,
                    t.keying,
                    t.definition,
                    t.active,
                    t.created_by,
                    t.created_at,
                )
                for t in s.scalars(q)
            ]
