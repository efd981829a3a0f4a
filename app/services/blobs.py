"""Images through the service layer: upload, download, and which of a set are held. Any thread
(one session per call; the store is safe from several threads and processes at once).

Workstations share no image folder. The request form, the capture runner and the imaging pipeline
upload with ``put``; the authorizer's viewer, the capture docks and the template editor download
with ``get``. Behind the service is the content-addressed ``BlobStore`` in the data folder of
whoever runs the services: the suite server, or the app itself in embedded mode.

``put``: the caller states the SHA-256. The service recomputes it and refuses a mismatch, refuses a
file above ``max_bytes``, and has the injected ``check_image`` read the bytes. That checker is
``imaging.loader.check_image``, passed in by the composition: ``app`` does not import imaging. A
decompression bomb, a corrupt or an unsupported file is refused with a ``ValidationError`` naming
the loader's reason (``params['problem']``), and the stated extension must be the one of the media
type the bytes really are. Bytes the store holds already are a no-op (they were checked when first
stored). Without a checker every new upload is refused: nothing unchecked is ever stored.

``get``: whoever may see the image. Its uploader (a draft's attachments before they are sent). A
request's attachment: its own teller, and whoever reads requests (``REQUEST_READERS``: authorizers,
supervisors, auditors). A captured page's original, corrected image or slice: whoever views captured
vouchers (``capture.VIEWERS``). Anyone else is refused and the refusal audited (``guard.deny``). The
bytes are hashed again on the way out: a damaged file in the store is reported, never served.

Naming an image is not seeing it: its SHA-256 is no secret, so a request attaches, and a captured
page records, only images its teller or capturer uploaded (``app.services.uploads``). Each put notes
its uploader (the bytes were checked to hash to the name, so the uploader holds them).

Puts are not audited: a put changes no record (noting its uploader is bookkeeping). What makes an
image matter is the record that names it (a submitted request, a recorded page), and that record's
audit entry names its images by SHA-256. An entry per put would add ten per captured page
(original, corrected, slices) saying nothing the page's entry does not. Refused uploads are logged.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select

from app.blobs import EXTENSIONS, BlobMissing, BlobStore, ImageProblem, StoredBlob, is_ext, is_sha
from app.captures import sniff
from app.db.engine import Database
from app.db.models import AuthAttachment, AuthRequest, CapturedPage, PageSlice
from app.errors import NotFound, ValidationError
from app.rbac import Permission, Principal
from app.remote import remote
from app.services.authorization import REQUEST_READERS
from app.services.capture import VIEWERS
from app.services.guard import authorize_any, deny, fresh_principal
from app.services.uploads import not_theirs, record_upload, record_uploads, uploaded_by

log = logging.getLogger(__name__)

MAX_BLOB_BYTES = 64 << 20  # a 600-dpi colour scan or a phone photo; a batch PDF of a hundred pages
MAX_HAS = 1000  # SHA-256s asked about in one ``has``
# who stores images: tellers attaching them to requests, and whoever captures vouchers
UPLOADERS = frozenset({Permission.AUTH_REQUEST, Permission.CAPTURE})

ImageCheck = Callable[[bytes], "str | ImageProblem"]  # the media type the bytes are, or why refused


@dataclass(frozen=True)
class BlobRef:
    """A stored image: its name (SHA-256 and extension), size and media type."""

    sha256: str
    ext: str
    size: int
    media_type: str


class BlobService:
    def __init__(
        self,
        db: Database,
        store: BlobStore,
        check_image: ImageCheck | None = None,
        *,
        max_bytes: int = MAX_BLOB_BYTES,
    ) -> None:
        self.db = db
        self.store = store
        self.check_image = check_image
        self.max_bytes = max_bytes

    @remote
    def put(self, actor: Principal, data: bytes, ext: str, sha256: str) -> BlobRef:
        """Store an image whose SHA-256 the caller states; a no-op if it is stored already."""
        actor = authorize_any(self.db, actor, UPLOADERS, "store an image")
        sha256, ext = _name(sha256, ext)
        if len(data) > self.max_bytes:
            raise self._refused(
                actor,
                sha256,
                "too_large",
                f"{len(data)} bytes: the limit is {self.max_bytes}",
                limit=self.max_bytes,
            )
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValidationError(
                "the image's bytes do not hash to the SHA-256 sent with them",
                field="sha256",
                problem="mismatch",
            )
        media = sniff(data)
        if self.store.exists(sha256, ext):
            record_upload(self.db, actor, sha256)  # theirs too now: they hold the bytes
            return BlobRef(sha256, ext, len(data), media)
        if self.check_image is None:
            raise ValidationError(
                "images cannot be checked here (no image checker): nothing is stored",
                field="data",
                problem="unchecked",
            )
        verdict = self.check_image(data)
        if isinstance(verdict, ImageProblem):
            raise self._refused(actor, sha256, verdict.reason, verdict.detail)
        if EXTENSIONS.get(verdict) != ext:
            raise self._refused(
                actor,
                sha256,
                "wrong_extension",
                f"the bytes are {verdict}, not .{ext}",
                media_type=verdict,
                expected=EXTENSIONS.get(verdict, ""),
            )
        self.store.put(data, ext)
        record_upload(self.db, actor, sha256)
        return BlobRef(sha256, ext, len(data), verdict)

    @remote
    def get(self, actor: Principal, sha256: str, ext: str) -> bytes:
        """The image's bytes, for whoever may see it (see the module's docstring)."""
        sha256, ext = _name(sha256, ext)
        with self.db.read() as s:
            current = fresh_principal(s, actor)
            tellers = set(
                s.scalars(
                    select(AuthRequest.teller_id)
                    .join(AuthAttachment, AuthAttachment.request_id == AuthRequest.id)
                    .where(AuthAttachment.image_sha == sha256)
                )
            )
            on_page = (
                s.scalar(
                    select(CapturedPage.id)
                    .where(or_(CapturedPage.original_sha == sha256, CapturedPage.corrected_sha == sha256))
                    .limit(1)
                )
                is not None
                or s.scalar(select(PageSlice.id).where(PageSlice.image_sha == sha256).limit(1)) is not None
            )
            mine = uploaded_by(s, current.user_id, sha256)
        if not (mine or _may_see(current, tellers, on_page)):
            deny(self.db, actor, "image", "view an image", sha256=sha256)
        try:
            data = self.store.get(sha256, ext)
        except BlobMissing as e:
            raise NotFound(f"image {sha256}.{ext} is not in the image store", problem="missing") from e
        if hashlib.sha256(data).hexdigest() != sha256:
            log.error("image %s.%s in %s no longer hashes to its name", sha256, ext, self.store.root)
            raise NotFound(f"image {sha256}.{ext} is damaged in the image store", problem="damaged")
        return data

    @remote
    def has(self, actor: Principal, sha256s: list[str]) -> list[str]:
        """Which of these images the store holds for the caller (under any extension), in the order
        asked: those they (or the system) uploaded. Any other image is reported as not held, so that
        this tells nobody what others stored; they upload it, which proves they have it."""
        actor = authorize_any(self.db, actor, UPLOADERS, "ask which images are stored")
        if len(sha256s) > MAX_HAS:
            raise ValidationError(
                f"at most {MAX_HAS} images per question", field="sha256s", problem="too_many", limit=MAX_HAS
            )
        names = [s.strip().lower() for s in sha256s]
        bad = [s for s in names if not is_sha(s)]
        if bad:
            raise ValidationError(f"not a SHA-256: {bad[0][:80]}", field="sha256s", problem="format")
        with self.db.read() as session:
            foreign = set(not_theirs(session, actor, names))
        return [s for s in dict.fromkeys(names) if s not in foreign and self.store.holds(s)]

    def adopt(self, actor: Principal, blobs: Iterable[StoredBlob]) -> list[StoredBlob]:
        """Note ``actor`` as the uploader of blobs their capture workers wrote into this store
        themselves (embedded mode: ``BlobStore.put_many`` in the worker processes, on images the
        workers encoded or files they checked as ``put`` checks them). Not remote: a workstation
        of the shared tier holds no store and uploads with ``put``. The check is cheap (each blob
        is there with the size stated, not hashed again: the store's names are only ever written
        by an atomic rename of synced bytes); all uploads are noted in one transaction. Returns
        the blobs that are not there as stated (their pages must not be recorded as stored)."""
        actor = authorize_any(self.db, actor, UPLOADERS, "store an image")
        present: list[str] = []
        missing: list[StoredBlob] = []
        for blob in blobs:
            sha, ext = _name(blob.sha256, blob.ext)
            try:
                ok = self.store.path(sha, ext).stat().st_size == blob.size
            except OSError:
                ok = False
            if ok:
                present.append(sha)
            else:
                missing.append(blob)
        if missing:
            log.error(
                "%d images the capture workers wrote are not in %s as stated", len(missing), self.store.root
            )
        record_uploads(self.db, actor, present)
        return missing

    # -- for the other services (not remote: no actor) --------------------------------------------
    def held(self, shas: Iterable[str]) -> set[str]:
        """Which of these SHA-256s the store holds (under any extension)."""
        return {sha for sha in shas if is_sha(sha) and self.store.holds(sha)}

    def missing(self, images: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """The (SHA-256, extension) pairs the store does not hold; malformed names count as missing."""
        return [
            (sha, ext)
            for sha, ext in images
            if not (is_sha(sha) and is_ext(ext) and self.store.exists(sha, ext))
        ]

    def _refused(
        self, actor: Principal, sha256: str, problem: str, detail: str, **params: object
    ) -> ValidationError:
        log.warning("image %s from %s refused: %s (%s)", sha256, actor.username, problem, detail)
        return ValidationError(
            f"image refused: {problem}: {detail}", field="data", problem=problem, detail=detail, **params
        )


def _name(sha256: str, ext: str) -> tuple[str, str]:
    sha256, ext = sha256.strip().lower(), ext.strip().lower()
    if not is_sha(sha256):
        raise ValidationError("not a SHA-256 (64 hex digits)", field="sha256", problem="format")
    if not is_ext(ext):
        raise ValidationError("not a file extension", field="ext", problem="format")
    return sha256, ext


def _may_see(current: Principal, tellers: set[int], on_page: bool) -> bool:
    if current.system:
        return True
    if on_page and any(current.can(p) for p in VIEWERS):
        return True
    if tellers and any(current.can(p) for p in REQUEST_READERS):
        return True
    return current.user_id in tellers and current.can(Permission.AUTH_REQUEST)


__all__ = [
    "MAX_BLOB_BYTES",
    "UPLOADERS",
    "BlobRef",
    "BlobService",
    "ImageCheck",
    "ImageProblem",
    "StoredBlob",
]
