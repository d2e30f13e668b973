"""Errors the library raises. Only cli.py turns them into messages and exit codes."""

from __future__ import annotations


class StratalignError(Exception):
    """Base class: the message is shown to the user as one line."""


class DocumentError(StratalignError):
    """One input document cannot be read. The rest of the run goes on without it."""

    def __init__(self, path: str, reason: str, fix: str = "") -> None:
        self.path = path
        self.reason = reason
        self.fix = fix
        self.detail = f"{reason}" + (f": {fix}" if fix else "")  # the message without the path
        super().__init__(f"{path}: {self.detail}")


class InputError(StratalignError):
    """The command was pointed at something it cannot use (missing folder, no documents, two plans)."""


class ModelError(StratalignError):
    """The embedding model is missing, altered or cannot be loaded."""


class StoreError(StratalignError):
    """The SQLite store cannot be opened or written."""


class GoldError(StratalignError):
    """A gold or report file given to evaluate/calibrate is not in the expected format."""
