"""One per server process: follows the published change log and hands each new row to every
connected workstation's push stream. The follower is an ``app.db.listen.Listener`` thread (woken by
the publisher's notification or poke); subscribers live on the server's event loop and receive
batches through one ``loop.call_soon_threadsafe`` per loop and batch. A batch with no row a
subscriber would send or look at (``accepts``: a teller's stream and the stations' tracking rows)
does not wake it. A subscriber that falls ``MAX_BACKLOG`` batches behind is dropped (its socket
closes, the workstation reconnects and resumes from its last position, so it misses nothing).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import defaultdict
from collections.abc import Callable

from app import changelog
from app.changelog import Published
from app.db.engine import Database
from app.db.listen import Listener

log = logging.getLogger(__name__)
MAX_BACKLOG = 256


class Subscriber:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.queue: asyncio.Queue[list[Published] | None] = asyncio.Queue()
        self.dropped = False
        # the rows the stream would send or look at (None: all); set on the loop by the stream
        self.accepts: Callable[[Published], bool] | None = None

    def _offer(self, batch: list[Published]) -> None:  # on the loop
        if self.dropped:
            return
        accepts = self.accepts
        if accepts is not None and not any(accepts(r) for r in batch):
            return  # nothing in it for this stream: its position moves on with its next batch
        if self.queue.qsize() >= MAX_BACKLOG:
            self.dropped = True
            self.queue.put_nowait(None)  # the stream ends; the workstation resumes
            return
        self.queue.put_nowait(batch)


class Fanout:
    def __init__(self, db: Database, *, poll_s: float = 1.0) -> None:
        self.db = db
        self.last = changelog.last_seq(db)
        self._subscribers: set[Subscriber] = set()
        self._lock = threading.Lock()
        self.listener = Listener(
            db, changelog.CHANNEL_PUBLISHED, self._follow, poll_s=poll_s, name="push-fanout"
        )

    def start(self) -> None:
        self.listener.start()

    def stop(self, timeout: float = 3.0) -> bool:
        return self.listener.stop(timeout)

    def poke(self) -> None:
        self.listener.poke()

    def subscribe(self, loop: asyncio.AbstractEventLoop) -> tuple[Subscriber, int]:
        """A new subscriber and the position it is live from: rows up to it come from the log."""
        sub = Subscriber(loop)
        with self._lock:
            self._subscribers.add(sub)
            return sub, self.last

    def unsubscribe(self, sub: Subscriber) -> None:
        with self._lock:
            self._subscribers.discard(sub)

    def _follow(self) -> None:  # the listener thread
        while True:
            batch = changelog.read_since(self.db, self.last)
            if not batch:
                return
            with self._lock:
                self.last = batch[-1].seq
                subscribers = list(self._subscribers)
            log.debug("fanout: %d rows up to %d to %d subscribers", len(batch), self.last, len(subscribers))
            by_loop: dict[asyncio.AbstractEventLoop, list[Subscriber]] = defaultdict(list)
            for sub in subscribers:
                by_loop[sub.loop].append(sub)
            for loop, subs in by_loop.items():
                try:
                    loop.call_soon_threadsafe(_offer_all, subs, batch)
                except RuntimeError:  # its loop has closed
                    for sub in subs:
                        self.unsubscribe(sub)
            if len(batch) < 500:
                return


def _offer_all(subscribers: list[Subscriber], batch: list[Published]) -> None:  # on their loop
    for sub in subscribers:
        sub._offer(batch)
