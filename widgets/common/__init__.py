"""Widgets and helpers shared by several docks (dialogs, image conversion, the zoomable view,
texts and colours of shared domain values). Docks import from here, never from each other."""
