"""The change record every state-changing service returns. Any thread.

A dock that applied or observed an operation refreshes only what ``Change`` names
(``target_type`` and ``target_ids``) instead of reloading everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Change:
    action: str  # e.g. "user.create", matches the audit entry's action
    target_type: str  # e.g. "user", "card"
    target_ids: tuple[str, ...]
    audit_seq: int | None
    detail: dict[str, Any] = field(default_factory=dict)

    def touches(self, target_type: str) -> bool:
        return self.target_type == target_type
