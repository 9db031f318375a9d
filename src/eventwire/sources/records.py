"""Turning one raw input record (field name -> value) into an :class:`~eventwire.model.Article`.

Every reader (text, JSON lines, CSV, Parquet, standard input) hands its records to one
:class:`ArticleBuilder`, so the article fields are checked in one place:

- ``id`` and ``text`` are required; numbers given as ids become strings; text must not be blank;
- ``date`` is normalised to YYYY-MM-DD (``2017/2/7`` and ISO datetimes are accepted too) and
  the run's default date fills it when a record has none;
- the NewsArticles corpus's column names are accepted as aliases (``article_id``,
  ``publish_date``, ``article_source_link``) when the canonical field is absent or empty;
- an id already seen in this run is reported and the later record dropped.

A bad record is reported as an :class:`~eventwire.errors.InputError` through the run's
``on_problem`` callback and skipped.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from eventwire.errors import InputError
from eventwire.model import Article

FIELDS = ("id", "text", "date", "title", "url", "source")

# Canonical field -> other names it may go by (the NewsArticles corpus's columns).
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("article_id",),
    "date": ("publish_date",),
    "url": ("article_source_link",),
}

# Every column a tabular reader needs to load; anything else in a file is ignored.
KNOWN_COLUMNS = FIELDS + tuple(alias for names in ALIASES.values() for alias in names)

UTF8_BOM = b"\xef\xbb\xbf"

# YYYY-MM-DD or YYYY/M/D, optionally followed by a time as in ISO 8601 (or "7:11" as in the
# NewsArticles corpus) and a time zone. The date is kept as written: it is the publication
# date the source gave, not the date in UTC.
_DATE = re.compile(
    r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)


def normalise_date(value: object) -> str:
    """Return a publication date as YYYY-MM-DD.

    Accepts ``YYYY-MM-DD``, ``YYYY/M/D``, ISO datetimes (``2017-02-16T10:30:00Z``), those
    with surrounding spaces, and :class:`datetime.date` / :class:`datetime.datetime` values
    (as Parquet gives them). Raises :class:`ValueError` saying what is accepted otherwise.
    """
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ValueError(f"date {value!r} is not text; write it as YYYY-MM-DD")
    match = _DATE.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"date {value!r} is not a date; write it as YYYY-MM-DD")
    try:
        day = datetime.date(int(match[1]), int(match[3]), int(match[4]))
    except ValueError:
        raise ValueError(f"date {value!r} does not exist; write it as YYYY-MM-DD") from None
    return day.isoformat()


def not_utf8(error: UnicodeDecodeError) -> str:
    """Describe undecodable input (which byte, where) and say what to do about it."""
    data = bytes(error.object)
    bad = data[error.start]
    line_start = data.rfind(b"\n", 0, error.start) + 1
    column = error.start - line_start + 1
    if b"\n" in data.rstrip(b"\r\n"):
        line = data.count(b"\n", 0, error.start) + 1
        place = f"line {line}, column {column}"
    else:
        place = f"column {column}"
    return f"not valid UTF-8 (byte 0x{bad:02x} at {place}); save the input as UTF-8"


def missing_columns(names: Iterable[str]) -> str | None:
    """Say which required columns a table (CSV header, Parquet schema) lacks, or None if none."""
    present = set(names)
    lacking = [name for name in ("id", "text")
               if name not in present and not present.intersection(ALIASES.get(name, ()))]
    if not lacking:
        return None
    wanted = " and ".join(repr(name) for name in lacking)
    return (f"no {wanted} column (the columns are: {', '.join(sorted(present)) or 'none'}); "
            f"every article needs an id and a text, so the file was skipped")


def article_from_fields(fields: Mapping[str, Any], *, where: str,
                        default_date: str | None = None) -> Article:
    """Build an Article from one record's fields, or raise InputError(where, reason).

    ``default_date`` (already YYYY-MM-DD) is used when the record has no date. Unknown fields
    are ignored.
    """
    raw_id = _field(fields, "id")
    article_id = None if _is_blank(raw_id) else _as_text(raw_id, "id", where)
    if article_id is None or not article_id.strip():
        raise InputError(where, "no 'id'; give every record an 'id' (or 'article_id') field")

    raw_text = _field(fields, "text")
    if _is_missing(raw_text):
        raise InputError(where, "no 'text'; every article needs its text in a 'text' field")
    text = _as_text(raw_text, "text", where)
    if text is None or not text.strip():
        raise InputError(where, "empty 'text'; every article needs some text")

    raw_date = _field(fields, "date")
    if _is_blank(raw_date):
        date = default_date
    else:
        try:
            date = normalise_date(raw_date)
        except ValueError as error:
            raise InputError(where, str(error)) from None

    return Article(
        id=article_id.strip(),
        text=text,
        date=date,
        title=_optional(fields, "title", where),
        url=_optional(fields, "url", where),
        source=_optional(fields, "source", where),
    )


@dataclass
class ArticleBuilder:
    """Builds the Articles of one run and reports its problems.

    ``on_problem`` receives every problem as an InputError; to stop a run at the first
    problem, let it raise. ``default_date`` must already be normalised (YYYY-MM-DD).
    """

    on_problem: Callable[[InputError], None]
    default_date: str | None = None
    _first_seen: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def report(self, where: str, reason: str) -> None:
        """Report a problem found at ``where`` (a path, ``path:LINE`` or ``path:row N``)."""
        self.on_problem(InputError(where, reason))

    def build(self, fields: Mapping[str, Any], where: str) -> Article | None:
        """Return the record's Article, or report why it cannot be one and return None."""
        try:
            article = article_from_fields(fields, where=where, default_date=self.default_date)
        except InputError as problem:
            self.on_problem(problem)
            return None
        first = self._first_seen.get(article.id)
        if first is not None:
            self.report(where, f"duplicate id {article.id!r} (first seen at {first}); "
                               f"this record was skipped")
            return None
        self._first_seen[article.id] = where
        return article


def _is_missing(value: Any) -> bool:
    # Tables written by pandas use NaN for a missing value.
    return value is None or (isinstance(value, float) and math.isnan(value))


def _is_blank(value: Any) -> bool:
    return _is_missing(value) or (isinstance(value, str) and not value.strip())


def _field(fields: Mapping[str, Any], name: str) -> Any:
    value = fields.get(name)
    if _is_blank(value):
        for alias in ALIASES.get(name, ()):
            if not _is_blank(fields.get(alias)):
                return fields[alias]
    return value


def _as_text(value: Any, name: str, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(where, f"{name!r} is {not_utf8(error)}") from None
    if isinstance(value, bool):
        raise InputError(where, f"{name!r} is {value!r}; it must be text")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # pandas turns integer ids into floats when some are missing
    if isinstance(value, (int, float)):
        return str(value)
    raise InputError(where, f"{name!r} is a {type(value).__name__}; it must be text")


def _optional(fields: Mapping[str, Any], name: str, where: str) -> str | None:
    value = _field(fields, name)
    if _is_blank(value):
        return None
    text = _as_text(value, name, where)
    return text.strip() if text is not None and text.strip() else None
