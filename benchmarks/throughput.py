"""Throughput: eventwire against bare spaCy on the same 500 real articles.

Codes the first 500 usable articles of the NewsArticles corpus with the full coder, and parses
the same texts with bare ``nlp.pipe`` (the same pipeline and components, without eventwire's),
then times a cold ``eventwire code`` of the seed story in a fresh process. Writes the figures
and the machine to benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/throughput.py [--articles 500] [--rounds 2]
"""

from __future__ import annotations

import time
from datetime import date


from eventwire.coder import Coder  # noqa: E402
from eventwire.nlp import load_fresh  # noqa: E402
from common import (cold_seed_seconds, machine, sample_arguments, sample_articles,  # noqa: E402
                    write_section)

TITLE = "## Throughput against bare spaCy (benchmarks/throughput.py)"


def time_bare(texts: list[str], batch_size: int) -> float:
    nlp = load_fresh()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def time_coder(coder: Coder, articles, batch_size: int) -> tuple[float, int]:
    start = time.perf_counter()
    events = sum(len(found) for _, found in coder.code_articles(articles))
    return time.perf_counter() - start, events


def main() -> None:
    args = sample_arguments(__doc__.splitlines()[0])

    articles = sample_articles(args.articles)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    coder = Coder()
    batch = coder.settings.batch_size
    time_bare(texts[:20], batch)  # warm both up
    time_coder(coder, articles[:20], batch)
    bare, full, events = [], [], 0
    for _ in range(args.rounds):
        bare.append(time_bare(texts, batch))
        seconds, events = time_coder(coder, articles, batch)
        full.append(seconds)
    bare_s, full_s = min(bare), min(full)
    cold = min(cold_seed_seconds() for _ in range(3))
    ratio = bare_s / full_s
    report = f"""{TITLE}

Run of {date.today().isoformat()}. Machine: {machine()}.
Pipeline: {coder.nlp.meta.get('name')} {coder.nlp.meta.get('version')}, components {', '.join(coder.nlp.pipe_names)}.
Sample: the first {len(articles)} usable articles of the NewsArticles corpus ({words:,} words), batch size {batch}, best of {args.rounds} rounds.

| what | seconds | articles/s | words/s |
|---|---:|---:|---:|
| bare `nlp.pipe` (same pipeline, without eventwire's components) | {bare_s:.1f} | {len(articles) / bare_s:.1f} | {words / bare_s:,.0f} |
| eventwire (`Coder.code_articles`, parse + actors + events + records) | {full_s:.1f} | {len(articles) / full_s:.1f} | {words / full_s:,.0f} |

- Ratio of eventwire's throughput to bare `nlp.pipe`: **{ratio:.2f}** (the foundation asks at least 0.70).
- Events produced: {events} ({1000 * events / words:.2f} per 1,000 words).
- Cold `eventwire code` of the seed story in a new process (best of 3): **{cold:.2f} s** (asked: under 3 s).
"""
    write_section(TITLE, report)
    print(report)


if __name__ == "__main__":
    main()
