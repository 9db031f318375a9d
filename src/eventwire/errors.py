"""Errors raised by eventwire.

Every error eventwire raises on purpose derives from :class:`EventwireError`, so a caller can
catch one class. The CLI catches it, prints the message and sets the exit status.

::

    EventwireError
    ├── InputError            an input file or record cannot be read (file, line, reason)
    ├── DataFileError         a knowledge-base or pattern file is invalid (every problem at once)
    ├── ModelNotInstalled     the spaCy pipeline is missing from the environment
    ├── CodingError           the coder failed on one article (with on_error="stop")
    └── UnknownFormat         an output or input format eventwire does not know

Messages say what went wrong and what to do about it.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input file or one record of it cannot be read."""

    def __init__(self, where: str, reason: str):
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


class DataFileError(EventwireError):
    """One or more problems in a data file (patterns, knowledge base), reported together."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in eventwire's data files:"
        super().__init__("\n".join([head, *("  " + p for p in self.problems)]))


class ModelNotInstalled(EventwireError):
    """The spaCy pipeline eventwire needs is not installed."""


class CodingError(EventwireError):
    """The coder failed on one article: a bug to report, with the article that shows it."""


class UnknownFormat(EventwireError):
    """A format name eventwire does not know."""
