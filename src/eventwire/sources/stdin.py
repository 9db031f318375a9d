"""Reading articles from standard input: JSON lines, or else one plain-text article.

The input is JSON lines when its first non-blank character is ``{``; otherwise all of it is one
article with the id ``stdin``. Problems name the input ``<stdin>``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TextIO

from eventwire.model import Article
from eventwire.sources.jsonl import first_nonblank, read_jsonl_lines
from eventwire.sources.records import ArticleBuilder
from eventwire.sources.text import article_from_bytes

LABEL = "<stdin>"
TEXT_ID = "stdin"


def read_stdin(stream: TextIO, builder: ArticleBuilder) -> Iterator[Article]:
    """Yield the articles of ``stream`` (normally ``sys.stdin``), JSON lines or one text."""
    # Read the bytes underneath, so undecodable input is reported, not raised.
    buffer = getattr(stream, "buffer", None)
    lines = iter(buffer) if buffer is not None else (line.encode("utf-8") for line in stream)
    head, first = first_nonblank(lines)
    if first == b"{":
        yield from read_jsonl_lines(itertools.chain(head, lines), LABEL, builder)
        return
    data = b"".join(itertools.chain(head, lines))
    article = article_from_bytes(data, article_id=TEXT_ID, where=LABEL, builder=builder)
    if article is not None:
        yield article
