"""Errors raised for bad user input.

Every error names the input it is about, so a command processing many inputs can report one
line per bad input and carry on with the others.
"""

from __future__ import annotations


class DeedsError(Exception):
    """Base class of all deedsnlp errors meant for users (no traceback is shown for them)."""


class InputError(DeedsError):
    """An input (file, stdin, JSONL line, upload) that cannot be processed.

    >>> str(InputError("a.txt", "empty file"))
    'a.txt: empty file'
    """

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = str(source)
        self.reason = reason


class ModelError(DeedsError):
    """A model file that is missing, tampered with or of a foreign format/version."""
