"""The one exception type that reaches the user."""
from __future__ import annotations


class AnalysisError(Exception):
    """A problem the user can fix; ``hint`` says what to do next."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()
