"""Accord: the cooperation registry for university alliances."""

__version__ = "0.1.0"
