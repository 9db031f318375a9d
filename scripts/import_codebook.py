"""Make eventwire's CAMEO codebook and CAMEO -> PLOVER map from their public sources.

Reads two files kept outside the project (paths relative to the project root by default):

- ``../shared/data/cameo/cameo-codes.csv``: the CAMEO event codebook, 312 codes with name,
  Goldstein score, description and example sentence. Upstream: andybega/icews,
  ``data-raw/cameo-codes.csv`` (https://github.com/andybega/icews), MIT licence; the licence text
  is read from ``LICENSE-icews.md`` next to the csv and copied into the output.
- ``../shared/data/plover/CAMEO2PLOVER-2021.txt``: CAMEO code -> PLOVER event, mode, context.
  Upstream: openeventdata/PLOVER (https://github.com/openeventdata/PLOVER), CC BY-SA 4.0.

and writes, with the origin and licence notice as ``#`` comment lines at the top of each:

- ``src/eventwire/data/cameo.tsv``: ``code name goldstein quad_class penta_class description
  example``, one row per code of the csv. Root names are turned from capitals into sentence case,
  texts are cleaned (whitespace collapsed, "NA" emptied, mojibake repaired).
- ``src/eventwire/data/cameo_plover.tsv``: ``cameo event mode context``, one row per code the
  PLOVER file lists (the first line wins when a code is listed twice). Contexts are lower-cased
  and ';'-joined. Codes the file does not list inherit from a parent when loaded
  (``eventwire.events.ontology``), not here.

Usage::

    .venv/bin/python scripts/import_codebook.py [CAMEO_CSV] [--plover PLOVER_TXT] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from eventwire.events.ontology import (CAMEO_COLUMNS, PLOVER_COLUMNS, penta_class, quad_class,
                                       repair_mojibake)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CAMEO = PROJECT_ROOT.parent / "shared" / "data" / "cameo" / "cameo-codes.csv"
DEFAULT_PLOVER = PROJECT_ROOT.parent / "shared" / "data" / "plover" / "CAMEO2PLOVER-2021.txt"
DEFAULT_OUT = PROJECT_ROOT / "src" / "eventwire" / "data"

PLOVER_NOTICE = """\
This table is adapted from CAMEO2PLOVER-2021.txt of the PLOVER project (Political Language
Ontology for Verifiable Event Records) by the Open Event Data Alliance, edited by Philip Schrodt,
https://github.com/openeventdata/PLOVER, licensed under the Creative Commons Attribution-ShareAlike
4.0 International licence (CC BY-SA 4.0), https://creativecommons.org/licenses/by-sa/4.0/.
Changes: reformatted as a tab-separated table, fields trimmed, contexts lower-cased and joined
with ';', comments and repeated codes dropped. This table is distributed under the same licence,
CC BY-SA 4.0."""

@dataclass(frozen=True)
class PloverRow:
    """One line of the PLOVER conversion table."""

    line: int
    code: str
    event: str
    mode: str
    context: tuple[str, ...]


def clean_text(text: str) -> str:
    """A field of the csv as one clean line: no tabs or newlines, single spaces, "NA" -> ""."""
    text = " ".join(text.split())
    if text == "NA":
        return ""
    return repair_mojibake(text)


def sentence_case(name: str) -> str:
    """"MAKE PUBLIC STATEMENT" -> "Make public statement"; names in mixed case stay as they are."""
    return name.capitalize() if name.isupper() else name


def format_goldstein(value: str) -> str:
    """The Goldstein score as a float literal ("-4" -> "-4.0")."""
    return repr(float(value))


def read_cameo(path: Path) -> list[tuple[str, ...]]:
    """The rows of cameo.tsv from the icews codebook csv, sorted by code (parents first)."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            code = record["code"].strip()
            rows.append((code, sentence_case(clean_text(record["name"])),
                         format_goldstein(record["goldstein"]),
                         str(quad_class(code)), str(penta_class(code)),
                         clean_text(record["description"]), clean_text(record["example"])))
    return sorted(rows)


def read_plover(path: Path) -> tuple[list[PloverRow], list[str], list[str]]:
    """The PLOVER table's rows sorted by code, notes on lines left out, and the table's header.

    Lines look like ``0311: AGREE,  ,   economic # comment``; a root line may give the event
    alone (``03: AGREE``). Raises ValueError on a line of any other shape, so a changed source
    format cannot slip through.
    """
    rows: dict[str, PloverRow] = {}
    notes: list[str] = []
    header: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if line.startswith("#"):
            if not rows:
                header.append(line.lstrip("#").strip())
            continue
        if not line or set(line) == {"~"}:
            continue
        match = re.fullmatch(r"(\d{2,4}):([^#]*)(#.*)?", line)
        if not match:
            raise ValueError(f"{path}:{number}: unexpected line {raw!r}")
        code, body = match.group(1), match.group(2)
        event, mode, context = (body.split(",", 2) + ["", ""])[:3]
        row = PloverRow(number, code, event.strip().upper(), mode.strip().lower(),
                        tuple(c.strip().lower() for c in re.split(r"[;,]", context) if c.strip()))
        if code in rows:
            first = rows[code]
            same = (first.event, first.mode, first.context) == (row.event, row.mode, row.context)
            notes.append(f"line {number}: {code} {'repeats' if same else 'conflicts with'} "
                         f"line {first.line} ({first.event}); line {first.line} kept")
            continue
        rows[code] = row
    return sorted(rows.values(), key=lambda row: row.code), notes, [h for h in header if h and "@" not in h]


def sha256(path: Path) -> str:
    """The SHA-256 of a file, to pin which version of a source was imported."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shown(path: Path) -> str:
    """A path as it is best shown in a generated file: relative to the project root."""
    return os.path.relpath(path.resolve(), PROJECT_ROOT)


def comment(text: str) -> list[str]:
    """Text as '#' comment lines."""
    return [f"# {line}".rstrip() for line in text.splitlines()]


def write_tsv(path: Path, comments: list[str], columns: tuple[str, ...], rows: list[tuple[str, ...]]):
    """Write comment lines, a header and rows as a tab-separated UTF-8 file."""
    for row in rows:
        if any("\t" in field or "\n" in field for field in row):
            raise ValueError(f"a field of {row[0]} contains a tab or newline")
    lines = comments + ["\t".join(columns)] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def cameo_comments(source: Path, licence: Path, count: int) -> list[str]:
    """The comment block of cameo.tsv: what it is, where it comes from, its licence."""
    return comment(
        "The CAMEO event codebook for eventwire: one row per code, 2-digit roots included.\n"
        f"Generated by scripts/import_codebook.py from {shown(source)} ({count} codes,\n"
        f"sha256 {sha256(source)}).\n"
        "Upstream: andybega/icews, data-raw/cameo-codes.csv, https://github.com/andybega/icews\n"
        "(MIT licence, reproduced below). Do not edit by hand: change the script and rerun it.\n"
        "Columns: code (string, leading zeros kept); name (root names in sentence case);\n"
        "goldstein (Goldstein score, -10 to 10); quad_class (1 roots 01-05, 2 06-08, 3 09-13,\n"
        "4 14-20); penta_class (as quad_class, 0 for roots 01-02); description and example\n"
        "(whitespace collapsed, 'NA' emptied, mojibake repaired).\n"
        "\n"
        f"Licence of the source ({licence.name}):\n"
        "\n"
        + licence.read_text(encoding="utf-8").strip()
    )


def plover_comments(source: Path, header: list[str], notes: list[str], count: int) -> list[str]:
    """The comment block of cameo_plover.tsv: what it is, where it comes from, its licence."""
    text = (
        "CAMEO code -> PLOVER event, mode and context for eventwire.\n"
        f"Generated by scripts/import_codebook.py from {shown(source)} ({count} codes,\n"
        f"sha256 {sha256(source)}).\n"
        "Upstream: openeventdata/PLOVER, CAMEO2PLOVER-2021.txt\n"
        + "".join(f"  {h}\n" for h in header)
        + "Do not edit by hand: change the script and rerun it.\n"
        "Codes not listed here take the row of their nearest listed parent when loaded\n"
        "(0311 -> 031 -> 03). PLOVER drops CAMEO roots 01 and 02, so they have no row.\n"
        "context: ';'-separated, lower case.\n"
    )
    if notes:
        text += "Source lines not carried over:\n" + "".join(f"  {n}\n" for n in notes)
    return comment(text + "\n" + PLOVER_NOTICE)


def main(argv: list[str] | None = None) -> int:
    """Read the sources, write both TSV files, report what was written on standard error."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cameo_csv", nargs="?", type=Path, default=DEFAULT_CAMEO,
                        help="the icews cameo-codes.csv (default: %(default)s)")
    parser.add_argument("--plover", type=Path, default=DEFAULT_PLOVER,
                        help="CAMEO2PLOVER-2021.txt (default: %(default)s)")
    parser.add_argument("--licence", type=Path, default=None,
                        help="the csv's licence file (default: LICENSE-icews.md next to the csv)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="folder to write cameo.tsv and cameo_plover.tsv to (default: %(default)s)")
    args = parser.parse_args(argv)
    licence = args.licence or args.cameo_csv.parent / "LICENSE-icews.md"
    for path in (args.cameo_csv, args.plover, licence):
        if not path.is_file():
            parser.error(f"{path} not found")

    cameo_rows = read_cameo(args.cameo_csv)
    plover_rows, notes, header = read_plover(args.plover)
    args.out.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out / "cameo.tsv", cameo_comments(args.cameo_csv, licence, len(cameo_rows)),
              CAMEO_COLUMNS, cameo_rows)
    write_tsv(args.out / "cameo_plover.tsv",
              plover_comments(args.plover, header, notes, len(plover_rows)), PLOVER_COLUMNS,
              [(r.code, r.event, r.mode, ";".join(r.context)) for r in plover_rows])

    cameo_codes = {row[0] for row in cameo_rows}
    plover_codes = {row.code for row in plover_rows}
    sys.stderr.write(
        f"wrote {args.out / 'cameo.tsv'}: {len(cameo_rows)} codes\n"
        f"wrote {args.out / 'cameo_plover.tsv'}: {len(plover_rows)} codes\n"
        f"  CAMEO codes the PLOVER table does not list: {len(cameo_codes - plover_codes)}\n"
        f"  PLOVER codes not in the CAMEO codebook: {' '.join(sorted(plover_codes - cameo_codes))}\n"
        + "".join(f"  {n}\n" for n in notes)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
