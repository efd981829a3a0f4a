"""Authorization statistics dock (授权统计分析): monthly statistics and quarterly analysis of
authorization quality and efficiency, with PDF export and print preview."""

from widgets.docks.authz_stats.panel import SPEC

__all__ = ["SPEC"]
