"""Services: every state change is a named function here that checks permissions and separation
of duties, writes its audit entry in the same transaction, and returns a ``Change``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.blobs import BlobStore
from app.config import DEFAULT_TIME_ZONE, data_dir
from app.db.engine import Database
from app.services.alarms import AlarmService
from app.services.audit_service import AuditService
from app.services.authorization import AuthorizationService, KindCheck
from app.services.authz_stats import AuthzStatsService
from app.services.blobs import BlobService, ImageCheck
from app.services.capture import CaptureService
from app.services.identity import IdentityService
from app.services.policy_versions import PolicyVersionService
from app.services.positions import PositionService
from app.services.registers import RegisterService
from app.services.sites import ChannelCheck, SiteService
from app.services.tracking import TrackingService
from app.voucher_keys import VoucherKey
from app.voucher_keys import key_path as voucher_key_path


@dataclass(frozen=True)
class Services:
    db: Database
    identity: IdentityService
    audit: AuditService
    sites: SiteService
    registers: RegisterService
    capture: CaptureService
    authorization: AuthorizationService
    stats: AuthzStatsService
    positions: PositionService
    policies: PolicyVersionService
    blobs: BlobService
    tracking: TrackingService
    alarms: AlarmService


def build_services(
    db: Database,
    *,
    time_zone: str = DEFAULT_TIME_ZONE,
    check_channel: ChannelCheck | None = None,
    check_image: ImageCheck | None = None,
    check_kind: KindCheck | None = None,
    image_store: Path | None = None,
    embedded: bool = True,
) -> Services:
    """The services on ``db``. ``time_zone`` is the bank's (the statistics periods'); ``check_channel``
    validates reader channel URLs (``hardware.channels.reader_problem``): the site service refuses to
    save a reader without it. ``check_image`` reads uploaded images (``imaging.loader.check_image``):
    the image service stores nothing new without it. ``check_kind`` says whether an image looks like
    the kind a teller gave it (``imaging.kinds.kind_problem``): without it, nothing is flagged to
    the authorizer. ``image_store`` is the folder behind the image
    service (``Settings.image_store``; default: ``images`` in the data folder). ``embedded``: the
    services run inside the one workstation's process, which also runs the readers assigned to no
    station; the suite server passes False."""
    identity = IdentityService(db)
    blobs = BlobService(db, BlobStore(image_store or data_dir() / "images"), check_image)
    authorization = AuthorizationService(db, blobs=blobs, identity=identity, check_kind=check_kind)
    return Services(
        db=db,
        identity=identity,
        audit=AuditService(db),
        sites=SiteService(db, check_channel),
        registers=RegisterService(db),
        capture=CaptureService(db, blobs, VoucherKey.load_or_create(voucher_key_path())),
        authorization=authorization,
        stats=AuthzStatsService(db, time_zone),
        positions=PositionService(db),
        policies=PolicyVersionService(db, authorization),
        blobs=blobs,
        tracking=TrackingService(db, shared=not embedded),
        alarms=AlarmService(db),
    )
