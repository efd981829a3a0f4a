"""Remote (centralized) authorization (集中授权): tellers' requests, authorizers' claims and
decisions, the rules and limits that route them. Any thread (one session per call).

Maker-checker throughout: the teller who made a request never decides it; an authorizer decides only
up to their own limit; a two-level request needs two different authorizers. Claiming is exclusive:
on PostgreSQL the queue is read with ``FOR UPDATE SKIP LOCKED`` so concurrent authorizers on other
workstations never get the same request; on SQLite the single writer serializes claims. A claim is
a lease: a claim not decided in time returns to the queue (``expire_leases``). Every state change
is audited in its transaction and, on PostgreSQL, announced with ``pg_notify`` on the channel
``auth_requests`` (delivered when the transaction commits) for live queues elsewhere.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, NoReturn

from sqlalchemy import Select, bindparam, func, select, text, true
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from app import audit, changelog
from app.authz_policy import LOCAL, PUSH, REMOTE, Policy, PolicyError, parse_policy
from app.authz_watch import CHANNEL, RequestWatcher
from app.clock import utcnow
from app.db.engine import Database
from app.db.models import (
    AuthAttachment,
    AuthDecision,
    AuthorizerSession,
    AuthPolicyVersion,
    AuthRequest,
    User,
)
from app.errors import NotFound, PermissionDenied, ValidationError
from app.operations import Action, Change, Target, record
from app.paths import RESOURCES
from app.rbac import Permission, Principal
from app.remote import remote
from app.services.guard import (
    authorize,
    authorize_any,
    deny,
    fresh_principal,
    principal_of,
    require_reason,
)
from app.services.identity import Credentials, IdentityService
from app.services.positions import mask
from app.services.uploads import not_theirs
from app.shared_read import SharedRead
from app.statuses import CANCELLABLE_REQUESTS, OPEN_REQUESTS, QUEUED_REQUESTS, AuthzDecision, RequestStatus
from app.watch import Callback, StateCallback, ViewsCallback

if TYPE_CHECKING:  # the image service reads who may see a request's images from here
    from app.services.blobs import BlobService

# does an image look like its kind (``imaging.kinds.kind_problem``, injected): a flag code, or None
KindCheck = Callable[[bytes, str], str | None]

LEASE = timedelta(minutes=3)
OFFER = timedelta(seconds=60)  # a pushed request waits this long for its authorizer, then is anyone's
SESSION_TTL = timedelta(seconds=90)  # a signed-in authorizer's workstation says it is alive more often
DECISIONS = frozenset(AuthzDecision)
DECISION_ACTIONS = {
    AuthzDecision.APPROVE: Action.AUTHZ_APPROVE,
    AuthzDecision.REJECT: Action.AUTHZ_REJECT,
    AuthzDecision.RETURN: Action.AUTHZ_RETURN,
}
SHIPPED_POLICY = RESOURCES / "authz" / "policy.json"
# who reads what (a denial is audited): the rules, any request (its own teller always), the live sessions
POLICY_READERS = frozenset(
    {
        Permission.AUTH_REQUEST,
        Permission.AUTHORIZE,
        Permission.SUPERVISE,
        Permission.REGISTER_ADMIN,
        Permission.STATS_READ,
    }
)
REQUEST_READERS = frozenset({Permission.AUTHORIZE, Permission.AUDIT_READ})
SESSION_READERS = frozenset({Permission.AUTHORIZE, Permission.SUPERVISE})


@dataclass(frozen=True)
class Draft:
    business_type: str
    currency: str
    amount_fen: int
    account: str
    customer: str
    reason: str
    branch: str
    mode: str = REMOTE
    attachments: tuple[tuple[str, str, str], ...] = ()  # (kind, image sha256, ext)


@dataclass(frozen=True)
class DecisionView:
    authorizer: str
    level: int
    decision: AuthzDecision
    comment: str
    mode: str
    at: datetime


@dataclass(frozen=True)
class RequestView:
    id: int
    business_type: str
    currency: str
    amount_fen: int
    account: str
    customer: str
    reason: str
    branch: str
    teller: str
    mode: str
    levels_required: int
    levels_done: int
    status: RequestStatus
    priority: int
    claimed_by: str | None
    lease_until: datetime | None
    policy_version: int
    submissions: int
    created_at: datetime
    updated_at: datetime
    decided_at: datetime | None
    attachments: tuple[tuple[str, str, str], ...] = ()
    decisions: tuple[DecisionView, ...] = field(default=())
    # (kind, flag) of each image whose content does not look like its kind (``imaging.kinds``)
    image_flags: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RequestPush:
    """A request's view on the push stream, with its teller (``app.services.audience``: the view goes
    to those who may read any request, and to its own teller)."""

    teller_id: int
    view: RequestView


class AuthorizationService:
    def __init__(
        self,
        db: Database,
        *,
        lease: timedelta = LEASE,
        offer: timedelta = OFFER,
        blobs: BlobService | None = None,
        identity: IdentityService | None = None,
        check_kind: KindCheck | None = None,
    ) -> None:
        """``blobs``: where a request's images must be before it is submitted (without it, a request
        with images is refused); ``identity`` verifies a supervisor's credentials; ``check_kind``
        says whether an image looks like its kind (without it, images are not flagged)."""
        self.db = db
        self.check_kind = check_kind
        self.lease = lease
        self.offer = offer
        self.blobs = blobs
        self.identity = identity or IdentityService(db)
        self._shared: SharedRead[list[RequestView]] = SharedRead()  # the queue, read by every authorizer
        self._policy_cache: tuple[int, Policy] | None = None

    # -- policy ---------------------------------------------------------------------------------
    @remote
    def policy(self, actor: Principal) -> tuple[int, Policy]:
        """The policy in force and its version (0: the shipped one, before any was saved), for
        whoever works with it: tellers (the limit hints of the request form), authorizers,
        supervisors, rule administrators and statistics readers. Only rule administrators see every
        user's personal limits; everyone else sees the business rules, the role limits and their
        own personal limits (another user's are not theirs to know)."""
        current = authorize_any(self.db, actor, POLICY_READERS, "view the authorization rules")
        version, policy = self._policy()
        if current.system or current.can(Permission.REGISTER_ADMIN):
            return version, parse_policy(policy.to_json())  # the caller's own copy, not the cached one
        return version, _own_view(policy, current.username)

    def _policy(self) -> tuple[int, Policy]:
        """The policy in force, unguarded: for this service's own checks (never for a caller). Every
        claim and decision checks it: the newest version's number is read each time, its rules are
        parsed once (a version's rules never change; a new version is a new row)."""
        with self.db.read() as s:
            version = int(s.connection().scalar(_NEWEST_POLICY) or 0)
            cached = self._policy_cache
            if cached is not None and cached[0] == version:
                return cached
            text = s.connection().scalar(_POLICY_OF, {"version": version}) if version else None
        policy = parse_policy(text if text is not None else SHIPPED_POLICY.read_text(encoding="utf-8"))
        self._policy_cache = (version, policy)
        return version, policy

    @remote
    def save_policy(self, actor: Principal, policy_json: str, reason: str) -> Change:
        """A new version of the rules and limits, in force at once for new requests."""
        actor = authorize(self.db, actor, Permission.REGISTER_ADMIN, "change authorization rules")
        reason = require_reason(reason)
        try:
            policy = parse_policy(policy_json)
        except PolicyError as e:
            raise ValidationError(str(e), field=e.field, problem=e.problem) from e
        try:
            return self._save_policy(actor, policy, reason)
        except IntegrityError as e:  # another administrator saved the same version number first
            raise ValidationError(
                "the rules were just saved elsewhere; reload them and save again",
                field="version",
                problem="conflict",
            ) from e

    def _save_policy(self, actor: Principal, policy: Policy, reason: str) -> Change:
        with self.db.write() as s:
            version = (s.scalar(select(func.max(AuthPolicyVersion.version))) or 0) + 1
            s.add(
                AuthPolicyVersion(
                    version=version, policy=policy.to_json(), created_by=actor.username, reason=reason
                )
            )
            return record(
                s,
                actor,
                Action.AUTHZ_POLICY,
                Target.AUTH_POLICY,
                version,
                reason=reason,
                after=policy.source,
                detail={"version": version},
            )

    # -- teller side ----------------------------------------------------------------------------
    @remote
    def submit(self, actor: Principal, draft: Draft) -> Change:
        actor = authorize(self.db, actor, Permission.AUTH_REQUEST, "request authorization")
        version, policy = self._policy()
        route = self._check(actor, policy, draft)
        self._require_stored(actor, draft)
        images = self._attachments(draft)
        with self.db.write() as s:
            row = AuthRequest(
                business_type=draft.business_type,
                currency=draft.currency,
                amount_fen=draft.amount_fen,
                account=draft.account,
                customer=draft.customer,
                reason=draft.reason,
                branch=draft.branch,
                teller_id=actor.user_id,
                mode=draft.mode,
                levels_required=route,
                status=RequestStatus.PENDING,
                priority=policy.business[draft.business_type].priority,
                policy_version=version,
                attachments=images,
            )
            with _unless_duplicate(s, actor.user_id, draft):
                s.add(row)
            if policy.dispatch == PUSH and row.mode == REMOTE:
                _offer(s, policy, row, utcnow(), self.offer)
            change = record(
                s,
                actor,
                Action.AUTHZ_SUBMIT,
                Target.AUTH_REQUEST,
                row.id,
                reason=draft.reason,
                after={**_summary(row), "offered_to": row.offered_to},
                detail={"status": RequestStatus.PENDING, "teller_id": row.teller_id},
            )
            _notify(s, row)
        return change

    @remote
    def resubmit(self, actor: Principal, request_id: int, draft: Draft) -> Change:
        """A returned request, corrected by its teller, goes back to the queue."""
        actor = authorize(self.db, actor, Permission.AUTH_REQUEST, "request authorization")
        version, policy = self._policy()
        route = self._check(actor, policy, draft)
        self._require_stored(actor, draft)
        images = self._attachments(draft)
        with self.db.write() as s:
            row = _locked(s, request_id)
            if row.teller_id != actor.user_id:
                raise PermissionDenied("only the teller who made a request resubmits it", permission="own")
            if row.status != RequestStatus.RETURNED:
                raise ValidationError(
                    f"request {request_id} is {row.status}, not returned", field="status", problem="state"
                )
            before = _summary(row)
            with _unless_duplicate(s, actor.user_id, draft, row.id):  # corrected into another open one
                self._correct(row, draft, images, route, version, policy)
            change = record(
                s,
                actor,
                Action.AUTHZ_RESUBMIT,
                Target.AUTH_REQUEST,
                row.id,
                reason=draft.reason,
                before=before,
                after=_summary(row),
                detail={"status": RequestStatus.PENDING, "teller_id": row.teller_id},
            )
            _notify(s, row)
        return change

    @staticmethod
    def _correct(
        row: AuthRequest, draft: Draft, images: list[AuthAttachment], route: int, version: int, policy: Policy
    ) -> None:
        """A returned request takes its teller's corrections and goes back to the queue."""
        for name in (
            "business_type",
            "currency",
            "amount_fen",
            "account",
            "customer",
            "reason",
            "branch",
            "mode",
        ):
            setattr(row, name, getattr(draft, name))
        if images:
            row.attachments = images
        row.levels_required, row.levels_done = route, 0
        row.status, row.policy_version, row.decided_at = RequestStatus.PENDING, version, None
        row.priority = policy.business[draft.business_type].priority
        row.submissions += 1
        row.updated_at = utcnow()

    @remote
    def cancel(self, actor: Principal, request_id: int, reason: str) -> Change:
        actor = authorize(self.db, actor, Permission.AUTH_REQUEST, "cancel an authorization request")
        reason = require_reason(reason)
        with self.db.write() as s:
            row = _locked(s, request_id)
            if row.teller_id != actor.user_id:
                raise PermissionDenied("only the teller who made a request cancels it", permission="own")
            if row.status not in CANCELLABLE_REQUESTS:
                raise ValidationError(
                    f"request {request_id} is {row.status}; it can no longer be cancelled",
                    field="status",
                    problem="state",
                )
            before = row.status
            row.status, row.updated_at, row.decided_at = RequestStatus.CANCELLED, utcnow(), utcnow()
            change = record(
                s,
                actor,
                Action.AUTHZ_CANCEL,
                Target.AUTH_REQUEST,
                row.id,
                reason=reason,
                before={"status": before},
                detail={"status": RequestStatus.CANCELLED, "teller_id": row.teller_id},
            )
            _notify(s, row)
        return change

    def _require_stored(self, actor: Principal, draft: Draft) -> None:
        """Every image the draft names is in the image store (uploaded through the image service):
        an authorizer must never be asked to decide on images nobody can show them. And each is the
        teller's own: uploaded by them (or already on one of their requests). Naming another's image
        by its SHA-256 would otherwise make it theirs to download; refused and audited."""
        if not draft.attachments:
            return
        pairs = [(sha, ext) for _kind, sha, ext in draft.attachments]
        missing = set(self.blobs.missing(pairs)) if self.blobs is not None else set(pairs)
        if missing:
            kinds = [k for k, sha, ext in draft.attachments if (sha, ext) in missing]
            raise ValidationError(
                f"images not on the server: {', '.join(kinds)}; upload them first",
                field="attachments",
                problem="not_stored",
                kinds=kinds,
            )
        with self.db.read() as s:
            foreign = set(not_theirs(s, actor, (sha for sha, _ext in pairs), own_requests=True))
        if foreign:
            deny(
                self.db,
                actor,
                "image",
                "attach an image one did not upload",
                "only images you uploaded can be attached",
                kinds=[k for k, sha, _ext in draft.attachments if sha in foreign],
            )

    def _attachments(self, draft: Draft) -> list[AuthAttachment]:
        """The draft's images as rows, each flagged if its content does not look like its kind (an
        ID card that carries a voucher's QR code...): the authorizer is told, the request is not
        refused (the teller may have a good reason, the check may be wrong)."""
        rows = []
        for kind, sha, ext in draft.attachments:
            flag = None
            if self.check_kind is not None and self.blobs is not None:
                flag = self.check_kind(self.blobs.store.get(sha, ext), kind)
            rows.append(AuthAttachment(kind=kind, image_sha=sha, image_ext=ext, flag=flag))
        return rows

    def _check(self, actor: Principal, policy: Policy, draft: Draft) -> int:
        """Validate a draft against the policy; the number of authorization levels it needs."""
        if draft.amount_fen <= 0:
            raise ValidationError("amount must be positive", field="amount_fen", problem="range")
        if not draft.account.strip() or not draft.customer.strip():
            raise ValidationError("account and customer are required", field="account", problem="required")
        require_reason(draft.reason)
        try:
            route = policy.route(draft.business_type, draft.amount_fen)
        except PolicyError as e:
            raise ValidationError(str(e), field=e.field, problem=e.problem) from e
        limit = policy.limit(
            actor.username, {r.value for r in actor.roles}, draft.currency, draft.business_type
        )
        if draft.amount_fen > limit.input:
            raise ValidationError(
                f"amount is above your input limit ({limit.input / 100:.2f} {draft.currency})",
                field="amount_fen",
                problem="input_limit",
                limit_fen=limit.input,
                currency=draft.currency,
            )
        if not route.needs_authorization:
            raise ValidationError(
                "this amount needs no authorization", field="amount_fen", problem="not_needed"
            )
        if draft.mode not in route.modes:
            raise ValidationError(
                f"{draft.mode} authorization is not allowed for this amount", field="mode", problem="mode"
            )
        kinds = {k for k, _sha, _ext in draft.attachments}
        missing = [k for k in policy.business[draft.business_type].images if k not in kinds]
        if missing:
            raise ValidationError(
                f"images missing: {', '.join(missing)}", field="attachments", problem="missing", kinds=missing
            )
        return route.levels

    # -- authorizer side ------------------------------------------------------------------------
    @remote
    def claim_next(self, actor: Principal, *, now: datetime | None = None) -> Change | None:
        """Take the most urgent, oldest pending request this authorizer may decide; None if none."""
        actor = authorize(self.db, actor, Permission.AUTHORIZE, "authorize")
        now = now or utcnow()
        mine, pending = claim_candidates(actor.user_id, now)
        # every idle authorizer's screen asks at once when a request arrives, and all but one find
        # it taken: a read first, so that they do not each open a write transaction to learn it
        with self.db.read() as s:
            if s.scalar(pending) is None:
                return None
        _version, policy = self._policy()
        with self.db.write() as s:
            candidates = list(dict.fromkeys([*s.scalars(mine), *s.scalars(pending)]))
            # lock one candidate at a time, skipping those another authorizer is taking: locking all
            # fifty at once would hide them from everyone else until this transaction ends
            for request_id in candidates:
                row = s.scalars(
                    select(AuthRequest)
                    .where(AuthRequest.id == request_id, AuthRequest.status == RequestStatus.PENDING)
                    .with_for_update(skip_locked=True)
                ).first()
                if row is not None and _why_not(actor, policy, row) is None:
                    return self._claim(s, actor, row, now)
        return None

    @remote
    def claim(self, actor: Principal, request_id: int, *, now: datetime | None = None) -> Change:
        actor = authorize(self.db, actor, Permission.AUTHORIZE, "authorize")
        _version, policy = self._policy()
        with self.db.write() as s:
            row = _locked(s, request_id)
            if row.status != RequestStatus.PENDING:
                raise ValidationError(
                    f"request {request_id} is {row.status}", field="status", problem="state"
                )
            why = _why_not(actor, policy, row)
            if why is not None:
                raise why
            return self._claim(s, actor, row, now or utcnow())

    def _claim(self, s: Session, actor: Principal, row: AuthRequest, now: datetime) -> Change:
        row.status, row.claimed_by, row.lease_until, row.updated_at = (
            RequestStatus.CLAIMED,
            actor.user_id,
            now + self.lease,
            now,
        )
        row.offered_to, row.offered_until = None, None
        change = record(
            s,
            actor,
            Action.AUTHZ_CLAIM,
            Target.AUTH_REQUEST,
            row.id,
            after={"lease_until": row.lease_until.isoformat()},
            detail={"status": RequestStatus.CLAIMED, "teller_id": row.teller_id},
        )
        _notify(s, row)
        return change

    @remote
    def release(self, actor: Principal, request_id: int) -> Change:
        """Give a claimed request back to the queue undecided."""
        actor = authorize(self.db, actor, Permission.AUTHORIZE, "authorize")
        with self.db.write() as s:
            row = _locked(s, request_id)
            if row.status != RequestStatus.CLAIMED or row.claimed_by != actor.user_id:
                raise ValidationError(
                    f"request {request_id} is not claimed by you", field="status", problem="state"
                )
            row.status, row.claimed_by, row.lease_until, row.updated_at = (
                RequestStatus.PENDING,
                None,
                None,
                utcnow(),
            )
            change = record(
                s,
                actor,
                Action.AUTHZ_RELEASE,
                Target.AUTH_REQUEST,
                row.id,
                detail={"status": RequestStatus.PENDING, "teller_id": row.teller_id},
            )
            _notify(s, row)
        return change

    @remote
    def decide(
        self, actor: Principal, request_id: int, decision: str, comment: str, *, now: datetime | None = None
    ) -> Change:
        """Approve, reject or return a request this authorizer holds; reject and return need a reason."""
        actor = authorize(self.db, actor, Permission.AUTHORIZE, "authorize")
        choice = _decision(decision)
        comment = comment.strip()
        if choice != AuthzDecision.APPROVE:
            comment = require_reason(comment)
        _version, policy = self._policy()
        now = now or utcnow()
        with self.db.write() as s:
            row = _locked(s, request_id)
            if row.status != RequestStatus.CLAIMED or row.claimed_by != actor.user_id:
                raise ValidationError(
                    f"request {request_id} is not claimed by you", field="status", problem="state"
                )
            if row.lease_until is not None and row.lease_until < now:
                raise ValidationError(
                    "your claim has expired; claim the request again", field="lease", problem="expired"
                )
            why = _why_not(actor, policy, row)  # limits may have changed since the claim
            if why is not None:
                raise why
            row.claimed_by, row.lease_until = None, None
            return _apply_decision(s, row, actor, choice, comment, REMOTE, now, {})

    @remote
    def decide_locally(
        self,
        actor: Principal,
        request_id: int,
        credentials: Credentials,
        decision: str,
        comment: str = "",
    ) -> Change:
        """Local override (本地授权): a supervisor at the teller's counter decides the teller's local
        request. ``actor`` is the teller. The supervisor proves who they are here, inside the
        operation, with their ``credentials`` (card and PIN, or user name and password), checked by
        the identity service with its counting and lockout: a wrong PIN counts towards locking the
        card, and is audited. The same four-eyes rules and limits apply as at the center; the
        teller's own credentials are refused (audited) before any secret is checked. The decision is
        the supervisor's, audited as such."""
        teller = authorize(self.db, actor, Permission.AUTH_REQUEST, "request authorization")
        if not isinstance(credentials, Credentials):  # e.g. a supervisor's identity without a secret
            raise ValidationError(
                "the supervisor's card and PIN, or user name and password, are required",
                field="credentials",
                problem="required",
            )
        choice = _decision(decision)
        comment = comment.strip()
        if choice != AuthzDecision.APPROVE:
            comment = require_reason(comment)
        with self.db.read() as s:
            self._local_request(s, teller, request_id)
        if self.identity.holder_of(credentials) == teller.user_id:
            self._own_request(teller, request_id)
        context = f"local authorization of request {request_id}"
        verified = self.identity.verify_credentials(credentials, context=context)
        if verified.user_id == teller.user_id:
            self._own_request(teller, request_id)
        try:
            authorizer = authorize(self.db, verified, Permission.AUTHORIZE, "authorize")
        except PermissionDenied as exc:  # the dialog names who may not
            raise PermissionDenied(
                exc.message, **exc.params, supervisor=verified.display_name or verified.username
            ) from exc
        _version, policy = self._policy()
        now = utcnow()
        with self.db.write() as s:
            row = self._local_request(s, teller, request_id, lock=True)
            why = _why_not(authorizer, policy, row)
            if why is not None:
                raise why
            detail: dict[str, object] = {
                "teller": teller.username,
                "verified_by": "card" if credentials.by_card else "password",
            }
            change = _apply_decision(s, row, authorizer, choice, comment, LOCAL, now, detail)
        name = authorizer.display_name or authorizer.username
        return replace(
            change, detail={**change.detail, "authorizer": authorizer.username, "authorizer_name": name}
        )

    @staticmethod
    def _local_request(s: Session, teller: Principal, request_id: int, *, lock: bool = False) -> AuthRequest:
        """The teller's own pending local request, or the refusal."""
        row = _locked(s, request_id) if lock else s.get(AuthRequest, request_id)
        if row is None:
            raise NotFound(f"authorization request {request_id} not found")
        if row.teller_id != teller.user_id:
            raise PermissionDenied(
                "only the teller who made a request asks for its local override", permission="own"
            )
        if row.mode != LOCAL or row.status != RequestStatus.PENDING:
            raise ValidationError(
                f"request {request_id} is not a pending local request", field="status", problem="state"
            )
        return row

    def _own_request(self, teller: Principal, request_id: int) -> NoReturn:
        deny(
            self.db,
            teller,
            "four_eyes",
            f"authorize own request {request_id}",
            "nobody authorizes their own request",
            rule="own_request",
        )

    def expire_leases(self, *, now: datetime | None = None) -> list[int]:
        """Claims whose lease ran out go back to the queue (any workstation may run this)."""
        now = now or utcnow()
        with self.db.write() as s:
            q = (
                select(AuthRequest)
                .where(AuthRequest.status == RequestStatus.CLAIMED, AuthRequest.lease_until < now)
                .with_for_update(skip_locked=True)
            )
            expired = list(s.scalars(q))
            for row in expired:
                audit.append(
                    s,
                    "system:lease",
                    Action.AUTHZ_LEASE_EXPIRED,
                    Target.AUTH_REQUEST,
                    row.id,
                    before={"claimed_by": row.claimed_by},
                )
                row.status, row.claimed_by, row.lease_until, row.updated_at = (
                    RequestStatus.PENDING,
                    None,
                    None,
                    now,
                )
                _notify(s, row)
            return [r.id for r in expired]

    # -- authorizers signed in to the center (签到签退) -------------------------------------------
    @remote(station="workstation")
    def sign_in(self, actor: Principal, workstation: str, skills: list[str] | None = None) -> Change:
        """Take work at this workstation; ``skills``: the business types taken ([] or None: all)."""
        actor = authorize(self.db, actor, Permission.AUTHORIZE, "sign in to the authorization center")
        skills = sorted(set(skills or []))
        with self.db.write() as s:
            row = s.get(AuthorizerSession, actor.user_id)
            if row is None:
                row = AuthorizerSession(user_id=actor.user_id)
                s.add(row)
            row.workstation, row.skills = workstation[:64], json.dumps(skills)
            row.signed_in_at = row.last_seen = utcnow()
            return record(
                s,
                actor,
                Action.AUTHZ_SIGN_IN,
                Target.AUTHORIZER,
                actor.username,
                after={"workstation": workstation, "skills": skills},
            )

    @remote
    def heartbeat(self, actor: Principal) -> None:
        """The workstation is alive (every ~30 s): keeps the session eligible for pushed work."""
        actor = authorize(self.db, actor, Permission.AUTHORIZE, "stay signed in to the authorization center")
        with self.db.write() as s:
            row = s.get(AuthorizerSession, actor.user_id)
            if row is not None:
                row.last_seen = utcnow()

    @remote
    def sign_out(self, actor: Principal) -> Change:
        """Stop taking work here; ``DatabaseUnavailable`` if the database cannot be reached (the
        session then simply expires without heartbeats)."""
        try:
            actor = authorize(self.db, actor, Permission.AUTHORIZE, "sign out of the authorization center")
            with self.db.write() as s:
                row = s.get(AuthorizerSession, actor.user_id)
                if row is not None:
                    s.delete(row)
                return record(s, actor, Action.AUTHZ_SIGN_OUT, Target.AUTHORIZER, actor.username)
        except SQLAlchemyError as exc:
            raise self.db.unavailable(exc, "cannot sign out at") from exc

    @remote
    def signed_in(self, actor: Principal, *, now: datetime | None = None) -> list[tuple[str, str, int]]:
        """Live sessions: (username, workstation, open requests claimed by or offered to them); for
        authorizers and supervisors."""
        authorize_any(self.db, actor, SESSION_READERS, "view who is signed in to the authorization center")
        now = now or utcnow()
        with self.db.read() as s:
            rows = s.execute(
                select(User.username, AuthorizerSession.workstation, AuthorizerSession.user_id)
                .join(User, User.id == AuthorizerSession.user_id)
                .where(AuthorizerSession.last_seen > now - SESSION_TTL)
                .order_by(User.username)
            ).all()
            return [(name, ws, _load(s, uid, now)) for name, ws, uid in rows]

    # -- live updates -----------------------------------------------------------------------------
    def watch(
        self,
        callback: Callback,
        *,
        poll_s: float = 2.0,
        on_state: StateCallback | None = None,
        on_views: ViewsCallback | None = None,
    ) -> RequestWatcher:
        """A feed of changed requests (not started) on this service's database: the watcher thread
        calls ``callback(source, ids)`` and ``on_state(online, detail)`` (``app.watch``). It names
        request ids only (``on_views`` is never called); whoever receives them reads through the
        checked calls below."""
        return RequestWatcher(self.db, callback, poll_s=poll_s, on_state=on_state)

    # -- reads ----------------------------------------------------------------------------------
    @remote
    def get(self, actor: Principal, request_id: int) -> RequestView:
        """One request with its decisions: for its own teller, for authorizers (supervisors are
        authorizers too) and for auditors; anyone else is refused and the refusal audited."""
        with self.db.read() as s:
            current = fresh_principal(s, actor)
            found = _list_views(s, _BY_ID, {"id": request_id})
        view = found[0] if found else None
        own = view is not None and current.can(Permission.AUTH_REQUEST) and view.teller == current.username
        if not own:
            authorize_any(self.db, actor, REQUEST_READERS, "view an authorization request")
        if view is None:
            raise NotFound(f"authorization request {request_id} not found")
        return view

    @remote
    def queue(self, actor: Principal, limit: int | None = None) -> list[RequestView]:
        """Requests in the authorizers' queue (pending or claimed), most urgent and oldest first
        (the first ``limit`` of them: what a screen shows); for authorizers only."""
        authorize(self.db, actor, Permission.AUTHORIZE, "view the authorization queue")

        def read() -> list[RequestView]:
            with self.db.read() as s:  # each status from the top of ix_auth_requests_claim
                views = [
                    v
                    for st in QUEUED_REQUESTS
                    for v in _list_views(s, _QUEUE, {"status": st.value, "limit": limit or _NO_LIMIT})
                ]
            views.sort(key=lambda v: (-v.priority, v.created_at, v.id))
            return [listed(v) for v in views[:limit]]

        # every authorizer's and reviewer's screen reloads the queue on the same change: one read
        # for those asking at once, none older than their own would be (app.shared_read)
        return list(self._shared(f"queue:{limit}", read))

    @remote
    def queue_counts(self, actor: Principal, late_s: int = 300) -> tuple[int, int]:
        """(remote requests waiting to be claimed, of those waiting longer than ``late_s`` by the
        server's clock): the whole queue's figures for a screen that holds only its top."""
        authorize(self.db, actor, Permission.AUTHORIZE, "view the authorization queue")
        late = AuthRequest.created_at < utcnow() - timedelta(seconds=late_s)
        with self.db.read() as s:
            waiting, overdue = s.execute(
                select(func.count(), func.count().filter(late)).where(
                    AuthRequest.status == RequestStatus.PENDING, AuthRequest.mode == REMOTE
                )
            ).one()
        return int(waiting), int(overdue)

    @remote
    def views(self, actor: Principal, request_ids: list[int]) -> list[RequestView]:
        """These requests as the lists show them (masked, ``listed``), whatever their status: what
        a queue applies when a change names them, instead of reading the whole queue again; for
        authorizers only."""
        authorize(self.db, actor, Permission.AUTHORIZE, "view the authorization queue")
        ids = sorted({int(i) for i in request_ids})[:_NO_LIMIT]
        if not ids:
            return []
        with self.db.read() as s:
            return [listed(v) for v in _list_views(s, _BY_IDS, {"ids": ids})]

    @remote
    def requests_of(self, actor: Principal, limit: int = 200) -> list[RequestView]:
        """The teller's own requests, newest first (personal data masked: ``listed``)."""
        actor = authorize(self.db, actor, Permission.AUTH_REQUEST, "view your authorization requests")
        with self.db.read() as s:
            return [listed(v) for v in _list_views(s, _MINE, {"teller": actor.user_id, "limit": limit})]


# account, card, ID and phone numbers in free text: 11 digits and more (an 18-character ID may end in X)
_NUMBERS = re.compile(r"\d{11,}[Xx]?")


def listed(view: RequestView) -> RequestView:
    """A request as the lists show it and the push stream carries it: the account, and any ID,
    card or phone number in the customer or the reason, reduced to their last four characters.
    Lists are read whole and kept on many screens; the full request is read one at a time with
    ``get``, by those who may read that request (its teller, authorizers, auditors)."""

    def hide(text: str) -> str:
        return _NUMBERS.sub(lambda m: mask(m.group()), text)

    return replace(view, account=mask(view.account), customer=hide(view.customer), reason=hide(view.reason))


def _own_view(policy: Policy, username: str) -> Policy:
    """The policy without other users' personal limits (the business rules and role limits stay)."""
    users = {name: lim for name, lim in policy.user_limits.items() if name == username}
    source = dict(policy.source)
    limits = source.get("limits")
    if isinstance(limits, dict) and isinstance(limits.get("users"), dict):
        source["limits"] = {
            **limits,
            "users": {name: lim for name, lim in limits["users"].items() if name == username},
        }
    return replace(policy, user_limits=users, source=source)


def _decision(decision: str) -> AuthzDecision:
    if decision not in DECISIONS:
        raise ValidationError(f"unknown decision {decision}", field="decision", problem="choice")
    return AuthzDecision(decision)


def _apply_decision(
    s: Session,
    row: AuthRequest,
    actor: Principal,
    decision: AuthzDecision,
    comment: str,
    mode: str,
    now: datetime,
    detail: dict[str, object],
) -> Change:
    """Record one authorizer's decision on the next level and move the request on; audited."""
    level = row.levels_done + 1
    row.decisions.append(
        AuthDecision(authorizer_id=actor.user_id, level=level, decision=decision, comment=comment, mode=mode)
    )
    if decision == AuthzDecision.APPROVE:
        row.levels_done = level
        row.status = RequestStatus.APPROVED if level >= row.levels_required else RequestStatus.PENDING
    else:
        row.status = RequestStatus.REJECTED if decision == AuthzDecision.REJECT else RequestStatus.RETURNED
    row.updated_at = now
    if row.status != RequestStatus.PENDING:
        row.decided_at = now
    change = record(
        s,
        actor,
        DECISION_ACTIONS[decision],
        Target.AUTH_REQUEST,
        row.id,
        reason=comment,
        after={"status": row.status, "level": level, "mode": mode, **detail},
        detail={"status": row.status, "teller_id": row.teller_id},
    )
    _notify(s, row)
    return change


def claim_candidates(user_id: int | None, now: datetime) -> tuple[Select[Any], Select[Any]]:
    """The two reads of ``claim_next``'s candidates: the pending remote requests offered to this
    authorizer, then those not offered to someone else, each most urgent and oldest first and at
    most 50. Each is read from the top of an index (``ix_auth_requests_offered_to``,
    ``ix_auth_requests_claim``) and stops there: one ORDER BY that began "offered to me first"
    had no index to serve it, and PostgreSQL sorted every pending request for each claim."""
    waiting = (AuthRequest.status == RequestStatus.PENDING) & (AuthRequest.mode == REMOTE)
    offered_elsewhere = (
        AuthRequest.offered_to.is_not(None)
        & (AuthRequest.offered_to != user_id)
        & (AuthRequest.offered_until > now)
    )
    mine = select(AuthRequest.id).where(waiting, AuthRequest.offered_to == user_id)
    pending = select(AuthRequest.id).where(waiting, ~offered_elsewhere)
    return mine.order_by(*_QUEUE_ORDER).limit(50), pending.order_by(*_QUEUE_ORDER).limit(50)


def _load(s: Session, user_id: int, now: datetime) -> int:
    """Open requests an authorizer holds or has been offered."""
    held = (AuthRequest.status == RequestStatus.CLAIMED) & (AuthRequest.claimed_by == user_id)
    offered = (
        (AuthRequest.status == RequestStatus.PENDING)
        & (AuthRequest.offered_to == user_id)
        & (AuthRequest.offered_until > now)
    )
    return int(s.scalar(select(func.count(AuthRequest.id)).where(held | offered)) or 0)


def _offer(s: Session, policy: Policy, row: AuthRequest, now: datetime, offer: timedelta) -> None:
    """Push dispatch: offer the request to the least-loaded live authorizer who takes its business
    and may decide it (never its own teller); nobody suitable: it stays in the shared queue."""
    sessions = s.scalars(
        select(AuthorizerSession).where(AuthorizerSession.last_seen > now - SESSION_TTL)
    ).all()
    best: tuple[int, datetime, int] | None = None
    for session in sessions:
        skills = json.loads(session.skills)
        if skills and row.business_type not in skills:
            continue
        user = s.get(User, session.user_id)
        if user is None or not user.active or user.locked_at is not None:
            continue
        principal = principal_of(user)
        if not principal.can(Permission.AUTHORIZE) or _why_not(principal, policy, row) is not None:
            continue
        key = (_load(s, user.id, now), session.signed_in_at, user.id)
        if best is None or key < best:
            best = key
    if best is not None:
        row.offered_to, row.offered_until = best[2], now + offer


def _why_not(actor: Principal, policy: Policy, row: AuthRequest) -> PermissionDenied | None:
    """Why this authorizer may not decide this request (``rule``: own_request, same_authorizer,
    above_limit with ``limit_fen`` and ``currency``), or None."""
    if row.teller_id == actor.user_id:
        return PermissionDenied(
            "nobody authorizes their own request", permission="four_eyes", rule="own_request"
        )
    if any(d.authorizer_id == actor.user_id for d in row.decisions if d.decision == AuthzDecision.APPROVE):
        return PermissionDenied(
            "the second level needs a different authorizer", permission="four_eyes", rule="same_authorizer"
        )
    limit = policy.limit(actor.username, {r.value for r in actor.roles}, row.currency, row.business_type)
    if row.amount_fen > limit.authorize:
        return PermissionDenied(
            f"amount is above your authorization limit ({limit.authorize / 100:.2f} {row.currency})",
            permission="four_eyes",
            rule="above_limit",
            limit_fen=limit.authorize,
            currency=row.currency,
        )
    return None


@contextmanager
def _unless_duplicate(
    s: Session, teller_id: int | None, draft: Draft, request_id: int | None = None
) -> Iterator[None]:
    """Write what the block adds or changes, or refuse it if another open request of this teller is
    the same (business, account, amount) as ``draft``: the database's partial unique index
    ``ux_auth_requests_open`` decides, so two workstations sending the same request at the same
    instant open it once (the second waits for the first to commit, then is refused). The block
    runs in a savepoint, which keeps the transaction usable to name the open request."""
    try:
        with s.begin_nested():
            yield
            s.flush()
    except IntegrityError:
        duplicate = s.scalar(
            select(AuthRequest.id).where(
                AuthRequest.teller_id == teller_id,
                AuthRequest.business_type == draft.business_type,
                AuthRequest.account == draft.account,
                AuthRequest.amount_fen == draft.amount_fen,
                AuthRequest.status.in_(OPEN_REQUESTS),
                AuthRequest.id != request_id if request_id is not None else true(),
            )
        )
        if duplicate is None:  # some other constraint: not ours to explain
            raise
        raise ValidationError(
            f"request {duplicate} for the same business, account and amount is still open",
            field="duplicate",
            request_id=duplicate,
            problem="duplicate",
        ) from None


def _locked(s: Session, request_id: int) -> AuthRequest:
    row = s.scalars(select(AuthRequest).where(AuthRequest.id == request_id).with_for_update()).first()
    if row is None:
        raise NotFound(f"authorization request {request_id} not found")
    return row


def _notify(s: Session, row: AuthRequest) -> None:
    """Every transaction that changes a request ends here: the embedded watcher is notified, and the
    request's view as it now stands goes on the push stream (``RequestPush``), so the queues and the
    tellers' lists of other workstations update in place instead of reading everything again."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANNEL, "payload": f"{row.id}:{row.status}"},
        )
    s.flush()  # the new row's id and defaults, a new decision's time
    view = _list_views(s, _BY_ID, {"id": row.id})[0]  # as ``get`` reads it, masked as the lists are
    changelog.append(s, changelog.Kind.REQUEST, RequestPush(row.teller_id, listed(view)))


def _summary(row: AuthRequest) -> dict[str, object]:
    return {
        "business": row.business_type,
        "currency": row.currency,
        "amount_fen": row.amount_fen,
        "account": row.account,
        "mode": row.mode,
        "levels": row.levels_required,
        "images": [a.kind for a in row.attachments],
        "image_sha256": [a.image_sha for a in row.attachments],  # the audit log pins which images
        "image_flags": {a.kind: a.flag for a in row.attachments if a.flag},
    }


_QUEUE_ORDER = (AuthRequest.priority.desc(), AuthRequest.created_at, AuthRequest.id)  # ix_auth_requests_claim
_NEWEST_POLICY = select(func.max(AuthPolicyVersion.version))
_POLICY_OF = select(AuthPolicyVersion.policy).where(AuthPolicyVersion.version == bindparam("version"))

# The lists a queue or a teller's screen reloads on every change, read without the ORM in four
# statements built once (requests, their images, their decisions, the people's names).
_REQUESTS = AuthRequest.__table__
_NO_LIMIT = 1_000_000  # a read without a limit (the queue as a whole; a list of ids)
_QUEUE = (
    select(_REQUESTS)
    .where(_REQUESTS.c.status == bindparam("status"))
    .order_by(_REQUESTS.c.priority.desc(), _REQUESTS.c.created_at, _REQUESTS.c.id)
    .limit(bindparam("limit"))
)
_BY_ID = select(_REQUESTS).where(_REQUESTS.c.id == bindparam("id"))
_BY_IDS = select(_REQUESTS).where(_REQUESTS.c.id.in_(bindparam("ids", expanding=True)))
_MINE = (
    select(_REQUESTS)
    .where(_REQUESTS.c.teller_id == bindparam("teller"))
    .order_by(_REQUESTS.c.id.desc())
    .limit(bindparam("limit"))
)
_ATTACHMENTS_OF = (
    select(
        AuthAttachment.request_id,
        AuthAttachment.kind,
        AuthAttachment.image_sha,
        AuthAttachment.image_ext,
        AuthAttachment.flag,
    )
    .where(AuthAttachment.request_id.in_(bindparam("ids", expanding=True)))
    .order_by(AuthAttachment.id)
)
_DECISIONS_OF = (
    select(
        AuthDecision.request_id,
        AuthDecision.authorizer_id,
        AuthDecision.level,
        AuthDecision.decision,
        AuthDecision.comment,
        AuthDecision.mode,
        AuthDecision.at,
    )
    .where(AuthDecision.request_id.in_(bindparam("ids", expanding=True)))
    .order_by(AuthDecision.id)
)
_NAMES = select(User.id, User.username).where(User.id.in_(bindparam("ids", expanding=True)))


def _names(s: Session, people: set[int | None]) -> dict[int | None, str]:
    ids = sorted(uid for uid in people if uid is not None)
    if not ids:
        return {}
    return {uid: name for uid, name in s.connection().execute(_NAMES, {"ids": ids})}


def _list_views(s: Session, statement: Select[Any], params: dict[str, object]) -> list[RequestView]:
    conn = s.connection()
    rows = conn.execute(statement, params).all()
    if not rows:
        return []
    ids = [r.id for r in rows]
    images: dict[int, list[Any]] = defaultdict(list)
    for a in conn.execute(_ATTACHMENTS_OF, {"ids": ids}):
        images[a.request_id].append(a)
    decisions: dict[int, list[Any]] = defaultdict(list)
    for d in conn.execute(_DECISIONS_OF, {"ids": ids}):
        decisions[d.request_id].append(d)
    people = {uid for r in rows for uid in (r.teller_id, r.claimed_by)}
    people |= {d.authorizer_id for ds in decisions.values() for d in ds}
    names = _names(s, people)
    return [_view_of(r, images[r.id], decisions[r.id], names) for r in rows]


def _view_of(
    row: Any, images: Sequence[Any], decisions: Sequence[Any], names: dict[int | None, str]
) -> RequestView:
    """A request's view from its table row, its images, its decisions and its people's names."""
    return RequestView(
        id=row.id,
        business_type=row.business_type,
        currency=row.currency,
        amount_fen=row.amount_fen,
        account=row.account,
        customer=row.customer,
        reason=row.reason,
        branch=row.branch,
        teller=names.get(row.teller_id, "?"),
        mode=row.mode,
        levels_required=row.levels_required,
        levels_done=row.levels_done,
        status=RequestStatus(row.status),
        priority=row.priority,
        claimed_by=names.get(row.claimed_by) if row.claimed_by else None,
        lease_until=row.lease_until,
        policy_version=row.policy_version,
        submissions=row.submissions,
        created_at=row.created_at,
        updated_at=row.updated_at,
        decided_at=row.decided_at,
        attachments=tuple((a.kind, a.image_sha, a.image_ext) for a in images),
        image_flags=tuple((a.kind, a.flag) for a in images if a.flag),
        decisions=tuple(
            DecisionView(
                names.get(d.authorizer_id, "?"), d.level, AuthzDecision(d.decision), d.comment, d.mode, d.at
            )
            for d in decisions
        ),
    )


__all__ = ["CHANNEL", "LOCAL", "REMOTE", "AuthorizationService", "Draft", "RequestPush", "RequestView"]
