"""Who uploaded which image: the rows behind "your own uploads". Any thread (the caller's session).

Uploading an image proves one holds its bytes (the image service hashes them again). Knowing its
SHA-256 proves nothing: hashes are in request views, page views and the audit log, and a known
file's hash can be computed by anyone. So naming an image is not enough to reach it: a request
attaches, and a captured page records, only images its teller or capturer uploaded (a request also
keeps images already on that teller's own requests); otherwise naming any image by its hash in a
request of one's own would make it one's to download. The uploader may download their own uploads
before anything refers to them (a draft's attachments). Images the system uploaded (the server
host's own tools, the demo, the tests: ``uploader_id`` None) may be used by anyone.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import AuthAttachment, AuthRequest, BlobUpload
from app.rbac import Principal


def record_upload(db: Database, actor: Principal, sha256: str) -> None:
    """Note that ``actor`` uploaded the image (once per image and uploader)."""
    record_uploads(db, actor, [sha256])


def record_uploads(db: Database, actor: Principal, shas: Iterable[str]) -> None:
    """Note that ``actor`` uploaded these images (once per image and uploader), in one transaction;
    nothing is written when all of them are noted already."""
    wanted = sorted(set(shas))
    uploader = None if actor.system else actor.user_id
    who = BlobUpload.uploader_id.is_(None) if uploader is None else BlobUpload.uploader_id == uploader

    def unnoted(s: Session) -> list[str]:
        noted: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            noted |= set(s.scalars(select(BlobUpload.sha256).where(BlobUpload.sha256.in_(chunk), who)))
        return [sha for sha in wanted if sha not in noted]

    with db.read() as s:
        if not unnoted(s):
            return
    for _ in range(3):
        try:
            with db.write() as s:
                s.add_all(BlobUpload(sha256=sha, uploader_id=uploader) for sha in unnoted(s))
            return
        except IntegrityError:  # the same upload at the same moment from another process: look again
            continue


def uploaded_by(s: Session, user_id: int | None, sha256: str) -> bool:
    """Whether this user uploaded the image themselves (for downloading it: the system's uploads are
    not everyone's to see)."""
    if user_id is None:
        return False
    query = select(BlobUpload.id).where(BlobUpload.sha256 == sha256, BlobUpload.uploader_id == user_id)
    return s.scalar(query.limit(1)) is not None


def not_theirs(s: Session, actor: Principal, shas: Iterable[str], *, own_requests: bool = False) -> list[str]:
    """Of ``shas``, those ``actor`` may not use: neither uploaded by them or by the system, nor (with
    ``own_requests``) already attached to one of their own authorization requests."""
    wanted = sorted(set(shas))
    if actor.system or not wanted:
        return []
    usable = set(
        s.scalars(
            select(BlobUpload.sha256).where(
                BlobUpload.sha256.in_(wanted),
                or_(BlobUpload.uploader_id == actor.user_id, BlobUpload.uploader_id.is_(None)),
            )
        )
    )
    if own_requests:
        usable |= set(
            s.scalars(
                select(AuthAttachment.image_sha)
                .join(AuthRequest, AuthRequest.id == AuthAttachment.request_id)
                .where(AuthAttachment.image_sha.in_(wanted), AuthRequest.teller_id == actor.user_id)
            )
        )
    return [sha for sha in wanted if sha not in usable]
