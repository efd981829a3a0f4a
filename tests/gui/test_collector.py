"""Cycles are collected on the GUI thread only: a worker thread that allocates never runs the
collector (a Qt object in a cycle would be destroyed there and deadlock against the GUI thread)."""

from __future__ import annotations

import gc
import threading
import weakref

from widgets.collector import GuiThreadCollector


class Node:
    me: Node


def test_a_worker_thread_never_collects_and_the_gui_thread_does(qapp) -> None:  # type: ignore[no-untyped-def]
    collector = qapp.findChild(GuiThreadCollector, "gc.collector")
    assert isinstance(collector, GuiThreadCollector) and collector.timer.isActive()
    assert not gc.isenabled()
    collected_on: list[str] = []

    def seen(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    gc.callbacks.append(seen)
    try:
        worker = threading.Thread(target=lambda: [[i] for i in range(200_000)], name="allocating-worker")
        worker.start()
        worker.join()
        assert "allocating-worker" not in collected_on  # 200,000 containers, and no collection there
        node = Node()
        node.me = node  # a cycle: only a collection frees it
        gone = weakref.ref(node)
        del node
        alive = [[i] for i in range(2 * collector.thresholds[0])]  # gen 0 is over its threshold now
        assert collector.collect_due() >= 1 and alive
        assert gone() is None and collected_on == [threading.main_thread().name]
    finally:
        gc.callbacks.remove(seen)
