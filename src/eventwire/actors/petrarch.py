"""Importing PETRARCH / TABARI / Phoenix actor and agent dictionaries into eventwire's formats.

The dictionaries (``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt``, ``Phoenix.agents.txt``; see openeventdata/petrarch2) are read
as PETRARCH-2 reads them, with its faults fixed (names written one under another before their
codes share them; several codes may stand on one line; bad lines are reported, not skipped):

Actor files
    An entry is a name in upper case with ``_`` between words (``VLADIMIR_PUTIN_``), optionally
    followed by codes on the same line; ``+NAME`` lines add synonyms; indented (or ``[``) lines add
    codes. A code is ``[CODE]`` or ``[CODE DATES]`` where DATES is ``>D`` (from D on), ``<D``
    (before D) or ``D1-D2`` (D1 to D2, both days included); D is ``YYMMDD`` or ``YYYYMMDD``. An
    undated code is the entry's default, used on any day no dated code covers. ``[---]`` marks a
    discard. ``#`` starts a comment; ``<!-- ... -->`` is a comment too.
Agent files
    ``PHRASE {PLURAL} [~CODE]`` (the code's sectors join an actor's) or ``[CODE~]``; a regular
    plural is made unless ``{...}`` gives one (``{}``: none); ``!PERSON! = MAN, MEN, ...`` defines a
    substitution set used as ``CONGRESS!PERSON! [~LEG]``.
Discard files
    (``Phoenix.discards.txt``) are not converted; their phrases are dropped from the others.

Two-digit years follow the KEDS/TABARI/PETRARCH convention (``dstr_to_ordate``): 00-30 are
2000-2030, 31-99 are 1931-1999 (:data:`PIVOT`). The Phoenix files write earlier years with four
digits (``19240101``) and have no two-digit year between 17 and 30, so the pivot reads every date
as meant.

What each entry becomes (files named after the source: ``Phoenix.Countries.actors.people.yaml``):

- an entry with a dated code, named like a person, becomes a person in ``*.people.yaml``: each code
  a role with its dates (the undated one is written first, without dates, so it is the fallback);
- an entry with an organisation code (IGO, IMG, NGO, MNC first) becomes a row of
  ``*.organisations.tsv``;
- an entry of a Countries file whose code is a plain country code without date adds names to that
  country in ``*.countries.tsv``; a country code with sectors (``[AFGMIL]``, ``[GRCREB]``) becomes a
  metonym of that country (``Afghan National Army=MIL``);
- an institution with dated codes keeps the code valid today (open-ended), or is dropped as
  historical; a code of no country (``[ELI]``) is dropped, as eventwire codes need a country or
  an organisation;
- agents become rows of ``*.agents.tsv``, their CAMEO sectors mapped to eventwire's
  (``petrarch_convert.SECTOR_MAP``; agents whose code gives no such sector, such as a religion
  alone, are dropped).

Names are written as news writes them, because eventwire matches names case-sensitively: Title Case
per word, small words (of, the, al, bin) in lower case inside a name, initials and dotted acronyms
kept (``U.S.``, ``George W. Bush``), short acronyms of organisations kept in capitals (``ANSF``).
Phrases of one or two characters and phrases that are a single common English word (``Rice``,
``Bush``, ``Hope``: an English lemma of WordNet, as the spaCy pipeline's lemmatizer ships it) are
dropped, as are single-word names that several people share or that are a person's given name
("Abdullah", the city of "Vladimir"), agent nouns too general to be an
actor (man, people) and civilian craft (tanker, airliner). Codes of no ISO 3166 country (regions
such as WEU, the Soviet Union's SUN) are dropped; replaced codes are renamed (TMP -> TLS, KSV ->
XKX). Every line that cannot be read is reported with its file and line; a file is refused
(:class:`DataFileError`) only when nothing in it can be read.

This module reads the files; :mod:`eventwire.actors.petrarch_convert` converts and writes them
and runs an import (:func:`~eventwire.actors.petrarch_convert.import_dictionaries`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..errors import DataFileError

DISCARD = "---"
#: two-digit years up to this one are 20YY, later ones 19YY (the KEDS/TABARI/PETRARCH pivot)
PIVOT = 30

_CODE = re.compile(r"\[([^\[\]]*)\]")
_DATE = re.compile(r"(\d{6}|\d{8})")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SUBSTITUTION = re.compile(r"^\s*!(\w+)!\s*=(.*)$")

@dataclass(frozen=True)
class Code:
    """One bracketed code of an actor entry, with its dates (``end`` is exclusive)."""

    code: str
    start: str | None
    end: str | None
    line: int

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class Block:
    """One actor entry: its name, synonyms and codes, as written."""

    name: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    sealed: bool = False  # a code (readable or not) was written: the next name is a new entry


@dataclass(frozen=True)
class AgentLine:
    """One agent phrase (lower case, words joined by spaces) with its code."""

    phrase: str
    code: str
    line: int


@dataclass
class Dictionary:
    """One parsed dictionary file."""

    path: Path
    kind: str  # actors, agents, discards
    notice: list[str]  # the licence comment block of the file, without '#'
    blocks: list[Block] = field(default_factory=list)
    agents: list[AgentLine] = field(default_factory=list)
    discards: set[str] = field(default_factory=set)


# --- reading ----------------------------------------------------------------------------------

def read_dictionary(path: Path, problems: list[str]) -> Dictionary:
    """Parse one PETRARCH/TABARI/Phoenix file; unreadable lines go to ``problems`` as
    ``file:line: reason``. Raises DataFileError when the file cannot be used at all."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        text = path.read_text(encoding="latin-1")
    except OSError as exc:
        raise DataFileError([f"{path}: cannot be read: {exc.strerror or exc}"]) from None
    lines = text.splitlines()
    kind = _kind_of(path, lines)
    found = Dictionary(path, kind, licence_notice(lines))
    before = len(problems)
    reader = {"actors": _read_actors, "agents": _read_agents, "discards": _read_discards}[kind]
    reader(found, _content_lines(path, lines, problems), problems)
    if not (any(b.codes for b in found.blocks) or found.agents or found.discards):
        raise DataFileError([f"{path}: not a PETRARCH/TABARI dictionary (no entry with a [code])",
                             *problems[before:before + 10]])
    return found


def _kind_of(path: Path, lines: list[str]) -> str:
    name = path.name.lower()
    if "discard" in name:
        return "discards"
    if "agent" in name or any("[~" in line or "~]" in line for line in lines[:2000]):
        return "agents"
    return "actors"


def licence_notice(lines: list[str]) -> list[str]:
    """The licence block of a file's opening comments (from the first line that names a licence
    to the end of those comments), without the '#'."""
    comments = []
    for line in lines:
        if not line.startswith("#"):
            if comments:
                break
            continue
        comments.append(line[2:].rstrip() if line[1:2] == " " else line[1:].rstrip())
    start = next((i for i, c in enumerate(comments) if re.search(r"licen[cs]e", c, re.I)), None)
    if start is None:
        return []
    block = comments[start:]
    while block and not block[-1].strip():
        block.pop()
    return block


def _content_lines(path: Path, lines: list[str], problems: list[str]):
    """(line number, text) of each line that is not a comment, with end comments removed."""
    in_comment = False
    for number, raw in enumerate(lines, 1):
        line = raw
        if in_comment:
            if "-->" not in line:
                continue
            line = line[line.index("-->") + 3:]
            in_comment = False
        while "<!--" in line:
            head, _, tail = line.partition("<!--")
            if "-->" in tail:
                line = head + tail[tail.index("-->") + 3:]
            else:
                line, in_comment = head, True
        if "#" in line:
            line = line[:line.index("#")]
        if line.strip():
            yield number, line.rstrip()
    if in_comment:
        problems.append(f"{path.name}: a '<!--' comment is never closed")


def parse_date(text: str) -> str:
    """``YYMMDD`` or ``YYYYMMDD`` as ``YYYY-MM-DD``; raises ValueError."""
    if not _DATE.fullmatch(text):
        raise ValueError(f"bad date {text!r} (want YYMMDD or YYYYMMDD)")
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= PIVOT else 1900
        text = f"{year:04d}{text[2:]}"
    return date(int(text[:4]), int(text[4:6]), int(text[6:8])).isoformat()


def _day_after(iso: str) -> str:
    return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()


def parse_code(inside: str, where: str, problems: list[str]) -> Code | None:
    """The text inside one pair of brackets as a Code, or None (with a problem) when unreadable."""
    parts = inside.split(None, 1)
    if not parts:
        problems.append(f"{where}: empty code []")
        return None
    code, dates = parts[0], (parts[1].replace(" ", "") if len(parts) > 1 else "")
    line = int(where.rsplit(":", 1)[1])
    if code != DISCARD and not re.fullmatch(r"[A-Z][A-Z0-9]*", code):
        problems.append(f"{where}: bad code {code!r}")
        return None
    try:
        if not dates:
            return Code(code, None, None, line)
        if dates[0] == ">":
            return Code(code, parse_date(dates[1:]), None, line)
        if dates[0] == "<":
            return Code(code, None, parse_date(dates[1:]), line)
        if "-" in dates:
            first, _, last = dates.partition("-")
            start, end = parse_date(first), _day_after(parse_date(last))
            if end <= start:
                raise ValueError(f"range {dates!r} ends before it starts")
            return Code(code, start, end, line)
        raise ValueError(f"date {dates!r} without <, > or a range")
    except ValueError as exc:
        problems.append(f"{where}: [{inside.strip()}]: {exc}")
        return None


def _codes_of(text: str, where: str, problems: list[str]) -> tuple[str, list[Code]]:
    """Split a line into the text before its first '[' and its codes."""
    head, bracket, rest = text.partition("[")
    codes = []
    if bracket:
        rest = "[" + rest
        for match in _CODE.finditer(rest):
            code = parse_code(match.group(1), where, problems)
            if code is not None:
                codes.append(code)
        leftover = _CODE.sub("", rest).strip()
        if leftover:
            problems.append(f"{where}: cannot read {leftover!r} among the codes")
    return head.strip(), codes


def _read_actors(found: Dictionary, lines, problems: list[str]) -> None:
    block: Block | None = None
    for number, line in lines:
        where = f"{found.path.name}:{number}"
        if line[0] in " \t[":
            name, codes = _codes_of(line, where, problems)
            if name:
                problems.append(f"{where}: indented text {name!r} is not a code")
            if block is None:
                problems.append(f"{where}: codes before any actor name")
            else:
                block.codes += codes
                block.sealed = True
            continue
        synonym = line.startswith("+")
        name, codes = _codes_of(line[1:] if synonym else line, where, problems)
        if _CONTROL.search(name):
            problems.append(f"{where}: control character in {name!r}; the name is left out")
            name = "_" if not synonym else ""
        if not name:
            if "[" not in line:
                problems.append(f"{where}: no name")
            continue
        if synonym or (block is not None and not block.sealed):
            # names written one under another before their codes share them (LEONID_BREZHNEV_,
            # then LEONID_ILYICH_BREZHNEV, then the codes); PETRARCH-2 left all but the last bare
            if block is None:
                problems.append(f"{where}: synonym before any actor name")
                continue
            block.synonyms.append(name)
        else:
            block = Block(name, number)
            found.blocks.append(block)
        block.codes += codes
        block.sealed = block.sealed or "[" in line


def _plural(word: str) -> str | None:
    """The regular plural of an upper-case noun phrase's last word; None for a word ending in a
    single S, which is a plural already (or a word such as CORPUS)."""
    if re.search(r"[^AEIOU]Y$", word):
        return word[:-1] + "IES"
    if re.search(r"(SS|X|Z|CH|SH)$", word):
        return word + "ES"
    if word.endswith("S"):
        return None
    return word + "S"


def _read_agents(found: Dictionary, lines, problems: list[str]) -> None:
    sets: dict[str, list[str]] = {}
    for number, line in lines:
        where = f"{found.path.name}:{number}"
        defined = _SUBSTITUTION.match(line)
        if defined:
            sets[defined.group(1)] = [w.strip() for w in defined.group(2).split(",") if w.strip()]
            continue
        head, bracket, rest = line.partition("[")
        code = rest.partition("]")[0].strip()
        if not bracket or "]" not in rest or not code:
            problems.append(f"{where}: agent {line.strip()!r} has no [code]")
            continue
        phrase, plural = head.strip(), None
        if "{" in phrase:
            if "}" not in phrase:
                problems.append(f"{where}: missing '}}' in {phrase!r}")
                continue
            plural = phrase[phrase.index("{") + 1:phrase.index("}")].strip()
            phrase = phrase[:phrase.index("{")].strip()
        if not phrase:
            problems.append(f"{where}: agent without a phrase")
            continue
        forms = [phrase]
        if "!" in phrase:
            marker = re.search(r"!(\w+)!", phrase)
            if not marker or marker.group(1) not in sets:
                problems.append(f"{where}: unknown substitution set in {phrase!r}")
                continue
            forms = [phrase.replace(marker.group(0), s) for s in sets[marker.group(1)]]
        elif plural is None:
            forms += [p for p in [_plural(phrase.rstrip("_"))] if p]
        elif plural:
            forms.append(plural)
        for form in forms:
            words = form.replace("_", " ").split()
            if words:
                found.agents.append(AgentLine(" ".join(words).lower(), code, number))


def _read_discards(found: Dictionary, lines, problems: list[str]) -> None:
    for _, line in lines:
        phrase = line.lstrip("+").replace("_", " ").strip()
        if phrase and not phrase.isdigit():
            found.discards.add(" ".join(phrase.split()).lower())
