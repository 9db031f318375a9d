"""The pattern language: which words, in which syntactic slots, make which CAMEO event.

Patterns live in ``eventwire/data/patterns/*.yaml``. A file holds ``patterns:`` (a list) and may
hold ``families:`` and ``domains:``. One pattern::

    - id: meet                      # unique; events record it as their rule
      verbs: [meet, "meet with"]    # lemmas; further words must hang under the first;
                                    # "<clause>": a clause with its own subject ("agree <clause>");
                                    # "<person>": an object naming people ("release <person>")
      nouns: [meeting, talks]       # event nouns ("the meeting between A and B")
      family: meet                  # its codes under frames (intend 036, reject 125, ...)
      code: "040"                   # what it codes on its own (default: the family's "do");
                                    # "---": these words are no event (silences PETRARCH's)
      source: [subject]             # slots, tried in order
      target: [with, object]
      requires_target: false        # true: no event without a target
      drops_default: true           # with bare verbs and "---": only PETRARCH's code for the
                                    # bare verb is dropped, its worded patterns stay
      reciprocal: true              # "A and B met": A and B are each other's target
      clause_aux: [must, should]    # a frame over a "that" clause only when the clause has one
      reported_as: "112"            # told by another ("X said Y meddled"): the teller's act
                                    # towards the doer; with no code, doing it is no event
      examples:                     # real sentences, run as tests
        - text: "Japanese Prime Minister Shinzo Abe met with Indian Prime Minister Narendra Modi."
          events: [{source: JPNGOV, target: INDGOV, code: "040"}]

A *frame* pattern (``frame: appeal|demand|intend|reject|consider|threaten|deny|pass``) governs another
predicate through the parse ("called for cooperation", "is ready to collaborate", "considered
plans to cooperate"): the governed pattern's family maps the frame to its code. ``pass`` frames
("continue to", "try to") only carry the chain upward; a ``deny`` frame codes its own code (016)
and the act it denies is not an event. Slots: ``subject``, ``object``, ``poss``,
``between``, ``iobj``, ``clause`` (the subject of the "that" clause a frame governs: "demanded
that *Iran* release..."), or a preposition (``with``, ``to``, ``on``, ``against``, ``of``, ...).
Families give a code per frame and per domain (``military``, ``economic``, ...): words under the
predicate ("militarily", "intelligence cooperation"), under what its object is a quantity of
("tons of food aid"), or what it is for or goes to ("aid for agricultural development", "troops
to a peacekeeping force") choose the domain. A family without a
``do`` code (``trade``) makes events only under a frame ("called for freer trade": 0211), and
one whose codes are all per domain only with a domain word ("a free-trade pact").

Every file is validated on load; all problems are reported at once with file, line and id.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import re

import yaml

from ..errors import DataFileError

PATTERN_DIR = Path(__file__).resolve().parent.parent / "data" / "patterns"

FRAMES = ("appeal", "demand", "intend", "reject", "consider", "threaten", "deny", "pass")
FAMILY_KEYS = ("do", *FRAMES[:-1])
NAMED_SLOTS = ("subject", "object", "poss", "between", "iobj", "clause")
KINDS = {"verbs": "verb", "nouns": "noun", "adjectives": "adj"}


@dataclass(frozen=True)
class Predicate:
    """The words that trigger a pattern: a head lemma and further words under it."""

    lemma: str
    extra: tuple[str, ...]
    kind: str  # verb, noun, adj


@dataclass(frozen=True)
class Example:
    """A real sentence and the events the pattern must make from it."""

    text: str
    events: tuple[dict[str, str], ...]
    date: str | None = None


@dataclass(frozen=True)
class Pattern:
    """One entry of the pattern dictionary."""

    id: str
    predicates: tuple[Predicate, ...]
    source: tuple[str, ...]
    target: tuple[str, ...]
    code: str | None = None
    family: str | None = None
    frame: str | None = None
    requires_target: bool = False
    drops_default: bool = False  # only drops PETRARCH's bare-verb pattern of its lemmas
    reciprocal: bool = False
    clause_aux: tuple[str, ...] = ()  # frames only a clause with one of these ("must", "should")
    reported_as: str | None = None  # the teller's code when another tells it ("said Y meddled": 112)
    examples: tuple[Example, ...] = ()
    where: str = ""
    imported: str | None = None  # where an imported pattern came from ("CAMEO.2.0.txt:718")


@dataclass
class Family:
    """A family of related CAMEO codes: what a cooperation, meeting or aid becomes under each
    frame, per domain."""

    name: str
    codes: dict[str, dict[str, str]]  # frame ("do", "intend", ...) -> domain ("" default) -> code
    refusable: bool = False  # "did not cooperate" is a refusal (12x), not a non-event
    plans_threaten: bool = True  # no intent code of its own: its intent is its threat

    def code(self, frame: str, domain: str) -> str | None:
        """The family's code under ``frame`` ("do", "intend", ...) in ``domain`` ("" default).

        A family of conflict acts has no intent of its own: CAMEO codes a stated plan or promise
        to do one ("will impose a curfew", "is prepared to impose martial law", "plans to cut
        aid") as the threat of it (13x), so its intent is its threat.
        """
        if frame == "intend" and "intend" not in self.codes and "threaten" in self.codes \
                and self.plans_threaten:
            frame = "threaten"
        table = self.codes.get(frame)
        if not table:
            return None
        return table.get(domain) or table.get("")


@dataclass
class PatternSet:
    """Every pattern, indexed by head lemma, with the families and domain words."""

    patterns: list[Pattern] = field(default_factory=list)
    families: dict[str, Family] = field(default_factory=dict)
    domains: dict[str, str] = field(default_factory=dict)  # word -> domain
    by_lemma: dict[tuple[str, str], list[tuple[Pattern, Predicate]]] = field(
        default_factory=lambda: defaultdict(list))
    by_do_code: dict[str, tuple[Family, str]] = field(default_factory=dict)  # code -> family, domain

    def family_of_code(self, code: str) -> tuple[Family, str] | None:
        """The family (and domain) whose plain act is ``code``: 062 is cooperation done
        militarily, so "agreed to <an act coded 062>" is its intent, 0312."""
        return self.by_do_code.get(code)

    def candidates(self, lemma: str, kind: str) -> list[tuple[Pattern, Predicate]]:
        """The patterns whose predicate has this lemma and kind, the most specific first."""
        return self.by_lemma.get((lemma_of(lemma), kind), [])

    def get(self, pattern_id: str) -> Pattern:
        for p in self.patterns:
            if p.id == pattern_id:
                return p
        raise KeyError(pattern_id)


#: lemmas the English pipeline gets wrong for verbs that events are told with ("staged" ->
#: "stag", "waged" -> "wag", "fined" -> "fin"), and British spellings of pattern verbs; none of
#: the wrong ones is a verb of news
LEMMA_SLIPS = {"stag": "stage", "wag": "wage", "fin": "fine", "slat": "slate", "cordone": "cordon",
               "relaunche": "relaunch", "rearreste": "rearrest", "readie": "ready",
               "appal": "appall", "enrol": "enroll", "fulfil": "fulfill",
               # past tenses the pipeline leaves unlemmatized in some sentences
               "overran": "overrun", "forgave": "forgive", "overrode": "override",
               "foresaw": "foresee", "forsook": "forsake", "rang": "ring"}


def lemma_of(lemma: str) -> str:
    """The lemma a pattern is indexed by for the pipeline's (lower-case) ``lemma``."""
    return LEMMA_SLIPS.get(lemma, lemma)


def _line_of(node: Any) -> int:
    return getattr(node, "line", -1) + 1


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when built: 5x faster start
    """A YAML loader that remembers the line each mapping starts on, and reads ``on``, ``off``,
    ``yes`` and ``no`` as words (prepositions are slot names), not as booleans."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> dict:
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _code(value: Any) -> str:
    return str(value).strip()


def parse_pattern(raw: dict, where: str, problems: list[str]) -> Pattern | None:
    """Build one pattern from its YAML mapping, adding any problems found."""
    pid = raw.get("id")
    if not pid:
        problems.append(f"{where}: pattern without an id")
        return None
    where = f"{where} ({pid})"
    known = {"id", "verbs", "nouns", "adjectives", "code", "family", "frame", "source", "target",
             "examples", "note", "requires_target", "reciprocal", "clause_aux", "reported_as",
             "drops_default", "__line__"}
    for key in raw:
        if key not in known:
            problems.append(f"{where}: unknown key {key!r}")
    predicates = []
    for key, kind in KINDS.items():
        for words in _as_list(raw.get(key)):
            parts = str(words).lower().split()
            if parts:
                predicates.append(Predicate(parts[0], tuple(parts[1:]), kind))
    if not predicates:
        problems.append(f"{where}: needs verbs, nouns or adjectives")
    frame = raw.get("frame")
    if frame is not None and frame not in FRAMES:
        problems.append(f"{where}: frame {frame!r} is not one of {', '.join(FRAMES)}")
    default_source = ["subject"] if any(p.kind != "noun" for p in predicates) else ["poss", "by"]
    default_target = ["object"] if any(p.kind != "noun" for p in predicates) else ["of", "on", "with"]
    source = tuple(str(s) for s in _as_list(raw.get("source")) or default_source)
    target = tuple(str(s) for s in _as_list(raw.get("target")) or default_target)
    for slot in source + target:
        if not (slot in NAMED_SLOTS or slot.isalpha() and slot.islower()):
            problems.append(f"{where}: unknown slot {slot!r}")
    examples = []
    for ex in _as_list(raw.get("examples")):
        if not isinstance(ex, dict) or not ex.get("text"):
            problems.append(f"{where}: an example needs a text")
            continue
        events = tuple({k: _code(v) for k, v in e.items() if k != "__line__"}
                       for e in _as_list(ex.get("events")))
        when = ex.get("date")
        examples.append(Example(str(ex["text"]), events, str(when) if when else None))
    if not examples:
        problems.append(f"{where}: needs at least one example sentence")
    code = _code(raw["code"]) if raw.get("code") is not None else None
    if code is not None and code != NO_EVENT and not (code.isdigit() and 2 <= len(code) <= 4):
        problems.append(f"{where}: code {code!r} is not a CAMEO code (or {NO_EVENT!r}: no event)")
    return Pattern(id=str(pid), predicates=tuple(predicates), source=source, target=target,
                   code=code, family=raw.get("family"), frame=frame,
                   requires_target=bool(raw.get("requires_target")),
                   drops_default=bool(raw.get("drops_default")),
                   reciprocal=bool(raw.get("reciprocal")), examples=tuple(examples),
                   clause_aux=tuple(str(w).lower() for w in _as_list(raw.get("clause_aux"))),
                   reported_as=_code(raw["reported_as"]) if raw.get("reported_as") else None,
                   where=where)


def load_file(path: Path, into: PatternSet, problems: list[str]) -> None:
    """Read one pattern file into ``into``."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError as exc:
        problems.append(f"{path.name}: not valid YAML: {exc}")
        return
    for name, table in (data.get("families") or {}).items():
        if name == "__line__":
            continue
        where = f"{path.name}:{table.get('__line__', '?')} (family {name})"
        codes: dict[str, dict[str, str]] = {}
        for frame, by_domain in table.items():
            if frame in ("__line__", "refusable", "plans_threaten"):
                continue
            if frame not in FAMILY_KEYS:
                problems.append(f"{where}: unknown frame {frame!r}")
                continue
            if not isinstance(by_domain, dict):
                by_domain = {"": by_domain}
            codes[frame] = {("" if d in ("", "default") else d): _code(c)
                            for d, c in by_domain.items() if d != "__line__"}
        into.families[name] = Family(name, codes, refusable=bool(table.get("refusable")),
                                     plans_threaten=table.get("plans_threaten", True) is not False)
    for domain, words in (data.get("domains") or {}).items():
        if domain != "__line__":
            for word in _as_list(words):
                into.domains[str(word).lower()] = domain
    for raw in data.get("patterns") or []:
        pattern = parse_pattern(raw, f"{path.name}:{raw.get('__line__', '?')}", problems)
        if pattern is not None:
            into.patterns.append(pattern)


#: slots of an imported verb pattern (PETRARCH's positions are not carried over)
IMPORTED_SOURCE = ("subject",)
IMPORTED_TARGET = ("object", "against", "with", "to", "on", "iobj")
#: a statement's object is what is said, not whom it is said to
IMPORTED_STATEMENT_TARGET = ("iobj", "to", "with")
NO_EVENT = "---"


def load_tsv(path: Path, into: PatternSet, problems: list[str]) -> None:
    """Read imported verb patterns (``id verbs words code source``, see events/petrarch.py)."""
    header = None
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) != 5:
                problems.append(f"{path.name}:{number}: {len(cells)} columns, expected 5")
                continue
            pid, verbs, words, code, source = cells
            extra = tuple(words.split())
            predicates = tuple(Predicate(verb, extra, "verb") for verb in verbs.split("|") if verb)
            if not predicates or not (code == NO_EVENT or code.isdigit()):
                problems.append(f"{path.name}:{number} ({pid}): needs verbs and a code")
                continue
            into.patterns.append(Pattern(id=pid, predicates=predicates, source=IMPORTED_SOURCE,
                                         target=IMPORTED_STATEMENT_TARGET if code.startswith("01")
                                         else IMPORTED_TARGET, code=code, requires_target=True,
                                         where=f"{path.name}:{number} ({pid})", imported=source))


def validate(patterns: PatternSet, known_code=None) -> list[str]:
    """Cross-file checks: unique ids, known families, known CAMEO codes."""
    problems = []
    seen: dict[str, str] = {}
    for p in patterns.patterns:
        if p.id in seen:
            problems.append(f"{p.where}: id also used at {seen[p.id]}")
        seen[p.id] = p.where
        if p.family and p.family not in patterns.families:
            problems.append(f"{p.where}: unknown family {p.family!r}")
        # a family with frame codes only ("trade": 0211 asked for, 0311 promised) codes its words
        # only under a frame: trade reported is no event
        if not p.frame and not p.code and not p.reported_as and not (
                p.family and p.family in patterns.families and patterns.families[p.family].codes):
            problems.append(f"{p.where}: needs a code (or a family with codes, or reported_as)")
        codes = [p.code, p.reported_as] + [e.get("code") for ex in p.examples for e in ex.events]
        for code in codes:
            if code and code != NO_EVENT and known_code and not known_code(code):
                problems.append(f"{p.where}: {code!r} is not in the CAMEO codebook")
    for family in patterns.families.values():
        for frame, table in family.codes.items():
            for code in table.values():
                if known_code and not known_code(code):
                    problems.append(f"family {family.name} ({frame}): {code!r} is not in the codebook")
    return problems


@lru_cache(maxsize=4)
def load_patterns(directory: Path = PATTERN_DIR) -> PatternSet:
    """Load and validate every pattern file in ``directory`` (cached per process).

    Raises DataFileError listing every problem found."""
    from .ontology import Ontology

    patterns = PatternSet()
    problems: list[str] = []
    files = sorted(Path(directory).glob("*.yaml"))
    if not files:
        problems.append(f"{directory}: no pattern files (*.yaml)")
    for path in files:
        load_file(path, patterns, problems)
    for path in sorted(Path(directory).glob("*.tsv")):
        load_tsv(path, patterns, problems)
    problems += validate(patterns, Ontology.load().is_code)
    if problems:
        raise DataFileError(problems)
    index(patterns)
    return patterns


def index(patterns: PatternSet) -> None:
    """Index predicates by lemma: curated before imported, then the most specific first (more
    words that must follow). A verb the curated files code on its own is theirs alone: PETRARCH's
    default code for the same verb is dropped (it would fire beside our frames)."""
    curated = {(pred.lemma, pred.kind) for p in patterns.patterns if not p.imported and not p.clause_aux
               for pred in p.predicates if not pred.extra}
    for p in patterns.patterns:
        if p.drops_default:  # it only takes the bare verb from PETRARCH's default
            continue
        for pred in p.predicates:
            if p.imported and not pred.extra and (pred.lemma, pred.kind) in curated:
                continue
            patterns.by_lemma[(pred.lemma, pred.kind)].append((p, pred))
    for entries in patterns.by_lemma.values():
        entries.sort(key=lambda entry: (entry[0].imported is not None, -len(entry[1].extra)))
    patterns.by_do_code = {code: (family, domain) for family in patterns.families.values()
                           for domain, code in (family.codes.get("do") or {}).items()}
    # PETRARCH codes many acts done with their intent code ("send peacekeepers" 0334, "reach
    # agreement" 032): a family is found by its intent code too, so "urged X to send
    # peacekeepers" is the family's appeal (0234); a "do" code keeps its own family
    for family in patterns.families.values():
        for domain, code in (family.codes.get("intend") or {}).items():
            if family.codes.get("do") and code not in patterns.by_do_code:
                patterns.by_do_code[code] = (family, domain)
