"""Registers dock (登记管理): people, assets, cash boxes, archive folders and VIP customers; tags,
zone permissions, CSV import and export."""

from widgets.docks.registers.panel import SPEC

__all__ = ["SPEC"]
