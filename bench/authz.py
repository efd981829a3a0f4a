"""Remote authorization benchmark on PostgreSQL, with real separate processes.

Tellers and authorizers are separate ``spawn`` processes, each with its own ``Database`` (pool), its
own log-in (``IdentityService.authenticate``) and its own ``RequestWatcher`` (LISTEN/NOTIFY on
``auth_requests`` plus a 2 s poll), against a fresh schema in a real PostgreSQL database, created
and dropped by the script. All processes run on this machine, so their ``time.time()`` is comparable.

1. submit -> visible in an authorizer's queue: teller processes submit CASH_WD requests (a share of
   them above 1,000,000 yuan, so two levels) at a steady total rate (default 200 requests/minute
   for 60 s); the submitter records ``time.time()`` right after ``submit()`` returns (committed).
   Every authorizer's watcher callback reads the rows it is told about (the ids of a notification;
   every request on a poll) and records, per request, the wall time it first had the row; latency =
   that time - the submit's commit time, over every (authorizer, request) pair. Also how many pairs
   were first seen through a notification and how many only through the poll.
2. decision -> visible to the teller: authorizers ``claim_next`` and approve at once; the final
   decision's commit time (after ``decide()`` returns) against the time the submitting teller's own
   watcher first read the request in its final status.
3. claims: every authorizer process (default 20) calls ``claim_next`` whenever its watcher shows a
   pending request, so they all race for each request. Afterwards the database is checked: the
   audited ``authz.claim`` / decision entries of each request (in audit order) must never show a
   second claim while one is open, the decision must be the claimer's, and ``auth_decisions`` must
   hold exactly one row per request and level for every level required. Claim throughput is
   measured on a backlog (default 300 requests submitted while the authorizers are held back, then
   released at once) as claims per second until the queue is empty.

Diagnostics (for a miss): ``pg_stat_activity`` of the benchmark's connections is sampled every
100 ms (active backends, and those waiting on a lock), and the machine's CPU busy share per phase
(from /proc/stat). Audited writes no longer serialize on one head row: each operation inserts its
audit entry unchained, and the audit sequencer (``app.audit_sequencer``) chains them afterwards;
this benchmark does not run one (bench/audit_throughput.py measures the audit path itself).
A watcher's callback gets a notification as soon as it arrives (``notifies(stop_after=1)``, then
whatever else has already come), so both visibility latencies are one small query after the commit.
bench/queue_table.py measures the whole way to the authorizer's table, GUI thread included.

    python bench/authz.py [--db URL] [--authorizers 20] [--tellers 4] [--rate 200] [--seconds 60]
                          [--backlog 300] [--two-level 0.2]

``--claim-depths 10000,100000,1000000`` runs only this: for each number of pending requests (bulk
inserted into a fresh schema), the time of ``--claims`` ``claim_next`` calls and the plans
(EXPLAIN ANALYZE, on stderr) of its candidate reads as sent; with ``--queue-upto N`` also the
whole-queue read (``queue()``) where at most N wait.

``--db`` names a PostgreSQL database (default postgresql+psycopg://postgres@127.0.0.1:5432/bench);
the schema ``authz_bench_<random>`` is created in it and dropped at the end. Key derivation is
lowered to ``security.LOG2_N = 10`` in every process (benchmark only). Prints ``figure: value unit``
lines on stdout; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import random
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cv2
import numpy as np
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from app import security
from app.authz_watch import RequestWatcher
from app.blobs import BlobStore
from app.db.bootstrap import open_database
from app.db.engine import Database
from app.db.models import AuditEntry, AuthDecision, AuthRequest
from app.rbac import Role, system_principal
from app.services.authorization import REMOTE, AuthorizationService, Draft
from app.services.blobs import BlobService
from app.services.identity import IdentityService
from imaging.loader import check_image

DEFAULT_DB = os.environ.get("BANKSUITE_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
APP_NAME = "authz-bench"
PW = "Str0ng!pass"
# the request's images: real (the image service stores only what the loader reads), uploaded once
# to a store every process of the bench shares (a request names only images the server holds)
IMAGE_STORE = Path(tempfile.gettempdir()) / "authz-bench-images"


def _jpeg(shade: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", np.full((60, 90, 3), shade, np.uint8))
    assert ok
    return bytes(buf)


IMAGE_BYTES = {"id_card": _jpeg(200), "voucher": _jpeg(120)}
IMAGES = tuple((k, hashlib.sha256(v).hexdigest(), "jpg") for k, v in IMAGE_BYTES.items())
FINAL = ("approved", "rejected", "returned", "cancelled")
DECISION_ACTIONS = ("authz.approve", "authz.reject", "authz.return")
FREEING_ACTIONS = (*DECISION_ACTIONS, "authz.release", "authz.lease_expired")


def log(msg: str) -> None:
    print(f"[authz] {msg}", file=sys.stderr, flush=True)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(q / 100 * len(s) + 0.5) - 1))
    return s[k]


def draft_for(rng: random.Random, account: str, two_level: bool) -> Draft:
    # above 50,000 yuan needs authorization; above 200,000 only remote; above 1,000,000 two levels;
    # a teller inputs up to 5,000,000 and a supervisor authorizes up to 10,000,000
    yuan = rng.uniform(1_000_001, 4_000_000) if two_level else rng.uniform(50_001, 999_000)
    return Draft(
        "CASH_WD",
        "CNY",
        round(yuan * 100),
        account,
        "张三",
        "大额取现",
        "BR01",
        mode=REMOTE,
        attachments=IMAGES,
    )


def _authz(db: Database) -> AuthorizationService:
    return AuthorizationService(db, blobs=BlobService(db, BlobStore(IMAGE_STORE), check_image))


def _upload_images(db: Database) -> None:
    blobs = BlobService(db, BlobStore(IMAGE_STORE), check_image)
    for (_kind, sha, ext), data in zip(IMAGES, IMAGE_BYTES.values(), strict=True):
        blobs.put(system_principal("bench"), data, ext, sha)


def _watch(db: Database, callback: Any) -> RequestWatcher:
    watcher = RequestWatcher(db, callback, poll_s=2.0, listen=True)
    watcher.start()
    deadline = time.monotonic() + 60
    while not watcher.online and time.monotonic() < deadline:
        time.sleep(0.02)
    if not watcher.online:
        raise RuntimeError(f"watcher did not come online: {watcher.detail}")
    return watcher


def cpu_busy() -> tuple[float, float]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    with open("/proc/stat") as f:
        fields = [float(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


# -- teller process ---------------------------------------------------------------------------------
def teller_main(
    url: str,
    name: str,
    idx: int,
    n_tellers: int,
    total: int,
    rate_per_s: float,
    two_level: float,
    ready: Any,
    go: Any,
    start_at: Any,
    out: Any,
) -> None:
    security.LOG2_N = 10
    db = Database(url)
    identity, authz = IdentityService(db), _authz(db)
    me = identity.authenticate(name, PW, workstation=name)
    final_seen: dict[int, tuple[float, str, str]] = {}  # request -> (wall time, source, status)

    def look(source: str, ids: tuple[int, ...]) -> None:
        q = select(AuthRequest.id, AuthRequest.status).where(
            AuthRequest.teller_id == me.user_id, AuthRequest.status.in_(FINAL)
        )
        if ids:
            q = q.where(AuthRequest.id.in_(ids))
        with db.read() as s:
            rows = s.execute(q).all()
        t = time.time()
        for rid, status in rows:
            final_seen.setdefault(rid, (t, source, status))

    watcher = _watch(db, look)
    ready.put(name)
    go.wait()
    t0 = start_at.value
    rng = random.Random(1000 + idx)
    submitted: dict[int, float] = {}
    errors = 0
    k = idx
    while k < total:
        due = t0 + k / rate_per_s
        ahead = due - time.time()
        if ahead > 0:
            time.sleep(ahead)
        d = draft_for(rng, f"62220202{idx:03d}{k:08d}", rng.random() < two_level)
        try:
            change = authz.submit(me, d)
        except Exception as exc:  # keep going; counted
            errors += 1
            log(f"{name}: submit failed: {exc}")
        else:
            submitted[int(change.target_ids[0])] = time.time()  # committed
        k += n_tellers
    deadline = time.time() + 60
    while time.time() < deadline and any(rid not in final_seen for rid in submitted):
        time.sleep(0.1)
    watcher.stop()
    out.put(
        (
            "teller",
            name,
            {
                "submitted": submitted,
                "final_seen": dict(final_seen),
                "errors": errors,
                "notifications": watcher.notifications,
                "polls": watcher.polls,
            },
        )
    )
    db.dispose()


# -- authorizer process -----------------------------------------------------------------------------
def authorizer_main(url: str, name: str, ready: Any, claim_on: Any, stop: Any, out: Any) -> None:
    security.LOG2_N = 10
    db = Database(url)
    identity, authz = IdentityService(db), _authz(db)
    me = identity.authenticate(name, PW, workstation=name)
    seen: dict[int, tuple[float, float, str]] = {}  # request -> (callback time, row read time, source)
    notified: dict[int, float] = {}  # request -> first notification naming it (callback time)
    pending: set[int] = set()
    wake = threading.Event()

    def look(source: str, ids: tuple[int, ...]) -> None:
        t_cb = time.time()
        for rid in ids:
            notified.setdefault(rid, t_cb)
        q = select(AuthRequest.id, AuthRequest.status)
        if ids:
            q = q.where(AuthRequest.id.in_(ids))
        with db.read() as s:
            rows = s.execute(q).all()
        t = time.time()
        if not ids:
            pending.clear()
        for rid, status in rows:
            if rid not in seen:
                seen[rid] = (t_cb, t, source)
            if status == "pending":
                pending.add(rid)
            else:
                pending.discard(rid)
        if pending:
            wake.set()

    watcher = _watch(db, look)
    ready.put(name)
    claims: list[tuple[int, float, float, float, str]] = []  # rid, asked, claimed, decided, status after
    empty: list[float] = []  # when claim_next found nothing
    errors = 0
    while not stop.is_set():
        if not claim_on.wait(0.2):
            continue
        wake.clear()
        t_ask = time.time()
        try:
            change = authz.claim_next(me)
        except Exception as exc:
            errors += 1
            log(f"{name}: claim_next failed: {exc}")
            continue
        t_claimed = time.time()
        if change is None:
            empty.append(t_claimed)
            wake.wait(2.0)  # until the watcher shows a pending request (or look anyway)
            continue
        rid = int(change.target_ids[0])
        try:
            decided = authz.decide(me, rid, "approve", "")
        except Exception as exc:
            errors += 1
            log(f"{name}: decide {rid} failed: {exc}")
            continue
        claims.append((rid, t_ask, t_claimed, time.time(), str(decided.detail.get("status"))))
    watcher.stop()
    out.put(
        (
            "authorizer",
            name,
            {
                "seen": dict(seen),
                "notified": dict(notified),
                "claims": claims,
                "empty": empty,
                "errors": errors,
                "cpu_s": sum(os.times()[:2]),
                "notifications": watcher.notifications,
                "polls": watcher.polls,
            },
        )
    )
    db.dispose()


# -- lock sampler (main process) --------------------------------------------------------------------
class LockSampler(threading.Thread):
    """Every ``period`` s: the benchmark's active backends and those waiting on a lock."""

    SQL = text(
        "SELECT pid, state, coalesce(wait_event_type, ''), coalesce(wait_event, ''), left(query, 80),"
        " CASE WHEN wait_event_type = 'Lock' THEN pg_blocking_pids(pid) ELSE '{}'::int[] END"
        " FROM pg_stat_activity WHERE application_name = :app AND pid <> pg_backend_pid()"
    )

    def __init__(self, admin_url: str, period: float) -> None:
        super().__init__(name="lock-sampler", daemon=True)
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", pool_size=1)
        self.period = period
        self.stopping = threading.Event()
        self.samples: list[tuple[str, int, int]] = []  # phase, active, lock waits
        self.phase = "setup"

    def run(self) -> None:
        with self.engine.connect() as conn:
            while not self.stopping.wait(self.period):
                rows = conn.execute(self.SQL, {"app": APP_NAME}).all()
                lock = [r for r in rows if r[2] == "Lock"]
                self.samples.append((self.phase, sum(1 for r in rows if r[1] == "active"), len(lock)))
        self.engine.dispose()

    def summary(self, phase: str) -> tuple[float, float, int]:
        rows = [r for r in self.samples if r[0] == phase]
        if not rows:
            return 0.0, 0.0, 0
        n = len(rows)
        return sum(r[1] for r in rows) / n, sum(r[2] for r in rows) / n, max(r[2] for r in rows)


# -- verification -----------------------------------------------------------------------------------
def verify(db: Database) -> dict[str, int]:
    """From the database: double claims, decisions per level, decisions by someone else."""
    with db.read() as s:
        requests = {
            r.id: (r.status, r.levels_required)
            for r in s.execute(select(AuthRequest.id, AuthRequest.status, AuthRequest.levels_required))
        }
        decisions: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for rid, level, who in s.execute(
            select(AuthDecision.request_id, AuthDecision.level, AuthDecision.authorizer_id)
        ):
            decisions[rid].append((level, who))
        entries = s.execute(
            select(AuditEntry.action, AuditEntry.target_id, AuditEntry.actor_id)
            .where(AuditEntry.target_type == "auth_request")
            .order_by(AuditEntry.id)  # per request, ids follow the request's row lock
        ).all()
    holder: dict[int, int | None] = {}
    double, foreign, claims = 0, 0, 0
    for action, target, actor in entries:
        rid = int(target)
        if action == "authz.claim":
            claims += 1
            if holder.get(rid) is not None:
                double += 1
            holder[rid] = actor
        elif action in FREEING_ACTIONS:
            if action in DECISION_ACTIONS and holder.get(rid) != actor:
                foreign += 1
            holder[rid] = None
    decided_once, dup_levels, missing_levels, same_authorizer = 0, 0, 0, 0
    for rid, (status, levels) in requests.items():
        per_level: dict[int, int] = defaultdict(int)
        for level, _who in decisions[rid]:
            per_level[level] += 1
        dup_levels += sum(1 for c in per_level.values() if c > 1)
        missing_levels += sum(1 for lv in range(1, levels + 1) if per_level.get(lv, 0) == 0)
        if len({who for _lv, who in decisions[rid]}) < len(decisions[rid]):
            same_authorizer += 1
        if (
            status == "approved"
            and sorted(per_level) == list(range(1, levels + 1))
            and all(c == 1 for c in per_level.values())
        ):
            decided_once += 1
    return {
        "requests": len(requests),
        "decided_once": decided_once,
        "double_claims": double,
        "foreign_decisions": foreign,
        "duplicate_levels": dup_levels,
        "missing_levels": missing_levels,
        "same_authorizer_twice": same_authorizer,
        "claims": claims,
        "changes": len(entries),
        "open": sum(1 for st, _lv in requests.values() if st not in FINAL),
    }


def overlapping_claims(claims: list[tuple[str, int, float, float]]) -> int:
    """Client-side check: the same request held by two authorizers at overlapping times."""
    per: dict[int, list[tuple[float, float, str]]] = defaultdict(list)
    for who, rid, claimed, decided in claims:
        per[rid].append((claimed, decided, who))
    bad = 0
    for spans in per.values():
        spans.sort()
        for (_c1, d1, w1), (c2, _d2, w2) in pairwise(spans):
            if c2 < d1 and w1 != w2:
                bad += 1
    return bad


def open_count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).where(AuthRequest.status.in_(("pending", "claimed")))) or 0)


# -- main -------------------------------------------------------------------------------------------
def _fresh_schema(base: Any, admin: Any) -> tuple[str, str]:
    schema = f"authz_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = base.update_query_dict(
        {"options": f"-csearch_path={schema}", "application_name": APP_NAME}
    ).render_as_string(hide_password=False)
    return schema, url


def _fill_pending(db: Database, teller_id: int, n: int) -> None:
    """``n`` pending remote requests in one statement (the service's path would take hours at 1M):
    priorities 1-9 and creation times spread over a day, one amount each (they are all open)."""
    with db.write() as s:
        s.execute(
            text(
                "INSERT INTO auth_requests (business_type, currency, amount_fen, account, customer, "
                "reason, branch, teller_id, mode, levels_required, levels_done, status, priority, "
                "policy_version, submissions, created_at, updated_at) "
                "SELECT 'CASH_WD', 'CNY', 6000000 + g, '6222020200112233445', '张三', '大额取现', 'BR01', "
                ":teller, 'remote', 1, 0, 'pending', 1 + g % 9, 0, 1, "
                "now() - (g % 86400) * interval '1 second', now() FROM generate_series(1, :n) AS g"
            ),
            {"teller": teller_id, "n": n},
        )
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE auth_requests"))


def _explain(db: Database, statements: list[tuple[str, Any]]) -> list[str]:
    """EXPLAIN (ANALYZE) of each statement as it was sent (driver SQL and parameters)."""
    plans = []
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        for sql, params in statements:
            cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            plans.append("\n".join(r[0] for r in cur.fetchall()))
        raw.rollback()
    finally:
        raw.close()
    return plans


def _change_to_table(authz: AuthorizationService, chief: Any, n: int, rows: int = 500) -> None:
    """What a change costs the authorizer's table: the first ``rows`` of the queue (a reload), and
    a claim's change applied in place (the named request read, laid over the table's list)."""
    from app.authz_lists import LiveList, in_queue, queue_order

    t = time.perf_counter()
    live = LiveList(in_queue, queue_order, limit=rows)
    live.loaded(authz.queue(chief, rows))
    print(f"queue first {rows} at {n} waiting: {(time.perf_counter() - t) * 1000:.1f} ms")
    times = []
    for _ in range(20):
        change = authz.claim_next(chief)
        assert change is not None
        t = time.perf_counter()
        live.pushed(authz.views(chief, [int(change.target_ids[0])]))
        times.append((time.perf_counter() - t) * 1000)
    print(f"change applied to the table at {n} waiting: {percentile(times, 50):.2f} ms")
    if hasattr(authz, "queue_counts"):  # the dock counts the whole queue after a change (<= 1/s)
        counted = []
        for _ in range(5):
            t = time.perf_counter()
            authz.queue_counts(chief)
            counted.append((time.perf_counter() - t) * 1000)
        print(f"queue counts at {n} waiting: {percentile(counted, 50):.2f} ms")


def claim_depths(base: Any, admin: Any, depths: list[int], claims: int, queue_upto: int) -> None:
    """``claim_next`` (and the whole-queue read, up to ``queue_upto`` waiting) with ``n`` pending,
    each depth in a fresh schema: the time of each call, and the plan of its candidate query."""
    from sqlalchemy import event

    for n in depths:
        schema, url = _fresh_schema(base, admin)
        db = open_database(url)
        try:
            identity, authz = IdentityService(db), _authz(db)
            root = system_principal("bench")
            identity.create_user(root, "bulk_teller", "bulk_teller", PW, [Role.TELLER], reason="bench")
            identity.create_user(root, "auth00", "auth00", PW, [Role.SUPERVISOR], reason="bench")
            teller = identity.authenticate("bulk_teller", PW)
            chief = identity.authenticate("auth00", PW)
            t0 = time.monotonic()
            assert teller.user_id is not None
            _fill_pending(db, teller.user_id, n)
            log(f"{n} pending inserted and analysed in {time.monotonic() - t0:.1f} s")
            seen: list[tuple[str, Any]] = []

            def capture(
                _conn: Any, _cur: Any, statement: str, params: Any, *_a: Any, seen: list[Any] = seen
            ) -> None:
                if (
                    "FROM auth_requests" in statement
                    and "LIMIT" in statement
                    and "FOR UPDATE" not in statement
                ):
                    seen.append((statement, params))

            authz.claim_next(chief)  # warm: the policy read, the pool, the plan cache
            times = []
            event.listen(db.engine, "before_cursor_execute", capture)
            for _ in range(claims):
                t = time.perf_counter()
                assert authz.claim_next(chief) is not None
                times.append((time.perf_counter() - t) * 1000)
            event.remove(db.engine, "before_cursor_execute", capture)
            print(f"claim_next p50 at {n} pending: {percentile(times, 50):.2f} ms")
            print(f"claim_next max at {n} pending: {max(times):.2f} ms")
            distinct = list(dict((sql, (sql, params)) for sql, params in seen).values())
            for plan in _explain(db, distinct):
                log(f"plan at {n} pending:\n{plan}")
                nodes = [line.split("  (")[0].replace("->", "").strip() for line in plan.splitlines()]
                nodes = [
                    x
                    for x in nodes
                    if x and not x.startswith(("Buffers", "Sort Method", "Filter", "Rows", "Workers"))
                ]
                print(f"claim_next candidate plan at {n} pending: {' > '.join(nodes[:4])}")
            if n <= queue_upto:
                t = time.perf_counter()
                rows = authz.queue(chief)
                print(
                    f"queue read at {n} waiting: {(time.perf_counter() - t) * 1000:.0f} ms ({len(rows)} rows)"
                )
            if hasattr(authz, "views"):  # a screen's table: its first rows, then what a change names
                _change_to_table(authz, chief, n)
        finally:
            db.dispose()
            with admin.connect() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=DEFAULT_DB, help="PostgreSQL database URL (a schema is made in it)")
    ap.add_argument("--authorizers", type=int, default=20, help="authorizer processes")
    ap.add_argument("--tellers", type=int, default=4, help="teller processes")
    ap.add_argument("--rate", type=float, default=200.0, help="total submit rate, requests/minute")
    ap.add_argument("--seconds", type=float, default=60.0, help="length of the steady phase")
    ap.add_argument("--backlog", type=int, default=300, help="requests drained for claim throughput")
    ap.add_argument("--two-level", type=float, default=0.2, help="share of two-level requests")
    ap.add_argument("--sample-ms", type=float, default=100.0, help="lock sampling period (0: off)")
    ap.add_argument(
        "--claim-depths",
        default="",
        help="only time claim_next at these numbers of pending requests, e.g. 10000,100000,1000000",
    )
    ap.add_argument("--claims", type=int, default=20, help="claim_next calls timed at each depth")
    ap.add_argument("--queue-upto", type=int, default=10_000, help="also time queue() up to this depth")
    args = ap.parse_args()
    security.LOG2_N = 10

    base = make_url(args.db)
    if base.get_backend_name() != "postgresql":
        raise SystemExit("this benchmark needs PostgreSQL (--db postgresql+psycopg://...)")
    if args.claim_depths:
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        claim_depths(
            base, admin, [int(x) for x in args.claim_depths.split(",")], args.claims, args.queue_upto
        )
        admin.dispose()
        return
    schema = f"authz_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = base.update_query_dict(
        {"options": f"-csearch_path={schema}", "application_name": APP_NAME}
    ).render_as_string(hide_password=False)
    ctx = multiprocessing.get_context("spawn")
    procs: list[Any] = []
    sampler: LockSampler | None = None
    db: Database | None = None
    try:
        db = open_database(url)
        identity, authz = IdentityService(db), _authz(db)
        root = system_principal("bench")
        _upload_images(db)
        tellers = [f"teller{i:02d}" for i in range(args.tellers)]
        authorizers = [f"auth{i:02d}" for i in range(args.authorizers)]
        for n in [*tellers, "bulk_teller"]:
            identity.create_user(root, n, n, PW, [Role.TELLER], reason="bench")
        for n in authorizers:
            identity.create_user(root, n, n, PW, [Role.SUPERVISOR], reason="bench")

        total = round(args.rate * args.seconds / 60)
        ready, out = ctx.Queue(), ctx.Queue()
        go, claim_on, stop = ctx.Event(), ctx.Event(), ctx.Event()
        start_at = ctx.Value("d", 0.0)
        for n in authorizers:
            procs.append(
                ctx.Process(target=authorizer_main, args=(url, n, ready, claim_on, stop, out), name=n)
            )
        for i, n in enumerate(tellers):
            procs.append(
                ctx.Process(
                    target=teller_main,
                    args=(
                        url,
                        n,
                        i,
                        len(tellers),
                        total,
                        args.rate / 60,
                        args.two_level,
                        ready,
                        go,
                        start_at,
                        out,
                    ),
                    name=n,
                )
            )
        t_spawn = time.monotonic()
        for p in procs:
            p.start()
        for i in range(len(procs)):
            ready.get(timeout=180)
            log(f"ready {i + 1}/{len(procs)}")
        log(f"{len(procs)} processes logged in and listening in {time.monotonic() - t_spawn:.1f} s")
        if args.sample_ms > 0:
            sampler = LockSampler(base.render_as_string(hide_password=False), args.sample_ms / 1000)
            sampler.start()

        # 1 + 2: steady submissions, everyone claiming and approving as requests appear
        time.sleep(1.0)  # let the start-up polls settle
        claim_on.set()
        start_at.value = time.time() + 0.5
        if sampler:
            sampler.phase = "steady"
        cpu0 = cpu_busy()
        go.set()
        log(f"steady phase: {total} requests at {args.rate:g}/min by {len(tellers)} tellers")
        results: dict[str, dict[str, Any]] = {}
        while len([r for r in results if r in tellers]) < len(tellers):
            _kind, name, data = out.get(timeout=args.seconds + 180)
            results[name] = data
        steady_end = time.time()
        cpu1 = cpu_busy()
        while open_count(db) and time.time() < steady_end + 30:
            time.sleep(0.1)

        # 3: backlog held back, then released to all authorizers at once
        claim_on.clear()
        if sampler:
            sampler.phase = "load"
        time.sleep(0.5)
        while open_count(db):  # in-flight claims finish
            time.sleep(0.05)
        bulk = identity.authenticate("bulk_teller", PW)
        rng = random.Random(7)
        backlog_ids = []
        for k in range(args.backlog):
            d = draft_for(rng, f"62220299{k:011d}", rng.random() < args.two_level)
            backlog_ids.append(int(authz.submit(bulk, d).target_ids[0]))
        with db.read() as s:
            levels_backlog = int(
                s.scalar(select(func.sum(AuthRequest.levels_required)).where(AuthRequest.id.in_(backlog_ids)))
                or 0
            )
        log(f"backlog of {args.backlog} requests ({levels_backlog} claims) loaded; releasing authorizers")
        time.sleep(2.5)  # every watcher has seen the backlog (one poll)
        if sampler:
            sampler.phase = "drain"
        t_release = time.time()
        cpu2 = cpu_busy()
        claim_on.set()
        while open_count(db) and time.time() < t_release + 120:
            time.sleep(0.02)
        t_drained = time.time()
        cpu3 = cpu_busy()
        cpu = {
            "steady": 100 * (cpu1[0] - cpu0[0]) / max(1.0, cpu1[1] - cpu0[1]),
            "drain": 100 * (cpu3[0] - cpu2[0]) / max(1.0, cpu3[1] - cpu2[1]),
        }
        if sampler:
            sampler.phase = "done"
        stop.set()
        while len(results) < len(procs):
            _kind, name, data = out.get(timeout=60)
            results[name] = data
        for p in procs:
            p.join(30)
        if sampler:
            sampler.stopping.set()
            sampler.join(5)

        # -- figures ------------------------------------------------------------------------------
        submitted: dict[int, float] = {}
        final_seen: dict[int, tuple[float, str, str]] = {}
        submit_errors = 0
        for n in tellers:
            submitted.update(results[n]["submitted"])
            final_seen.update(results[n]["final_seen"])
            submit_errors += results[n]["errors"]
        first_submit = min(submitted.values()) if submitted else 0.0
        last_submit = max(submitted.values()) if submitted else 0.0
        vis, vis_notify_arrival = [], []
        via_notify = via_poll = only_poll = unseen = 0
        decided_at: dict[int, float] = {}
        all_claims: list[tuple[str, int, float, float]] = []
        empty_steady = empty_drain = claim_errors = 0
        notes_received: list[int] = []
        claim_ms: dict[str, list[float]] = {"steady": [], "drain": []}
        authorizer_cpu = 0.0
        drain_claims = 0
        for n in authorizers:
            r = results[n]
            for rid, t_sub in submitted.items():
                got = r["seen"].get(rid)
                if got is None:
                    unseen += 1
                    continue
                t_cb, t_read, source = got
                vis.append((t_read - t_sub) * 1000)
                if source == "notify":
                    via_notify += 1
                    vis_notify_arrival.append((t_cb - t_sub) * 1000)
                else:
                    via_poll += 1
                    if rid not in r["notified"]:
                        only_poll += 1
            for rid, asked, claimed, decided, status in r["claims"]:
                all_claims.append((n, rid, claimed, decided))
                claim_ms["drain" if asked >= t_release else "steady"].append((claimed - asked) * 1000)
                if status in FINAL:
                    decided_at[rid] = decided
                if claimed >= t_release:
                    drain_claims += 1
            empty_drain += sum(1 for t in r["empty"] if t >= t_release)
            empty_steady += sum(1 for t in r["empty"] if t < t_release)
            notes_received.append(r["notifications"])
            claim_errors += r["errors"]
            authorizer_cpu += r["cpu_s"]
        dec = [
            (final_seen[rid][0] - decided_at[rid]) * 1000
            for rid in submitted
            if rid in final_seen and rid in decided_at
        ]
        dec_poll = sum(1 for rid in submitted if rid in final_seen and final_seen[rid][1] == "poll")
        check = verify(db)
        achieved = (len(submitted) - 1) / (last_submit - first_submit) * 60 if len(submitted) > 1 else 0.0

        print(f"authorizer_processes: {len(authorizers)} processes")
        print(f"teller_processes: {len(tellers)} processes")
        print(f"submit_rate: {args.rate:g} requests/min")
        print(f"submit_rate_achieved: {achieved:.1f} requests/min")
        print(f"requests_submitted: {len(submitted)} count")
        print(f"submit_errors: {submit_errors} count")
        if vis:
            print(f"submit_to_visible_p50: {percentile(vis, 50):.1f} ms")
            print(f"submit_to_visible_p99: {percentile(vis, 99):.1f} ms")
            print(f"submit_to_visible_max: {max(vis):.1f} ms")
        if vis_notify_arrival:
            print(f"submit_to_notify_callback_p99: {percentile(vis_notify_arrival, 99):.1f} ms")
        print(f"seen_via_notify: {via_notify} count")
        print(f"seen_first_via_poll: {via_poll} count")
        print(f"seen_only_via_poll: {only_poll} count")
        print(f"not_seen: {unseen} count")
        print(f"notify_share: {100 * via_notify / max(1, via_notify + via_poll):.2f} %")
        if dec:
            print(f"decision_to_visible_p50: {percentile(dec, 50):.1f} ms")
            print(f"decision_to_visible_p99: {percentile(dec, 99):.1f} ms")
            print(f"decision_to_visible_max: {max(dec):.1f} ms")
        print(f"decision_seen_via_poll: {dec_poll} count")
        print(f"decision_not_seen: {len(submitted) - len(dec)} count")
        print(f"double_claims: {check['double_claims']} count")
        print(f"overlapping_claims_client_side: {overlapping_claims(all_claims)} count")
        print(f"decisions_by_non_claimer: {check['foreign_decisions']} count")
        print(f"levels_decided_twice: {check['duplicate_levels']} count")
        print(f"levels_undecided: {check['missing_levels']} count")
        print(f"requests_decided: {check['decided_once']} count")
        print(f"requests_total: {check['requests']} count")
        print(f"claims_audited: {check['claims']} count")
        print(f"claim_attempts_empty_steady: {empty_steady} count")
        print(f"claim_attempts_empty_drain: {empty_drain} count")
        print(f"notifications_sent: {check['changes']} count")
        print(f"notifications_received_per_authorizer_max: {max(notes_received)} count")
        print(f"claim_errors: {claim_errors} count")
        for phase in ("steady", "drain"):
            if claim_ms[phase]:
                print(f"{phase}_claim_next_p50: {percentile(claim_ms[phase], 50):.1f} ms")
                print(f"{phase}_claim_next_p99: {percentile(claim_ms[phase], 99):.1f} ms")
            print(f"{phase}_machine_cpu_busy: {cpu[phase]:.0f} %")
        print(f"authorizer_processes_cpu: {authorizer_cpu:.1f} s")
        drain_s = t_drained - t_release
        print(f"backlog: {args.backlog} requests")
        print(f"backlog_drain: {drain_s:.2f} s")
        print(f"claim_throughput: {drain_claims / drain_s:.1f} claims/s")
        if sampler:
            for phase in ("steady", "drain"):
                active, lock, lock_max = sampler.summary(phase)
                print(f"{phase}_backends_active_mean: {active:.2f} backends")
                print(f"{phase}_backends_lock_wait_mean: {lock:.2f} backends")
                print(f"{phase}_backends_lock_wait_max: {lock_max} backends")
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()
                p.join(5)
        if sampler and sampler.is_alive():
            sampler.stopping.set()
            sampler.join(5)
        if db is not None:
            db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
