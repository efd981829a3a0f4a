"""Engines and units of work. Any thread; a Session never crosses threads.

``Database.write()`` is the only way to change data: on SQLite it serializes writers in this
process (single writer, ``BEGIN IMMEDIATE`` against other processes); on PostgreSQL the database
coordinates workstations with row locks. ``Database.read()`` gives a short read-only session.

On PostgreSQL a read session runs in autocommit: at READ COMMITTED every statement sees its own
snapshot inside a transaction too, so the BEGIN and ROLLBACK around a read bought nothing but two
round trips (the suite server reads its caller's session and actor on every call). A pooled
connection is checked with a ping only when it sat idle for ``PING_IDLE_S`` (a database restarted
overnight): under load a ping per checkout was another round trip per transaction, and a connection
that a restart broke while in use fails its statement, and the pool is renewed, as it would be.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DisconnectionError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.config import mask_url, normalized_url, scrub
from app.errors import DatabaseUnavailable


def _sqlite_engine(url: str, **kwargs: Any) -> Engine:
    path = make_url(url).database
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


PING_IDLE_S = 1.0  # a pooled connection idle this long is pinged before it is handed out


def _ping_when_idle(engine: Engine) -> None:
    """``pool_pre_ping`` for connections that sat idle (see the module docstring)."""

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < PING_IDLE_S:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # the pool drops it and hands out a new one
            raise DisconnectionError(f"a pooled connection did not answer: {exc}") from exc


class Database:
    """One per process and database URL; hands out sessions, one per unit of work."""

    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        connect_timeout: int = 5,
        pool_size: int = 5,
        max_overflow: int | None = None,
    ) -> None:
        """``pool_size`` connections are kept open; up to ``max_overflow`` more (default as many)
        are opened when needed and closed again on return."""
        url = normalized_url(url)  # a password with "@" in it: the driver reads what mask_url shows
        self.url = url
        self.masked_url = mask_url(url)
        try:
            parsed = make_url(url)
        except Exception as exc:
            raise DatabaseUnavailable(f"invalid database URL {self.masked_url}", url=self.masked_url) from exc
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            self.engine = _sqlite_engine(url, echo=echo)
        else:
            connect_args: dict[str, Any] = {}
            if self.dialect == "postgresql":
                connect_args["connect_timeout"] = connect_timeout
            try:
                self.engine = create_engine(
                    url,
                    echo=echo,
                    pool_pre_ping=False,  # _ping_when_idle
                    pool_size=pool_size,
                    max_overflow=pool_size if max_overflow is None else max_overflow,
                    connect_args=connect_args,
                )
            except (SQLAlchemyError, ImportError) as exc:
                raise DatabaseUnavailable(
                    f"cannot use database {self.masked_url}: {scrub(str(exc), url)}", url=self.masked_url
                ) from exc
            _ping_when_idle(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        reads = (
            self.engine
            if self.dialect != "postgresql"
            else self.engine.execution_options(isolation_level="AUTOCOMMIT")
        )
        self._reads = sessionmaker(reads, expire_on_commit=False)
        self._write_lock = threading.RLock()

    @property
    def write_lock(self) -> threading.RLock:
        """Held by this process's one writer (``write()``, schema migrations)."""
        return self._write_lock

    @property
    def psycopg_dsn(self) -> str:
        """The URL for a raw psycopg connection of its own (LISTEN, a session-level advisory lock)."""
        return make_url(self.url).set(drivername="postgresql").render_as_string(hide_password=False)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        db = make_url(self.url).database
        return Path(db) if db and db != ":memory:" else None

    def check(self) -> None:
        """Raise ``DatabaseUnavailable`` (URL masked) unless a round trip succeeds."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except (OperationalError, SQLAlchemyError, OSError) as exc:
            raise self.unavailable(exc, "cannot reach") from exc

    def unavailable(self, exc: BaseException, doing: str) -> DatabaseUnavailable:
        """The ``DatabaseUnavailable`` for a driver error (URL masked): "``doing`` database URL: why"."""
        lines = str(getattr(exc, "orig", exc)).strip().splitlines()
        reason = scrub(lines[0], self.url) if lines else type(exc).__name__
        return DatabaseUnavailable(
            f"{doing} database {self.masked_url}: {reason}", url=self.masked_url, reason=reason
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reads() as session:  # close() ends the transaction and keeps loaded values
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on any exception."""
        if self.is_sqlite:
            with self._write_lock, self._sessions() as session:
                session.connection(execution_options={"sqlite_immediate": True})
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        else:
            with self._sessions() as session, session.begin():
                yield session

    def dispose(self) -> None:
        self.engine.dispose()
