"""The load benchmark's own arithmetic and checks (bench/server_load.py): the percentile, what counts
as an acknowledged operation lost, a double claim in the audit trail, the movement rate and the mix.
The benchmark itself is not run here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app.operations import Action


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "server_load.py"
    spec = importlib.util.spec_from_file_location("bench_server_load", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_percentile_is_the_nearest_rank(bench: ModuleType) -> None:
    values = [float(v) for v in range(100, 0, -1)]  # 100..1, unsorted on purpose
    assert bench.percentile(values, 50) == 50.0
    assert bench.percentile(values, 99) == 99.0
    assert bench.percentile(values, 100) == 100.0
    assert bench.percentile(values, 0) == 1.0
    assert bench.percentile([7.0], 99) == 7.0
    assert bench.percentile([1.0, 2.0, 3.0, 4.0], 75) == 3.0
    with pytest.raises(ValueError):
        bench.percentile([], 50)


def test_lost_names_what_is_missing_and_what_was_stored_otherwise(bench: ModuleType) -> None:
    acked = {"st1:a": 2, "st1:b": 3, "st2:c": 1}
    stored = {"st1:a": 2, "st1:b": 4, "st9:z": 5}  # z: stored, never acknowledged (not a loss)
    assert bench.lost(acked, stored) == (["st2:c"], ["st1:b"])
    assert bench.lost(acked, {**acked, "extra": 1}) == ([], [])
    assert bench.lost({}, stored) == ([], [])


def test_claim_violations_follow_the_audit_order(bench: ModuleType) -> None:
    claim, approve, release = Action.AUTHZ_CLAIM, Action.AUTHZ_APPROVE, Action.AUTHZ_RELEASE
    clean = [
        (claim, 1, 10), (approve, 1, 10),  # claimed and decided by the same authorizer
        (claim, 1, 11), (approve, 1, 11),  # its second level, by another
        (claim, 2, 10), (release, 2, 10), (claim, 2, 12), (approve, 2, 12),  # given back, taken
        (Action.AUTHZ_SUBMIT, 3, 5), (claim, 3, 10), (Action.AUTHZ_LEASE_EXPIRED, 3, None), (claim, 3, 11),
    ]  # fmt: skip
    assert bench.claim_violations(clean) == {"double_claims": 0, "foreign_decisions": 0, "claims": 6}
    # 4: claimed while 10 held it, then decided by 10, who no longer held it; 5: decided by a stranger
    bad = [(claim, 4, 10), (claim, 4, 11), (approve, 4, 10), (claim, 5, 10), (approve, 5, 12)]
    assert bench.claim_violations(bad) == {"double_claims": 1, "foreign_decisions": 2, "claims": 3}


def test_the_movement_rate_and_the_mix(bench: ModuleType) -> None:
    # 5,000 reads/s of tags beaconing at 2 Hz: 2,500 tags; each moves once a minute: leave + enter
    assert bench.movements_per_s(5000, 2.0, 60.0) == pytest.approx(83.33, abs=0.01)
    m = bench.mix(200, 20, 20)
    assert (m.stations, m.authorizers, m.readers, m.tellers) == (20, 20, 53, 107)
    assert sum((m.stations, m.authorizers, m.readers, m.tellers)) == 200
    with pytest.raises(ValueError):
        bench.mix(40, 20, 19)
