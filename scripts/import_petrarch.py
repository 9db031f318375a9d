"""Make eventwire's PETRARCH base set of actors from the Phoenix dictionaries.

Reads the Phoenix actor and agent dictionaries of PETRARCH-2, kept outside the project in
``../shared/data/petrarch/`` (relative to the project root by default). Upstream:
openeventdata/petrarch2, ``petrarch2/data/dictionaries`` (https://github.com/openeventdata/petrarch2),
MIT licence (Copyright (c) 2014 Open Event Data Alliance); the licence notice of each file (or of
the LICENSE file beside it, for the files that carry none) is copied into the header of every file
made from it. The files read:

- ``Phoenix.Countries.actors.txt``: country names, national institutions and about 16,000 people
  with dated roles (from CountryInfo.140130.txt);
- ``Phoenix.International.actors.txt``: international organisations, NGOs, companies and their
  officials;
- ``Phoenix.MilNonState.actors.txt``: armed non-state groups;
- ``Phoenix.agents.txt``: titles and group nouns with their sectors;
- ``Phoenix.discards.txt``: phrases that name no actor (sports, prizes), dropped from the others.

and writes ``src/eventwire/data/actors/petrarch/``, replacing what was there: for each source,
``<source>.countries.tsv``, ``.organisations.tsv``, ``.agents.tsv`` and ``.people.yaml`` as it has
entries of each kind (see ``eventwire.actors.petrarch`` for the conversion). Lines it cannot read
are listed on standard error with file and line.

Usage::

    .venv/bin/python scripts/import_petrarch.py [SOURCE_DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventwire.actors.petrarch_convert import import_dictionaries

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = PROJECT_ROOT.parent / "shared" / "data" / "petrarch"
DEFAULT_OUT = PROJECT_ROOT / "src" / "eventwire" / "data" / "actors" / "petrarch"
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
         "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt")
ORIGIN = "openeventdata/petrarch2, petrarch2/data/dictionaries"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE,
                        help=f"folder with the Phoenix files (default: {DEFAULT_SOURCE})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"folder to write (default: {DEFAULT_OUT})")
    args = parser.parse_args()
    paths = [args.source / name for name in FILES]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"import_petrarch: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.iterdir():
        if old.is_file() and old.name.startswith("Phoenix."):
            old.unlink()
    result = import_dictionaries(paths, args.out, origin=ORIGIN)
    for problem in result.problems:
        print(f"import_petrarch: cannot read {problem}", file=sys.stderr)
    for path in result.written:
        print(f"wrote {path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path}")
    print(", ".join(f"{count} {what}" for what, count in result.counts.items()))
    print("dropped: " + ", ".join(f"{count} {why}" for why, count in result.dropped.most_common()
                                  if count))
    print("country codes not in countries.tsv, left out: " + ", ".join(
        f"{code} ({count})" for code, count in result.unknown_countries.most_common()))
    print(f"{len(result.problems)} line(s) could not be read (listed on standard error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
