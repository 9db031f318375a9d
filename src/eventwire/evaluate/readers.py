"""Gold-standard readers: every kind of gold file eventwire evaluates on, as GoldSentence records.

:func:`read_gold` is the one entry point. ``kind`` names the reader; without it the kind is
guessed from the file's name and first lines (:func:`guess_kind`)::

    plover            PLOVER gold records, JSON array or JSON lines          (plover.py)
    conflibert-class  ConfliBERT cameo_class TSV: sentence<TAB>label 0-4      (here)
    conflibert-ner    ConfliBERT cameo_ner: token TAG a line, BIO S/T/R       (here)
    petrarch          PETRARCH / UniversalPetrarch validation XML             (petrarch.py)
    codebook          CAMEO codebook examples: cameo.tsv or cameo-codes.csv   (here)
    native            eventwire's gold JSON lines, and the seed's .gold.json  (native.py)

Nothing is raised for a malformed gold record: each problem goes to ``on_problem`` as an
:class:`~eventwire.errors.InputError` naming ``file:line``, and reading goes on. A file that
cannot be read at all raises InputError; an unknown kind raises UnknownFormat.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from eventwire.errors import InputError, UnknownFormat
from eventwire.evaluate.gold import (SPAN_ROLES, GoldEvent, GoldSentence, GoldSpan, penta_of,
                                     quad_of_penta)
from eventwire.evaluate.native import GOLD_SUFFIX, read_native
from eventwire.evaluate.petrarch import read_petrarch
from eventwire.evaluate.plover import read_plover
from eventwire.events.ontology import Ontology, repair_mojibake

Report = Callable[[InputError], None]
Reader = Callable[[Path, Report], Iterator[GoldSentence]]

_TAG = re.compile(r"O|[BI]-([A-Z]+)")
_NOTE = re.compile(r"\s+Note:\s")


def read_conflibert_class(path: Path, on_problem: Report) -> Iterator[GoldSentence]:
    """Yield a gold sentence for each ``sentence<TAB>label`` line; labels 0-4 are penta classes."""
    with path.open(encoding="utf-8-sig", newline="") as lines:
        for number, line in enumerate(lines, start=1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            where = f"{path}:{number}"
            text, tab, label = line.rpartition("\t")
            if number == 1 and label.strip().lower() == "label":
                continue  # a header line
            if not tab or not text.strip():
                on_problem(InputError(where, "expected a sentence, a tab and a label 0-4; skipped"))
                continue
            if label.strip() not in {"0", "1", "2", "3", "4"}:
                on_problem(InputError(where, f"label {label!r} is not a penta class 0-4 "
                                             f"(0 statement or appeal ... 4 material conflict); "
                                             f"skipped"))
                continue
            penta = int(label)
            yield GoldSentence(id=where, text=text.strip(), penta_class=penta,
                               quad_class=quad_of_penta(penta), where=where)


def read_conflibert_ner(path: Path, on_problem: Report) -> Iterator[GoldSentence]:
    """Yield a gold sentence, with actor spans, for each blank-line-separated block of tokens.

    Each line is ``TOKEN TAG``; tags are O, B-S/I-S (source), B-T/I-T (target), B-R/I-R
    (reciprocal). The text is the tokens joined by single spaces. An I- tag that does not
    continue a span of its role starts one, as conlleval reads it. A block with a bad line is
    reported at that line and skipped.
    """
    block: list[tuple[int, str, str]] = []
    bad = False
    with path.open(encoding="utf-8-sig") as lines:
        for number, line in enumerate(lines, start=1):
            fields = line.split()
            if not fields:
                if block and not bad:
                    yield _ner_sentence(path, block)
                block, bad = [], False
                continue
            if len(fields) != 2:
                on_problem(InputError(f"{path}:{number}", f"expected 'TOKEN TAG', found "
                                                          f"{len(fields)} fields; sentence "
                                                          f"skipped"))
                bad = True
                block.append((number, "", "O"))
                continue
            token, tag = fields
            found = _TAG.fullmatch(tag)
            if not found or (found.group(1) and found.group(1) not in SPAN_ROLES):
                on_problem(InputError(f"{path}:{number}", f"tag {tag!r} is not O, B-S, I-S, B-T, "
                                                          f"I-T, B-R or I-R; sentence skipped"))
                bad = True
            block.append((number, token, tag))
    if block and not bad:
        yield _ner_sentence(path, block)


def _ner_sentence(path: Path, block: list[tuple[int, str, str]]) -> GoldSentence:
    tokens: list[tuple[int, int]] = []
    spans: list[list] = []  # [role, start, end]
    at = 0
    previous = "O"
    for _, token, tag in block:
        start, end = at, at + len(token)
        tokens.append((start, end))
        at = end + 1
        if tag != "O":
            role = tag[2:]
            if tag.startswith("B-") or previous[2:] != role:
                spans.append([role, start, end])
            else:
                spans[-1][2] = end
        previous = tag
    where = f"{path}:{block[0][0]}"
    return GoldSentence(id=where, text=" ".join(token for _, token, _ in block),
                        spans=tuple(GoldSpan(*span) for span in spans), tokens=tuple(tokens),
                        where=where)


def read_codebook(path: Path, on_problem: Report) -> Iterator[GoldSentence]:
    """Yield a gold sentence for each example of the CAMEO codebook: its gold is its own code.

    Reads eventwire's ``cameo.tsv`` (``#`` comments, a header, tab-separated) or the ICEWS
    ``cameo-codes.csv`` (columns ``code`` and ``example``; ``NA`` for none). Examples code no
    actors, so only the event code is compared.
    """
    ontology = Ontology.load()
    for number, code, example in _codebook_rows(path, on_problem):
        where = f"{path}:{number}"
        example = codebook_sentence(example)
        if not example:
            continue
        if not ontology.is_code(code):
            on_problem(InputError(where, f"code {code!r} is not a code of the CAMEO codebook; "
                                         f"skipped"))
            continue
        penta = penta_of(code)
        yield GoldSentence(id=f"cameo-{code}", text=example,
                           events=(GoldEvent(source=None, target=None, code=code),),
                           penta_class=penta, quad_class=quad_of_penta(penta), where=where)


def codebook_sentence(example: str) -> str:
    """The news sentence of a codebook example: whitespace collapsed, ``NA`` emptied, the
    codebook's trailing ``Note: ...`` on how to code it cut off, and punctuation the ICEWS csv
    garbled (UTF-8 once read as Mac Roman: ``\x82Äô`` for ``’``) repaired."""
    example = " ".join(example.split())
    if example == "NA":
        return ""
    example = _NOTE.split(example, maxsplit=1)[0].strip()
    return repair_mojibake(example)


def _codebook_rows(path: Path, on_problem: Report) -> Iterator[tuple[int, str, str]]:
    """(line, code, example) of each row of a codebook file, TSV or CSV."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".tsv":
        header: list[str] | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                if "code" not in header or "example" not in header:
                    on_problem(InputError(f"{path}:{number}", "the header has no 'code' and "
                                                              "'example' columns; file skipped"))
                    return
                continue
            if len(fields) != len(header):
                on_problem(InputError(f"{path}:{number}", f"expected {len(header)} tab-separated "
                                                          f"fields, found {len(fields)}; skipped"))
                continue
            row = dict(zip(header, fields))
            yield number, row["code"], row["example"]
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or not {"code", "example"} <= set(reader.fieldnames):
        on_problem(InputError(f"{path}:1", "the header has no 'code' and 'example' columns; "
                                           "file skipped"))
        return
    start = 2
    for row in reader:
        yield start, (row.get("code") or "").strip(), row.get("example") or ""
        start = reader.line_num + 1


READERS: dict[str, Reader] = {
    "plover": read_plover,
    "conflibert-class": read_conflibert_class,
    "conflibert-ner": read_conflibert_ner,
    "petrarch": read_petrarch,
    "codebook": read_codebook,
    "native": read_native,
}

KINDS = tuple(READERS)


def guess_kind(path: Path) -> str:
    """The kind of gold in ``path``, from its name and its first few kilobytes.

    Raises :class:`~eventwire.errors.UnknownFormat` when the file fits no reader.
    """
    name = path.name.lower()
    if name.endswith(GOLD_SUFFIX):
        return "native"
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return "petrarch"
    with path.open(encoding="utf-8-sig", errors="replace") as stream:
        head = stream.read(8192)
    lines = [line for line in head.splitlines() if line.strip()]
    first = next((line for line in lines if not line.startswith("#")), "")
    if suffix == ".csv" and "example" in first.replace('"', "").split(","):
        return "codebook"
    if suffix == ".tsv":
        return "codebook" if first.split("\t")[:1] == ["code"] else "conflibert-class"
    stripped = head.lstrip()
    if stripped.startswith("{"):
        # JSON lines: the first record says what it is, however long its text.
        with path.open(encoding="utf-8-sig", errors="replace") as stream:
            line = next((line for line in stream if line.strip()), "")
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            record = None
        if isinstance(record, dict) and isinstance(record.get("events"), list):
            return "native"
        if isinstance(record, dict) and "event" in record and "text" in record:
            return "plover"
    if stripped.startswith(("[", "{")):
        if '"actorText"' in head or '"eventText"' in head or '"textInfo"' in head:
            return "plover"
        if '"events"' in head:
            return "native"
    if "<Sentence" in head:
        return "petrarch"
    body = lines[:-1][:100]  # the last line may be cut short
    tagged = sum(1 for line in body if len(line.split()) == 2 and _TAG.fullmatch(line.split()[1]))
    if body and tagged >= 0.8 * len(body):  # mostly TOKEN TAG lines; the bad ones are reported
        return "conflibert-ner"
    raise UnknownFormat(f"cannot tell what kind of gold {path} holds; pass --kind, one of "
                        f"{', '.join(KINDS)} (see docs/gold-format.md)")


def read_gold(path: str | Path, kind: str | None = None, *,
              on_problem: Report) -> Iterator[GoldSentence]:
    """The gold sentences of one file, read by the reader of ``kind`` (guessed when None).

    Checks at once that the file exists and the kind is known (raising InputError or
    UnknownFormat); malformed records go to ``on_problem`` as they are met.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such gold file")
    if kind is None:
        kind = guess_kind(path)
    if kind not in READERS:
        raise UnknownFormat(f"unknown kind of gold {kind!r}; use one of {', '.join(KINDS)}")
    return _read(READERS[kind], path, on_problem)


def _read(reader: Reader, path: Path, on_problem: Report) -> Iterator[GoldSentence]:
    try:
        yield from reader(path, on_problem)
    except UnicodeDecodeError as error:
        raise InputError(str(path), f"not UTF-8 text (byte {error.start}); save the file as "
                                    f"UTF-8") from None
    except OSError as error:
        raise InputError(str(path), f"cannot read it ({error.strerror or error})") from None
