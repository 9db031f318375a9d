"""Reading JSON articles: ``.jsonl`` (one object a line) and ``.json`` (the same, or one array).

JSON lines are read as bytes and decoded one line at a time, so a line with undecodable bytes
or bad JSON costs only that line. Line numbers in problems are 1-based physical lines.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire.model import Article
from eventwire.sources.records import UTF8_BOM, ArticleBuilder, not_utf8

_OBJECT_EXAMPLE = '{"id": "...", "text": "..."}'


def read_jsonl_file(path: Path, builder: ArticleBuilder) -> Iterator[Article]:
    """Yield the articles of a JSON-lines file, one object a line, streaming."""
    with path.open("rb") as lines:
        yield from read_jsonl_lines(lines, str(path), builder)


def read_json_file(path: Path, builder: ArticleBuilder) -> Iterator[Article]:
    """Yield the articles of a ``.json`` file: a JSON array of objects, or one object a line."""
    with path.open("rb") as lines:
        head, first = first_nonblank(lines)
        if first == b"[":
            # An array has to be parsed whole; only JSON lines stream.
            data = b"".join(head) + lines.read()
            yield from read_json_array(data, str(path), builder)
        else:
            yield from read_jsonl_lines(itertools.chain(head, lines), str(path), builder)


def first_nonblank(lines: Iterator[bytes]) -> tuple[list[bytes], bytes]:
    """Read lines up to the first one with a non-blank character.

    Returns the lines read (to be put back in front of the rest) and that character as one
    byte, or ``b""`` if the input is blank. A UTF-8 byte-order mark does not count.
    """
    head: list[bytes] = []
    for line in lines:
        head.append(line)
        stripped = line.removeprefix(UTF8_BOM).strip()
        if stripped:
            return head, stripped[:1]
    return head, b""


def read_jsonl_lines(lines: Iterable[bytes], label: str,
                     builder: ArticleBuilder) -> Iterator[Article]:
    """Yield an article for each JSON object line; report bad lines as ``label:LINE``."""
    for number, raw in enumerate(lines, start=1):
        where = f"{label}:{number}"
        try:
            line = raw.removeprefix(UTF8_BOM).decode("utf-8")
        except UnicodeDecodeError as error:
            builder.report(where, not_utf8(error))
            continue
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            builder.report(where, f"bad JSON ({error.msg} at column {error.colno}); "
                                  f"each line must be one object such as {_OBJECT_EXAMPLE}")
            continue
        article = _article_from_value(value, where, builder)
        if article is not None:
            yield article


def read_json_array(data: bytes, label: str, builder: ArticleBuilder) -> Iterator[Article]:
    """Yield an article for each object of a JSON array; report elements as ``label:LINE``.

    The line is where the element starts. A syntax error ends the file, since nothing after it
    can be trusted; a value that is not an object costs only itself.
    """
    try:
        text = data.removeprefix(UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as error:
        builder.report(label, f"{not_utf8(error)}; the file was skipped")
        return
    decoder = json.JSONDecoder()
    lines = _LineCounter(text)
    position = _skip_space(text, 0)
    if not text.startswith("[", position):
        builder.report(label, "not a JSON array; the file was skipped")
        return
    position = _skip_space(text, position + 1)
    if text.startswith("]", position):
        position += 1
    else:
        while True:
            where = f"{label}:{lines.at(position)}"
            try:
                value, position = decoder.raw_decode(text, position)
            except json.JSONDecodeError as error:
                builder.report(f"{label}:{error.lineno}", f"bad JSON ({error.msg}); "
                                                          f"the rest of the file was skipped")
                return
            article = _article_from_value(value, where, builder)
            if article is not None:
                yield article
            position = _skip_space(text, position)
            if text.startswith(",", position):
                position = _skip_space(text, position + 1)
            elif text.startswith("]", position):
                position += 1
                break
            else:
                builder.report(f"{label}:{lines.at(position)}",
                               "bad JSON (expected ',' or ']' after an array element); "
                               "the rest of the file was skipped")
                return
    if text[position:].strip():
        builder.report(f"{label}:{lines.at(_skip_space(text, position))}",
                       "bad JSON (extra data after the array); it was ignored")


def _article_from_value(value: Any, where: str, builder: ArticleBuilder) -> Article | None:
    if not isinstance(value, dict):
        kind = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
            type(value), "a number")
        builder.report(where, f"a JSON value that is {kind}, not an object; "
                              f"each article must be an object such as {_OBJECT_EXAMPLE}")
        return None
    return builder.build(value, where)


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


class _LineCounter:
    """Line numbers of positions in a text, counted incrementally (positions only grow)."""

    def __init__(self, text: str):
        self._text = text
        self._position = 0
        self._line = 1

    def at(self, position: int) -> int:
        self._line += self._text.count("\n", self._position, position)
        self._position = position
        return self._line
