"""Actor matching: what the actor component adds to parsing, and the cold start, with the full
knowledge base (PETRARCH base set + curated files).

Parses the first 500 usable articles of the NewsArticles corpus with the bare spaCy pipeline
(``nlp.pipe``, the components eventwire loads), then runs the ``eventwire_actors`` component over
the same parsed documents, timing each part; the share that actor matching adds to parse time is
their ratio (issue 4 asks at most 10%). Then times a cold ``eventwire code`` of the seed story in a
new process, with an empty knowledge-base cache and after a warm-up run (best of 3), and the
knowledge base's load with and without its cache. Appends (or replaces) its section in
benchmarks/RESULTS.md, leaving the rest of the file as it is.

    .venv/bin/python benchmarks/actors.py [--articles 500] [--rounds 2]
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date


from eventwire.actors import kbcache  # noqa: E402
from eventwire.actors.kb import build_kb, kb_sources, load_kb, user_kb_dir  # noqa: E402
from eventwire.actors.resolve import make_actor_resolver  # noqa: E402
from eventwire.nlp import load_fresh  # noqa: E402

from common import (cold_seed_seconds, machine, sample_arguments, sample_articles,  # noqa: E402
                    write_section)

TITLE = "## Actor matching and cold start (benchmarks/actors.py)"


def main() -> None:
    args = sample_arguments(__doc__.splitlines()[0])

    articles = sample_articles(args.articles)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_fresh()
    kb = load_kb()
    actors = make_actor_resolver(nlp, "eventwire_actors", None, [])
    stats = kb.stats()
    list(nlp.pipe(texts[:20]))  # warm up
    parse_times, actor_times, mentions = [], [], 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=16))
        parse_times.append(time.perf_counter() - start)
        for doc, article in zip(docs, articles):
            doc._.pub_date = article.date
        start = time.perf_counter()
        for doc in docs:
            actors(doc)
        actor_times.append(time.perf_counter() - start)
        mentions = sum(len(d._.actors.mentions) for d in docs)
    parse_s, actor_s = min(parse_times), min(actor_times)
    share = 100 * actor_s / parse_s

    sources = kb_sources(user_dir=user_kb_dir())
    start = time.perf_counter()
    build_kb(sources)
    build_s = time.perf_counter() - start
    load_kb()  # makes sure the cache holds the files as they are now
    kbcache._MEMORY.clear()
    start = time.perf_counter()
    load_kb()
    cached_s = time.perf_counter() - start

    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as empty:
        env["EVENTWIRE_CACHE_DIR"] = empty
        first = cold_seed_seconds(env)  # empty cache: builds and saves the knowledge base and its tokens
        warm = min(cold_seed_seconds(env) for _ in range(3))
    section = f"""{TITLE}

Run of {date.today().isoformat()} on {machine()}. Knowledge base: {stats['phrases']:,} phrases
({stats['person']:,} people, {stats['org']:,} organisations, {stats['agent']:,} agent phrases: the
PETRARCH base set, the curated files and the user's folder). Sample: the first {len(articles)}
usable articles of the NewsArticles corpus ({words:,} words), batch size 16, best of
{args.rounds} rounds.

| what | seconds |
|---|---:|
| parse alone (bare `nlp.pipe`) | {parse_s:.1f} |
| actor component on the parsed documents ({mentions:,} mentions) | {actor_s:.2f} |
| parse + actor component | {parse_s + actor_s:.1f} |
| knowledge base built from its files (no cache) | {build_s:.2f} |
| knowledge base loaded from its disk cache (unpickled; entries decoded on demand) | {cached_s:.3f} |
| cold `eventwire code` of the seed story, empty cache (builds it) | {first:.2f} |
| cold `eventwire code` of the seed story, cache warm (best of 3) | {warm:.2f} |

- Actor matching adds **{share:.1f}%** to parse time (issue 4 asks at most 10%).
- Cold start with the full knowledge base: **{warm:.2f} s** (asked: under 2 s).
"""
    write_section(TITLE, section)
    print(section)


if __name__ == "__main__":
    main()
