"""Over-production check: events per 1,000 words on the 500-article sample, and 30 sampled
events for a person to judge.

Writes benchmarks/EVENT_SAMPLE.md: the rate, then the 30 events (seeded sample) with their
sentence, codes and rule, and the verdicts recorded in benchmarks/event_verdicts.tsv
(``event id <TAB> CAMEO code <TAB> verdict <TAB> note``; verdict: right, partly, wrong). Events without a recorded
verdict are marked "to judge": after a change to patterns or the knowledge base, judge them and
add the lines.

    .venv/bin/python benchmarks/event_sample.py [--articles 500] [--events 30] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from datetime import date
from pathlib import Path

from eventwire.coder import Coder
from common import sample_articles

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "EVENT_SAMPLE.md"
VERDICTS = ROOT / "benchmarks" / "event_verdicts.tsv"


def read_verdicts() -> dict[tuple[str, str], tuple[str, str]]:
    """(event id, code) -> (verdict, note), from benchmarks/event_verdicts.tsv."""
    verdicts = {}
    if VERDICTS.exists():
        for line in VERDICTS.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                event_id, code, verdict, *note = line.split("\t")
                verdicts[(event_id, code)] = (verdict, note[0] if note else "")
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--events", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    articles = sample_articles(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    coded = []
    for article, events in Coder().code_articles(articles):
        coded.extend((article, e) for e in events)
    dyadic = sum(1 for _, e in coded if e.target is not None)
    sample = random.Random(args.seed).sample(coded, min(args.events, len(coded)))
    verdicts = read_verdicts()
    rows, counts = [], {}
    for n, (article, e) in enumerate(sample, 1):
        verdict, note = verdicts.get((e.id, e.cameo.code), ("to judge", ""))
        counts[verdict] = counts.get(verdict, 0) + 1
        sentence = article.text[e.sentence_start:e.sentence_end].strip().replace("\n", " ")
        target = f"{e.target.text} ({e.target.code})" if e.target else "-"
        rows.append(f"{n}. `{e.id} {e.cameo.code}` **{verdict}**{': ' + note if note else ''}  \n"
                    f"   {e.source.text} ({e.source.code}) -> {target}: {e.cameo.code} {e.cameo.name}, "
                    f"{e.modality}, rule `{e.evidence.rule}` on \"{e.evidence.trigger.text}\"  \n"
                    f"   > {sentence[:400]}")
    judged = sum(v for k, v in counts.items() if k != "to judge")
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    OUT.write_text(f"""# Events on real news: how many, and are they right?

Run of {date.today().isoformat()} by `benchmarks/event_sample.py` on the first {len(articles)} usable
articles of the NewsArticles corpus ({words:,} words).

- Events: {len(coded)} ({1000 * len(coded) / words:.2f} per 1,000 words), of them {dyadic} dyadic
  ({1000 * dyadic / words:.2f} per 1,000 words).
- {len(sample)} events sampled (seed {args.seed}), judged by hand: {summary}
  ({judged} judged; verdicts in `benchmarks/event_verdicts.tsv`).

""" + "\n\n".join(rows) + "\n", encoding="utf-8")
    print(OUT.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
