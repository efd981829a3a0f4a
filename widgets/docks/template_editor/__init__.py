"""Template editor dock (模板编辑): voucher templates' QR box and field regions over a sample."""

from widgets.docks.template_editor.panel import SPEC

__all__ = ["SPEC"]
