"""The remote call table: what a workstation may call, and the signature rules a remote operation
must keep (checked when the table is built, so a service that breaks one fails here)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app import rpc
from app.rbac import Principal
from app.remote import remote


def test_the_table_has_the_workstation_operations_and_not_the_server_jobs() -> None:
    table = rpc.endpoints()
    assert {"identity.list_users", "registers.import_csv", "positions.snapshot", "capture.open_batch"} <= set(
        table
    )
    for internal in (
        "authorization.expire_leases",
        "authorization.watch",
        "identity.authenticate",
        "identity.logout",
    ):
        assert internal not in table
    assert table["capture.open_batch"].session_params == ("station",)  # this workstation's, from the session
    assert table["authorization.sign_in"].session_params == ("workstation",)
    assert table["tracking.ingest"].session_params == ("station",)  # a station cannot claim to be another
    # the station a reader is assigned to is the administrator's choice, not the session's
    assert (
        table["sites.save_reader"].session_params == () and "station" in table["sites.save_reader"].positional
    )
    assert all("actor" not in e.positional and "now" not in e.positional for e in table.values())


class _Bad:
    @remote
    def takes_a_time(self, actor: Principal, request_id: int, now: datetime | None = None) -> None: ...

    @remote
    def has_a_test_seam(self, actor: Principal, request_id: int, *, now: datetime | None = None) -> None: ...

    @remote
    def takes_a_second_person(self, actor: Principal, supervisor: Principal) -> None: ...

    @remote
    def takes_an_optional_second_person(self, actor: Principal, other: Principal | None = None) -> None: ...

    @remote
    def no_actor(self, request_id: int) -> None: ...

    @remote
    def takes_anything(self, actor: Principal, *args: int) -> None: ...


def test_a_keyword_only_now_is_a_test_seam_that_never_crosses_the_wire() -> None:
    endpoint = rpc._endpoint("ok", _Bad.has_a_test_seam)
    assert endpoint.positional == ("request_id",)
    assert "now" not in endpoint.args.__struct_fields__
    assert "now" not in rpc.endpoints()["authorization.claim"].args.__struct_fields__


@pytest.mark.parametrize(
    ("method", "problem"),
    [
        ("takes_a_time", "caller-chosen time"),
        ("takes_a_second_person", "second Principal"),
        ("takes_an_optional_second_person", "second Principal"),
        ("no_actor", "acting Principal"),
        ("takes_anything", "cannot cross the wire"),
    ],
)
def test_a_remote_operation_that_breaks_a_rule_is_refused_when_the_table_is_built(
    method: str, problem: str
) -> None:
    with pytest.raises(TypeError, match=problem):
        rpc._endpoint("bad", getattr(_Bad, method))
