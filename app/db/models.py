"""SQLAlchemy 2.0 typed models. Every change to these goes with an Alembic revision. Any thread.

Identity: users, roles, cards. Audit: the entries, their chain and its signed checkpoints. Sites:
sites, floor plans, zones, readers. Registers: tags (one namespace for every kind), people, assets,
cash boxes, VIP customers and archive folders. Status columns hold the values of the enums in
``app.statuses`` (stored as their text; a column read back is a plain ``str`` that compares equal to
its member).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Identity,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, UTCDateTime, utcnow
from app.statuses import OPEN_REQUESTS_SQL, CardStatus


class Meta(Base):
    """Key/value facts about this database (demo flag, seed version)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RoleRow(Base):
    __tablename__ = "roles"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(64))
    name_en: Mapped[str] = mapped_column(String(64))


class UserRole(Base):
    __tablename__ = "user_roles"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role_code: Mapped[str] = mapped_column(ForeignKey("roles.code"), primary_key=True)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    outsourced: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # A service account with the station role signs in as this station only (NULL for people).
    station: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # The password was given by someone else (a demo seed): its owner changes it at the next log-in.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    role_links: Mapped[list[UserRole]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    cards: Mapped[list[Card]] = relationship(back_populates="holder", lazy="selectin")

    __table_args__ = (
        # one service account per station: the database refuses a second account bound to a
        # station, even when two administrators bind two at the same instant (migration 0016)
        Index(
            "ux_users_station",
            "station",
            unique=True,
            sqlite_where=station.is_not(None),
            postgresql_where=station.is_not(None),
        ),
    )

    @property
    def role_codes(self) -> list[str]:
        return sorted(link.role_code for link in self.role_links)


class Card(Base):
    """A staff tag card used with a PIN (vault handover). Blacklisted is final."""

    __tablename__ = "cards"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_uid: Mapped[str] = mapped_column(String(64), unique=True)
    holder_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    pin_hash: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default=CardStatus.ACTIVE)  # CardStatus
    failed_pins: Mapped[int] = mapped_column(Integer, default=0)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    blacklisted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    holder: Mapped[User] = relationship(back_populates="cards")


class UserProposal(Base):
    """A change of user administration that needs a second administrator (四眼原则): one proposes,
    another approves or rejects (``app.services.identity``). ``payload_json``: what is proposed (no
    secret); ``secret_hash``: the new user's initial password, hashed, until it is decided."""

    __tablename__ = "user_proposals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # ProposalKind
    status: Mapped[str] = mapped_column(String(16), index=True)  # ProposalStatus
    target_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=True
    )
    target_card: Mapped[str | None] = mapped_column(String(64), nullable=True)
    payload_json: Mapped[str] = mapped_column(Text)
    secret_hash: Mapped[str | None] = mapped_column(String(255), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    proposed_by: Mapped[str] = mapped_column(String(64))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")


class RoleConflict(Base):
    """Two roles one account never holds together (岗位分离): a row per pair, ``role_a < role_b``.
    Seeded by migration 0015; changed by two administrators (``propose_role_conflicts``)."""

    __tablename__ = "role_conflicts"
    role_a: Mapped[str] = mapped_column(String(32), primary_key=True)
    role_b: Mapped[str] = mapped_column(String(32), primary_key=True)


class AuditEntry(Base):
    """One audited action, inserted in the operation's transaction with an immutable id and no chain
    position. Insert-only (triggers refuse UPDATE, DELETE and TRUNCATE). The sequencer chains it
    later (``AuditChainLink``)."""

    __tablename__ = "audit_log"
    __table_args__ = {"sqlite_autoincrement": True}  # SQLite never reuses an id
    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    ts: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor_name: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64), index=True)
    target_type: Mapped[str] = mapped_column(String(64))
    target_id: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str] = mapped_column(Text, default="")
    before_json: Mapped[str] = mapped_column(Text, default="null")
    after_json: Mapped[str] = mapped_column(Text, default="null")


class AuditPending(Base):
    """An entry the sequencer has not chained yet (inserted by a trigger with the entry, deleted when
    chained). A work queue, not evidence: ``verify_chain`` finds an entry missing from both."""

    __tablename__ = "audit_pending"
    entry_id: Mapped[int] = mapped_column(ForeignKey("audit_log.id"), primary_key=True, autoincrement=False)


class AuditChainLink(Base):
    """The entry at chain position ``seq``: ``hash`` = sha256(prev_hash + canonical [seq, entry
    fields]). Insert-only, like the entries."""

    __tablename__ = "audit_chain"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entry_id: Mapped[int] = mapped_column(ForeignKey("audit_log.id"), unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditCheckpoint(Base):
    """A signed statement "the chain's entry ``seq`` has hash ``head_hash``", made at ``at`` with
    the Ed25519 key named by ``key_id`` (kept outside the database). Insert-only; each is also a
    line of the append-only checkpoint file."""

    __tablename__ = "audit_checkpoints"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    head_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    key_id: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))


class Site(Base):
    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_zh: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32))  # branch | center

    floorplans: Mapped[list[FloorPlan]] = relationship(back_populates="site", lazy="selectin")


class FloorPlan(Base):
    __tablename__ = "floorplans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_zh: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128))
    file: Mapped[str] = mapped_column(String(255))  # relative to resources/
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)

    site: Mapped[Site] = relationship(back_populates="floorplans")


class Zone(Base):
    __tablename__ = "zones"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    floorplan_id: Mapped[int] = mapped_column(ForeignKey("floorplans.id"))
    name_zh: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32))
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    polygon_json: Mapped[str] = mapped_column(Text)  # [[x, y], ...] in floor-plan units


class Reader(Base):
    __tablename__ = "readers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zones.id"))
    name_zh: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128))
    # The device channel, wire protocol included: sim://reader/BR01-R01?protocol=ascii,
    # serial:///dev/ttyUSB0?protocol=binary, tcp://10.0.0.5:4001?protocol=ascii (hardware.channels).
    url: Mapped[str] = mapped_column(String(255))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # The station (workstation code) the reader is plugged into: only that station runs its driver.
    # NULL: unassigned, run by an embedded workstation (the one workstation of an embedded install).
    station: Mapped[str | None] = mapped_column(String(32), nullable=True)


class ReaderHealth(Base):
    """The latest health snapshot a station reported for one of its readers (``status``: the
    ``ReaderStatus`` as msgspec JSON). Machine data, replaced on every report, not audited."""

    __tablename__ = "reader_health"
    reader: Mapped[str] = mapped_column(String(32), primary_key=True)
    station: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16))  # LinkState
    status: Mapped[str] = mapped_column(Text)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReaderEvent(Base):
    """A reader's change of link state as its station reported it (connected, stale, disconnected,
    stopped): the tracking history's record of reader outages and recoveries, which playback shows.
    ``at`` is when the suite (the server in a shared deployment) learned of it; ``last_frame_at`` the
    reader's last good frame then. Machine data, written with the health report, not audited."""

    __tablename__ = "reader_events"
    __table_args__ = (Index("ix_reader_events_reader_at", "reader", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    reader: Mapped[str] = mapped_column(String(32))
    station: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16))  # LinkState
    last_frame_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    detail: Mapped[str] = mapped_column(String(500), default="")


class Tag(Base):
    """Every tag ID, whatever it is attached to: one namespace, so an ID is never used twice."""

    __tablename__ = "tags"
    tag_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # person | asset | cashbox | archive | vip
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Person(Base):
    """Staff register (人员登记): static data; movements live in their own table (tag map issue)."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id_number: Mapped[str] = mapped_column(String(32), unique=True)  # 证件编号
    name: Mapped[str] = mapped_column(String(64))
    sex: Mapped[str] = mapped_column(String(1))  # M | F
    department: Mapped[str] = mapped_column(String(64))  # 部职别
    post: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(24), default="", server_default="")  # checked on import
    tag_id: Mapped[str | None] = mapped_column(ForeignKey("tags.tag_id"), unique=True, nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"), nullable=True)


class Asset(Base):
    __tablename__ = "assets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_type: Mapped[str] = mapped_column(String(32))
    serial: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    tag_id: Mapped[str | None] = mapped_column(ForeignKey("tags.tag_id"), unique=True, nullable=True)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    home_zone_id: Mapped[int | None] = mapped_column(ForeignKey("zones.id"), nullable=True)


class CashBox(Base):
    __tablename__ = "cash_boxes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    tag_id: Mapped[str | None] = mapped_column(ForeignKey("tags.tag_id"), unique=True, nullable=True)
    assigned_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"), nullable=True)


class VipCustomer(Base):
    __tablename__ = "vip_customers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    honorific: Mapped[str] = mapped_column(String(16))  # 先生 | 女士
    level: Mapped[str] = mapped_column(String(16))
    phone: Mapped[str] = mapped_column(String(24), default="", server_default="")  # checked on import
    tag_id: Mapped[str | None] = mapped_column(ForeignKey("tags.tag_id"), unique=True, nullable=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True)


class ArchiveFolder(Base):
    __tablename__ = "archive_folders"
    __table_args__ = (UniqueConstraint("customer_no", "title"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_no: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(128))
    tag_id: Mapped[str | None] = mapped_column(
        ForeignKey("tags.tag_id"), unique=True, nullable=True
    )  # UHF EPC
    post: Mapped[str] = mapped_column(String(64))
    shelf: Mapped[str] = mapped_column(String(32))


class ReaderAntenna(Base):
    """An antenna of a reader covering a zone other than the reader's own (e.g. both sides of a gate)."""

    __tablename__ = "reader_antennas"
    reader_id: Mapped[int] = mapped_column(ForeignKey("readers.id", ondelete="CASCADE"), primary_key=True)
    antenna: Mapped[int] = mapped_column(Integer, primary_key=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zones.id"))


class Movement(Base):
    """A presence change: a tag entered or left a zone (history for playback and reports).

    Tag IDs are kept as seen, without a foreign key: unknown tags are recorded too.
    """

    __tablename__ = "movements"
    __table_args__ = (Index("ix_movements_tag_ts", "tag_id", "ts"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ts: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    tag_id: Mapped[str] = mapped_column(String(64))
    zone_code: Mapped[str] = mapped_column(String(32))
    reader_code: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(8))  # enter | leave
    rssi: Mapped[int] = mapped_column(Integer)


class TagPresence(Base):
    """Each tag's newest movement, by its time ``ts`` and then its id (the order ``movements`` rows
    rank in): the "who is where now" read model. Kept in the transaction that stores the movements
    (``app.tracking.store.insert_movements``) and moved only forward in (ts, id) order, so an old
    batch replayed after newer ones leaves it alone. A LEAVE stays as a row (the tag is not present)
    so that such a replayed older ENTER cannot bring the tag back. One row per tag ever seen: reading
    it costs the number of tags, not of movements, which grow without bound.

    ``movement_id`` names the movement without a foreign key: the row is that movement's copy (its
    zone, kind and time), and history may be pruned without losing who is where.
    """

    __tablename__ = "tag_presence"
    # SQLite: the rows in the primary key's own B-tree, one tree to update per movement, not two
    __table_args__ = {"sqlite_with_rowid": False}
    tag_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    movement_id: Mapped[int] = mapped_column(Integer)
    ts: Mapped[datetime] = mapped_column(UTCDateTime())
    zone_code: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(8))  # enter | leave, as the movement's


class IngestBatch(Base):
    """One batch of movements a station sent, by its idempotency key: inserted in the same transaction
    as the batch's movements, so a batch sent again (a replay after a lost acknowledgement) is
    recognized and stored once."""

    __tablename__ = "ingest_batches"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    station: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    count: Mapped[int] = mapped_column(Integer)


class PersonZonePermission(Base):
    """A person may enter a restricted zone (entry without one raises an alarm)."""

    __tablename__ = "person_zone_permissions"
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zones.id", ondelete="CASCADE"), primary_key=True)


class VoucherTemplate(Base):
    """One version of a voucher type's template (regions in mm, JSON as imaging.templates writes it).
    Saving a template adds a version; captured pages name the version they were cut with."""

    __tablename__ = "voucher_templates"
    __table_args__ = (UniqueConstraint("code", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(8), index=True)
    version: Mapped[int] = mapped_column(Integer)
    name_zh: Mapped[str] = mapped_column(String(64))
    name_en: Mapped[str] = mapped_column(String(64))
    keying: Mapped[str] = mapped_column(String(8))  # slice | whole
    definition: Mapped[str] = mapped_column(Text)
    sample_sha: Mapped[str | None] = mapped_column(String(64), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))


class CaptureBatch(Base):
    """Pages captured together from one source (a hot folder's drop, a camera session, an import)."""

    __tablename__ = "capture_batches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(255))
    station: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    duplex: Mapped[bool] = mapped_column(Boolean, default=False)


class CapturedPage(Base):
    """One page image and what layout recognition made of it. The original's bytes are the blob
    ``original_sha``; the straightened voucher is ``corrected_sha``. ``status`` is the pipeline's
    verdict (accepted | manual | rejected) until an operator decides (overridden | rejected | retake);
    ``duplicate`` when its original was captured before (``duplicate_of`` names that page)."""

    __tablename__ = "captured_pages"
    __table_args__ = (UniqueConstraint("batch_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("capture_batches.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    side: Mapped[str] = mapped_column(String(5))  # front | back
    source_name: Mapped[str] = mapped_column(String(255))
    page_index: Mapped[int] = mapped_column(Integer)
    original_sha: Mapped[str] = mapped_column(String(64), index=True)
    original_ext: Mapped[str] = mapped_column(String(5))
    # the handing-over that recorded it (recording is idempotent per delivery and page)
    delivery: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # a duplicate: the page first captured from the same bytes
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("captured_pages.id"), nullable=True)
    corrected_sha: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(12), index=True)  # PageStatus
    reasons: Mapped[str] = mapped_column(Text)  # JSON [[code, detail], ...]
    checks: Mapped[str] = mapped_column(Text)  # JSON [[name, score, ok], ...]
    voucher_type: Mapped[str | None] = mapped_column(String(8), nullable=True)
    voucher_number: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    copy_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    account: Mapped[str | None] = mapped_column(String(32), nullable=True)
    amount_fen: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    qr_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    decoder: Mapped[str] = mapped_column(String(32), default="")
    template_code: Mapped[str | None] = mapped_column(String(8), nullable=True)
    template_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    skew_deg: Mapped[float] = mapped_column(Float, default=0.0)
    homography: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON 3x3, template mm -> px
    process_ms: Mapped[float] = mapped_column(Float, default=0.0)
    captured_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(Text, nullable=True)

    slices: Mapped[list[PageSlice]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="PageSlice.id"
    )


class PageSlice(Base):
    """A field slice (切片) of a captured page: its box in the corrected image, its outline in the
    original image (JSON [[x, y] x4]) and its own image blob (PNG)."""

    __tablename__ = "page_slices"
    __table_args__ = (UniqueConstraint("page_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("captured_pages.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    x: Mapped[int] = mapped_column(Integer)
    y: Mapped[int] = mapped_column(Integer)
    w: Mapped[int] = mapped_column(Integer)
    h: Mapped[int] = mapped_column(Integer)
    quad: Mapped[str] = mapped_column(Text)
    image_sha: Mapped[str] = mapped_column(String(64), index=True)


class AuthPolicyVersion(Base):
    """One version of the authorization rules and limits (JSON, see app.authz.policy). The newest
    is in force; requests name the version they were routed by."""

    __tablename__ = "auth_policy_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    policy: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    reason: Mapped[str] = mapped_column(Text)


class AuthRequest(Base):
    """A teller's request for authorization (授权申请) and where it stands."""

    __tablename__ = "auth_requests"
    __table_args__ = (
        # one open request per teller, business, account and amount: the database refuses the
        # second, even when two workstations send it at the same instant (migration 0015)
        Index(
            "ux_auth_requests_open",
            "teller_id",
            "business_type",
            "account",
            "amount_fen",
            unique=True,
            sqlite_where=text(OPEN_REQUESTS_SQL),
            postgresql_where=text(OPEN_REQUESTS_SQL),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    business_type: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    account: Mapped[str] = mapped_column(String(32))
    customer: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str] = mapped_column(Text)
    branch: Mapped[str] = mapped_column(String(32))
    teller_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    mode: Mapped[str] = mapped_column(String(8))  # local | remote
    levels_required: Mapped[int] = mapped_column(Integer)
    levels_done: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(10))  # RequestStatus
    priority: Mapped[int] = mapped_column(Integer)
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # push dispatch: offered to one authorizer first, until offered_until; then the shared queue's
    offered_to: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    offered_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    policy_version: Mapped[int] = mapped_column(Integer)
    submissions: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)  # the poll
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    attachments: Mapped[list[AuthAttachment]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="AuthAttachment.id"
    )
    decisions: Mapped[list[AuthDecision]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="AuthDecision.id"
    )


# the queue's order within a status (most urgent, then oldest): claim_next walks it from the top and
# stops at its first candidates instead of sorting every pending request (migration 0015)
Index(
    "ix_auth_requests_claim",
    AuthRequest.status,
    AuthRequest.priority.desc(),
    AuthRequest.created_at,
    AuthRequest.id,
)


class AuthAttachment(Base):
    """An image sent with a request (ID card, voucher...), a blob in the image store."""

    __tablename__ = "auth_attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("auth_requests.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    image_sha: Mapped[str] = mapped_column(String(64), index=True)
    image_ext: Mapped[str] = mapped_column(String(5))
    # what the image's content says against its kind (imaging.kinds: voucher_qr, shape, size,
    # card_shape, unreadable), flagged to the authorizer; None: it looks like its kind, or unchecked
    flag: Mapped[str | None] = mapped_column(String(16), nullable=True)


class AuthDecision(Base):
    """One authorizer's decision on one level of a request; rows are only ever added."""

    __tablename__ = "auth_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("auth_requests.id", ondelete="CASCADE"), index=True)
    authorizer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    level: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(8))  # AuthzDecision
    comment: Mapped[str] = mapped_column(Text)
    mode: Mapped[str] = mapped_column(String(8))  # local | remote
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuthorizerSession(Base):
    """An authorizer signed in to the center (签到): where, which business types they take, and when
    their workstation last said it is alive. Push dispatch offers work only to live sessions."""

    __tablename__ = "authorizer_sessions"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    workstation: Mapped[str] = mapped_column(String(64))
    skills: Mapped[str] = mapped_column(Text)  # JSON list of business types; [] = all
    signed_in_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class UserSession(Base):
    """A signed-in workstation session of the suite server. The token itself is never stored: only
    its SHA-256. Bound to the user and the station it was opened from; ends when it expires, idles
    out or is revoked (log-out, lock, deactivation)."""

    __tablename__ = "user_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    station: Mapped[str] = mapped_column(String(64))
    method: Mapped[str] = mapped_column(String(16))  # password | card
    machine: Mapped[str] = mapped_column(String(64), default="", server_default="")  # the workstation's id
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_why: Mapped[str] = mapped_column(String(64), default="")


class BlobUpload(Base):
    """Who uploaded an image (its SHA-256) through the image service: the uploader may download it,
    and only what one uploaded may be attached to one's request or recorded as one's captured page
    (``app.services.uploads``). ``uploader_id`` None: the system (the server host's own tools)."""

    __tablename__ = "blob_uploads"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    uploader_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=True, index=True
    )
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (UniqueConstraint("sha256", "uploader_id"),)


class ChangeLogEntry(Base):
    """One change for the workstations' push stream, written in the transaction that made it.
    ``seq`` is assigned after commit by the publisher, one transaction at a time, so readers that
    tail ``seq`` see every committed change exactly once and in order; unpublished rows have none."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True, unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # change | tracking
    origin: Mapped[str] = mapped_column(String(64), default="")  # the session that caused it
    payload: Mapped[str] = mapped_column(Text)  # msgspec JSON

    __table_args__ = (
        Index("ix_change_log_unpublished", "id", sqlite_where=seq.is_(None), postgresql_where=seq.is_(None)),
    )


OPEN_ALARMS_SQL = "state != 'cleared'"  # app.alarms.lifecycle.AlarmState.CLEARED


class AlarmRuleVersion(Base):
    """One version of the alarm rule set (JSON, see ``app.alarms.rules``). The newest is in force;
    an alarm names the version of the rule that raised it."""

    __tablename__ = "alarm_rule_versions"
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    rules: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    reason: Mapped[str] = mapped_column(Text)


class Alarm(Base):
    """One raised condition (``rule_code`` + ``key``, e.g. ``READER_OFFLINE`` + ``reader:BR01-R03``)
    and where it stands (``app.alarms.lifecycle``). ``rev`` goes up with every change: each
    operator's transition is a compare-and-set on it, so of two operators acknowledging the same
    alarm exactly one wins."""

    __tablename__ = "alarms"
    __table_args__ = (
        # one open alarm per condition: a raise of an open one counts up instead (migration 0017)
        Index(
            "ux_alarms_open",
            "rule_code",
            "key",
            unique=True,
            sqlite_where=text(OPEN_ALARMS_SQL),
            postgresql_where=text(OPEN_ALARMS_SQL),
        ),
        Index(
            "ix_alarms_open",
            "state",
            sqlite_where=text(OPEN_ALARMS_SQL),
            postgresql_where=text(OPEN_ALARMS_SQL),
        ),
        # the leader looks for a shelving that ran out every second: only shelved alarms are indexed
        Index(
            "ix_alarms_shelved",
            "shelved_until",
            sqlite_where=text("shelved_until IS NOT NULL"),
            postgresql_where=text("shelved_until IS NOT NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule_code: Mapped[str] = mapped_column(String(32))
    rule_version: Mapped[int] = mapped_column(Integer)  # 0: the shipped rules
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(128))
    priority: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))  # AlarmState
    returned: Mapped[bool] = mapped_column(Boolean, default=False)  # the condition is back to normal
    zone: Mapped[str] = mapped_column(String(32), default="")  # where, for the map and the filters
    subject: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the people, asset, card, reader
    count: Mapped[int] = mapped_column(Integer, default=1)  # triggers while open
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    last_at: Mapped[datetime] = mapped_column(UTCDateTime())  # the latest trigger
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    ack_by: Mapped[str] = mapped_column(String(64), default="")
    ack_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    ack_note: Mapped[str] = mapped_column(Text, default="")
    shelved_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    shelved_by: Mapped[str] = mapped_column(String(64), default="")
    shelve_reason: Mapped[str] = mapped_column(Text, default="")
    out_of_service: Mapped[bool] = mapped_column(Boolean, default=False)
    oos_by: Mapped[str] = mapped_column(String(64), default="")
    oos_reason: Mapped[str] = mapped_column(Text, default="")
    escalation_level: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    rev: Mapped[int] = mapped_column(Integer, default=1)


class AlarmJournalEntry(Base):
    """Append-only: one row per transition of an alarm (``app.alarms.lifecycle.Transition``), with
    who made it (empty: the system) and the note. The journal dock, the metrics and the shift report
    read it; every operator's transition is also in the audit log."""

    __tablename__ = "alarm_journal"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alarm_id: Mapped[int] = mapped_column(ForeignKey("alarms.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    transition: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))  # after the transition
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
