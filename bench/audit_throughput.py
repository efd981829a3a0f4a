"""Audited operations per second with 20 concurrent writers: the old head row against the sequencer.

Each writer thread has its own ``Database`` (one connection, as a server's worker would hold) and
does audited operations back to back for ``--seconds``; the threads are spread over ``--processes``
processes (default 2, the deployment's two server processes: one Python process cannot feed 20
writers on its own, its interpreter lock is the limit). An operation is one write transaction that
updates the writer's own row (the operation's change) and records it (``app.operations.record``).
Two phases in the same run, on the same database:

1. ``head_row``: the approach before the sequencer, reproduced here: around each append the
   transaction locks a one-row head table ``FOR UPDATE``, chains the entry inline (its hash after
   the head's) and updates the head, all held until its commit, so audited writers serialize.
2. ``sequencer``: today's path: the entry is inserted unchained; a ``SequencerRunner`` (a
   thread of this process, signing a checkpoint every 1000 entries with a throw-away key) chains
   committed entries meanwhile.

Then the sequencer runs to completion, and the chain is verified against its signed checkpoints
(``chain verified: yes``). The same on a fresh SQLite file, its writer threads in this one process
(the embedded app: one writer at a time by design).

    python bench/audit_throughput.py [--db URL] [--writers 20] [--processes 2] [--seconds 10] [--no-sqlite]

``--db`` (or ``BANKSUITE_BENCH_PG``) names a PostgreSQL database (default
postgresql+psycopg://postgres@127.0.0.1:5432/test); the schema ``audit_bench_<random>`` is created
in it and dropped at the end. Prints ``figure: value unit`` lines on stdout; progress on stderr.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app import audit
from app.audit_keys import AuditKeyPaths, CheckpointSigner
from app.audit_sequencer import SequencerRunner, sequence_all
from app.db.bootstrap import open_database
from app.db.engine import Database
from app.db.models import Meta
from app.operations import record
from app.rbac import system_principal

DEFAULT_DB = os.environ.get("BANKSUITE_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ACTOR = system_principal("bench")
META = Meta.__table__  # the operation's own change: a plain UPDATE of its writer's row
Op = Callable[[Session, int, int], None]


def log(msg: str) -> None:
    print(f"[audit] {msg}", file=sys.stderr, flush=True)


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(q / 100 * len(s) + 0.5) - 1))
    return s[k]


def operation(s: Session, writer: int, i: int) -> None:
    """The operation's own change (its writer's row) and its audit entry."""
    s.execute(META.update().where(META.c.key == f"bench-{writer}").values(value=str(i)))
    record(s, ACTOR, "bench.write", "bench", f"{writer}-{i}", reason="benchmark", after={"i": i})  # type: ignore[arg-type]


def head_row_operation(s: Session, writer: int, i: int) -> None:
    """The same, with the head row of before: locked until commit, the entry chained inline."""
    s.execute(META.update().where(META.c.key == f"bench-{writer}").values(value=str(i)))
    lock = "" if s.get_bind().dialect.name == "sqlite" else " FOR UPDATE"  # SQLite: one writer anyway
    seq, prev = s.execute(text(f"SELECT last_seq, last_hash FROM bench_audit_head WHERE id = 1{lock}")).one()
    entry = audit.append(
        s, ACTOR, "bench.write", "bench", f"{writer}-{i}", reason="benchmark", after={"i": i}
    )  # type: ignore[arg-type]
    digest = audit.link_hash(prev, seq + 1, entry)
    s.execute(
        text("UPDATE bench_audit_head SET last_seq = :s, last_hash = :h WHERE id = 1"),
        {"s": seq + 1, "h": digest},
    )


OPS: dict[str, Op] = {"head_row": head_row_operation, "sequencer": operation}


def _writers(url: str, first: int, n: int, op: Op, start: Any, ready: Any, stop_at: Any, out: Any) -> None:
    """One process: ``n`` writer threads, each with its own ``Database``, from ``start`` on until the
    wall clock passes ``stop_at``; puts (count, wall seconds, latencies, errors) on ``out``."""
    dbs = [Database(url) for _ in range(n)]
    for db in dbs:
        db.check()  # connected before the clock starts
    counts, errors = [0] * n, [0] * n
    latencies: list[list[float]] = [[] for _ in range(n)]
    go = threading.Event()

    def work(k: int) -> None:
        db, w, i = dbs[k], first + k, 0
        go.wait()
        deadline = stop_at.value
        while time.time() < deadline:
            t0 = time.perf_counter()
            try:
                with db.write() as s:
                    op(s, w, i)
            except Exception as exc:
                errors[k] += 1
                if errors[k] <= 3:
                    log(f"writer {w}: {exc}")
                continue
            latencies[k].append((time.perf_counter() - t0) * 1000)
            counts[k] += 1
            i += 1

    threads = [threading.Thread(target=work, args=(k,), name=f"writer-{first + k}") for k in range(n)]
    for t in threads:
        t.start()
    ready.put(first)
    start.wait()
    t0 = time.perf_counter()
    go.set()
    for t in threads:
        t.join(120)
    wall = time.perf_counter() - t0
    for db in dbs:
        db.dispose()
    out.put((sum(counts), wall, [x for lat in latencies for x in lat], sum(errors)))


def _process_main(
    url: str, first: int, n: int, phase: str, start: Any, ready: Any, stop_at: Any, out: Any
) -> None:
    _writers(url, first, n, OPS[phase], start, ready, stop_at, out)


def run_phase(
    url: str, writers: int, processes: int, seconds: float, phase: str
) -> tuple[int, float, list[float], int]:
    """``writers`` threads spread over ``processes`` processes (1: threads of this process); returns
    (operations committed, wall seconds, latencies in ms, errors)."""
    ctx = multiprocessing.get_context("spawn")
    start, ready, out = ctx.Event(), ctx.Queue(), ctx.Queue()
    stop_at = ctx.Value("d", 0.0)
    share = [writers // processes + (1 if p < writers % processes else 0) for p in range(processes)]
    firsts = [sum(share[:p]) for p in range(processes)]
    procs: list[Any] = []
    if processes == 1:
        t = threading.Thread(target=_writers, args=(url, 0, writers, OPS[phase], start, ready, stop_at, out))
        t.start()
        procs.append(t)
    else:
        for p in range(processes):
            proc = ctx.Process(
                target=_process_main, args=(url, firsts[p], share[p], phase, start, ready, stop_at, out)
            )
            proc.start()
            procs.append(proc)
    for _ in range(processes):
        ready.get(timeout=120)
    stop_at.value = time.time() + seconds
    start.set()
    results = [out.get(timeout=seconds + 120) for _ in range(processes)]
    for proc in procs:
        proc.join(60)
    return (
        sum(r[0] for r in results),
        max(r[1] for r in results),
        [x for r in results for x in r[2]],
        sum(r[3] for r in results),
    )


def bench(label: str, url: str, writers: int, processes: int, seconds: float, keys_dir: Path) -> bool:
    db = open_database(url)
    try:
        with db.write() as s:
            s.execute(
                text(
                    "CREATE TABLE bench_audit_head (id INTEGER PRIMARY KEY, last_seq INTEGER, last_hash TEXT)"
                )
            )
            s.execute(text("INSERT INTO bench_audit_head VALUES (1, 0, :g)"), {"g": audit.GENESIS})
            for w in range(writers):
                s.add(Meta(key=f"bench-{w}", value="0"))
        signer = CheckpointSigner.load_or_create(
            AuditKeyPaths(keys_dir / "key", keys_dir / "checkpoints.jsonl")
        )

        log(f"{label}: head row phase, {writers} writers, {seconds:g} s")
        n_head, wall_head, lat_head, err_head = run_phase(url, writers, processes, seconds, "head_row")
        sequence_all(
            db, signer=signer
        )  # chain phase 1's entries (untimed): phase 2 starts from an empty queue

        log(f"{label}: sequencer phase")
        runner = SequencerRunner(db, signer=signer, interval_s=0.2, batch=500)
        runner.start()
        try:
            n_new, wall_new, lat_new, err_new = run_phase(url, writers, processes, seconds, "sequencer")
        finally:
            runner.stop(timeout=30)
        with db.read() as s:
            pending_at_end = audit.pending_count(s)
        t0 = time.perf_counter()
        rest = sequence_all(db, signer=signer)
        drain = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = audit.verify_chain(db, public_key=signer.public_key, checkpoint_file=signer.checkpoint_file)
        verify_s = time.perf_counter() - t0
        log(f"{label}: {report.describe()}")

        head_rate, new_rate = n_head / wall_head, n_new / wall_new
        print(f"{label}_writers: {writers} threads")
        print(f"{label}_writer_processes: {processes} processes")
        print(f"{label}_head_row_ops_per_s: {head_rate:.1f} ops/s")
        print(f"{label}_head_row_op_p50: {percentile(lat_head, 50):.1f} ms")
        print(f"{label}_head_row_op_p99: {percentile(lat_head, 99):.1f} ms")
        print(f"{label}_head_row_errors: {err_head} count")
        print(f"{label}_sequencer_ops_per_s: {new_rate:.1f} ops/s")
        print(f"{label}_sequencer_op_p50: {percentile(lat_new, 50):.1f} ms")
        print(f"{label}_sequencer_op_p99: {percentile(lat_new, 99):.1f} ms")
        print(f"{label}_sequencer_errors: {err_new} count")
        print(f"{label}_speedup: {new_rate / max(head_rate, 1e-9):.1f} x")
        print(f"{label}_chained_during_run: {runner.chained} entries")
        print(f"{label}_pending_at_end_of_run: {pending_at_end} entries")
        print(f"{label}_sequencer_catch_up: {drain:.2f} s ({rest} entries)")
        print(f"{label}_chain_length: {report.checked} entries")
        print(f"{label}_checkpoints: {report.checkpoints} count")
        print(f"{label}_verify_time: {verify_s:.2f} s")
        ok = report.ok and report.pending == 0 and report.checked == n_head + n_new
        return ok
    finally:
        db.dispose()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=DEFAULT_DB, help="PostgreSQL database URL")
    ap.add_argument("--writers", type=int, default=20)
    ap.add_argument(
        "--processes", type=int, default=2, help="processes the writer threads are spread over (the server's)"
    )
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--no-sqlite", action="store_true")
    args = ap.parse_args()

    schema = f"audit_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(args.db, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(args.db).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        with tempfile.TemporaryDirectory() as tmp:
            pg_url = url.render_as_string(hide_password=False)
            ok = bench("pg", pg_url, args.writers, args.processes, args.seconds, Path(tmp) / "pg")
            print(f"chain verified: {'yes' if ok else 'NO'}")
            if not args.no_sqlite:
                sqlite_ok = bench(
                    "sqlite",
                    f"sqlite:///{Path(tmp) / 'bench.db'}",
                    args.writers,
                    1,
                    args.seconds,
                    Path(tmp) / "sqlite",
                )
                print(f"sqlite chain verified: {'yes' if sqlite_ok else 'NO'}")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
