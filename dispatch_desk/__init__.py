"""Dispatch Desk: the desk of a police operations-control centre."""

__version__ = "0.1.0"
