"""Audit log dock (审计日志): read-only view of the hash-chained log, with chain verification."""

from widgets.docks.audit_log.panel import SPEC

__all__ = ["SPEC"]
