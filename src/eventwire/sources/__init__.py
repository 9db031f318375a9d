"""Input readers: every kind of input eventwire reads, turned into a stream of Articles.

:func:`read_articles` is the one entry point. Each INPUT is a file (the kind is given by its
suffix), a folder (its files, recursively), or ``-`` (standard input)::

    .txt       one article; id = file stem, text = the whole file      (text.py)
    .jsonl     one JSON object a line                                  (jsonl.py)
    .json      one JSON object a line, or one JSON array of objects    (jsonl.py)
    .csv       a header row, then one article a record                 (csvfile.py)
    .parquet   the same columns as CSV, read in batches                (parquet.py)
    -          JSON lines if the first non-blank character is '{',
               else one plain-text article with id 'stdin'             (stdin.py)

Fields are checked in one place (records.py). Nothing is raised for a bad record or an
unusable input: each problem goes to ``on_problem`` as an :class:`~eventwire.errors.InputError`
naming where it is (``path``, ``path:LINE`` or ``path:row N``) and the reading goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.model import Article
from eventwire.sources.csvfile import read_csv_file
from eventwire.sources.jsonl import read_json_file, read_jsonl_file
from eventwire.sources.parquet import read_parquet_file
from eventwire.sources.records import ArticleBuilder, normalise_date
from eventwire.sources.stdin import read_stdin
from eventwire.sources.text import read_text_file

__all__ = ["INPUT_SUFFIXES", "normalise_date", "read_articles"]

FileReader = Callable[[Path, ArticleBuilder], Iterator[Article]]

_READERS: dict[str, FileReader] = {
    ".txt": read_text_file,
    ".jsonl": read_jsonl_file,
    ".json": read_json_file,
    ".csv": read_csv_file,
    ".parquet": read_parquet_file,
}

INPUT_SUFFIXES = tuple(_READERS)

STDIN = "-"


def read_articles(inputs: Iterable[str], *, default_date: str | None = None,
                  on_problem: Callable[[InputError], None]) -> Iterator[Article]:
    """Yield the articles of every input, in order.

    ``default_date`` (YYYY-MM-DD, or any form :func:`normalise_date` accepts) is the
    publication date of articles that give none; an invalid one raises InputError at once.
    Every bad record, duplicate id, missing path or unknown kind of file is passed to
    ``on_problem`` and skipped; to stop at the first problem instead, let ``on_problem`` raise.
    """
    if default_date is not None:
        try:
            default_date = normalise_date(default_date)
        except ValueError as error:
            raise InputError("default date", str(error)) from None
    builder = ArticleBuilder(on_problem=on_problem, default_date=default_date)
    return _read_inputs(inputs, builder)


def _read_inputs(inputs: Iterable[str], builder: ArticleBuilder) -> Iterator[Article]:
    for name in inputs:
        if name == STDIN:
            # Looked up at call time, so a replaced sys.stdin (tests, embedding) is honoured.
            yield from read_stdin(sys.stdin, builder)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _files_in(path):
                yield from _read_file(file, builder)
        elif not path.exists():
            builder.report(name, "no such file or folder")
        elif path.suffix.lower() not in _READERS:
            builder.report(name, f"unknown kind of input {path.suffix or '(no suffix)'!r}; "
                                 f"use {', '.join(INPUT_SUFFIXES)}, a folder or '-'")
        else:
            yield from _read_file(path, builder)


def _files_in(folder: Path) -> list[Path]:
    """The readable files under ``folder``, recursively, sorted; hidden ones left out."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        # Hidden files and folders (.git, macOS "._name" forks) are never articles.
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in _READERS and path.is_file():
            found.append(path)
    return sorted(found, key=lambda path: path.relative_to(folder).parts)


def _read_file(path: Path, builder: ArticleBuilder) -> Iterator[Article]:
    reader = _READERS[path.suffix.lower()]
    try:
        yield from reader(path, builder)
    except OSError as error:
        builder.report(str(path), f"cannot read it ({error.strerror or error}); skipped")
