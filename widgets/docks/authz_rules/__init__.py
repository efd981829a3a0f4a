"""Authorization rules dock (授权规则): business types, thresholds and limits, versioned."""

from widgets.docks.authz_rules.panel import SPEC

__all__ = ["SPEC"]
