"""The fan-out hands each batch to every stream of a loop in one hand-off, and a batch with nothing a
stream would send or look at does not wake it (a teller's stream and the stations' tracking rows)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from app.changelog import Kind, Published
from app.server.fanout import Subscriber, _offer_all


def row(seq: int, kind: Kind) -> Published:
    return Published(seq, kind, "s1", datetime(2026, 12, 2, tzinfo=UTC), b"{}")


def test_a_stream_is_woken_only_by_batches_with_something_for_it() -> None:
    async def run() -> tuple[int, int, int]:
        loop = asyncio.get_running_loop()
        map_viewer, teller, fresh = Subscriber(loop), Subscriber(loop), Subscriber(loop)
        map_viewer.accepts = lambda r: r.kind == Kind.TRACKING
        teller.accepts = lambda r: r.kind == Kind.REQUEST
        _offer_all([map_viewer, teller, fresh], [row(1, Kind.TRACKING), row(2, Kind.TRACKING)])
        _offer_all([map_viewer, teller, fresh], [row(3, Kind.REQUEST)])
        return map_viewer.queue.qsize(), teller.queue.qsize(), fresh.queue.qsize()

    # a stream that has not gone live yet (no ``accepts``) queues everything
    assert asyncio.run(run()) == (1, 1, 2)
