"""Authorization request dock (授权申请): the teller's request form with images, the local override by a
supervisor at the counter, and the teller's own requests, live."""

from widgets.docks.authz_request.panel import SPEC

__all__ = ["SPEC"]
