"""Users dock (用户管理): administrators create users, set roles, unlock, reset, issue and cancel cards."""

from widgets.docks.users.panel import SPEC

__all__ = ["SPEC"]
