"""Core of the bank operator suite: models, services, rules, audit. Never imports Qt."""

__version__ = "0.1.0"
