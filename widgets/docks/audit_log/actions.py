"""The action ids of the audit log: the object names of its QActions, by which tests and shortcuts
find them. Constants (any thread)."""

from __future__ import annotations

ACTION_VERIFY = "audit.verify"
ACTION_MORE = "audit.more"
ACTION_EXPORT_CSV = "audit.export_csv"
ACTION_EXPORT_PDF = "audit.export_pdf"
