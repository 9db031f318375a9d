"""Reading plain-text articles: a ``.txt`` file is one article whose id is the file's stem."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.model import Article
from eventwire.sources.records import UTF8_BOM, ArticleBuilder, not_utf8


def read_text_file(path: Path, builder: ArticleBuilder) -> Iterator[Article]:
    """Yield the one article a ``.txt`` file holds: id = file stem, text = the whole file."""
    article = article_from_bytes(path.read_bytes(), article_id=path.stem, where=str(path),
                                 builder=builder)
    if article is not None:
        yield article


def article_from_bytes(data: bytes, *, article_id: str, where: str,
                       builder: ArticleBuilder) -> Article | None:
    """Decode UTF-8 ``data`` as one article's text; report and return None if it cannot be one."""
    try:
        text = data.removeprefix(UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as error:
        builder.report(where, not_utf8(error))
        return None
    return builder.build({"id": article_id, "text": text}, where)
