"""Who sees which change on the push stream. Pure, any thread (the suite server's event loop asks
for every row and every subscriber; a row's decoding is cached, so it is read once per process).

A workstation receives a row of the change log only if its signed-in user may see what the row is
about, by the same permissions the services check before they let that user read it:

- a ``Change`` by its ``target_type`` (``AUDIENCES``): users and cards for user administration;
  authorization requests for authorizers, auditors and statistics readers, and each request for its
  own teller (``detail['teller_id']``); the rules for whoever reads them; captured vouchers and
  templates for who views them; zones, readers and registers for the administrators, the map and the
  stations' tracking runtimes; alarms for whoever may view them, and the alarm rules also for their
  administrators. Every change is audited and the audit log shows every entry, so
  ``AUDIT_READ`` sees every change. A target without an audience is the auditors' only (fail closed);
- zones, readers and registers also reach everyone else signed in as a *summary*: the action and
  the target type, without ids or detail. The overview, which every user has, refreshes its counts
  on them; it shows no personal data and needs none;
- tracking batches (who is where) for ``MAP_VIEW``; a request's view after a change (``Kind.REQUEST``)
  for those who may read any request (``REQUEST_READERS``) and for the request's own teller, i.e.
  exactly who may read it with ``authorization.get`` (statistics readers get the change, not the
  view); any other kind for nobody until it is given an audience here.

The docks of a window exist only for users holding their permission (``widgets.docks.DockSpec``), so
each dock still gets every change it refreshes on. A ``Change`` carries no secrets (its ``detail`` is
ids and statuses; passwords, PINs and their hashes are never in it), and the audit entry's before and
after values stay in the audit log, for its readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import msgspec

from app.changelog import Kind
from app.operations import Action, Change, Target
from app.rbac import Permission, Principal
from app.services.alarms import VIEWERS as ALARM_VIEWERS
from app.services.authorization import POLICY_READERS, REQUEST_READERS, SESSION_READERS
from app.services.capture import TEMPLATE_READERS, VIEWERS

P = Permission


@dataclass(frozen=True)
class Audience:
    """Who receives a change of one target type (besides ``AUDIT_READ``, who receives them all)."""

    readers: frozenset[Permission]  # any of these: the change whole
    owner: tuple[Permission, str] | None = None  # (permission, detail key): whole, if it names them
    summary: bool = False  # everyone else signed in: action and target type only


_MAPPING = frozenset({P.REGISTER_ADMIN, P.MAP_VIEW, P.TRACKING_INGEST})
_USERS = frozenset({P.USER_ADMIN})
AUDIENCES: dict[Target, Audience] = {
    Target.USER: Audience(_USERS),
    Target.CARD: Audience(_USERS),
    Target.USER_PROPOSAL: Audience(_USERS),  # four eyes: the other administrators' proposals list
    Target.ROLE_CONFLICTS: Audience(_USERS),
    Target.PERMISSION: Audience(frozenset()),
    Target.AUDIT_LOG: Audience(frozenset({P.AUDIT_VERIFY})),
    Target.DATABASE: Audience(frozenset()),
    Target.AUTH_POLICY: Audience(POLICY_READERS),
    Target.AUTH_REQUEST: Audience(REQUEST_READERS | {P.STATS_READ}, owner=(P.AUTH_REQUEST, "teller_id")),
    Target.AUTH_REQUESTS: Audience(REQUEST_READERS | {P.STATS_READ}),
    Target.AUTHORIZER: Audience(SESSION_READERS),
    Target.CAPTURE_BATCH: Audience(VIEWERS),
    Target.CAPTURED_PAGE: Audience(VIEWERS),
    Target.VOUCHER_TEMPLATE: Audience(TEMPLATE_READERS),
    Target.ZONE: Audience(_MAPPING, summary=True),
    Target.READER: Audience(_MAPPING, summary=True),
    Target.PERSON: Audience(_MAPPING, summary=True),
    Target.ASSET: Audience(_MAPPING, summary=True),
    Target.CASHBOX: Audience(_MAPPING, summary=True),
    Target.ARCHIVE: Audience(_MAPPING, summary=True),
    Target.VIP: Audience(_MAPPING, summary=True),
    Target.ALARM: Audience(ALARM_VIEWERS),
    Target.ALARM_RULES: Audience(ALARM_VIEWERS | {P.ALARM_ADMIN}),  # the queue shows the rules' guidance
}
# rows of other kinds: their readers, and an owner named at the top of the payload
KIND_AUDIENCES: dict[Kind, Audience] = {
    Kind.TRACKING: Audience(frozenset({P.MAP_VIEW})),
    Kind.REQUEST: Audience(REQUEST_READERS, owner=(P.AUTH_REQUEST, "teller_id")),
}
_KIND_READERS = {
    str(k.value): (frozenset(str(p.value) for p in a.readers), a.owner) for k, a in KIND_AUDIENCES.items()
}
_FALLBACK = Audience(frozenset())


class _Head(msgspec.Struct):
    """What the decision needs of a ``Change`` (the rest of the payload is passed on untouched)."""

    action: Action
    target_type: Target
    target_ids: list[str] = []
    detail: dict[str, Any] = {}


@dataclass(frozen=True)
class _Row:
    readers: frozenset[str]  # the audience's readers, as plain strings
    owner_permission: str  # and its owner's ("" if none)
    owner_id: int | None  # the user the change names under the audience's owner key
    user_ids: frozenset[int]  # the users whose account or card the change is about
    summary: bytes | None  # the payload without ids and detail, for everyone else (None: nothing)


_decoder = msgspec.json.Decoder(_Head)
_encoder = msgspec.json.Encoder()


def _int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


@lru_cache(maxsize=4096)
def _row(payload: bytes) -> _Row | None:
    try:
        head = _decoder.decode(payload)
    except (msgspec.DecodeError, msgspec.ValidationError):  # unreadable, or an action or target unknown here
        return None
    audience = AUDIENCES.get(head.target_type, _FALLBACK)
    owner_id = _int(head.detail.get(audience.owner[1])) if audience.owner is not None else None
    users: set[int] = set()
    if head.target_type == Target.USER:
        users.update(i for i in map(_int, head.target_ids) if i is not None)
    elif head.target_type == Target.CARD and (holder := _int(head.detail.get("user_id"))) is not None:
        users.add(holder)
    summary = None
    if audience.summary:
        summary = _encoder.encode(Change(head.action, head.target_type, (), None, {}))
    owner = str(audience.owner[0].value) if audience.owner is not None else ""
    readers = frozenset(str(p.value) for p in audience.readers)
    return _Row(readers, owner, owner_id, frozenset(users), summary)


@lru_cache(maxsize=4096)
def _owner(payload: bytes, key: str) -> int | None:
    """The user a row of another kind names under ``key`` at the top of its payload."""
    try:
        top = _top_decoder.decode(payload)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    return _int(top.get(key))


_top_decoder = msgspec.json.Decoder(dict[str, Any])


@dataclass(frozen=True)
class Viewer:
    """A subscriber as the decision needs it (made once per session, and again when it is re-read):
    its permissions as plain strings, which hash in C (an enum member's hash is Python code, and this
    runs for every row and every subscriber on the server's event loop)."""

    user_id: int | None
    permissions: frozenset[str]
    everything: bool  # reads the audit log: every change

    @classmethod
    def of(cls, principal: Principal) -> Viewer:
        perms = principal.permissions
        return cls(principal.user_id, frozenset(str(p.value) for p in perms), P.AUDIT_READ in perms)


def view_of(viewer: Viewer, kind: Kind, payload: bytes) -> bytes | None:
    """The row's payload as this subscriber may receive it: whole, as a summary, or None."""
    if kind != Kind.CHANGE:
        audience = _KIND_READERS.get(str(kind))
        if audience is None:
            return None
        readers, owner = audience
        if not readers.isdisjoint(viewer.permissions):
            return payload
        if owner is not None and str(owner[0].value) in viewer.permissions and viewer.user_id is not None:
            return payload if _owner(payload, owner[1]) == viewer.user_id else None
        return None
    if viewer.everything:
        return payload
    row = _row(payload)
    if row is None:
        return None
    if not row.readers.isdisjoint(viewer.permissions):
        return payload
    mine = row.owner_id is not None and row.owner_id == viewer.user_id
    if mine and row.owner_permission in viewer.permissions:
        return payload
    return row.summary


def names_user(kind: Kind, payload: bytes, user_id: int | None) -> bool:
    """Whether the row is a change to this user's account or one of their cards (their session may
    have just been ended: the push stream checks it at once)."""
    if kind != Kind.CHANGE or user_id is None:
        return False
    row = _row(payload)
    return row is not None and user_id in row.user_ids
