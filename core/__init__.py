"""Vendor-quote comparison engine: files -> QuoteSet -> score(profile) -> Result. No UI here.

The names below are imported on first use (PEP 562), so a process that needs one module — the reader
worker of core.sandbox, the CLI before it has started that worker — does not pay for pandas and the rest.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {"QuoteError": "errors", "build_quoteset": "load", "load": "load", "read_files": "load",
          "Profile": "model", "Quote": "model", "QuoteSet": "model", "Result": "scoring",
          "VendorResult": "scoring", "score": "scoring"}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'core' has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
