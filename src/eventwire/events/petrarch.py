"""Importing PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.txt) into eventwire's patterns.

PETRARCH's dictionary holds verb blocks::

    ---  KILL   [190]  ---            a block, with its default code
    KILL                              its verbs (irregular forms in braces; a verb may carry
    MURDER [190]                        its own code; "+SHOOT_DOWN" a phrasal verb)
    - * (IN ACCIDENT)      [---]      patterns: words around the verb (*), prepositional
    - * &WEAPON            [194]        phrases in parentheses, noun phrases in braces,
                                        synonym sets (&NAME, defined at the top of the file)

Its *lexical* content is carried over: each verb with its block's or its own default code, and
each pattern as the verb plus the content words that must follow it ("rush aid" 070, "kill in
accident" no event). What PETRARCH needs a constituency parse for (words before the verb, the
positions of source and target) is not carried over: a pattern with content words before the
verb is skipped and counted. A word without PETRARCH's closing underscore is a stem and matches
by prefix ("cooperat*").

The result is one tab-separated file (``data/patterns/petrarch-verbs.tsv``): ``id, verbs,
words, code, source``; ``verbs`` and each word's alternatives are joined by ``|``, words by
spaces; ``code`` is ``---`` for "no event". Imported patterns carry the line they came from
instead of example sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataFileError

COLUMNS = ("id", "verbs", "words", "code", "source")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
#: PETRARCH pattern symbols that stand for positions, not words
_POSITIONS = {"*", "$", "+", "%", "^", "_"}
#: verbs too general for PETRARCH's default code ("is going to", "came", "made"): only their
#: patterns with words after them are kept
GENERAL_VERBS = {"be", "go", "come", "get", "take", "make", "have", "give", "put", "set", "keep",
                 "do", "hold", "bring", "run", "turn", "see", "look", "find", "leave", "move",
                 # judged wrong on real news (benchmarks/EVENT_SAMPLE.md): 'served in the House'
                 # as 060, 'issued a list' as 060, 'needs capital' as 100, 'joined the WTO' as 040
                 "serve", "issue", "need", "link", "join", "lead", "conduct", "enjoy", "face",
                 "hear", "unveil", "express", "refer", "celebrate", "constrain", "remain",
                 "follow", "explain", "announce", "show", "use", "work", "help"}
#: function words that carry no meaning on their own in a pattern
_STOP = {"a", "an", "the", "of", "to", "in", "on", "for", "with", "by", "at", "from", "and",
         "or", "as", "into", "over", "about", "against", "after", "before", "between"}


@dataclass
class Block:
    """One verb block of the dictionary."""

    name: str
    code: str | None
    line: int
    verbs: list[tuple[str, str | None, int]] = field(default_factory=list)  # lemma, own code, line
    idioms: list[tuple[str, tuple[str, ...], str | None, int]] = field(default_factory=list)
    patterns: list[tuple[int, str]] = field(default_factory=list)  # line, text


@dataclass(frozen=True)
class ImportedPattern:
    """One pattern in eventwire's terms: a verb, the words that must follow it, a code."""

    id: str
    verbs: tuple[str, ...]
    words: tuple[str, ...]  # each word may be "a|b|c" (alternatives) and end in * (a stem)
    code: str  # CAMEO code, or "---" for no event
    source: str  # file:line

    def row(self) -> str:
        return "\t".join((self.id, "|".join(self.verbs), " ".join(self.words), self.code,
                          self.source))


@dataclass
class ImportReport:
    """What the import made and what it left out."""

    patterns: list[ImportedPattern] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


def _code(text: str) -> str | None:
    """The event code of a PETRARCH code field: "190", "042:043" -> "042", ":173" -> "173",
    "---" -> "---"; None when there is none."""
    text = text.strip()
    if not text:
        return None
    if text.startswith("---"):
        return "---"
    first, _, second = text.partition(":")
    code = re.sub(r"\D", "", first or second)
    return code or None


def _word(raw: str) -> str:
    """A PETRARCH word in eventwire's terms: lower case; a stem (no closing underscore) of five
    letters or more matches by prefix."""
    stopped = raw.endswith("_")
    word = raw.strip("_").lower().split("_")[-1]  # a phrase is matched by its last word
    if not stopped and len(word) >= 5 and word.isalpha():
        return word + "*"
    return word


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """The synonym sets (&NAME followed by +WORD lines) of the dictionary."""
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            break  # (checked before comments are cut: the header is itself a '#' line)
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            current = text[1:].rstrip("_")
            sets[current] = []
        elif text.startswith("+") and current is not None:
            word = text[1:].split("{")[0].strip()
            if word:
                sets[current].append(_word(word))
    return sets


def read_blocks(lines: list[str]) -> list[Block]:
    """The verb blocks of the dictionary, with line numbers."""
    blocks: list[Block] = []
    in_verbs = False
    for number, line in enumerate(lines, 1):
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not in_verbs:
            continue
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        block = _BLOCK.match(text)
        if block:
            blocks.append(Block(block.group(1), _code(block.group(2)), number))
        elif not blocks:
            continue
        elif text.startswith("-"):
            blocks[-1].patterns.append((number, text[1:].strip()))
        elif text.startswith("+"):  # a phrasal verb: "+SHOOT_DOWN {+SHOT_DOWN ...} [code]"
            own = _CODE.search(text)
            words = text[1:].split("{")[0].split("[")[0].strip().lower().split("_")
            fixed = "{}" in text.replace(" ", "")  # an inflected phrase with no base form
            if not fixed and len(words) > 1 and not {"and", "or"} & set(words) and words[0].isalpha():
                blocks[-1].idioms.append((words[0], tuple(w for w in words[1:] if w),
                                          _code(own.group(1)) if own else None, number))
        elif not text.startswith("+") and not text.startswith(" "):
            own = _CODE.search(text)
            lemma = text.split("{")[0].split("[")[0].strip()
            if lemma and re.fullmatch(r"[A-Z][A-Z'-]*", lemma):
                blocks[-1].verbs.append((lemma.lower(), _code(own.group(1)) if own else None, number))
    return blocks


def _tokens(pattern: str) -> list[str]:
    """A pattern's items: words, "(", ")", "{", "}", "*" and the other position symbols."""
    return re.findall(r"[(){}]|[^\s(){}]+", pattern)


def convert(blocks: list[Block], synsets: dict[str, list[str]], source: str,
            report: ImportReport, known_code=lambda code: True) -> None:
    """Turn verb blocks into imported patterns, adding them to ``report``; codes for which
    ``known_code`` is false (not in the codebook) are left out and counted."""
    for block in blocks:
        name = block.name.lower()
        defaults: dict[str, list[str]] = {}
        for lemma, own, _ in block.verbs:
            code = own or block.code
            if code and code != "---" and lemma not in GENERAL_VERBS:
                if known_code(code):
                    defaults.setdefault(code, []).append(lemma)
                else:
                    report.skip("code not in the CAMEO codebook")
        for code, lemmas in defaults.items():
            report.patterns.append(ImportedPattern(f"petrarch.{name}.{code}", tuple(lemmas), (),
                                                   code, f"{source}:{block.line}"))
        for lemma, particles, own, line in block.idioms:
            code = own or block.code
            if lemma in GENERAL_VERBS and set(particles) <= _STOP:
                continue  # "go to", "come after": too general with a bare preposition
            if code and code != "---" and known_code(code):
                report.patterns.append(ImportedPattern(f"petrarch.{name}.{lemma}_{'_'.join(particles)}",
                                                       (lemma,), particles, code, f"{source}:{line}"))
        verbs = tuple(lemma for lemma, _, _ in block.verbs)
        if not verbs:
            continue
        for line, text in block.patterns:
            field_ = _CODE.search(text)
            code = _code(field_.group(1)) if field_ else None
            if code is None:
                report.problems.append(f"{source}:{line}: no code in pattern {text!r}")
                continue
            if code != "---" and not known_code(code):
                report.skip("code not in the CAMEO codebook")
                continue
            items = _tokens(text[:field_.start()])
            if "*" not in items:
                report.skip("no verb position")
                continue
            star = items.index("*")
            before = [i for i in items[:star] if i not in _POSITIONS and i not in "(){}"]
            if before:
                report.skip("words before the verb")
                continue
            words = []
            unknown = False
            for item in items[star + 1:]:
                if item in _POSITIONS or item in "(){}":
                    continue
                if item.startswith("&"):
                    members = synsets.get(item[1:].rstrip("_"))
                    if not members:
                        unknown = True
                        break
                    words.append("|".join(dict.fromkeys(members)))
                elif item.lower().strip("_") not in _STOP or item.lower() in ("to", "with", "for", "on", "against", "into"):
                    words.append(_word(item))
            if unknown:
                report.skip("unknown synonym set")
                continue
            if not words:
                report.skip("no content words")
                continue
            report.patterns.append(ImportedPattern(f"petrarch.{name}.{line}", verbs, tuple(words),
                                                   code, f"{source}:{line}"))


def import_verbs(path: Path) -> ImportReport:
    """Read a PETRARCH verb dictionary and convert it (raises DataFileError if unusable)."""
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise DataFileError([f"{path}: cannot read: {exc}"]) from exc
    blocks = read_blocks(lines)
    if not blocks:
        raise DataFileError([f"{path}: no verb blocks ('---  NAME  [code]  ---') found"])
    from .ontology import Ontology

    report = ImportReport()
    convert(blocks, read_synsets(lines), Path(path).name, report, Ontology.load().is_code)
    return report


def licence_of(path: Path) -> list[str]:
    """The licence comment block at the top of the source file, as lines."""
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    start = next((i for i, l in enumerate(lines) if "MIT License" in l), None)
    if start is None:
        return []
    out = []
    for line in lines[start:]:
        if not line.startswith("#"):
            break
        out.append(line)
    return out


def write_tsv(report: ImportReport, source: Path, out: Path) -> None:
    """Write the imported patterns with a header naming the source and keeping its licence."""
    header = [
        "# CAMEO verb patterns imported from PETRARCH-2's verb dictionary by",
        f"# eventwire.events.petrarch (scripts/import_petrarch_verbs.py) from {source.name}",
        "# (openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt).",
        "# Do not edit by hand: curate in the YAML pattern files, which take precedence.",
        f"# {len(report.patterns)} patterns; left out: "
        + ", ".join(f"{n} {why}" for why, n in sorted(report.skipped.items())),
        "# Columns: id, verbs (lemmas, a|b), words (must follow the verb, space-separated;",
        "# a|b alternatives, x* a stem),",
        "# code (CAMEO, or --- for no event), source (file:line).",
        "#",
        "# The source file's licence:",
        *licence_of(source),
        "\t".join(COLUMNS),
    ]
    out.write_text("\n".join(header + [p.row() for p in report.patterns]) + "\n", encoding="utf-8")
