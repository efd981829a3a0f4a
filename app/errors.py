"""Domain errors raised by services. Pure data: the UI maps ``code`` to a translated message.

Runs on any thread.
"""

from __future__ import annotations

from typing import Any


class SuiteError(Exception):
    """Base class: ``code`` is stable (UI and CLI key on it), ``params`` fill the message."""

    code = "error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


class ValidationError(SuiteError):
    code = "invalid"


class NotFound(SuiteError):
    code = "not_found"


class PermissionDenied(SuiteError):
    code = "permission_denied"


class AuthenticationFailed(SuiteError):
    """Wrong credentials; ``params['remaining']`` attempts are left before lockout."""

    code = "bad_credentials"


class AccountLocked(SuiteError):
    code = "locked"


class PasswordChangeRequired(SuiteError):
    """The right password of an account whose password someone else gave (a demo user of a shared
    database): no session until its owner sets a new one (log in again with ``new_password``)."""

    code = "password_change_required"


class TooManyAttempts(SuiteError):
    """The suite server refuses log-ins from this address for a while after too many failed ones;
    ``params['retry_after']``: seconds to wait."""

    code = "throttled"


class CardBlacklisted(SuiteError):
    code = "blacklisted"


class DatabaseUnavailable(SuiteError):
    """The database cannot be reached; ``params['url']`` is the URL with its password masked."""

    code = "db_unavailable"


class Unreachable(SuiteError):
    """The suite server (or whatever serves the services) cannot be reached right now: the call may
    be repeated later. ``params['servers']`` lists the addresses tried; ``params['sent']`` is True if
    a call was sent but not answered (it may have taken effect). A station's movement spool keeps its
    batches and replays them when the server is back (``app.tracking.spool``)."""

    code = "unreachable"


class SchemaError(SuiteError):
    code = "schema"


class SessionEnded(SuiteError):
    """The caller's server session is unknown, expired, idled out or revoked: log in again.
    ``params['why']``: ``unknown`` | ``expired`` | ``idle`` | ``revoked`` | ``inactive`` | ``locked``."""

    code = "session_ended"


class StationInUse(SuiteError):
    """A station's service account is signed in at another machine that is still alive: one
    station's devices run in one place only. ``params['station']``, ``params['seen_s']`` (seconds
    since that machine was last heard from)."""

    code = "station_in_use"


class SpoolInUse(SuiteError):
    """Another program on this computer has this station's movement spool open: the station's
    devices already run there (the program started twice). Final: not retried.
    ``params['folder']``."""

    code = "spool_in_use"


class ServerIdentityMismatch(SuiteError):
    """The server's certificate is not the pinned one: possibly someone in the middle. Never retried
    silently; ``params['server']``, ``params['expected']``, ``params['found']``."""

    code = "server_identity"
