"""End to end: a change made on another workstation until the authorizer's queue table shows it.

The real authorization center panel (``widgets.docks.authz_queue.QueuePanel``) runs offscreen in this
process, on its real live feed: the ``RequestWatcher`` on PostgreSQL (LISTEN/NOTIFY), the same
watcher polling on SQLite, or the suite server's push stream (``bank-suite serve``'s ASGI app, in its
own process, on PostgreSQL). Before it opens, ``--waiting`` (default 100,000) pending remote requests
are bulk inserted (priorities 1-7, created over the last day).

A second process plays the other workstations: at ``--rate`` changes a second it repeats the cycle
teller submits a new urgent request (REVERSAL, priority 8: the top of the queue), another authorizer
claims it, releases it, claims it again and approves it. Each change carries its commit time: in
the embedded modes the moment its write transaction committed (SQLAlchemy's ``after_commit`` in that
process), through the server the moment the call's answer arrived (the commit is in the server's
process; the table may then show a change a little before its "commit", a negative latency). Both
processes run on this machine, so their ``time.time()`` clocks agree.

On the GUI thread, every signal of the panel's table model that can change what a row shows
(``modelReset``, ``rowsInserted``, ``rowsRemoved``, ``layoutChanged``, ``dataChanged`` other than the
one-second tick of the waiting column) records the time and each row's (status, claimed by). A
change is visible at the first such record after its call began that shows it (the request in the
table with the status and holder the change gave it, or gone after the approval); latency = that
time - the commit time. Changes never shown (a later change of the same request came first, i.e.
the change took longer than the 1 / ``--rate`` s to the next one) are counted.

The SQLite watcher polls (``POLL_S`` 2 s in the panel) and wakes every ``app.authz_watch.WAKE_S``
(25 ms) to look whether anything was committed: the SQLite figure includes up to 25 ms of that wake.
``--trace`` also prints when the feed's thread, the GUI thread and (embedded) the read of the named
requests first had each change, and how late a 10 ms timer on the GUI thread fired.

``--baseline`` also runs each backend the old way, side by side on the same data: a panel that
reloads the top ``QUEUE_ROWS`` of the queue on every change instead of applying the changed
requests.

    python bench/queue_table.py [--backends pg,sqlite,server] [--waiting 100000] [--rate 4]
                                [--cycles 40] [--baseline] [--trace] [--db URL]

``--db`` names a PostgreSQL database (default postgresql+psycopg://postgres@127.0.0.1:5432/bench_queue);
a schema is created in it per backend and dropped at the end; SQLite runs in a temporary folder.
Prints ``figure: value unit`` lines on stdout; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import socket
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app import security
from app.db.bootstrap import open_database
from app.db.engine import Database
from app.rbac import Role, system_principal
from app.services.authorization import REMOTE, Draft
from app.services.identity import IdentityService
from bench.authz import IMAGE_BYTES, IMAGES, _authz, _upload_images, percentile

DEFAULT_DB = os.environ.get("BANKSUITE_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/bench_queue")
PW = "Str0ng!pass"
VOUCHER = tuple(i for i in IMAGES if i[0] == "voucher")  # a REVERSAL needs the voucher only
GONE = ("gone", None)


def log(msg: str) -> None:
    print(f"[queue_table] {msg}", file=sys.stderr, flush=True)


# -- the data ---------------------------------------------------------------------------------------
def fill_pending(db: Database, teller_id: int, n: int) -> None:
    """``n`` pending remote requests, priorities 1-7, created over the last day (updated then too, so
    the watcher's first poll does not see them all as just changed)."""
    t0 = time.monotonic()
    if db.dialect == "postgresql":
        with db.write() as s:
            s.execute(
                text(
                    "INSERT INTO auth_requests (business_type, currency, amount_fen, account, customer, "
                    "reason, branch, teller_id, mode, levels_required, levels_done, status, priority, "
                    "policy_version, submissions, created_at, updated_at) "
                    "SELECT 'CASH_WD', 'CNY', 6000000 + g, '6222020200112233445', '张三', '大额取现', "
                    "'BR01', :teller, 'remote', 1, 0, 'pending', 1 + g % 7, 0, 1, "
                    "now() - interval '1 day' + g * interval '1 millisecond' * (86400000 / :n), "
                    "now() - interval '1 day' + g * interval '1 millisecond' * (86400000 / :n) "
                    "FROM generate_series(1, :n) AS g"
                ),
                {"teller": teller_id, "n": n},
            )
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE auth_requests"))
    else:
        start = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=1)
        step = timedelta(days=1) / n
        rows = [
            {
                "amount": 6_000_000 + g,
                "teller": teller_id,
                "priority": 1 + g % 7,
                "at": (start + g * step).strftime("%Y-%m-%d %H:%M:%S.%f"),
            }
            for g in range(1, n + 1)
        ]
        with db.write() as s:
            s.execute(
                text(
                    "INSERT INTO auth_requests (business_type, currency, amount_fen, account, customer, "
                    "reason, branch, teller_id, mode, levels_required, levels_done, status, priority, "
                    "policy_version, submissions, created_at, updated_at) VALUES ('CASH_WD', 'CNY', "
                    ":amount, '6222020200112233445', '张三', '大额取现', 'BR01', :teller, 'remote', 1, 0, "
                    "'pending', :priority, 0, 1, :at, :at)"
                ),
                rows,
            )
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
    log(f"{n} pending requests inserted in {time.monotonic() - t0:.1f} s")


def prepare(url: str, n: int) -> None:
    db = open_database(url)
    try:
        identity = IdentityService(db)
        root = system_principal("bench")
        identity.create_user(root, "teller", "Teller", PW, [Role.TELLER], reason="bench")
        identity.create_user(root, "chief", "Chief", PW, [Role.SUPERVISOR], reason="bench")
        identity.create_user(root, "chief2", "Chief Two", PW, [Role.SUPERVISOR], reason="bench")
        _upload_images(db)
        teller = identity.authenticate("teller", PW)
        assert teller.user_id is not None
        fill_pending(db, teller.user_id, n)
    finally:
        db.dispose()


# -- the other workstations (a second process) ------------------------------------------------------
def driver_main(
    url: str, server: str, pin: str, rate: float, cycles: int, seed: int, ready: Any, go: Any, out: Any
) -> None:
    """Submit, claim, release, claim, approve, ``cycles`` times at ``rate`` changes a second; puts
    [(request id, change, expected (status, claimed by), call started, commit time)] on ``out``."""
    security.LOG2_N = 10
    db: Database | None = None
    connections: list[Any] = []
    commits: list[float] = []  # embedded: when each write transaction of this process committed
    if server:
        from app import wire
        from app.client.proxy import RemoteServices
        from app.client.transport import Connection

        def login(name: str) -> tuple[Any, Any]:
            c = Connection([server], pin)
            c.login(wire.LoginRequest(station=f"WS-{name}", username=name, password=PW))
            connections.append(c)
            assert c.login_reply is not None
            return RemoteServices(c), c.login_reply.principal

        (at_counter, teller), (center, chief2) = login("teller"), login("chief2")
        for _kind, sha, ext in VOUCHER:  # a request names only images the server holds
            at_counter.blobs.put(teller, IMAGE_BYTES["voucher"], ext, sha)
        desk, other = at_counter.authorization, center.authorization
    else:
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        db = Database(url)
        event.listen(Session, "after_commit", lambda _s: commits.append(time.time()))
        identity, service = IdentityService(db), _authz(db)
        teller = identity.authenticate("teller", PW, workstation="WS-teller")
        chief2 = identity.authenticate("chief2", PW, workstation="WS-chief2")
        desk = other = service
    ready.set()
    go.wait()
    events: list[tuple[int, str, tuple[str, str | None], float, float]] = []
    errors = 0
    t0 = time.time() + 0.2
    k = 0

    def paced() -> None:
        nonlocal k
        ahead = t0 + k / rate - time.time()
        if ahead > 0:
            time.sleep(ahead)
        k += 1

    def timed(kind: str, expected: tuple[str, str | None], call: Any) -> Any:
        """The call, with (request id, kind, expected, call started, committed) appended."""
        paced()
        started = time.time()
        result = call()
        returned = time.time()
        rid = int(result.target_ids[0])
        # embedded: the commit of its write transaction; through the server: its answer's arrival
        done = [t for t in commits if started <= t <= returned]
        events.append((rid, kind, expected, started, done[-1] if done else returned))
        return rid

    for cycle in range(cycles):
        draft = Draft(
            "REVERSAL",
            "CNY",
            100_000 + cycle,
            f"62220203{seed:04d}{cycle:07d}",
            "李四",
            "冲正",
            "BR01",
            mode=REMOTE,
            attachments=VOUCHER,
        )
        try:
            rid = timed("submit", ("pending", None), lambda d=draft: desk.submit(teller, d))
            timed("claim", ("claimed", "chief2"), lambda r=rid: other.claim(chief2, r))
            timed("release", ("pending", None), lambda r=rid: other.release(chief2, r))
            timed("claim", ("claimed", "chief2"), lambda r=rid: other.claim(chief2, r))
            timed("decide", GONE, lambda r=rid: other.decide(chief2, r, "approve", ""))
        except Exception as exc:  # counted; the cycle is abandoned
            errors += 1
            log(f"driver: {type(exc).__name__}: {exc}")
    out.put((events, errors))
    for c in connections:
        c.close()
    if db is not None:
        db.dispose()


# -- the suite server (a third process, shared mode) ------------------------------------------------
def server_main(url: str, folder: str, ready: Any, stop: Any) -> None:
    import uvicorn

    from app.server import tls
    from app.server.asgi import SuiteServer
    from app.server.command import uvicorn_config
    from app.services import build_services
    from imaging.kinds import kind_problem
    from imaging.loader import check_image

    security.LOG2_N = 10
    db = Database(url)
    services = build_services(
        db, check_image=check_image, check_kind=kind_problem, image_store=Path(folder), embedded=False
    )
    identity = tls.init(Path(folder) / "tls")
    suite = SuiteServer(services)
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn_config(suite, identity, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="bench-uvicorn")
    thread.start()
    while not server.started:
        time.sleep(0.02)
    ready.put((f"https://127.0.0.1:{port}", identity.fingerprint))
    stop.wait()
    server.should_exit = True
    thread.join(10)
    db.dispose()


# -- the GUI side -----------------------------------------------------------------------------------
class Recorder:
    """Every model signal that can change what a row shows: (time, {request id: (status, holder)})."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.records: list[tuple[float, dict[int, tuple[str, str | None]]]] = []
        self.waiting = model.COLUMNS.index("waiting")
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.record)
        model.dataChanged.connect(self._data_changed)

    def _data_changed(self, top: Any, bottom: Any, *_roles: Any) -> None:
        if top.column() == bottom.column() == self.waiting:
            return  # the one-second tick of the waiting times
        self.record()

    def record(self, *_args: Any) -> None:
        t = time.time()
        self.records.append((t, {r.id: (r.status.value, r.claimed_by) for r in self.model.rows}))

    def visible_at(self, rid: int, expected: tuple[str, str | None], after: float) -> float | None:
        for t, rows in self.records:
            if t >= after and rows.get(rid, GONE) == expected:
                return t
        return None


def run_panel(
    label: str,
    url: str,
    server: str,
    pin: str,
    *,
    baseline: bool,
    rate: float,
    cycles: int,
    seed: int,
    trace: bool = False,
) -> dict[str, Any]:
    """One phase: the panel opened, the driver's changes timed into its table; its figures."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services import build_services
    from imaging.loader import check_image
    from widgets.bus import ChangeBus
    from widgets.docks import CaptureSetup, DockContext
    from widgets.docks.authz_queue.panel import QueuePanel

    class ReloadingPanel(QueuePanel):
        """The old way: every change reloads the top of the queue."""

        def _on_remote_change(self, ids: tuple[int, ...]) -> None:
            self.reload()

        def _on_views(self, views: list[Any]) -> None:
            self.reload()

    app = QApplication.instance() or QApplication(["queue-table-bench"])
    db: Database | None = None
    connection = push = None
    if server:
        from app import wire
        from app.client.proxy import workstation_services
        from app.client.push import PushClient
        from app.client.transport import Connection

        connection = Connection([server], pin)
        connection.login(wire.LoginRequest(station="WS-chief", username="chief", password=PW))
        assert connection.login_reply is not None
        push = PushClient(connection, since=connection.login_reply.push_seq)
        push.start()
        services: Any = workstation_services(connection, push)
        me = connection.login_reply.principal
    else:
        db = Database(url)
        services = build_services(
            db, check_image=check_image, image_store=Path(tempfile.gettempdir()) / "queue-bench-images"
        )
        me = services.identity.authenticate("chief", PW, workstation="WS-chief")
    ctx = DockContext(services, me, ChangeBus(), None, CaptureSetup("WS-chief"))
    panel = (ReloadingPanel if baseline else QueuePanel)(ctx)
    panel.resize(1320, 860)
    stages: dict[str, list[tuple[float, frozenset[int]]]] = {"feed": [], "gui": [], "read": []}
    if trace:  # when each step of the way first had a request: the feed's thread, the GUI, the read
        bridge = panel.bridge
        on_watch, on_watch_views = bridge._on_watch, bridge._on_watch_views
        read_views, on_views = panel._read_views, panel._on_views

        def traced(stage: str, ids: Any) -> None:
            stages[stage].append((time.time(), frozenset(int(i) for i in ids)))

        def feed_ids(source: str, ids: tuple[int, ...], generation: int | None = None) -> None:
            traced("feed", ids)
            on_watch(source, ids, generation)

        def feed_views(views: list[Any], generation: int | None = None) -> None:
            traced("feed", [v.id for v in views])
            on_watch_views(views, generation)

        def gui_ids(ids: tuple[int, ...]) -> None:
            traced("gui", ids)
            read_views(ids)

        def views_in(views: list[Any]) -> None:
            traced("read" if not server else "gui", [v.id for v in views])
            on_views(views)

        bridge._on_watch, bridge._on_watch_views = feed_ids, feed_views  # type: ignore[method-assign]
        panel._read_views, panel._on_views = gui_ids, views_in  # type: ignore[method-assign]
    panel.show()

    def wait_until(condition: Any, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        loop = QEventLoop()
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError(f"{label}: timed out")
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    t_open = time.monotonic()
    wait_until(lambda: panel.loaded and panel.bridge.online, 120)
    log(f"{label}: panel loaded and {panel.bridge.detail} in {time.monotonic() - t_open:.1f} s")
    wait_until(lambda: time.monotonic() - t_open >= 3, 10)  # the first polls settle
    recorder = Recorder(panel.model)
    lags: list[float] = []  # trace: how late a 10 ms timer on the GUI thread fires
    lag_timer = QTimer()
    if trace:
        last = [time.monotonic()]

        def beat() -> None:
            now = time.monotonic()
            lags.append((now - last[0]) * 1000 - 10)
            last[0] = now

        lag_timer.setInterval(10)
        lag_timer.timeout.connect(beat)
        lag_timer.start()
    loads0 = panel.loads
    ctx_mp = multiprocessing.get_context("spawn")
    ready, go, out = ctx_mp.Event(), ctx_mp.Event(), ctx_mp.Queue()
    driver = ctx_mp.Process(
        target=driver_main, args=(url, server, pin, rate, cycles, seed, ready, go, out), name="driver"
    )
    driver.start()
    wait_until(ready.is_set, 120)
    go.set()
    result: list[Any] = []

    def collect() -> bool:
        if not result:
            try:
                result.append(out.get_nowait())
            except Exception:
                return False
        return True

    wait_until(collect, cycles * 5 / rate + 120)
    t_end = time.monotonic()
    wait_until(lambda: time.monotonic() - t_end > 3.0, 10)  # the last changes arrive
    driver.join(30)
    lag_timer.stop()
    events, errors = result[0]
    loads = panel.loads - loads0
    panel.shutdown()
    panel.close()
    panel.deleteLater()
    app.processEvents()
    if push is not None:
        push.stop()
    if connection is not None:
        connection.close()
    if db is not None:
        db.dispose()

    latencies: list[float] = []
    by_kind: dict[str, list[float]] = {}
    by_stage: dict[str, list[float]] = {}
    unseen = 0
    for rid, kind, expected, t_start, t_commit in events:
        t = recorder.visible_at(rid, expected, t_start)
        if t is None:
            unseen += 1
            continue
        ms = (t - t_commit) * 1000
        latencies.append(ms)
        by_kind.setdefault(kind, []).append(ms)
        for stage, seen in stages.items():
            at = next((ts for ts, ids in seen if t_start <= ts <= t and rid in ids), None)
            if at is not None:
                by_stage.setdefault(stage, []).append((at - t_commit) * 1000)
    return {
        "latencies": latencies,
        "by_kind": by_kind,
        "by_stage": by_stage,
        "lags": lags,
        "changes": len(events),
        "unseen": unseen,
        "errors": errors,
        "loads": loads,
        "signals": len(recorder.records),
    }


def report(label: str, figures: dict[str, Any]) -> None:
    lat = figures["latencies"]
    print(f"{label}_changes: {figures['changes']} count")
    if lat:
        for q in (50, 95, 99):
            print(f"{label}_change_to_table_p{q}: {percentile(lat, q):.1f} ms")
        print(f"{label}_change_to_table_max: {max(lat):.1f} ms")
    for kind, values in sorted(figures["by_kind"].items()):
        print(f"{label}_{kind}_to_table_p50: {percentile(values, 50):.1f} ms")
    for stage, values in figures["by_stage"].items():
        print(f"{label}_commit_to_{stage}_p50: {percentile(values, 50):.1f} ms")
    if figures["lags"]:
        print(f"{label}_gui_thread_lag_p99: {percentile(figures['lags'], 99):.1f} ms")
        print(f"{label}_gui_thread_lag_max: {max(figures['lags']):.1f} ms")
    print(f"{label}_changes_never_shown: {figures['unseen']} count")
    print(f"{label}_driver_errors: {figures['errors']} count")
    print(f"{label}_queue_reloads: {figures['loads']} count")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--backends", default="pg,sqlite,server", help="pg, sqlite and/or server (on PostgreSQL)")
    ap.add_argument("--waiting", type=int, default=100_000, help="pending requests before the panel opens")
    ap.add_argument("--rate", type=float, default=4.0, help="changes a second made by the other process")
    ap.add_argument("--cycles", type=int, default=40, help="submit-claim-release-claim-approve cycles")
    ap.add_argument("--baseline", action="store_true", help="also the old way: a reload per change")
    ap.add_argument(
        "--trace", action="store_true", help="also when the feed, the GUI thread and the read had each change"
    )
    ap.add_argument("--db", default=DEFAULT_DB, help="PostgreSQL database URL (a schema is made in it)")
    args = ap.parse_args()
    security.LOG2_N = 10
    base = make_url(args.db)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    print(f"waiting: {args.waiting} requests")
    print(f"change_rate: {args.rate:g} changes/s")
    ctx_mp = multiprocessing.get_context("spawn")
    for backend in args.backends.split(","):
        schema = ""
        folder = tempfile.mkdtemp(prefix=f"queue-bench-{backend}-")
        server_proc = None
        stop = ctx_mp.Event()
        try:
            if backend == "sqlite":
                url = f"sqlite:///{folder}/bench.db"
            else:
                schema = f"queue_bench_{uuid.uuid4().hex[:10]}"
                with admin.connect() as conn:
                    conn.execute(text(f'CREATE SCHEMA "{schema}"'))
                url = base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
                    hide_password=False
                )
            prepare(url, args.waiting)
            server = pin = ""
            if backend == "server":
                started = ctx_mp.Queue()
                server_proc = ctx_mp.Process(target=server_main, args=(url, folder, started, stop))
                server_proc.start()
                server, pin = started.get(timeout=120)
                log(f"suite server at {server}")
            for baseline in (False, True) if args.baseline else (False,):
                label = f"{backend}_{'reload_each' if baseline else 'in_place'}"
                figures = run_panel(
                    label,
                    url,
                    server,
                    pin,
                    baseline=baseline,
                    rate=args.rate,
                    cycles=args.cycles,
                    seed=7 + int(baseline),
                    trace=args.trace,
                )
                report(label, figures)
        finally:
            stop.set()
            if server_proc is not None:
                server_proc.join(15)
                if server_proc.is_alive():
                    server_proc.terminate()
            if schema:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            shutil.rmtree(folder, ignore_errors=True)
    admin.dispose()


if __name__ == "__main__":
    main()
