"""Qt layer: main window, docks, dialogs, item models and device bridges. GUI thread unless noted."""
