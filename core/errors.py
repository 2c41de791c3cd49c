"""The core's own exception type: a user-facing message key (i18n) with its parameters."""
from __future__ import annotations


class QuoteError(Exception):
    """Unusable input. ``message(lang)`` is the one-line reason shown to the user."""

    def __init__(self, key: str, **params):
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str = "zh") -> str:
        from .i18n import t

        return t(self.key, lang, **self.params)

    def __str__(self) -> str:  # English by default in logs and tracebacks of our own tests
        return self.message("en")
