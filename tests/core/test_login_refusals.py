"""A refused log-in does not tell whether the user (or card) exists: not by its message, not by how
long it takes, also for an account whose hash is older and cheaper than today's cost."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import pytest

from app import security
from app.errors import SuiteError
from app.rbac import Role, system_principal
from app.services import Services
from app.services.identity import PUBLIC_CARD_REFUSAL

ROOT = system_principal("test")
PW = "Str0ng!pass"
PIN = "402718"


def timed_refusal(attempt: Callable[[], object]) -> tuple[float, tuple[type, str, str, dict[str, object]]]:
    started = time.perf_counter()
    with pytest.raises(SuiteError) as refused:
        attempt()
    exc = refused.value
    return time.perf_counter() - started, (type(exc), exc.code, exc.message, exc.params)


def refusals(attempt: Callable[[], object], times: int = 5) -> tuple[float, set[tuple[object, ...]]]:
    results = [timed_refusal(attempt) for _ in range(times)]
    shapes = {(t, code, message, tuple(sorted(params.items()))) for _, (t, code, message, params) in results}
    return statistics.median(d for d, _ in results), shapes


@pytest.fixture
def old_and_new(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """``old`` (and card OLD1) hashed at a cost lower than today's, as before a cost was raised;
    ``new`` (card NEW1) at today's."""
    monkeypatch.setattr(security, "LOG2_N", 10)
    for name, card in (("old", "OLD1"), ("new", "NEW1")):
        if name == "new":
            monkeypatch.setattr(security, "LOG2_N", 14)
        uid = int(
            services.identity.create_user(ROOT, name, name, PW, [Role.CUSTODIAN], reason="t").target_ids[0]
        )
        services.identity.issue_card(ROOT, uid, card, PIN, "t")


def test_a_wrong_password_takes_as_long_as_an_unknown_name(services: Services, old_and_new: None) -> None:
    login = services.identity.authenticate
    unknown, unknown_shapes = refusals(lambda: login("ghost", "wrong", public=True))
    old, old_shapes = refusals(lambda: login("old", "wrong", public=True))
    new, new_shapes = refusals(lambda: login("new", "wrong", public=True))
    assert unknown_shapes == old_shapes == new_shapes  # one message, no params
    assert len(unknown_shapes) == 1
    # the old hash costs 1/16 of today's: without a floor its refusal took about 6 % of the time
    assert old / unknown > 0.7, (old, unknown)
    assert new / unknown > 0.7, (new, unknown)


def test_a_wrong_pin_takes_as_long_as_an_unknown_card(services: Services, old_and_new: None) -> None:
    def card(uid: str) -> Callable[[], object]:
        return lambda: services.identity.verify_card_pin(uid, "999999", context="log-in", public=True)

    unknown, unknown_shapes = refusals(card("FORGED1"))
    old, old_shapes = refusals(card("OLD1"))
    assert old / unknown > 0.7, (old, unknown)
    assert {(s[2], s[3]) for s in unknown_shapes} == {(PUBLIC_CARD_REFUSAL, (("card", "FORGED1"),))}
    assert {(s[2], s[3]) for s in old_shapes} == {(PUBLIC_CARD_REFUSAL, (("card", "OLD1"),))}
