"""What the benchmark scripts share: the article sample, a cold run of the command line, the
machine's description, and writing one section of benchmarks/RESULTS.md."""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from eventwire.model import Article
from eventwire.sources.newsarticles import corpus_csv, read_sample

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
SHARED_COPY = ROOT.parent / "shared" / "data" / "news" / "NewsArticles.zip"
SEED = ROOT / "examples" / "ap-2017-02-16-mattis-russia.jsonl"


def sample_arguments(description: str) -> argparse.Namespace:
    """The options of a timing benchmark: how many articles, best of how many rounds."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=2, help="best of N rounds for each timing")
    return parser.parse_args()


def sample_articles(count: int) -> list[Article]:
    """The first ``count`` usable articles of the NewsArticles corpus (fetched once, cached)."""
    return list(read_sample(corpus_csv(CACHE, (SHARED_COPY,)), count))


def cold_seed_seconds(env: dict | None = None) -> float:
    """Seconds for `eventwire code` of the seed story in a new process."""
    exe = ROOT / ".venv" / "bin" / "eventwire"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "eventwire.cli"]
    start = time.perf_counter()
    subprocess.run([*command, "code", str(SEED), "-o", os.devnull], check=True, env=env)
    return time.perf_counter() - start

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = "# Benchmark results\n\nEach section is rewritten by the script it names.\n"


def write_section(title: str, section: str, path: Path = RESULTS) -> None:
    """Replace the section headed ``title`` (a ``## `` line) with ``section``, or append it."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if title in text:
        head, _, rest = text.partition(title)
        after = rest.find("\n## ")
        text = head.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n" + (rest[after:] if after >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    path.write_text(text, encoding="utf-8")


def machine() -> str:
    """CPU, cores, Python and system of this machine, for the record beside each figure."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"
