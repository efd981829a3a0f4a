"""Load and fault benchmark of the suite server: 200 simulated workstations against 2 server processes
on a private PostgreSQL cluster, then the same load while PostgreSQL restarts and while a server
process is killed. Everything runs on this machine (one clock for every latency).

Setup (all in a temporary folder, removed at the end, even after Ctrl-C or an error):
- a private PostgreSQL cluster (``initdb`` of /usr/lib/postgresql/*/bin, port ``--pg-port``, started
  with ``pg_ctl``), so restarting it disturbs nobody else; as its owner: ``migrate``, the demo bank
  (``seed-demo``'s ``app.demo.seed_demo``), ``grant-app-role``, and the bench's accounts through the
  service layer: tellers, authorizers (supervisors), queue readers (reviewers), one operator and one
  station service account (role ``station``) per reader station, 4 RFID readers assigned to each
  station (``SiteService.save_reader``);
- ``main.py serve --init`` (key, certificate, pin) and 2 ``main.py serve`` processes on two ports,
  the same database (as the app role ``banksuite_app``) and the same data folder (audit signing key,
  checkpoint file, image store).

Load (one asyncio process; each workstation its own ``httpx.AsyncClient`` to the servers, the
certificate pinned with ``app.client.transport.Connection.ssl_context``, and its own push WebSocket;
``app.wire`` and the ``app.rpc`` call table for the wire format). Workstation ``i`` lists the servers
starting with server ``i % 2`` and fails over to the other one exactly as ``Connection`` does (an
address that does not connect: the next one; a call sent but not answered: not re-sent blindly).
- log-ins: every workstation logs in with its password at the start (ramped, ``--login-rate``/s),
  then ``--relogins-per-min`` log-outs and log-ins of tellers and queue readers during the run;
- tellers (two thirds of the workstations that are neither stations nor authorizers, ``mix``): they
  submit CASH_WD requests (a Poisson process, ``--submits-per-min`` in all, default 60: a busy hour in
  which each of 107 tellers sends one every 2 minutes; bench/authz.py's 200/min is a stress rate; 20 %
  above 1,000,000 yuan, so two levels), first uploading the two images (a unique ID-card and voucher
  JPEG per request, 640x400) with ``blobs.put``; a teller's "my requests" list is on its screen;
- authorizers (``--authorizers``): woken by the push stream (or every 2 s) take work with (``--lists
  views``: when a request appears waiting in the queue on their screen, after a reaction time of
  ``--react-s`` (0.2-0.8 s) if it still waits, and every 2 s while one waits)
  ``claim_next`` (70 %) or race for one of the three oldest pending requests of the queue on their
  screen with ``claim`` (30 %, the losers are counted as conflicts), read it (``get`` and both images
  with ``blobs.get``), look at it for 0.3-1.5 s, approve (90 %) or reject with a reason;
- queue readers (reviewers' screens): the queue on the screen, from which they open a request
  (``get``) ``--opens-per-min`` times a minute (default 20);
- the lists on those screens (``--lists``) keep current as the GUI's docks do in server mode
  (``views``, the default): read once each time the push stream goes live, then kept from the views
  of the changed requests that the stream carries (``app.authz_lists``). ``--lists reload`` is how
  the docks did it before, the baseline: the whole list read again on every authorization change
  (a teller's on a change of one of its own), at most once per ``--reload-s`` (default 1 s), and a
  third of a reviewer's reloads open a request;
- reader stations (``--stations``): a station workstation has two sessions: the devices' session
  (the station's service account) and an operator's (map view, push stream). Its devices make tag
  reads, aggregated into movements by the project's own ``PresenceEngine`` exactly as a station does,
  batched every 50 ms (the ingest pipeline's flush interval) and sent in order with
  ``tracking.ingest`` under idempotency keys (``new_batch_key``), each batch retried under the same key
  until it is acknowledged (the spool's rule).

Movement rate. 5,000 reads/s in total (``--reads-per-s``) come from active tags that beacon at 2 Hz
(``--beacon-hz``), i.e. 2,500 tags, 125 per station, each heard by the reader of the zone it is in (4
zones per station). A tag stays in a zone for an exponentially distributed time with mean 60 s
(``--dwell-s``: staff walking between counters, vault and back office; cash boxes and assets move
less, visitors more), then moves to another zone of its station; the presence engine reports the
move once the new zone has heard it for 2 s (``switch_after``) as a leave and an enter. Hence about
2 x 2,500 / 60 = 83 movements/s in total (4.2/s per station), at about 2 ingest batches/s per station.

Phases (``--fault``): ``steady`` (no fault) and then, by default, ``pg-restart`` (``pg_ctl restart -m
fast`` of the private cluster at 40 % of the phase) and ``kill-server`` (SIGKILL of server 0 at 40 %
of the phase, restarted ``--restart-after`` seconds later; 0: not restarted), each ``--duration``
seconds. After the phases the workstations stop making new work, the authorizers finish the queue
and the stations empty their spools; then, from the database (as the owner):
- ``double_claims``: the audited claims and decisions of each request, in audit order, never show a
  second claim while one is open; every decision is by the claim's holder; every level is decided
  once, by different authorizers;
- ``acknowledged_lost``: every submit, claim, decision and ingest batch whose call returned OK is in
  the database (batches by key, with their movement count), and each station's movements are at least
  its acknowledged batches' (``ingest_movements_duplicated``: more movements than its stored batches
  hold, i.e. a batch stored twice);
- the audit chain, once the server's sequencer has chained everything: ``main.py verify-audit``.

The workstations stand for other machines: this process runs itself again in a session of its own whose
scheduling autogroup gets ``--client-nice`` (default -5; with autogroups every session gets an equal
share of the CPU, and the servers' and PostgreSQL's are sessions of their own). ``--calibrate N``
first times each kind of call alone (server CPU per call). ``pg_stat_statements`` of the private
cluster gives each phase's busiest statements (stderr).

Figures (``figure: value unit`` on stdout; progress on stderr). The steady phase's figures have plain
names; a fault phase's are prefixed with ``pg_restart_`` or ``kill_server_``. ``submit_to_visible``:
from the start of the teller's submit call to the request's change arriving on the push stream of
each other workstation logged in at the time whose user may see every request (authorizers, queue
readers; ``app.services.audience``; every such pair counts, ``push_missed`` those that never came);
``decision_to_visible``: from the start of the decide call to the decision arriving on the
submitting teller's stream. ``push_lag``: a change's time on the server (in its transaction) to its
arrival, for every item of every stream. ``client_loop_lag_p99`` says how late the bench's own event
loop ran (it adds to every latency).

    python bench/server_load.py [--quick] [--fault both|none|pg-restart|kill-server]
        [--duration 35] [--workstations 200] [--stations 20] [--authorizers 20] [--reads-per-s 5000]
        [--submits-per-min 60] [--lists views|reload] [--relogins-per-min 30] [--calibrate N] [--keep]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import importlib.util
import inspect
import itertools
import math
import os
import random
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import types
import uuid
from collections import Counter, defaultdict, deque
from collections.abc import Awaitable, Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import anyio
import httpx
import msgspec
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from app import rpc, wire
from app.authz_lists import LiveList, in_queue, newest_first, queue_order
from app.changelog import Kind
from app.client.transport import CONNECT_TIMEOUT, Connection
from app.errors import DatabaseUnavailable, SessionEnded, SuiteError, Unreachable
from app.operations import Action, Change, Target
from app.rbac import Permission, Role
from app.services.audience import AUDIENCES
from app.services.authorization import Draft, RequestPush, RequestView
from app.tracking.events import EventKind
from app.tracking.health import HEALTH_EVERY
from app.tracking.ingest import MovementIn
from app.tracking.pipeline import IngestPipeline
from app.tracking.presence import PresenceConfig, PresenceEngine
from app.tracking.reads import LinkState, ReaderStatus, TagRead
from app.tracking.sinks import new_batch_key

ROOT = Path(__file__).resolve().parent.parent


def no_sniffio_lookups() -> None:
    """httpcore imports sniffio on every request and, where it is not installed, the failed import
    searches sys.path each time (a tenth of this process's CPU): a stand-in saying asyncio (which the
    workstations run on). anyio, imported above, looked for sniffio once already and keeps its own."""
    if importlib.util.find_spec("sniffio") is None and anyio is not None:
        stand_in = types.ModuleType("sniffio")
        stand_in.current_async_library = lambda: "asyncio"  # type: ignore[attr-defined]
        sys.modules["sniffio"] = stand_in


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
PW = "Bench!Passw0rd"
DB_NAME = "bank"
APP_ROLE = "banksuite_app"
BEACON_BUCKET_S = 0.05  # the station's tick: reads made and movements flushed this often
# the ingest pipeline's flush interval: a station sends what its presence engine produced this often
FLUSH_S = float(inspect.signature(IngestPipeline.__init__).parameters["flush_interval"].default)
DECIDED = {Action.AUTHZ_APPROVE, Action.AUTHZ_REJECT, Action.AUTHZ_RETURN}
CLAIM_FREEING = {*DECIDED, Action.AUTHZ_RELEASE, Action.AUTHZ_LEASE_EXPIRED}
TRACKED = {Action.AUTHZ_SUBMIT, *DECIDED}  # changes whose arrival on the streams is timed
REQUEST_AUDIENCE = AUDIENCES[Target.AUTH_REQUEST].readers | {Permission.AUDIT_READ}
_CHANGE = msgspec.json.Decoder(Change)
_REQUEST = msgspec.json.Decoder(RequestPush)
_PUSH = msgspec.json.Decoder(wire.PushMessage)


def log(msg: str) -> None:
    print(f"[server-load {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- pure helpers (tests/core/test_bench_server_load.py) ------------------------------------------------
def percentile(values: Iterable[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100) of a non-empty collection: the smallest value with at
    least ``q`` % of the values at or below it."""
    s = sorted(values)
    if not s:
        raise ValueError("no values")
    return s[max(1, math.ceil(q / 100 * len(s))) - 1]


def lost(acked: Mapping[K, V], stored: Mapping[K, V]) -> tuple[list[K], list[K]]:
    """What was acknowledged but is not stored (``missing``), and what is stored otherwise than it was
    acknowledged (``different``: another count, teller or decision)."""
    missing = [k for k in acked if k not in stored]
    different = [k for k, v in acked.items() if k in stored and stored[k] != v]
    return missing, different


def claim_violations(entries: Iterable[tuple[str, int, int | None]]) -> dict[str, int]:
    """From the audited (action, request, actor) of authorization requests in audit order: claims of a
    request someone else still held (``double_claims``), decisions by somebody who did not hold the
    claim (``foreign_decisions``), and claims in total."""
    holder: dict[int, int | None] = {}
    double = foreign = claims = 0
    for action, rid, actor in entries:
        if action == Action.AUTHZ_CLAIM:
            claims += 1
            if holder.get(rid) is not None:
                double += 1
            holder[rid] = actor
        elif action in CLAIM_FREEING:
            if action in DECIDED and holder.get(rid) != actor:
                foreign += 1
            holder[rid] = None
    return {"double_claims": double, "foreign_decisions": foreign, "claims": claims}


def movements_per_s(reads_per_s: float, beacon_hz: float, dwell_s: float) -> float:
    """The movements a station population makes: every tag (reads / beacon rate) changes zone once per
    ``dwell_s`` on average, and each change is a leave and an enter."""
    return 2 * (reads_per_s / beacon_hz) / dwell_s


@dataclass(frozen=True)
class Mix:
    stations: int
    authorizers: int
    readers: int
    tellers: int


def mix(workstations: int, stations: int, authorizers: int) -> Mix:
    """The workstations by kind: the reader stations and the authorizers as asked; of the rest a third
    are queue readers and the others tellers."""
    rest = workstations - stations - authorizers
    if rest < 2:
        raise ValueError("too few workstations for stations, authorizers, tellers and readers")
    readers = rest // 3
    return Mix(stations, authorizers, readers, rest - readers)


# -- the private PostgreSQL cluster --------------------------------------------------------------------
def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    if not found:
        raise SystemExit("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin")
    return found[-1].parent


class Cluster:
    """A throwaway PostgreSQL cluster in ``root`` (as the ``postgres`` OS user when run as root)."""

    def __init__(self, root: Path, port: int) -> None:
        self.bin = _pg_bin()
        self.data = root / "pgdata"
        self.sock = root / "pgsock"
        self.logfile = root / "postgres.log"
        self.port = port
        self.started = False

    def _cmd(self, *args: str) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *args]
        return list(args)

    def _run(self, *args: str, timeout: float = 120) -> None:
        done = subprocess.run(self._cmd(*args), capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stderr.strip() or done.stdout.strip()}")

    def init(self) -> None:
        for d in (self.data, self.sock):
            d.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(self.data.parent, "postgres")
            for path in (self.data, self.sock):
                shutil.chown(path, "postgres", "postgres")
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--no-locale", "--no-sync",
        )  # fmt: skip

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 -c max_connections=300 "
            "-c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements"
        )
        if os.geteuid() == 0:
            self.logfile.touch()
            shutil.chown(self.logfile, "postgres")
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.logfile), "-o", options, "-w",
            "start",
        )  # fmt: skip
        self.started = True

    def restart(self) -> None:
        # -l: the new postmaster's output goes to the log, not to this process's pipe
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.logfile), "-m", "fast", "-w",
            "restart",
        )  # fmt: skip

    def stop(self) -> None:
        if not self.started:
            return
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop", timeout=30)
        except (RuntimeError, subprocess.TimeoutExpired):
            with contextlib.suppress(Exception):
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        self.started = False

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def url(self, user: str) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{DB_NAME}"


# -- CPU accounting ------------------------------------------------------------------------------------
_TICK = os.sysconf("SC_CLK_TCK")


def proc_cpu(pid: int, *, children: bool = False) -> float:
    """CPU seconds of a process (with ``children``: plus those of its reaped children)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    ticks = int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if children else 0)
    return ticks / _TICK


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


class CpuMeter:
    """CPU seconds used by groups of processes, summed from per-process deltas sampled every second, so
    a process that is killed or restarted (a server, the postmaster) does not make the sums jump."""

    def __init__(self, groups: Callable[[], dict[str, list[int]]]) -> None:
        self.groups = groups
        self.last: dict[int, float] = {}
        self.used: defaultdict[str, float] = defaultdict(float)

    def sample(self) -> None:
        for group, pids in self.groups().items():
            for pid in pids:
                now = proc_cpu(abs(pid), children=pid > 0)
                before = self.last.get(pid)
                if before is not None and now >= before:
                    self.used[group] += now - before
                self.last[pid] = now


def cluster_pids(postmaster: int | None) -> list[int]:
    """The postmaster and its live children (backends, background workers)."""
    if postmaster is None:
        return []
    pids = [postmaster]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == postmaster:
            pids.append(int(stat.parent.name))
    return pids


class Statements:
    """``pg_stat_statements`` of the private cluster: what the servers asked the database, per phase."""

    def __init__(self, port: int) -> None:
        self.dsn = f"host=127.0.0.1 port={port} user=postgres dbname={DB_NAME}"

    def _sql(self, sql: str) -> list[tuple[Any, ...]]:
        import psycopg

        try:
            with psycopg.connect(self.dsn, autocommit=True, connect_timeout=5) as c:
                return list(c.execute(sql).fetchall())
        except psycopg.Error as exc:
            log(f"pg_stat_statements: {exc}")
            return []

    def reset(self) -> None:
        self._sql("SELECT pg_stat_statements_reset()")

    def sessions(self) -> int:
        """Connections the cluster has opened so far (``pg_stat_database.sessions``, every database)."""
        rows = self._sql("SELECT coalesce(sum(sessions), 0) FROM pg_stat_database")
        return int(rows[0][0]) if rows else 0

    def top(self, span: float, n: int = 12) -> tuple[float, list[str]]:
        """Statements/s in total, and the ``n`` that took the most time (calls/s, mean ms, share)."""
        rows = self._sql(
            "SELECT calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110)"
            " FROM pg_stat_statements"
            " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
            " ORDER BY total_exec_time DESC"
        )
        total_calls = sum(r[0] for r in rows)
        total_ms = sum(r[1] for r in rows) or 1.0
        lines = [
            f"{calls / span:7.1f}/s {ms / max(calls, 1):6.2f} ms {100 * ms / total_ms:4.1f}%  {query}"
            for calls, ms, query in rows[:n]
        ]
        return total_calls / span, lines


def machine_busy() -> tuple[float, float]:
    with open("/proc/stat") as f:
        values = [float(x) for x in f.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


# -- setup: the database, the accounts, the servers ------------------------------------------------------
@dataclass
class Account:
    username: str
    role: Role
    station: str  # the station code it logs in at
    password: str = PW
    user_id: int = 0


@dataclass
class Accounts:
    stations: list[str]  # station codes
    devices: list[Account]  # the stations' service accounts
    operators: list[Account]  # a person at each station's screen
    authorizers: list[Account]
    readers: list[Account]
    tellers: list[Account]


def create_station_account(services: Any, actor: Any, username: str, station: str, password: str) -> None:
    """A reader station's service account (role ``station``), through the identity service. Bound to its
    station where the service supports it (``create_user(..., station=...)``)."""
    create = services.identity.create_user
    extra = {"station": station} if "station" in inspect.signature(create).parameters else {}
    create(
        actor, username, f"设备工作站 {station}", password, [Role.STATION], reason="bench station", **extra
    )


def seed(owner_url: str, m: Mix) -> Accounts:
    """The demo bank and the bench's accounts and readers, as the database owner, through the services."""
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import select

    from app import demo
    from app.db.engine import Database
    from app.db.models import FloorPlan, Zone
    from app.rbac import system_principal
    from app.services import build_services
    from hardware.channels import reader_problem

    db = Database(owner_url)
    try:
        demo.seed_demo(db)
        services = build_services(db, check_channel=reader_problem, embedded=False)
        actor = system_principal("bench")
        stations = [f"BST{i + 1:02d}" for i in range(m.stations)]
        acc = Accounts(
            stations,
            [Account(f"bst{i + 1:02d}_dev", Role.STATION, code) for i, code in enumerate(stations)],
            [Account(f"bst{i + 1:02d}_op", Role.OPERATOR, code) for i, code in enumerate(stations)],
            [Account(f"auth{i + 1:03d}", Role.SUPERVISOR, f"AZ{i + 1:03d}") for i in range(m.authorizers)],
            [Account(f"rev{i + 1:03d}", Role.REVIEWER, f"RV{i + 1:03d}") for i in range(m.readers)],
            [Account(f"tel{i + 1:03d}", Role.TELLER, f"TL{i + 1:03d}") for i in range(m.tellers)],
        )

        def person(a: Account) -> None:
            services.identity.create_user(actor, a.username, a.username, a.password, [a.role], reason="bench")

        def device(a: Account) -> None:
            create_station_account(services, actor, a.username, a.station, a.password)

        with ThreadPoolExecutor(4) as pool:  # scrypt releases the GIL
            list(pool.map(device, acc.devices))
            list(pool.map(person, [*acc.operators, *acc.authorizers, *acc.readers, *acc.tellers]))
        with db.read() as s:
            zones = s.execute(
                select(Zone.code, Zone.polygon_json, FloorPlan.code)
                .join(FloorPlan, FloorPlan.id == Zone.floorplan_id)
                .order_by(Zone.id)
            ).all()
        import json

        for i, code in enumerate(stations):
            for k in range(4):  # 4 readers, one zone each, assigned to the station
                zone, polygon, _plan = zones[(4 * i + k) % len(zones)]
                x, y = json.loads(polygon)[0]
                services.sites.save_reader(
                    actor,
                    f"{code}-R{k + 1}",
                    zone=zone,
                    name_zh=f"{code} 读卡器 {k + 1}",
                    name_en=f"{code} reader {k + 1}",
                    url=f"sim://reader/{code}-R{k + 1}?protocol=binary",
                    x=float(x) + 5,
                    y=float(y) + 5,
                    enabled=True,
                    antennas={},
                    station=code,
                    reason="bench station reader",
                )
        return acc
    finally:
        db.dispose()


class Servers:
    """``main.py serve`` processes on consecutive ports, one database, one data folder."""

    def __init__(self, root: Path, app_url: str, ports: list[int], threads: int) -> None:
        self.root = root
        self.app_url = app_url
        self.ports = ports
        self.threads = threads
        self.procs: dict[int, subprocess.Popen[bytes]] = {}
        self.env = {**os.environ, "BANKSUITE_DATA_DIR": str(root / "server")}
        self.logs = [root / f"server{i}.log" for i in range(len(ports))]

    @property
    def urls(self) -> list[str]:
        return [f"https://127.0.0.1:{p}" for p in self.ports]

    def init(self) -> str:
        done = subprocess.run(
            [sys.executable, "main.py", "serve", "--init"],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )
        found = re.search(r"^fingerprint: (\S+)$", done.stdout, re.M)
        if not found:
            raise RuntimeError(f"serve --init printed no fingerprint: {done.stdout}")
        return found.group(1)

    def start(self, i: int) -> None:
        out = self.logs[i].open("ab")
        self.procs[i] = subprocess.Popen(
            [sys.executable, "main.py", "--db", self.app_url, "serve", "--port", str(self.ports[i]),
             "--threads", str(self.threads), "--log-level", "warning"],
            cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        out.close()

    def wait_ready(self, i: int, pin: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        conn = Connection([self.urls[i]], pin)
        try:
            while True:
                proc = self.procs[i]
                if proc.poll() is not None:
                    raise RuntimeError(f"server {i} exited ({proc.returncode}): {self.tail(i)}")
                try:
                    conn.health()
                    return
                except SuiteError:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"server {i} did not come up: {self.tail(i)}") from None
                    time.sleep(0.2)
        finally:
            conn.close()

    def kill(self, i: int) -> None:
        proc = self.procs.get(i)
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)  # uvicorn's graceful shutdown
        for proc in self.procs.values():
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)

    def cpu(self) -> float:
        return sum(proc_cpu(p.pid) for p in self.procs.values() if p.poll() is None)

    def tail(self, i: int, lines: int = 30) -> str:
        try:
            return "\n".join(self.logs[i].read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


# -- what the run records ------------------------------------------------------------------------------
TRANSIENT = (Unreachable, DatabaseUnavailable)


@dataclass
class PhaseStats:
    name: str
    start: float = 0.0
    end: float = 0.0
    calls: Counter[str] = field(default_factory=Counter)  # successful calls by name
    call_ms: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter[str] = field(default_factory=Counter)  # unexpected failures by name and kind
    transient: Counter[str] = field(default_factory=Counter)  # outage failures, retried
    conflicts: int = 0  # lost claim races (expected)
    claims_empty: int = 0
    submits: int = 0
    decisions: int = 0
    batches: int = 0
    movements: int = 0
    reads: int = 0
    tracking_items: int = 0
    loop_lag_ms: list[float] = field(default_factory=list)
    backlog_max: int = 0  # the stations' unacknowledged batches, at most
    push_not_back: int = 0  # streams that went offline here and were not live again by the end
    unpublished_max: int = 0  # committed changes not yet numbered by a publisher, at most
    unpublished_age_max: float = 0.0  # the oldest of them, s
    fanout_behind_max: int = 0  # numbered changes a server's fan-out had not followed yet, at most
    push_lag_ms: list[float] = field(default_factory=list)  # a change's time on the server -> arrival
    tracking_lag_ms: list[float] = field(default_factory=list)  # the same for the stations' reports
    server_rss_mb: float = 0.0  # the largest server process, at most
    statements_per_s: float = 0.0
    connections_per_s: float = 0.0  # new database connections (the servers' pools churning)
    statements: list[str] = field(default_factory=list)  # the database's busiest statements
    push_reconnect_s: list[float] = field(default_factory=list)
    call_outage_s: list[float] = field(default_factory=list)
    fault_at: float | None = None
    fault_done: float | None = None
    cpu: dict[str, float] = field(default_factory=dict)


@dataclass
class Timed:
    """A change whose arrival on other workstations' streams is timed."""

    phase: str
    t0: float  # the call's start
    rid: int
    origin: Workstation
    to: Workstation | None  # one recipient (a decision: the teller), or None: everyone else


class Run:
    def __init__(self, cfg: argparse.Namespace) -> None:
        self.cfg = cfg
        self.phase = "warmup"
        self.phases: dict[str, PhaseStats] = {"warmup": PhaseStats("warmup")}
        self.generating = True  # tellers and stations make new work
        self.finishing = False  # authorizers stop once the queue is empty
        self.timed: dict[int, Timed] = {}  # audit id -> change
        self.arrivals: dict[int, dict[int, float]] = defaultdict(dict)  # audit id -> ws -> first arrival
        self.acked_submits: dict[int, int] = {}  # request -> teller's user id
        self.acked_claims: dict[tuple[int, int], int] = {}  # (request, authorizer) -> claims acked
        self.acked_decisions: dict[tuple[int, int], str] = {}  # (request, authorizer) -> decision
        self.acked_batches: dict[str, int] = {}  # key -> movements
        self.batches_by_station: Counter[str] = Counter()  # movements acknowledged per station
        self.teller_of: dict[int, Workstation] = {}  # request -> its teller's workstation
        self.logins_ms: list[float] = []  # the initial log-ins
        self.stopped = asyncio.Event()  # set with ``generating = False``
        self.spools: list[deque[Batch]] = []  # the stations' unacknowledged batches
        self.reloads: set[Coalesced] = set()  # cancelled at the end

    async def pause(self, seconds: float) -> bool:
        """Sleep ``seconds``; False (at once) when the run stops making new work."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopped.wait(), seconds)
        return self.generating

    def stop_generating(self) -> None:
        self.generating = False
        self.stopped.set()

    @property
    def stats(self) -> PhaseStats:
        return self.phases[self.phase]

    def begin(self, name: str) -> PhaseStats:
        self.phase = name
        self.phases[name] = stats = PhaseStats(name, start=time.perf_counter())
        return stats


# -- one workstation's session: calls with fail-over, the push stream ------------------------------------
class Workstation:
    """One session (a person's at a workstation, or a station's devices) with its own HTTP client per
    server and, for a person, its push stream."""

    def __init__(
        self,
        run: Run,
        index: int,
        kind: str,
        account: Account,
        servers: list[str],
        contexts: dict[str, ssl.SSLContext],
    ) -> None:
        self.run = run
        self.index = index
        self.kind = kind
        self.account = account
        self.servers = servers[index % len(servers) :] + servers[: index % len(servers)]
        self.contexts = contexts
        self.preferred = 0
        self.clients: dict[str, httpx.AsyncClient] = {}
        self.token = ""
        self.user_id = 0
        self.sessions: list[list[float]] = []  # [logged in, logged out] (inf while logged in)
        self.stream: Stream | None = None
        self.down_since: float | None = None  # the first of a run of outage failures
        self.on_auth_change: Callable[[Change], None] | None = None
        self.wake = asyncio.Event()
        self.my_requests: set[int] = set()
        self.cycling = asyncio.Lock()  # held while logging out and in again
        self.sees_requests = False
        self.machine = uuid.uuid4().hex  # the workstation program's own id (one program per station)
        # its own address (127.0.x.y; the loopback answers to all of 127/8): the server tells the
        # workstations apart by address (the log-in throttle counts per address)
        self.address = f"127.0.{1 + (index + 1) // 250 % 250}.{1 + (index + 1) % 250}"
        self.on_live: list[Callable[[], None]] = []  # the stream went live (again)
        self.on_views: Callable[[list[RequestView]], object] | None = None  # requests' views arrived

    def order(self) -> list[str]:
        return self.servers[self.preferred :] + self.servers[: self.preferred]

    def client(self, server: str) -> httpx.AsyncClient:
        c = self.clients.get(server)
        if c is None:
            c = self.clients[server] = httpx.AsyncClient(
                base_url=server,
                verify=self.contexts[server],
                timeout=httpx.Timeout(60.0, connect=CONNECT_TIMEOUT),
                limits=httpx.Limits(max_connections=4, max_keepalive_connections=4),
                transport=httpx.AsyncHTTPTransport(
                    verify=self.contexts[server],
                    local_address=self.address,
                    limits=httpx.Limits(max_connections=4),
                ),
            )
        return c

    async def close(self) -> None:
        if self.stream is not None:
            await self.stream.stop(final=True)
        for c in self.clients.values():
            with contextlib.suppress(Exception):
                await c.aclose()

    async def post(self, path: str, body: bytes, *, auth: bool = True) -> bytes:
        """``Connection.post`` over asyncio: the next address if one does not connect; a call that was
        sent but got no answer raises ``Unreachable(sent=True)``."""
        problems: list[str] = []
        for server in self.order():
            headers = {"content-type": "application/json"}
            if auth and self.token:
                headers["authorization"] = f"Bearer {self.token}"
            try:
                response = await self.client(server).post(path, content=body, headers=headers)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
                problems.append(f"{server}: {exc!r}")
                continue
            except httpx.TransportError as exc:
                raise Unreachable(f"no answer: {exc!r}", servers=[server], sent=True) from exc
            self.preferred = self.servers.index(server)
            if response.status_code == 200:
                return response.content
            Connection._raise(response)
        raise Unreachable(
            "no suite server reachable: " + "; ".join(problems), servers=self.servers, sent=False
        )

    async def call(self, name: str, **args: Any) -> Any:
        """One attempt of ``name`` (an ``app.rpc`` endpoint), timed and counted in the current phase."""
        endpoint = rpc.endpoints()[name]
        stats = self.run.stats
        t0 = time.perf_counter()
        try:
            data = await self.post(f"/api/call/{name}", wire.encode(args))
        except TRANSIENT as exc:
            stats.transient[name] += 1
            self._down()
            raise exc
        except SuiteError as exc:
            self._up()
            raise exc
        self._up()
        stats.calls[name] += 1
        stats.call_ms[name].append((time.perf_counter() - t0) * 1000)
        return wire.decode(data, endpoint.result).result

    def _down(self) -> None:
        if self.down_since is None:
            self.down_since = time.perf_counter()

    def _up(self) -> None:
        if self.down_since is not None:
            self.run.stats.call_outage_s.append(time.perf_counter() - self.down_since)
            self.down_since = None

    async def persist(self, name: str, **args: Any) -> Any:
        """An idempotent call (a read, an upload by hash, an ingest batch by key), repeated through
        outages until it is answered."""
        backoff = 0.1
        while True:
            token = self.token
            try:
                return await self.call(name, **args)
            except TRANSIENT:
                await asyncio.sleep(backoff * random.uniform(0.8, 1.0))
                backoff = min(backoff * 2, 2.0)
            except SessionEnded:
                if self.cycling.locked() or self.token != token:  # logged out on purpose (--relogins)
                    async with self.cycling:  # the screen waits for the new log-in
                        continue
                self.run.stats.errors[f"{name}: session ended"] += 1
                async with self.cycling:
                    await self.login()

    async def login(self) -> None:
        request = wire.LoginRequest(
            station=self.account.station, username=self.account.username, password=PW, machine=self.machine
        )
        backoff = 0.1
        while True:
            t0 = time.perf_counter()
            try:
                data = await self.post("/api/login", wire.encode(request), auth=False)
                break
            except TRANSIENT:
                self.run.stats.transient["login"] += 1
                self._down()
                await asyncio.sleep(backoff * random.uniform(0.8, 1.0))
                backoff = min(backoff * 2, 2.0)
        self._up()
        ms = (time.perf_counter() - t0) * 1000
        self.run.stats.calls["login"] += 1
        self.run.stats.call_ms["login"].append(ms)
        if self.run.phase == "warmup":
            self.run.logins_ms.append(ms)
        reply: wire.LoginReply = wire.decode(data, wire.LoginReply)
        self.token = reply.token
        self.user_id = self.account.user_id = reply.principal.user_id or 0
        # whom the push stream shows every request (app.services.audience); a teller sees its own
        self.sees_requests = any(reply.principal.can(p) for p in REQUEST_AUDIENCE)
        self.sessions.append([time.perf_counter(), float("inf")])
        if self.kind not in ("device", "calibrate"):
            self.stream = Stream(self, reply.push_seq)

    async def logout(self) -> None:
        if self.stream is not None:
            await self.stream.stop()
            self.stream = None
        self.sessions[-1][1] = time.perf_counter()
        try:
            await self.post("/api/logout", b"{}")
            self.run.stats.calls["logout"] += 1
        except SuiteError as exc:
            self.run.stats.errors[f"logout: {type(exc).__name__}"] += 1
        self.token = ""

    def logged_in_over(self, start: float, end: float) -> bool:
        return any(a <= start and b >= end for a, b in self.sessions)

    # -- what the push stream delivers (the event loop) ------------------------------------------------
    def delivered(self, items: list[wire.PushItem], now: float) -> None:
        run = self.run
        wall = time.time()
        for item in items:  # the server's clock at the change's commit -> here (one machine)
            lag = run.stats.tracking_lag_ms if item.kind == Kind.TRACKING else run.stats.push_lag_ms
            if len(lag) < 200_000:
                lag.append((wall - item.at.timestamp()) * 1000)
        if self.on_views is not None:  # a screen keeps its list from them (--lists views)
            views = [_REQUEST.decode(i.data).view for i in items if i.kind == Kind.REQUEST]
            if views:
                self.on_views(views)
        for item in items:
            if item.kind == Kind.TRACKING:
                run.stats.tracking_items += 1
                continue
            if item.kind != Kind.CHANGE:
                continue
            change = _CHANGE.decode(item.data)
            if change.target_type != Target.AUTH_REQUEST:
                continue
            if change.action in TRACKED and change.audit_id is not None:
                run.arrivals[change.audit_id].setdefault(self.index, now)
            if self.on_auth_change is not None:
                self.on_auth_change(change)
            self.wake.set()


class Stream:
    """A workstation's push stream (``app.client.push.PushClient`` over asyncio): resumed from the last
    position after any disconnect, failing over to the next server address."""

    def __init__(self, ws: Workstation, since: int) -> None:
        self.ws = ws
        self.since = since
        self.live = False
        self.offline_since: float | None = None
        self.offline_phase = ""
        self.ended = False
        self.connects = 0
        self.task = asyncio.create_task(self._run(), name=f"push-{ws.account.username}")

    async def stop(self, *, final: bool = False) -> None:
        if final and self.offline_since is not None:  # never live again (the run ended first): counted
            phase = self.ws.run.phases[self.offline_phase]
            phase.push_not_back += 1
            phase.push_reconnect_s.append(time.perf_counter() - self.offline_since)
            self.offline_since = None
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self.task

    def _offline(self) -> None:
        self.live = False
        if self.offline_since is None:
            self.offline_since = time.perf_counter()
            self.offline_phase = self.ws.run.phase  # the reconnect counts there, wherever it ends

    async def _run(self) -> None:
        backoff = 0.2
        while True:
            for server in self.ws.order():
                try:
                    await self._stream(server)
                    backoff = 0.2
                except (
                    OSError,
                    TimeoutError,
                    ConnectionClosed,
                    InvalidHandshake,
                    InvalidURI,
                    msgspec.DecodeError,
                ):
                    pass
                self._offline()
                if self.ended:
                    return
            await asyncio.sleep(backoff * random.uniform(0.8, 1.0))
            backoff = min(backoff * 2, 5.0)

    async def _stream(self, server: str) -> None:
        uri = server.replace("https://", "wss://", 1) + "/api/push"
        async with ws_connect(
            uri,
            ssl=self.ws.contexts[server],
            open_timeout=CONNECT_TIMEOUT,
            max_size=None,
            close_timeout=1,
            local_addr=(self.ws.address, 0),
        ) as sock:
            await sock.send(wire.encode(wire.PushHello(self.ws.token, self.since)))
            self.connects += 1
            async for raw in sock:
                now = time.perf_counter()
                message = _PUSH.decode(raw)
                if isinstance(message, wire.PushBatch):
                    self.ws.delivered(message.items, now)
                    self.since = message.upto
                elif isinstance(message, wire.PushReady):
                    self.since = max(self.since, message.seq)
                    self.live = True
                    for hook in self.ws.on_live:
                        hook()
                    if self.offline_since is not None:
                        phase = self.ws.run.phases[self.offline_phase]
                        phase.push_reconnect_s.append(now - self.offline_since)
                        self.offline_since = None
                elif isinstance(message, wire.PushReset):
                    self.since = message.seq
                elif isinstance(message, wire.PushEnd):
                    if message.why == "session_ended":
                        self.ended = True
                    return


class Coalesced:
    """Run ``fn`` after a poke, at most once per ``interval`` (the docks' reload on a change)."""

    def __init__(self, fn: Callable[[], Awaitable[object]], interval: float, run: Run):
        run.reloads.add(self)
        self.run = run
        self.fn = fn
        self.interval = interval
        self.pending = False
        self.closed = False
        self.task: asyncio.Task[None] | None = None

    def poke(self, _change: object = None) -> None:
        if self.closed or self.interval <= 0:  # 0: the screen follows the push stream only
            return
        self.pending = True
        if self.task is None or self.task.done():
            self.task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while self.pending:
            self.pending = False
            t0 = time.perf_counter()
            try:
                await self.fn()
            except SuiteError as exc:
                self.run.stats.errors[f"reload: {type(exc).__name__}: {exc.message[:60]}"] += 1
            await asyncio.sleep(max(0.0, self.interval - (time.perf_counter() - t0)))

    def cancel(self) -> None:
        self.closed = True
        if self.task is not None:
            self.task.cancel()


class ScreenList:
    """A dock's request list as the GUI keeps it in server mode (``app.authz_lists``): read each time
    the stream goes live (and at the start), otherwise kept from the views the stream carries."""

    def __init__(self, ws: Workstation, live: LiveList, load: Callable[[], Awaitable[list[RequestView]]]):
        self.live = live
        self.load = load
        self.reload = Coalesced(self._load, 0.5, ws.run)
        ws.on_live.append(self.reload.poke)
        ws.on_views = live.pushed
        self.reload.poke()

    async def _load(self) -> None:
        self.live.reloading()
        self.live.loaded(await self.load())

    def cancel(self) -> None:
        self.reload.cancel()


def screen(ws: Workstation, live: LiveList, load: Callable[[], Awaitable[Any]]) -> Coalesced | ScreenList:
    """The list a screen shows: ``--lists views`` as the GUI keeps it (``ScreenList``); ``--lists
    reload`` reads it again on every change (at most once per ``--reload-s``), as the GUI did before."""
    if ws.run.cfg.lists == "views":
        return ScreenList(ws, live, load)
    reload = Coalesced(load, ws.run.cfg.reload_s, ws.run)
    ws.on_auth_change = reload.poke
    return reload


# -- behaviours -----------------------------------------------------------------------------------------
class Images:
    """A unique ID-card and voucher JPEG (640x400, about 60 KB) per request, on a worker thread."""

    def __init__(self) -> None:
        import numpy as np

        rng = np.random.default_rng(7)
        self.base = (200 + rng.integers(0, 40, (400, 640, 3))).astype("uint8")

    def make(self, label: str) -> list[tuple[str, bytes]]:
        import cv2

        out = []
        for kind in ("id_card", "voucher"):
            img = self.base.copy()
            cv2.putText(img, f"{kind} {label}", (20, 200), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (30, 30, 30), 3)
            ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 80])
            assert ok
            out.append((kind, bytes(buf)))
        return out


_account_numbers = itertools.count(1)


async def teller(ws: Workstation, rate_per_s: float, images: Images, relogin: Relogins) -> None:
    run = ws.run
    rng = random.Random(ws.index)
    mine = LiveList(lambda v: v.teller == ws.account.username, newest_first, limit=50)
    reload = screen(ws, mine, lambda: ws.persist("authorization.requests_of", limit=50))
    if isinstance(reload, Coalesced):  # --lists reload: on a change of one of its own requests
        poke = reload.poke
        ws.on_auth_change = lambda change: (
            poke() if any(i.isdigit() and int(i) in ws.my_requests for i in change.target_ids) else None
        )
    try:
        while await run.pause(rng.expovariate(rate_per_s)):
            if relogin.due(ws):
                await relogin.cycle(ws)
            await submit_one(ws, rng, images)
    finally:
        reload.cancel()


async def submit_one(ws: Workstation, rng: random.Random, images: Images) -> None:
    run = ws.run
    n = next(_account_numbers)
    two_level = rng.random() < ws.run.cfg.two_level
    yuan = rng.uniform(1_000_001, 4_000_000) if two_level else rng.uniform(50_001, 999_000)
    pictures = await asyncio.to_thread(images.make, f"{ws.account.username}-{n}")
    attachments = []
    for kind, data in pictures:
        sha = hashlib.sha256(data).hexdigest()
        await ws.persist("blobs.put", data=data, ext="jpg", sha256=sha)
        attachments.append((kind, sha, "jpg"))
    draft = Draft(
        "CASH_WD", "CNY", round(yuan * 100), f"6222{n:015d}", "张三", "大额取现", "BR01",
        attachments=tuple(attachments),
    )  # fmt: skip
    t0, phase, tries = time.perf_counter(), run.phase, 0
    backoff = 0.1
    while True:
        tries += 1
        try:
            change: Change = await ws.call("authorization.submit", draft=draft)
        except TRANSIENT:  # maybe done: sent again, the service's duplicate check says so
            await asyncio.sleep(backoff * random.uniform(0.8, 1.0))
            backoff = min(backoff * 2, 2.0)
            continue
        except SuiteError as exc:
            if tries > 1 and exc.params.get("problem") == "duplicate":  # the first attempt was stored
                rid = int(exc.params["request_id"])
                run.acked_submits[rid] = ws.user_id
                run.teller_of[rid] = ws
                ws.my_requests.add(rid)
                run.phases[phase].submits += 1
                return
            run.stats.errors[f"submit: {type(exc).__name__}: {exc.message[:60]}"] += 1
            return
        break
    rid = int(change.target_ids[0])
    run.acked_submits[rid] = ws.user_id
    run.teller_of[rid] = ws
    ws.my_requests.add(rid)
    run.phases[phase].submits += 1
    if change.audit_id is not None:
        run.timed[change.audit_id] = Timed(phase, t0, rid, ws, None)


async def authorizer(ws: Workstation, rng: random.Random) -> None:
    run = ws.run
    shown = LiveList(in_queue, queue_order)
    reload = screen(ws, shown, lambda: ws.persist("authorization.queue"))
    resume = True  # look for claims of ours whose answer was lost (and at the start)
    idle = 0  # claims in a row that found nothing
    tried: set[int] = set()  # the waiting requests on the screen when it last took work
    looked = False  # 2 s passed without a change
    try:
        while True:
            if resume:
                resume = False
                for view in await ws.persist("authorization.queue"):
                    if view.status == "claimed" and view.claimed_by == ws.account.username:
                        resume = not await review_and_decide(ws, rng, view.id) or resume
            ws.wake.clear()
            if run.cfg.lists == "views" and not run.finishing:
                # the authorizer takes work when a request appears waiting in the queue on the
                # screen (new, released, or its first level done), and every 2 s while one waits
                waiting = {v.id for v in shown.rows if v.status == "pending"}
                if not (waiting - tried) and not (waiting and looked):
                    try:
                        await asyncio.wait_for(ws.wake.wait(), 2.0)
                        looked = False
                    except TimeoutError:
                        looked = True
                    continue
                tried, looked = waiting, False
                # the authorizer sees it and reaches for the key (--react-s); meanwhile another may
                # have taken it, which the screen then shows
                await asyncio.sleep(rng.uniform(*run.cfg.react_s))
                if not any(v.status == "pending" for v in shown.rows):
                    continue
            rid: int | None = None
            try:
                if rng.random() < 0.3:  # one of the queue on the screen
                    queue = shown.rows if run.cfg.lists == "views" else await ws.call("authorization.queue")
                    pending = [v.id for v in queue if v.status == "pending" and v.mode == "remote"]
                    if pending:
                        target = rng.choice(pending[:3])
                        try:
                            change = await ws.call("authorization.claim", request_id=target)
                            rid = int(change.target_ids[0])
                        except TRANSIENT:
                            raise
                        except SuiteError:  # somebody was faster, or four eyes
                            run.stats.conflicts += 1
                            continue
                else:
                    got: Change | None = await ws.call("authorization.claim_next")
                    rid = int(got.target_ids[0]) if got is not None else None
            except TRANSIENT:
                resume = True  # a claim may have been made without its answer
                await asyncio.sleep(0.2)
                continue
            except SuiteError as exc:
                run.stats.errors[f"claim: {type(exc).__name__}: {exc.message[:60]}"] += 1
                await asyncio.sleep(0.5)
                continue
            if rid is None:
                run.stats.claims_empty += 1
                idle += 1
                if run.finishing and idle >= 3:  # (a second level waits for another authorizer)
                    return
                if run.finishing:
                    await asyncio.sleep(1.0)
                    continue
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(ws.wake.wait(), 2.0)
                continue
            idle = 0
            run.acked_claims[(rid, ws.user_id)] = run.acked_claims.get((rid, ws.user_id), 0) + 1
            if not await review_and_decide(ws, rng, rid):
                resume = True
    finally:
        reload.cancel()


async def review_and_decide(ws: Workstation, rng: random.Random, rid: int) -> bool:
    """Read the request and its images, think, decide. False if the decision's answer was lost and
    the request is still ours (look again later)."""
    run = ws.run
    view = await ws.persist("authorization.get", request_id=rid)
    for _kind, sha, ext in view.attachments:
        await ws.persist("blobs.get", sha256=sha, ext=ext)
    await asyncio.sleep(rng.uniform(0.3, 1.5))
    approve = rng.random() < 0.9
    decision, comment = ("approve", "核对无误") if approve else ("reject", "证件与申请人不符")
    t0, phase = time.perf_counter(), run.phase
    try:
        change: Change = await ws.call(
            "authorization.decide", request_id=rid, decision=decision, comment=comment
        )
    except TRANSIENT:
        after = await ws.persist("authorization.get", request_id=rid)
        if any(d.authorizer == ws.account.username for d in after.decisions):
            run.acked_decisions[(rid, ws.user_id)] = decision  # done before the answer was lost
            run.phases[phase].decisions += 1
            return True
        return not (after.status == "claimed" and after.claimed_by == ws.account.username)
    except SuiteError as exc:
        run.stats.errors[f"decide: {type(exc).__name__}: {exc.message[:60]}"] += 1
        return True
    run.acked_decisions[(rid, ws.user_id)] = decision
    run.phases[phase].decisions += 1
    teller_ws = run.teller_of.get(rid)
    if change.audit_id is not None and teller_ws is not None:
        run.timed[change.audit_id] = Timed(phase, t0, rid, ws, teller_ws)
    return True


def map_reload(ws: Workstation) -> Callable[[], Awaitable[object]]:
    """What a shared map re-reads each time its stream goes live (then the stream moves it)."""

    async def reload() -> None:
        await ws.persist("positions.presence")
        await ws.persist("tracking.health")

    return reload


async def queue_reader(ws: Workstation, rng: random.Random, relogin: Relogins) -> None:
    run = ws.run

    if run.cfg.lists == "reload":

        async def look() -> None:
            queue = await ws.persist("authorization.queue")
            if queue and rng.random() < 1 / 3:
                await ws.persist("authorization.get", request_id=rng.choice(queue).id)

        reload: Coalesced | ScreenList = screen(ws, LiveList(in_queue, queue_order), look)
        opens = 0.0  # a third of the reloads open one
    else:
        shown = LiveList(in_queue, queue_order)
        reload = screen(ws, shown, lambda: ws.persist("authorization.queue"))
        opens = run.cfg.opens_per_min / 60
    try:
        while await run.pause(rng.expovariate(opens) if opens else 1.0):
            if relogin.due(ws):
                await relogin.cycle(ws)
            if opens and shown.rows:  # the reviewer opens one of the requests on the screen
                await ws.persist("authorization.get", request_id=rng.choice(shown.rows).id)
    finally:
        reload.cancel()


@dataclass
class Batch:
    key: str
    moves: list[MovementIn]


async def station(ws: Workstation, cfg: argparse.Namespace, n_stations: int) -> None:
    """A reader station's devices: reads -> the presence engine -> movement batches every ``FLUSH_S``,
    sent in order under their keys until acknowledged."""
    run = ws.run
    rng = random.Random(1000 + ws.index)
    mapping = await ws.persist("tracking.mapping")
    readers = sorted({(reader, zone) for reader, antenna, zone in mapping.zones if antenna == 0})
    if not readers:
        raise RuntimeError(f"station {ws.account.station} has no readers")
    engine = PresenceEngine(mapping.zone_of(), PresenceConfig())
    tags_n = max(1, round(cfg.reads_per_s / cfg.beacon_hz / n_stations))
    buckets = max(1, round(1 / (cfg.beacon_hz * BEACON_BUCKET_S)))
    prefix = ws.account.station[-2:]
    tags = [f"B{prefix}{n:05X}" for n in range(tags_n)]
    where = [rng.randrange(len(readers)) for _ in tags]
    move_at = [time.time() + rng.expovariate(1 / cfg.dwell_s) for _ in tags]
    spool: deque[Batch] = deque()
    run.spools.append(spool)
    ready = asyncio.Event()

    async def sender() -> None:
        backoff = 0.1
        while True:
            if not spool:
                ready.clear()
                if not run.generating and not spool:
                    return
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(ready.wait(), 0.5)
                continue
            batch = spool[0]
            try:
                receipt = await ws.call("tracking.ingest", batch_key=batch.key, changes=batch.moves)
            except TRANSIENT:  # the same batch again, under the same key
                await asyncio.sleep(backoff * random.uniform(0.8, 1.0))
                backoff = min(backoff * 2, 2.0)
                continue
            except SuiteError as exc:
                run.stats.errors[f"ingest: {type(exc).__name__}: {exc.message[:60]}"] += 1
                await asyncio.sleep(0.5)
                continue
            backoff = 0.1
            spool.popleft()
            run.acked_batches[batch.key] = receipt.count
            run.batches_by_station[ws.account.station] += receipt.count
            run.stats.batches += 1
            run.stats.movements += receipt.count

    async def health() -> None:
        """The readers' health, every ``HEALTH_EVERY`` s: the station's sign of life (else its readers
        turn stale on every map). The stations of a bank did not start in the same second: each one's
        reports come at a phase of its own (the bench logs them all in at once)."""
        frames = 0
        first = True
        while run.generating:
            frames += int(HEALTH_EVERY * cfg.reads_per_s / n_stations / len(readers))
            statuses = [
                ReaderStatus(
                    r,
                    LinkState.CONNECTED,
                    time.time(),
                    frames,
                    0,
                    0,
                    0,
                    cfg.reads_per_s / n_stations / len(readers),
                )
                for r, _zone in readers
            ]
            await ws.persist("tracking.report_health", statuses=statuses)
            await run.pause(random.uniform(0, HEALTH_EVERY) if first else HEALTH_EVERY)
            first = False

    sending = asyncio.create_task(sender())
    reporting = asyncio.create_task(health())
    tick = 0
    next_tick = time.perf_counter()
    last_expire = time.time()
    try:
        while run.generating:
            next_tick += BEACON_BUCKET_S
            await asyncio.sleep(max(0.0, next_tick - time.perf_counter()))
            now, mono = time.time(), time.monotonic()
            changes = []
            for k in range(tick % buckets, tags_n, buckets):  # the tags that beacon in this tick
                if now >= move_at[k]:
                    where[k] = (where[k] + rng.randrange(1, len(readers))) % len(readers)
                    move_at[k] = now + rng.expovariate(1 / cfg.dwell_s)
                reader = readers[where[k]][0]
                changes += engine.process(TagRead(reader, 1, tags[k], -55 + rng.randint(-4, 4), now, mono))
            run.stats.reads += len(range(tick % buckets, tags_n, buckets))
            tick += 1
            if now - last_expire >= 1.0:
                changes += engine.expire(now, mono)
                last_expire = now
            if changes:
                spool.append(Batch(new_batch_key(ws.account.station), [MovementIn.of(c) for c in changes]))
                ready.set()
        ready.set()
        await sending
    finally:
        sending.cancel()
        reporting.cancel()


class Relogins:
    """Log-outs and log-ins during the run: ``per_min`` in total, spread over the eligible workstations."""

    def __init__(self, run: Run, per_min: float, eligible: int) -> None:
        self.run = run
        self.p = per_min / 60 / max(1, eligible)  # per workstation and second
        self.last: dict[int, float] = {}

    def due(self, ws: Workstation) -> bool:
        now = time.perf_counter()
        last = self.last.setdefault(ws.index, now)
        self.last[ws.index] = now
        return self.run.generating and random.random() < 1 - math.exp(-self.p * (now - last))

    async def cycle(self, ws: Workstation) -> None:
        async with ws.cycling:
            await ws.logout()
            await ws.login()


async def monitor(run: Run, cpu: CpuMeter) -> None:
    """How late the event loop runs, how many batches the stations hold unacknowledged, CPU use."""
    n = 0
    while True:
        t = time.perf_counter()
        await asyncio.sleep(0.05)
        stats = run.stats
        stats.loop_lag_ms.append(max(0.0, (time.perf_counter() - t - 0.05) * 1000))
        stats.backlog_max = max(stats.backlog_max, sum(len(s) for s in run.spools))
        n += 1
        if n % 20 == 0:
            cpu.sample()
            stats.server_rss_mb = max(
                [stats.server_rss_mb, *(rss_mb(pid) for pid in cpu.groups()["servers"])]
            )


async def push_probe(run: Run, env: Env, contexts: dict[str, ssl.SSLContext]) -> None:
    """Where a change waits on its way to the workstations, every half second: committed but not yet
    numbered by a publisher (``unpublished``, and how old the oldest is), and numbered but not yet
    followed by a server's fan-out (the database's newest position minus the server's ``push_seq``)."""
    import psycopg

    clients = {u: httpx.AsyncClient(base_url=u, verify=contexts[u], timeout=2.0) for u in env.servers.urls}
    conn: psycopg.AsyncConnection[Any] | None = None
    try:
        while True:
            await asyncio.sleep(0.5)
            stats = run.stats
            try:
                if conn is None or conn.closed:
                    conn = await psycopg.AsyncConnection.connect(env.statements.dsn, autocommit=True)
                cur = await conn.execute(
                    "SELECT (SELECT coalesce(max(seq), 0) FROM change_log), count(*),"
                    " coalesce(extract(epoch FROM now() - min(at)), 0) FROM change_log WHERE seq IS NULL"
                )
                row = await cur.fetchone()
                assert row is not None
                top, n, age = row
            except psycopg.Error:
                conn = None
                continue
            stats.unpublished_max = max(stats.unpublished_max, int(n))
            stats.unpublished_age_max = max(stats.unpublished_age_max, float(age))
            for client in clients.values():
                try:
                    health = wire.decode((await client.get("/api/health")).content)
                except (httpx.HTTPError, msgspec.DecodeError):
                    continue
                stats.fanout_behind_max = max(stats.fanout_behind_max, int(top) - int(health["push_seq"]))
    finally:
        for client in clients.values():
            await client.aclose()
        if conn is not None:
            await conn.close()


# -- the load --------------------------------------------------------------------------------------------
@dataclass
class Env:
    root: Path
    cluster: Cluster
    servers: Servers
    pin: str
    accounts: Accounts
    owner_url: str
    statements: Statements


async def run_load(cfg: argparse.Namespace, env: Env, phases: list[str]) -> Run:
    run = Run(cfg)
    urls = env.servers.urls
    pinned = Connection(urls, env.pin)  # the pin checked once per address, as a workstation does
    contexts = {u: pinned.ssl_context(u) for u in urls}
    pinned.close()
    acc = env.accounts
    people: list[tuple[str, Account]] = [
        *(("operator", a) for a in acc.operators),
        *(("authorizer", a) for a in acc.authorizers),
        *(("reader", a) for a in acc.readers),
        *(("teller", a) for a in acc.tellers),
    ]
    rng = random.Random(1)
    rng.shuffle(people)  # kinds spread over the two servers
    sessions = [Workstation(run, i, kind, a, urls, contexts) for i, (kind, a) in enumerate(people)]
    devices = [
        Workstation(run, len(sessions) + i, "device", a, urls, contexts) for i, a in enumerate(acc.devices)
    ]
    everyone = sessions + devices
    for ws in sessions:
        if ws.kind in ("operator", "authorizer"):  # their map: who is where and the readers' health
            ws.on_live.append(Coalesced(map_reload(ws), 0.5, run).poke)  # each time the stream goes live
    cpu = CpuMeter(
        lambda: {
            "servers": [p.pid for p in env.servers.procs.values() if p.poll() is None],
            "postgres": cluster_pids(env.cluster.postmaster_pid()),
            "client": [-os.getpid()],  # without its reaped children (a killed server)
        }
    )
    cpu.sample()
    lag = asyncio.create_task(monitor(run, cpu))
    probe = asyncio.create_task(push_probe(run, env, contexts))
    tasks: list[asyncio.Task[None]] = []
    try:
        if cfg.calibrate:
            run.calibration = await calibrate(cfg, env, run, contexts, cpu)  # type: ignore[attr-defined]
        run.phase = "warmup"
        log(f"{len(sessions) - len(acc.operators)} person workstations + {len(acc.stations)} stations "
            f"(operator + devices) log in at {cfg.login_rate}/s")  # fmt: skip
        t_login = time.perf_counter()

        async def ramped(i: int, ws: Workstation) -> None:
            await asyncio.sleep(i / cfg.login_rate)
            await ws.login()

        await asyncio.gather(*(ramped(i, ws) for i, ws in enumerate(everyone)))
        run.phases["warmup"].calls["login_storm_s"] = round(time.perf_counter() - t_login)
        deadline = time.perf_counter() + 60
        while not all(ws.stream.live for ws in sessions if ws.stream is not None):
            if time.perf_counter() > deadline:
                raise RuntimeError("push streams did not all come up")
            await asyncio.sleep(0.1)
        log(f"logged in, {len(sessions)} push streams live")
        images = Images()
        tellers = [ws for ws in sessions if ws.kind == "teller"]
        readers = [ws for ws in sessions if ws.kind == "reader"]
        relogin = Relogins(run, cfg.relogins_per_min, len(tellers) + len(readers))
        rate = cfg.submits_per_min / 60 / max(1, len(tellers))
        for ws in sessions:
            r = random.Random(ws.index)
            if ws.kind == "teller":
                tasks.append(asyncio.create_task(teller(ws, rate, images, relogin)))
            elif ws.kind == "authorizer":
                tasks.append(asyncio.create_task(authorizer(ws, r)))
            elif ws.kind == "reader":
                tasks.append(asyncio.create_task(queue_reader(ws, r, relogin)))
        station_tasks = [asyncio.create_task(station(ws, cfg, len(devices))) for ws in devices]
        tasks += station_tasks
        await asyncio.sleep(cfg.warmup)  # the stations' first enters, the first requests
        for name in phases:
            stats = run.begin(name)
            await asyncio.to_thread(env.statements.reset)
            sessions0 = await asyncio.to_thread(env.statements.sessions)
            cpu.sample()
            c0 = (dict(cpu.used), machine_busy())
            log(f"phase {name}: {cfg.duration:g} s")
            fault = asyncio.create_task(inject(name, cfg, env, stats)) if name != "steady" else None
            await asyncio.sleep(cfg.duration)
            if fault is not None:
                await fault
            stats.end = time.perf_counter()
            cpu.sample()
            c1 = (dict(cpu.used), machine_busy())
            span = stats.end - stats.start
            stats.cpu = {g: 100 * (c1[0].get(g, 0.0) - c0[0].get(g, 0.0)) / span for g in cpu.used}
            stats.cpu["machine"] = 100 * (c1[1][0] - c0[1][0]) / max(1.0, c1[1][1] - c0[1][1])
            stats.statements_per_s, stats.statements = await asyncio.to_thread(env.statements.top, span)
            stats.connections_per_s = (await asyncio.to_thread(env.statements.sessions) - sessions0) / span
            if name == "kill-server" and 0 not in live_servers(env):
                log("server 0 stays down (--restart-after 0)")
        run.begin("drain")
        run.stop_generating()
        log("draining: no new work; authorizers finish the queue, stations empty their spools")
        _done, late = await asyncio.wait(station_tasks, timeout=cfg.drain_s)
        if late:
            left = sum(len(s) for s in run.spools)
            log(f"{len(late)} stations still hold {left} batches after {cfg.drain_s:g} s: given up")
            run.stats.errors["drain: station spools not emptied"] += len(late)
        run.finishing = True
        for ws in sessions:
            ws.wake.set()
        _done, late = await asyncio.wait(tasks, timeout=cfg.drain_s)
        if late:
            log(f"{len(late)} workstations still busy after {cfg.drain_s:g} s: given up")
            run.stats.errors["drain: workstations still busy"] += len(late)
        for t in tasks:
            if t.done() and not t.cancelled() and t.exception() is not None:
                run.stats.errors[f"task: {t.exception()!r}"[:100]] += 1
        await asyncio.sleep(1.0)  # the last changes reach the streams
    finally:
        lag.cancel()
        probe.cancel()
        for reload in run.reloads:
            reload.cancel()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await asyncio.gather(*(ws.close() for ws in everyone), return_exceptions=True)
    run.sessions = sessions  # type: ignore[attr-defined]
    return run


async def calibrate(
    cfg: argparse.Namespace, env: Env, run: Run, contexts: dict[str, ssl.SSLContext], cpu: CpuMeter
) -> list[tuple[str, float, float, float]]:
    """Each kind of call alone, one after the other from one workstation to server 0 (the other idle):
    (call, server CPU ms per call above the servers' idle use, latency p50 ms, calls/s)."""
    run.begin("calibrate")
    acc, url = env.accounts, env.servers.urls[:1]
    teller = Workstation(run, 100_000, "calibrate", acc.tellers[0], url, contexts)
    chief = Workstation(run, 100_001, "calibrate", acc.authorizers[0], url, contexts)
    device = Workstation(run, 100_002, "calibrate", acc.devices[0], url, contexts)
    images = Images()
    n = cfg.calibrate
    pictures = await asyncio.to_thread(lambda: [images.make(f"calibrate-{i}") for i in range(n)])
    await asyncio.gather(teller.login(), chief.login(), device.login())
    cpu.sample()
    idle0, t_idle = cpu.used["servers"], time.perf_counter()
    await asyncio.sleep(3.0)
    cpu.sample()
    idle_rate = (cpu.used["servers"] - idle0) / (time.perf_counter() - t_idle)
    results: list[tuple[str, float, float, float]] = []
    rids: list[int] = []

    async def measure(name: str, count: int, one: Callable[[int], Awaitable[object]]) -> None:
        cpu.sample()
        c0, t0, lat = cpu.used["servers"], time.perf_counter(), []
        for i in range(count):
            t = time.perf_counter()
            await one(i)
            lat.append((time.perf_counter() - t) * 1000)
        cpu.sample()
        wall = time.perf_counter() - t0
        used = cpu.used["servers"] - c0 - idle_rate * wall
        results.append((name, 1000 * used / count, percentile(lat, 50), count / wall))

    async def put(i: int) -> None:
        data = pictures[i // 2][i % 2][1]
        await teller.call("blobs.put", data=data, ext="jpg", sha256=hashlib.sha256(data).hexdigest())

    async def submit(i: int) -> None:
        attachments = tuple((k, hashlib.sha256(d).hexdigest(), "jpg") for k, d in pictures[i])
        draft = Draft("CASH_WD", "CNY", 60_000_00 + i, f"6299{i:015d}", "张三", "大额取现", "BR01",
                      attachments=attachments)  # fmt: skip
        change = await teller.call("authorization.submit", draft=draft)
        rid = int(change.target_ids[0])
        rids.append(rid)
        run.acked_submits[rid] = teller.user_id

    async def claim(_i: int) -> None:
        change = await chief.call("authorization.claim_next")
        run.acked_claims[(int(change.target_ids[0]), chief.user_id)] = 1

    async def decide(i: int) -> None:
        await chief.call("authorization.decide", request_id=rids[i], decision="approve", comment="")
        run.acked_decisions[(rids[i], chief.user_id)] = "approve"

    async def ingest(i: int) -> None:
        moves = [
            MovementIn(f"CAL{i:05d}", kind, zone, reader, -55, time.time())
            for kind in (EventKind.ENTER, EventKind.LEAVE)
        ]
        key = new_batch_key(device.account.station)
        receipt = await device.call("tracking.ingest", batch_key=key, changes=moves)
        run.acked_batches[key] = receipt.count
        run.batches_by_station[device.account.station] += receipt.count

    mapping = await device.call("tracking.mapping")
    reader, _antenna, zone = mapping.zones[0]  # one of the station's readers and its zone
    sha = hashlib.sha256(pictures[0][0][1]).hexdigest()
    await measure("login", max(5, n // 4), lambda _i: teller.login())
    await measure("has", 2 * n, lambda _i: teller.call("blobs.has", sha256s=[sha]))
    await measure("put", 2 * n, put)
    await measure("submit", n, submit)
    await measure("queue", n, lambda _i: chief.call("authorization.queue"))
    await measure("get", n, lambda i: chief.call("authorization.get", request_id=rids[i]))
    await measure("requests_of", n, lambda _i: teller.call("authorization.requests_of", limit=50))
    await measure("claim_next", n, claim)
    await measure("decide", n, decide)
    await measure("ingest", 2 * n, ingest)
    for ws in (teller, chief, device):
        await ws.logout()
        await ws.close()
    return results


def live_servers(env: Env) -> set[int]:
    return {i for i, p in env.servers.procs.items() if p.poll() is None}


async def inject(name: str, cfg: argparse.Namespace, env: Env, stats: PhaseStats) -> None:
    await asyncio.sleep(cfg.duration * 0.4)
    stats.fault_at = time.perf_counter()
    if name == "pg-restart":
        log("fault: pg_ctl restart -m fast")
        await asyncio.to_thread(env.cluster.restart)
        stats.fault_done = time.perf_counter()
        log(f"PostgreSQL back after {stats.fault_done - stats.fault_at:.1f} s")
    elif name == "kill-server":
        log("fault: SIGKILL server 0")
        env.servers.kill(0)
        stats.fault_done = time.perf_counter()
        if cfg.restart_after > 0:
            await asyncio.sleep(cfg.restart_after)
            log("restarting server 0")
            env.servers.start(0)
            await asyncio.to_thread(env.servers.wait_ready, 0, env.pin)
            log("server 0 is back")


# -- verification (the database, as its owner) --------------------------------------------------------------
def verify(env: Env, run: Run) -> dict[str, Any]:
    from sqlalchemy import func, select

    from app.db.engine import Database
    from app.db.models import AuditEntry, AuthDecision, AuthRequest, IngestBatch, Movement

    db = Database(env.owner_url)
    try:
        with db.read() as s:
            tellers = [a.user_id for a in env.accounts.tellers]
            requests = {
                rid: teller
                for rid, teller in s.execute(
                    select(AuthRequest.id, AuthRequest.teller_id).where(AuthRequest.teller_id.in_(tellers))
                )
            }  # the bench's requests (the demo's history is not checked here)
            entries = [
                (a, int(t), actor)
                for a, t, actor in s.execute(
                    select(AuditEntry.action, AuditEntry.target_id, AuditEntry.actor_id)
                    .where(AuditEntry.target_type == Target.AUTH_REQUEST)
                    .order_by(AuditEntry.id)
                )
                if int(t) in requests
            ]
            decisions = [
                row
                for row in s.execute(
                    select(
                        AuthDecision.request_id,
                        AuthDecision.authorizer_id,
                        AuthDecision.level,
                        AuthDecision.decision,
                    )
                )
                if row[0] in requests
            ]
            open_requests = s.scalar(
                select(func.count()).where(
                    AuthRequest.status.in_(("pending", "claimed")), AuthRequest.teller_id.in_(tellers)
                )
            )
            batches = {k: c for k, c in s.execute(select(IngestBatch.key, IngestBatch.count))}
            stored_by_station: Counter[str] = Counter()
            for station_code, n in s.execute(
                select(IngestBatch.station, func.sum(IngestBatch.count)).group_by(IngestBatch.station)
            ):
                stored_by_station[station_code] = int(n)
            movements_by_station: Counter[str] = Counter()
            for reader, n in s.execute(
                select(Movement.reader_code, func.count()).group_by(Movement.reader_code)
            ):
                movements_by_station[reader.rsplit("-R", 1)[0]] += int(n)
        claims = claim_violations((a, int(t), actor) for a, t, actor in entries)
        claimed = Counter((int(t), actor) for a, t, actor in entries if a == Action.AUTHZ_CLAIM)
        per_level = Counter((rid, level) for rid, _who, level, _d in decisions)
        levels_twice = sum(1 for n in per_level.values() if n > 1)
        by_request: dict[int, list[int]] = defaultdict(list)
        for rid, who, _level, _d in decisions:
            by_request[rid].append(who)
        same_twice = sum(1 for who in by_request.values() if len(set(who)) < len(who))
        stored_decisions = {(rid, who): d for rid, who, _level, d in decisions}
        sub_missing, sub_diff = lost(run.acked_submits, requests)
        dec_missing, dec_diff = lost(run.acked_decisions, stored_decisions)
        claim_missing = [k for k in run.acked_claims if claimed[k] < 1]
        batch_missing, batch_diff = lost(run.acked_batches, batches)
        stations = env.accounts.stations
        # every movement row belongs to one stored batch: more rows than the stored batches count is a
        # batch stored twice; fewer acknowledged than stored (below) a batch stored without its answer
        excess = sum(max(0, movements_by_station[c] - stored_by_station[c]) for c in stations)
        short = sum(max(0, run.batches_by_station[c] - movements_by_station[c]) for c in stations)
        unacked_batches = sum(
            1 for k in batches if k.split(":")[0] in stations and k not in run.acked_batches
        )
        return {
            **claims,
            "levels_decided_twice": levels_twice,
            "same_authorizer_twice": same_twice,
            "open_requests": int(open_requests or 0),
            "submits_lost": len(sub_missing) + len(sub_diff),
            "claims_lost": len(claim_missing),
            "decisions_lost": len(dec_missing) + len(dec_diff),
            "batches_lost": len(batch_missing) + len(batch_diff),
            "movements_missing": short,
            "movements_duplicated": excess,
            "batches_stored_unacknowledged": unacked_batches,
            "acked": len(run.acked_submits)
            + len(run.acked_claims)
            + len(run.acked_decisions)
            + len(run.acked_batches),
            "stations_stored": sum(stored_by_station[c] for c in stations),
        }
    finally:
        db.dispose()


def verify_audit(env: Env, timeout: float = 60) -> tuple[bool, str, int]:
    """Wait for the server's sequencer to chain every entry, then ``main.py verify-audit``."""
    from sqlalchemy import func, select

    from app.db.engine import Database
    from app.db.models import AuditChainLink, AuditEntry

    db = Database(env.owner_url)
    try:
        deadline = time.monotonic() + timeout
        while True:
            with db.read() as s:
                entries = int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)
                chained = int(s.scalar(select(func.count()).select_from(AuditChainLink)) or 0)
            if chained >= entries or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    finally:
        db.dispose()
    done = subprocess.run(
        [sys.executable, "main.py", "--db", env.owner_url, "verify-audit"],
        cwd=ROOT,
        env=env.servers.env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode == 0, (done.stdout + done.stderr).strip(), entries - chained


# -- figures -------------------------------------------------------------------------------------------
def figure(name: str, value: float | int | str, unit: str) -> None:
    if isinstance(value, float):
        value = f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"
    print(f"{name}: {value} {unit}", flush=True)


def latency_pairs(run: Run, phase: str, sessions: list[Workstation]) -> tuple[list[float], list[float], int]:
    """(submit -> visible on every other logged-in workstation, decision -> visible to its teller, pairs
    that never arrived) for the changes started in ``phase``, in ms."""
    submit: list[float] = []
    decision: list[float] = []
    missed = 0
    for audit_id, t in run.timed.items():
        if t.phase != phase:
            continue
        got = run.arrivals.get(audit_id, {})
        targets = (
            [t.to] if t.to is not None else [ws for ws in sessions if ws is not t.origin and ws.sees_requests]
        )
        for ws in targets:
            at = got.get(ws.index)
            if at is None:
                if ws.logged_in_over(t.t0, t.t0 + 5.0):
                    missed += 1
                continue
            (submit if t.to is None else decision).append((at - t.t0) * 1000)
    return submit, decision, missed


def report(run: Run, phases: list[str], cfg: argparse.Namespace, env: Env) -> dict[str, Any]:
    sessions: list[Workstation] = run.sessions  # type: ignore[attr-defined]
    m = mix(cfg.workstations, cfg.stations, cfg.authorizers)
    figure("workstations", cfg.workstations, "count")
    figure(
        "workstation_mix",
        f"{m.tellers}/{m.authorizers}/{m.readers}/{m.stations}",
        "tellers/authorizers/readers/stations",
    )
    figure("server_processes", len(env.servers.ports), "count")
    figure("push_streams", len(sessions), "count")
    figure("reads_per_s_target", cfg.reads_per_s, "reads/s")
    figure(
        "movements_per_s_model", movements_per_s(cfg.reads_per_s, cfg.beacon_hz, cfg.dwell_s), "movements/s"
    )
    figure("login_storm_logins", len(run.logins_ms), "count")
    if run.logins_ms:
        figure("login_storm_p50", percentile(run.logins_ms, 50), "ms")
        figure("login_storm_p99", percentile(run.logins_ms, 99), "ms")
    for call, cpu_ms, p50, rate in getattr(run, "calibration", []):
        figure(f"calibrate_{call}_server_cpu", cpu_ms, "ms/call")
        figure(f"calibrate_{call}_p50", p50, "ms")
        figure(f"calibrate_{call}_rate", rate, "calls/s")
    outages: list[float] = []
    for name in phases:
        st = run.phases[name]
        p = "" if name == "steady" else name.replace("-", "_") + "_"
        span = st.end - st.start
        submit, decision, missed = latency_pairs(run, name, sessions)
        figure(f"{p}duration", span, "s")
        figure(f"{p}submits", st.submits, "count")
        figure(f"{p}submit_rate", 60 * st.submits / span, "requests/min")
        if submit:
            figure(f"{p}submit_to_visible_p50", percentile(submit, 50), "ms")
            figure(f"{p}submit_to_visible_p99", percentile(submit, 99), "ms")
            figure(f"{p}submit_to_visible_max", max(submit), "ms")
            figure(f"{p}submit_to_visible_pairs", len(submit), "count")
        figure(f"{p}decisions", st.decisions, "count")
        if decision:
            figure(f"{p}decision_to_visible_p50", percentile(decision, 50), "ms")
            figure(f"{p}decision_to_visible_p99", percentile(decision, 99), "ms")
            figure(f"{p}decision_to_visible_max", max(decision), "ms")
        figure(f"{p}push_missed", missed, "count")
        if st.push_lag_ms:
            figure(f"{p}push_lag_p50", percentile(st.push_lag_ms, 50), "ms")
            figure(f"{p}push_lag_p99", percentile(st.push_lag_ms, 99), "ms")
        figure(f"{p}unpublished_max", st.unpublished_max, "changes")
        figure(f"{p}unpublished_age_max", st.unpublished_age_max, "s")
        figure(f"{p}fanout_behind_max", st.fanout_behind_max, "changes")
        if st.tracking_lag_ms:
            figure(f"{p}tracking_push_lag_p50", percentile(st.tracking_lag_ms, 50), "ms")
            figure(f"{p}tracking_push_lag_p99", percentile(st.tracking_lag_ms, 99), "ms")
        for call in ("authorization.submit", "authorization.claim_next", "authorization.decide",
                     "authorization.queue", "blobs.put", "tracking.ingest", "login"):  # fmt: skip
            ms = st.call_ms.get(call)
            if ms:
                short = call.split(".")[-1]
                figure(f"{p}{short}_call_p50", percentile(ms, 50), "ms")
                figure(f"{p}{short}_call_p99", percentile(ms, 99), "ms")
        figure(f"{p}calls_per_s", sum(st.calls.values()) / span, "calls/s")
        figure(f"{p}db_statements_per_s", st.statements_per_s, "statements/s")
        figure(f"{p}db_connections_opened_per_s", st.connections_per_s, "connections/s")
        for line in st.statements:
            log(f"{name} db: {line}")
        figure(f"{p}errors", sum(st.errors.values()), "count")
        for what, n in st.errors.most_common(5):
            log(f"{name} error x{n}: {what}")
        log(
            f"{name} calls/s: "
            + ", ".join(
                f"{c} {n / span:.1f} (p50 {percentile(st.call_ms[c], 50):.0f} ms)"
                for c, n in st.calls.most_common()
                if st.call_ms.get(c)
            )
        )
        figure(f"{p}outage_failures_retried", sum(st.transient.values()), "count")
        figure(f"{p}claim_conflicts", st.conflicts, "count")
        figure(f"{p}reads_per_s", st.reads / span, "reads/s")
        figure(f"{p}ingest_batches_per_s", st.batches / span, "batches/s")
        figure(f"{p}ingest_movements_per_s", st.movements / span, "movements/s")
        figure(f"{p}tracking_push_items_per_s", st.tracking_items / span, "items/s")
        figure(f"{p}ingest_backlog_max", st.backlog_max, "batches")
        figure(f"{p}server_rss_max", st.server_rss_mb, "MiB")
        if st.loop_lag_ms:
            figure(f"{p}client_loop_lag_p99", percentile(st.loop_lag_ms, 99), "ms")
        for who, v in st.cpu.items():
            figure(f"{p}{who}_cpu", v, "%" if who == "machine" else "% of a core")
        if name != "steady":
            push = max(st.push_reconnect_s, default=0.0)
            call = max(st.call_outage_s, default=0.0)
            figure(f"{p}push_reconnects", len(st.push_reconnect_s), "count")
            figure(f"{p}push_streams_not_back", st.push_not_back, "count")
            figure(f"{p}push_reconnect_time_max", push, "s")
            figure(f"{p}call_outage_max", call, "s")
            figure(f"{p}reconnect_time_max", max(push, call), "s")
            outages.append(max(push, call))
            if st.fault_at is not None and st.fault_done is not None:
                figure(f"{p}fault_duration", st.fault_done - st.fault_at, "s")
    drain = run.phases.get("drain")
    if drain is not None and drain.errors:
        figure("drain_errors", sum(drain.errors.values()), "count")
        for what, n in drain.errors.most_common(5):
            log(f"drain error x{n}: {what}")
    return {"outages": outages}


# -- main ----------------------------------------------------------------------------------------------
def free_port(preferred: int) -> int:
    for port in range(preferred, preferred + 100):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise RuntimeError(f"no free port from {preferred}")


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument(
        "--quick", action="store_true", help="a 20 s smoke run: 60 workstations, one steady phase"
    )
    ap.add_argument(
        "--fault", choices=["both", "none", "pg-restart", "kill-server"], help="default both (--quick: none)"
    )
    ap.add_argument("--duration", type=float, help="seconds per phase (default 35; --quick 20)")
    ap.add_argument("--warmup", type=float, default=4.0, help="seconds of load before the first phase")
    ap.add_argument("--workstations", type=int, help="simulated workstations (default 200; --quick 60)")
    ap.add_argument("--stations", type=int, help="reader stations among them (default 20; --quick 6)")
    ap.add_argument("--authorizers", type=int, help="authorizers among them (default 20; --quick 6)")
    ap.add_argument(
        "--reads-per-s", type=float, help="tag reads/s of all stations (default 5000; --quick 1500)"
    )
    ap.add_argument("--beacon-hz", type=float, default=2.0, help="how often an active tag beacons")
    ap.add_argument("--dwell-s", type=float, default=60.0, help="mean time a tag stays in a zone")
    ap.add_argument(
        "--submits-per-min", type=float, help="authorization requests/min (default 60; --quick 30)"
    )
    ap.add_argument("--two-level", type=float, default=0.2, help="share of two-level requests")
    ap.add_argument(
        "--lists",
        choices=["views", "reload"],
        default="views",
        help="how the queue and request lists keep current: from the views the push stream carries "
        "(views: the GUI in server mode) or by reading the list again on every change (reload: before)",
    )
    ap.add_argument(
        "--reload-s",
        type=float,
        default=1.0,
        help="--lists reload: a list reloads on a change at most this often (0: never)",
    )
    ap.add_argument(
        "--react-s",
        type=float,
        nargs=2,
        default=(0.2, 0.8),
        metavar=("MIN", "MAX"),
        help="--lists views: an authorizer's reaction time from a request appearing on the screen to "
        "taking work (uniform; 0 0: at once)",
    )
    ap.add_argument(
        "--opens-per-min",
        type=float,
        default=20.0,
        help="--lists views: how often a reviewer opens a request of the queue (reload: a third of reloads)",
    )
    ap.add_argument(
        "--client-nice",
        type=int,
        default=-5,
        help="the scheduling priority of the simulated workstations (they stand for other machines: "
        "this process runs in a session of its own and its autogroup gets this nice; root below 0)",
    )
    ap.add_argument("--relogins-per-min", type=float, default=30.0, help="log-outs + log-ins per minute")
    ap.add_argument("--login-rate", type=float, default=20.0, help="initial log-ins per second")
    ap.add_argument(
        "--restart-after", type=float, default=8.0, help="kill-server: restart after s (0: never)"
    )
    ap.add_argument("--threads", type=int, default=24, help="service calls at once per server")
    ap.add_argument("--pg-port", type=int, default=55432)
    ap.add_argument("--server-port", type=int, default=58443)
    ap.add_argument(
        "--calibrate",
        type=int,
        default=0,
        metavar="N",
        help="first measure each kind of call alone (N of each): server CPU per call",
    )
    ap.add_argument("--drain-s", type=float, default=60.0, help="longest wait for the queue and spools")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (logs) at the end")
    args = ap.parse_args(argv)
    quick = args.quick
    defaults = {
        "fault": "none" if quick else "both",
        "duration": 20.0 if quick else 35.0,
        "workstations": 60 if quick else 200,
        "stations": 6 if quick else 20,
        "authorizers": 6 if quick else 20,
        "reads_per_s": 1500.0 if quick else 5000.0,
        "submits_per_min": 30.0 if quick else 60.0,
    }
    for k, v in defaults.items():
        if getattr(args, k) is None:
            setattr(args, k, v)
    if quick and args.warmup == 4.0:
        args.warmup = 2.0
    return args


CHILD_ENV = "SERVER_LOAD_CHILD"


def in_own_session(cfg: argparse.Namespace) -> int | None:
    """Run this benchmark again in a session of its own, whose scheduling autogroup gets
    ``--client-nice`` (with autogroups each session gets an equal share of the CPU, so the workstations'
    event loop would otherwise wait behind the busy servers and the latencies would be its own). Returns
    the child's exit code, or None in the child (or where autogroups are off)."""
    autogroups = Path("/proc/sys/kernel/sched_autogroup_enabled")
    if os.environ.get(CHILD_ENV) or not autogroups.exists() or autogroups.read_text().strip() != "1":
        return None
    child = subprocess.Popen(
        [sys.executable, *sys.argv], env={**os.environ, CHILD_ENV: "1"}, start_new_session=True
    )
    try:
        Path(f"/proc/{child.pid}/autogroup").write_text(str(cfg.client_nice))
    except OSError as exc:
        log(f"the workstations run at the normal priority ({exc})")

    def forward(sig: int, _frame: object) -> None:
        child.send_signal(signal.SIGINT)  # the child cleans up

    signal.signal(signal.SIGINT, forward)
    signal.signal(signal.SIGTERM, forward)
    return child.wait()


def main(argv: list[str] | None = None) -> int:
    cfg = parse(argv)
    code = in_own_session(cfg) if argv is None else None
    if code is not None:
        return code
    no_sniffio_lookups()
    phases = ["steady", *{"both": ["pg-restart", "kill-server"], "none": []}.get(cfg.fault, [cfg.fault])]
    m = mix(cfg.workstations, cfg.stations, cfg.authorizers)

    def terminate(_sig: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)
    root = Path(tempfile.mkdtemp(prefix="server-load-"))
    os.chmod(root, 0o755)
    cluster = Cluster(root, free_port(cfg.pg_port))
    ports = [free_port(cfg.server_port), free_port(cfg.server_port + 1)]
    if ports[0] == ports[1]:
        ports[1] = free_port(ports[0] + 1)
    servers = Servers(root, cluster.url(APP_ROLE), ports, cfg.threads)
    os.environ["BANKSUITE_DATA_DIR"] = str(root / "server")  # this process's settings: the server's folder
    t_start = time.perf_counter()
    try:
        log(f"private cluster in {root} on port {cluster.port}")
        cluster.init()
        cluster.start()
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres", autocommit=True
        ) as c:
            c.execute(f"CREATE DATABASE {DB_NAME}")
        with psycopg.connect(
            f"host=127.0.0.1 port={cluster.port} user=postgres dbname={DB_NAME}", autocommit=True
        ) as c:
            c.execute("CREATE EXTENSION pg_stat_statements")  # the statements the servers run (diagnostics)
        owner = cluster.url("postgres")
        for command in (["migrate"], ["grant-app-role", "--role", APP_ROLE]):  # the README's recipe
            out = subprocess.run(
                [sys.executable, "main.py", "--db", owner, *command], cwd=ROOT, env=servers.env,
                capture_output=True, text=True,
            )  # fmt: skip
            if out.returncode != 0:
                raise RuntimeError(f"{command[0]}: {out.stderr.strip()}")
            log(out.stdout.strip())
        log(f"seeding the demo bank and {cfg.workstations} workstations' accounts ({m})")
        accounts = seed(owner, m)
        pin = servers.init()
        for i in range(len(ports)):
            servers.start(i)
        for i in range(len(ports)):
            servers.wait_ready(i, pin)
        log(f"servers up on {', '.join(servers.urls)} after {time.perf_counter() - t_start:.0f} s of setup")
        env = Env(root, cluster, servers, pin, accounts, owner, Statements(cluster.port))
        run = asyncio.run(run_load(cfg, env, phases))
        rep = report(run, phases, cfg, env)
        checks = verify(env, run)
        ok, text, unchained = verify_audit(env)
        figure("double_claims", checks["double_claims"], "count")
        figure("decisions_by_non_claimer", checks["foreign_decisions"], "count")
        figure("levels_decided_twice", checks["levels_decided_twice"], "count")
        figure("same_authorizer_twice", checks["same_authorizer_twice"], "count")
        figure("claims_audited", checks["claims"], "count")
        figure("requests_left_open", checks["open_requests"], "count")
        figure("acknowledged_operations", checks["acked"], "count")
        lost_total = sum(checks[k] for k in ("submits_lost", "claims_lost", "decisions_lost", "batches_lost"))
        figure("acknowledged_lost", lost_total + checks["movements_missing"], "count")
        for k in ("submits_lost", "claims_lost", "decisions_lost", "batches_lost", "movements_missing"):
            figure(f"acknowledged_{k}", checks[k], "count")
        figure("ingest_movements_duplicated", checks["movements_duplicated"], "count")
        figure("ingest_batches_stored_unacknowledged", checks["batches_stored_unacknowledged"], "count")
        figure("ingest_movements_stored", checks["stations_stored"], "count")
        if rep["outages"]:
            figure("reconnect_time_max", max(rep["outages"]), "s")
        figure("audit_unchained", unchained, "count")
        figure("audit_chain_verified", int(ok), "bool")
        log(f"verify-audit: {text}")
        figure("bench_wall_time", time.perf_counter() - t_start, "s")
        return 0
    except KeyboardInterrupt:
        log("interrupted: cleaning up")
        return 130
    finally:
        with contextlib.suppress(BaseException):
            servers.stop()
        with contextlib.suppress(BaseException):
            cluster.stop()
        if cfg.keep:
            log(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
