"""The import-linter contracts cover what they claim: the dock independence contract covers every
dock package in widgets/docks/ (today's and any added later), and nothing else."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

# import-linter (and its grimp) is a development tool: the core-only run without it skips this.
grimp = pytest.importorskip("grimp", reason="import-linter is not installed (the core-only run)")
from importlinter.domain.helpers import module_expressions_to_modules  # noqa: E402
from importlinter.domain.imports import ModuleExpression  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DOCKS = ROOT / "widgets" / "docks"


def _independence_contract() -> dict[str, Any]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (contract,) = [c for c in contracts if c["type"] == "independence" and "Docks" in c["name"]]
    return contract


def _covered(graph: grimp.ImportGraph, contract: dict[str, Any]) -> set[str]:
    expressions = [ModuleExpression(m) for m in contract["modules"]]
    return {m.name for m in module_expressions_to_modules(graph, expressions)}


def test_the_dock_independence_contract_covers_every_dock_and_only_docks() -> None:
    contract = _independence_contract()
    graph = grimp.build_graph("widgets", include_external_packages=False, cache_dir=None)
    docks = {f"widgets.docks.{p.parent.name}" for p in DOCKS.glob("*/__init__.py")}
    assert len(docks) >= 13
    assert _covered(graph, contract) == docks  # a plain module in widgets/docks/ is no dock
    graph.add_module("widgets.docks.alarm_console")  # the next issue's dock, not listed anywhere
    assert "widgets.docks.alarm_console" in _covered(graph, contract)
