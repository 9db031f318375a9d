"""Reading CSV articles: a header row, then one article a record, with the usual field names.

The file is read as bytes and decoded one physical line at a time, so a record containing bytes
that are not UTF-8 is reported and skipped on its own while the rest of the file is read. A
record may span several lines (a quoted text with line breaks); problems name the line it
starts on.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.model import Article
from eventwire.sources.records import UTF8_BOM, ArticleBuilder, missing_columns, not_utf8

# The csv module refuses fields over 128 KiB by default; a long article can be bigger. The
# limit is process-wide, so it is only ever raised, never lowered.
_FIELD_LIMIT = 64 * 1024 * 1024


def read_csv_file(path: Path, builder: ArticleBuilder) -> Iterator[Article]:
    """Yield the articles of a CSV file with a header row, streaming."""
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    label = str(path)
    with path.open("rb") as raw_lines:
        undecodable: dict[int, str] = {}  # line number -> what is wrong with it
        records = csv.reader(_decode_lines(raw_lines, undecodable))
        header = next(records, None)
        if header is None:
            builder.report(label, "empty CSV file; it needs a header row naming the columns")
            return
        header = [name.strip() for name in header]
        problem = missing_columns(header)
        if problem is not None:
            builder.report(f"{label}:1", problem)
            return
        last_line = records.line_num
        while True:
            try:
                row = next(records)
            except StopIteration:
                return
            except csv.Error as error:
                builder.report(f"{label}:{last_line + 1}",
                               f"bad CSV ({error}); the rest of the file was skipped")
                return
            first_line, last_line = last_line + 1, records.line_num
            if not any(value.strip() for value in row):
                continue  # a blank line
            where = f"{label}:{first_line}"
            bad = [undecodable.pop(n) for n in range(first_line, last_line + 1) if n in undecodable]
            if bad:
                builder.report(where, bad[0])
                continue
            if len(row) > len(header):
                builder.report(where, f"{len(row)} fields but the header names {len(header)}; "
                                      f"quote fields that contain commas")
                continue
            article = builder.build(dict(zip(header, row)), where)
            if article is not None:
                yield article


def _decode_lines(raw_lines: Iterable[bytes], undecodable: dict[int, str]) -> Iterator[str]:
    """Decode each line as UTF-8; note undecodable ones and pass them on with U+FFFD instead.

    Passing the line on keeps the CSV parser in step (quotes and commas are ASCII), so only
    the record that contains the line is lost.
    """
    for number, raw in enumerate(raw_lines, start=1):
        if number == 1:
            raw = raw.removeprefix(UTF8_BOM)
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as error:
            undecodable[number] = not_utf8(error)
            yield raw.decode("utf-8", errors="replace")
