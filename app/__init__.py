"""Reciprocal: an offline, encrypted practice companion for therapists."""

__version__ = "0.1.0"
