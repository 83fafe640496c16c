"""Faultlines: news reports about armed conflict in, verified, source-linked event data out."""

__version__ = "0.1.0"
