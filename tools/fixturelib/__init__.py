"""Helpers for tools/make_fixtures.py: tiny random-weight Wan pipelines and the reference values they produce.

Everything here is deterministic (fixed seeds, single-threaded torch, fp32) and offline.
"""
