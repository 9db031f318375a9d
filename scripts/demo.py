"""`make demo`: code the seed story and print its events, then code 500 real articles.

Run from the project root with the project's virtual environment.
"""

from __future__ import annotations

import collections
import json
import sys
import time
from pathlib import Path

from tqdm import tqdm

from eventwire.coder import Coder
from eventwire.model import Article
from eventwire.sources.newsarticles import corpus_csv, read_sample

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "ap-2017-02-16-mattis-russia.jsonl"
CACHE = ROOT / ".cache"
SHARED_COPY = ROOT.parent / "shared" / "data" / "news" / "NewsArticles.zip"
SAMPLE = 500
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def show_seed(coder: Coder) -> None:
    record = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    article = Article(id=record["id"], text=record["text"], date=record["date"])
    events = list(coder.code([article]))
    print(f"\n== {record['title']} ({record['date']}): {len(events)} events\n")
    print(f"{'source':34} {'target':34} {'CAMEO':6} {'name':38} {'date':10}  rule")
    for e in events:
        src = f"{e.source.text[:22]} ({e.source.code})"
        tgt = f"{e.target.text[:22]} ({e.target.code})" if e.target else "-"
        flag = " [historical]" if e.modality == "historical" else ""
        print(f"{src:34} {tgt:34} {e.cameo.code:6} {e.cameo.name[:38]:38} {e.date:10}  "
              f"{e.evidence.rule}{flag}")


def code_corpus(coder: Coder) -> None:
    csv_path = corpus_csv(CACHE, (SHARED_COPY,))
    articles = list(read_sample(csv_path, SAMPLE))
    print(f"\n== Coding {len(articles)} articles of the NewsArticles corpus (2016-17)\n")
    quads: collections.Counter = collections.Counter()
    dyads: collections.Counter = collections.Counter()
    events = 0
    start = time.perf_counter()
    for _, found in tqdm(coder.code_articles(articles), total=len(articles), unit=" articles",
                         file=sys.stderr):
        for e in found:
            events += 1
            quads[e.cameo.quad_class] += 1
            if e.target is not None:
                dyads[(e.source.code, e.target.code)] += 1
    seconds = time.perf_counter() - start
    print(f"{events} events from {len(articles)} articles in {seconds:.1f} s "
          f"({len(articles) / seconds:.1f} articles/s)\n")
    print("events by quad class:")
    for quad in sorted(QUADS):
        print(f"  {quad} {QUADS[quad]:22} {quads[quad]:6}")
    print("\nthe 10 most frequent dyads:")
    for (src, tgt), n in dyads.most_common(10):
        print(f"  {src:12} -> {tgt:12} {n:5}")


def main() -> None:
    coder = Coder()
    show_seed(coder)
    code_corpus(coder)


if __name__ == "__main__":
    main()
