"""The action ids of the authorization statistics: the object names of its QActions, by which tests and
shortcuts find them. Constants (any thread)."""

from __future__ import annotations

ACTION_REFRESH = "authz_stats.refresh"
ACTION_EXPORT = "authz_stats.export_pdf"
ACTION_PREVIEW = "authz_stats.print_preview"
