"""Regenerate src/eventwire/data/patterns/petrarch-verbs.tsv from PETRARCH's CAMEO.2.0.txt.

    .venv/bin/python scripts/import_petrarch_verbs.py [../shared/data/petrarch/CAMEO.2.0.txt]
"""

import sys
from pathlib import Path

from eventwire.events.petrarch import import_verbs, write_tsv

ROOT = Path(__file__).resolve().parent.parent
source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "petrarch" / "CAMEO.2.0.txt"
out = ROOT / "src" / "eventwire" / "data" / "patterns" / "petrarch-verbs.tsv"
report = import_verbs(source)
write_tsv(report, source, out)
print(f"{len(report.patterns)} patterns written to {out}", file=sys.stderr)
for why, n in sorted(report.skipped.items()):
    print(f"  left out: {n} {why}", file=sys.stderr)
for problem in report.problems:
    print(f"  problem: {problem}", file=sys.stderr)
