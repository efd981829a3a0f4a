"""Workstation sessions of the suite server. Any thread (the server's worker threads).

A log-in (password, or card + PIN) opens a session: a random 256-bit token handed to the
workstation once; the database keeps only its SHA-256, so a copy of the sessions table opens
nothing. A session is bound to the user and the station it was opened from, ends after
``lifetime`` or ``idle`` without a call, and is revoked by log-out and by the operations that make it
void (a password reset or changed elsewhere, the account disabled or locked, its roles changed, a
card blacklisted: ``app.services.revocation``); every call re-reads the user as well (``resolve``).
The last-seen time is written at most every ``touch_every``, so a busy workstation does not write
on every call.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, bindparam, func, select, update
from sqlalchemy.orm import Session

from app import security
from app.clock import utcnow
from app.db.engine import Database
from app.db.models import Card, User, UserSession
from app.errors import SessionEnded, StationInUse, ValidationError
from app.rbac import Principal
from app.services.guard import deny, principal_of, read_user, user_query
from app.services.identity import IdentityService
from app.services.revocation import end_sessions

_BY_TOKEN = user_query(
    UserSession.id,
    UserSession.station,
    UserSession.last_seen_at,
    UserSession.revoked_at,
    UserSession.expires_at,
).where((UserSession.user_id == User.id) & (UserSession.token_hash == bindparam("token_hash")))

IDLE = timedelta(minutes=60)
LIFETIME = timedelta(hours=12)
TOUCH_EVERY = timedelta(seconds=30)
# A station's service account whose session was heard from this recently is running somewhere: a
# second machine signing in as the same station is refused (its readers would run twice). A station
# reports its reader health every 30 s, so a crashed one frees its station after this long.
STATION_ALIVE = timedelta(seconds=90)
MAX_STATION = 64


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


@dataclass(frozen=True)
class OpenedSession:
    token: str  # shown to the workstation once, never stored
    session_id: int
    principal: Principal
    station: str
    expires_at: datetime


@dataclass(frozen=True)
class SessionInfo:
    session_id: int
    principal: Principal
    station: str


def _station(station: str) -> str:
    station = station.strip()
    if not station or len(station) > MAX_STATION or not station.isprintable():
        raise ValidationError(
            "a station code of 1-64 characters is required", field="station", problem="format"
        )
    return station


class SessionService:
    def __init__(
        self,
        db: Database,
        identity: IdentityService,
        *,
        idle: timedelta = IDLE,
        lifetime: timedelta = LIFETIME,
        touch_every: timedelta = TOUCH_EVERY,
    ) -> None:
        self.db = db
        self.identity = identity
        self.idle = idle
        self.lifetime = lifetime
        self.touch_every = touch_every
        security.dummy_hash()  # made now: the first unknown name is then refused as fast as the rest

    def open_with_password(
        self, username: str, password: str, station: str, machine: str = "", new_password: str = ""
    ) -> OpenedSession:
        """A log-in from the network: its refusals do not tell whether the name exists (``public``).
        ``new_password``: set first (a password change due: ``PasswordChangeRequired``)."""
        station = _station(station)
        self._refuse_foreign_station(User.username == username.strip(), station)
        principal = self.identity.authenticate(
            username, password, workstation=station, public=True, new_password=new_password
        )
        return self._open(principal, station, "password", machine)

    def open_with_card(self, card_uid: str, pin: str, station: str, machine: str = "") -> OpenedSession:
        station = _station(station)
        holder = select(Card.holder_id).where(Card.card_uid == card_uid.strip().upper()).scalar_subquery()
        self._refuse_foreign_station(User.id == holder, station)
        principal = self.identity.verify_card_pin(card_uid, pin, context=f"log-in at {station}", public=True)
        return self._open(principal, station, "card", machine)

    def _refuse_foreign_station(self, who: ColumnElement[bool], station: str) -> None:
        """A station's service account signing in at another station is refused (audited) before its
        password or PIN is checked: nothing records a log-in it then does not get."""
        with self.db.read() as s:
            user = s.scalar(select(User).where(who))
            if user is None or user.station is None or user.station == station.upper():
                return
            bound, principal = user.station, principal_of(user)
        deny(
            self.db,
            principal,
            "station",
            f"sign in as station {station}",
            f"this service account signs in as station {bound} only",
        )

    def _open(self, principal: Principal, station: str, method: str, machine: str) -> OpenedSession:
        """``machine``: the workstation program's own random id (``app.client.station``). A
        station's service account (``users.station``) opens a session at its station only, and its
        station runs in one program at a time, whichever account bound to it signs in: a session of
        the station heard from within ``STATION_ALIVE`` in another program refuses the log-in
        (``StationInUse``); the station's other sessions end when one is opened (the same program
        signing in again, or a program taking over from one gone silent, which then meets
        ``StationInUse`` if it comes back). Checked and opened in one write transaction that holds
        the station's accounts (``FOR UPDATE``; SQLite has one writer), so two programs signing in
        at once cannot both get the station."""
        assert principal.user_id is not None
        token = secrets.token_urlsafe(32)
        with self.db.read() as s:
            bound = s.scalar(select(User.station).where(User.id == principal.user_id))
        if bound is not None and bound != station.upper():  # a station's account is that station only
            deny(
                self.db,
                principal,
                "station",
                f"sign in as station {station}",
                f"this service account signs in as station {bound} only",
            )
        with self.db.write() as s:
            now = utcnow()
            if bound is not None:
                self._take_station(s, bound, machine, now)
            row = UserSession(
                token_hash=token_hash(token),
                user_id=principal.user_id,
                station=station,
                method=method,
                machine=machine[:64],
                created_at=now,
                last_seen_at=now,
                expires_at=now + self.lifetime,
                revoked_why="",
            )
            s.add(row)
            s.flush()
            session_id, expires = row.id, row.expires_at
        return OpenedSession(token, session_id, principal, station, expires)

    @staticmethod
    def _take_station(s: Session, station: str, machine: str, now: datetime) -> None:
        """In the opening transaction: refuse if ``station`` runs in another live program, else end
        the station's other sessions."""
        accounts = s.scalars(select(User.id).where(User.station == station).with_for_update()).all()
        open_sessions = (
            UserSession.user_id.in_(accounts),
            UserSession.revoked_at.is_(None),
            UserSession.expires_at > now,
        )
        alive = s.scalar(
            select(func.max(UserSession.last_seen_at)).where(
                *open_sessions, UserSession.machine != machine, UserSession.last_seen_at > now - STATION_ALIVE
            )
        )
        if alive is not None:
            seen = max(0, int((now - alive).total_seconds()))
            raise StationInUse(
                f"station {station} is running elsewhere (heard from {seen} s ago)",
                station=station,
                seen_s=seen,
            )
        s.execute(update(UserSession).where(*open_sessions).values(revoked_at=now, revoked_why="replaced"))

    def resolve(self, token: str) -> SessionInfo:
        """The session's user as the database says now; raises ``SessionEnded``."""
        now = utcnow()
        with self.db.read() as s:  # one statement: every call to the server resolves its token
            found = read_user(s, _BY_TOKEN, {"token_hash": token_hash(token)})
        if found is None:
            raise SessionEnded("not signed in", why="unknown")
        state, (session_id, station, last_seen, revoked_at, expires_at) = found
        why = self._ended(revoked_at, expires_at, last_seen, now)
        if why is None and not state.active:
            why = "inactive"
        if why is None and state.locked_at is not None:
            why = "locked"
        if why is not None:
            if why in ("inactive", "locked"):
                self._revoke(session_id, why)
            raise SessionEnded(f"session ended: {why}", why=why)
        if now - last_seen >= self.touch_every:
            with self.db.write() as s:
                s.execute(update(UserSession).where(UserSession.id == session_id).values(last_seen_at=now))
        return SessionInfo(session_id, state.principal, station)

    def _ended(
        self, revoked_at: datetime | None, expires_at: datetime, last_seen: datetime, now: datetime
    ) -> str | None:
        if revoked_at is not None:
            return "revoked"
        if now >= expires_at:
            return "expired"
        if now - last_seen >= self.idle:
            return "idle"
        return None

    def close(self, token: str, why: str = "log-out") -> None:
        """Log out: the session is revoked and the log-out audited. An ended session closes quietly."""
        try:
            info = self.resolve(token)
        except SessionEnded:
            return
        self._revoke(info.session_id, "log-out")
        self.identity.logout(info.principal, why)

    def _revoke(self, session_id: int, why: str) -> None:
        with self.db.write() as s:
            s.execute(
                update(UserSession)
                .where(UserSession.id == session_id, UserSession.revoked_at.is_(None))
                .values(revoked_at=utcnow(), revoked_why=why[:64])
            )

    def revoke_user(self, user_id: int, why: str) -> int:
        """End every open session of a user (``app.services.revocation``: the identity service does
        so itself when a password, an account's state, its roles or a card make them void)."""
        with self.db.write() as s:
            return end_sessions(s, user_id, why)
