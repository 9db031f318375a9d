"""Reading Parquet articles: the same columns as CSV, read in batches so big files stream.

Problems name the row as ``path:row N``, counting rows from 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.model import Article
from eventwire.sources.records import KNOWN_COLUMNS, ArticleBuilder, missing_columns

BATCH_ROWS = 1024


def read_parquet_file(path: Path, builder: ArticleBuilder, *,
                      batch_rows: int = BATCH_ROWS) -> Iterator[Article]:
    """Yield the articles of a Parquet file, reading ``batch_rows`` rows at a time."""
    # Imported here: pyarrow takes a noticeable share of a cold start and most runs read text.
    import pyarrow
    import pyarrow.parquet

    label = str(path)
    try:
        table = pyarrow.parquet.ParquetFile(path)
    except (pyarrow.ArrowException, OSError, ValueError) as error:
        builder.report(label, f"not a readable Parquet file ({error}); the file was skipped")
        return
    names = table.schema_arrow.names
    problem = missing_columns(names)
    if problem is not None:
        builder.report(label, problem)
        return
    # Read only the columns eventwire uses; other columns may be large.
    columns = [name for name in names if name in KNOWN_COLUMNS]
    row = 0
    batches = table.iter_batches(batch_size=batch_rows, columns=columns)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except (pyarrow.ArrowException, OSError, ValueError) as error:
            builder.report(f"{label}:row {row + 1}",
                           f"cannot read the file from here on ({error}); the rest was skipped")
            return
        for fields in batch.to_pylist():
            row += 1
            article = builder.build(fields, f"{label}:row {row}")
            if article is not None:
                yield article
