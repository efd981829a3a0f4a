"""Widgets and texts shared by the authorization docks (pills, texts, attachment images, the
request history)."""
