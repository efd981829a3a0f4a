"""Authorization center dock (授权中心): the live queue of remote requests with SLA timers, claims, the
claimed request with its images, and the authorizer's decisions."""

from widgets.docks.authz_queue.panel import SPEC

__all__ = ["SPEC"]
