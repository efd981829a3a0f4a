"""The change bus names who published: a dock that applied its own change skips it on the bus, and
every other dock still hears it."""

from __future__ import annotations

from app.operations import Action, Change, Target
from app.rbac import Role, system_principal


def test_a_dock_skips_its_own_change_and_hears_everyone_elses(  # type: ignore[no-untyped-def]
    open_window, make_user, monkeypatch, services
) -> None:
    # a bank whose separation-of-duties table lets one account be teller and supervisor
    services.identity.set_role_conflicts(system_principal("t"), [], "one account with both docks")
    w = open_window(make_user("both", Role.TELLER, Role.SUPERVISOR))  # the request and the queue dock
    request = w.docks["dock.authz_request"].panel
    queue = w.docks["dock.authz_queue"].panel
    reloads = {"request": 0, "queue": 0}
    for name, panel in (("request", request), ("queue", queue)):
        monkeypatch.setattr(panel, "reload", lambda name=name: reloads.__setitem__(name, reloads[name] + 1))
    named: list[tuple[int, ...]] = []  # the queue reads the requests a change names, not the queue
    monkeypatch.setattr(
        queue,
        "_read_views",
        lambda ids: (named.append(ids), reloads.__setitem__("queue", reloads["queue"] + 1)),
    )
    change = Change(Action.AUTHZ_SUBMIT, Target.AUTH_REQUEST, ("1",), None, {"status": "pending"})

    w.bus.publish(change, request)  # the request dock made it (and already reloaded)
    assert reloads == {"request": 0, "queue": 1}
    w.bus.publish(change, queue)
    assert reloads == {"request": 1, "queue": 1}
    w.bus.publish(change, None)  # from the window itself, or another workstation's bridge
    assert reloads == {"request": 2, "queue": 2}
    assert named == [(1,), (1,)]
