"""Several workstations at once: two Database objects (two processes' worth of engines) on the same
database, writing concurrently from threads. The audit chain must stay one unbroken line (once the
sequencer has chained every entry) and no lockout count may be lost."""

from __future__ import annotations

import threading

import pytest

from app import audit
from app.audit_sequencer import sequence_all
from app.db.bootstrap import open_database
from app.errors import AccountLocked, AuthenticationFailed
from app.rbac import Role, system_principal
from app.services import Services, build_services

ROOT = system_principal("test")


def run_threads(workers: list[threading.Thread]) -> None:
    for t in workers:
        t.start()
    for t in workers:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in workers)


def test_concurrent_appends_from_two_workstations_keep_one_chain(services: Services, db_url: str) -> None:
    other = open_database(db_url)  # a second workstation
    errors: list[BaseException] = []

    def work(db_services: Services, tag: str) -> None:
        try:
            for i in range(25):
                with db_services.db.write() as s:
                    audit.append(s, ROOT, "test.append", "ws", f"{tag}-{i}", reason=tag)
        except BaseException as exc:  # reported to the main thread
            errors.append(exc)

    try:
        others = build_services(other)
        run_threads(
            [
                threading.Thread(target=work, args=(svc, f"ws{n}"))
                for n, svc in enumerate((services, others, services, others))
            ]
        )
    finally:
        other.dispose()
    assert not errors
    assert sequence_all(services.db) == 100
    report = audit.verify_chain(services.db)
    assert report.ok and report.checked == 100


def test_concurrent_wrong_passwords_lock_exactly_once(services: Services, db_url: str) -> None:
    services.identity.create_user(ROOT, "target", "T", "Str0ng!pass", [Role.TELLER], reason="t")
    other = open_database(db_url)
    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt(svc: Services) -> None:
        try:
            svc.identity.authenticate("target", "wrong")
            result = "ok"
        except AuthenticationFailed:
            result = "failed"
        except AccountLocked:
            result = "locked"
        with lock:
            outcomes.append(result)

    try:
        others = build_services(other)
        run_threads([threading.Thread(target=attempt, args=(svc,)) for svc in (services, others) * 3])
    finally:
        other.dispose()
    # Six simultaneous wrong passwords: two counted failures, then the lock, then refusals.
    assert outcomes.count("failed") == 2 and outcomes.count("locked") == 4
    with pytest.raises(AccountLocked):
        services.identity.authenticate("target", "Str0ng!pass")
    sequence_all(services.db)  # chain what the operations recorded
    report = audit.verify_chain(services.db)
    assert report.ok and report.pending == 0 and report.checked > 0
