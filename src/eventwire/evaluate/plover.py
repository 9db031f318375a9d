"""Reading PLOVER gold-standard records (openeventdata/PLOVER, ``gold_standard_records/``).

Two layouts hold the same records: ``PLOVER_GSR_CAMEO.txt``, a pretty-printed JSON array whose
first record documents the file (``"event": "DOCUMENT"``), and JSON lines such as
``plover_gsr_with_cameo.jsonl``, which adds the joined CAMEO code (``cameo_code``). A record::

    {"id": "PLOVER-GSR01-AGREE-nnnn", "date": "2000-01-01",
     "source": [{"actorText": "Mercosur", "code": "IGO"}],
     "target": [{"actorText": "Montevideo", "code": "URY"}],
     "event": "AGREE", "text": "The Mercosur trade bloc has agreed to hold its next summit ...",
     "textInfo": {"markup": "The (SRC: Mercosur) ... in (TAR: Montevideo) ..."},
     "cameo_code": "031"}

- ``source`` and ``target`` are lists of actors (compound actors); each source-target pair is
  one gold event, as PETRARCH codes compounds. ``target`` may be ``""`` or absent: no target.
- Actors marked ``SRC/TAR`` in the markup with no target are reciprocal: each pair of them is
  one event that matches in either direction.
- The records are PLOVER 0.5b1; its DEMAND, DISAPPROVE, FIGHT and INVESTIGATE are read as the
  current REQUEST, ACCUSE, ASSAULT and ACCUSE, and every event name is checked against the
  categories of eventwire's CAMEO -> PLOVER map.
- ``mode`` and ``context`` (``"diplomatic, military"``) are read too, their 0.5b1 names turned
  into those of CAMEO2PLOVER-2021 and the PLOVER manual (:data:`MODE_RENAMED`,
  :data:`CONTEXT_RENAMED`), so that eventwire's PLOVER readings can be compared with them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from itertools import combinations, product
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.evaluate.gold import GoldActor, GoldEvent, GoldSentence, classes_of
from eventwire.events.ontology import Ontology, quad_class

Report = Callable[[InputError], None]

#: PLOVER 0.5b1 event names that the current PLOVER categories replace.
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
           "INVESTIGATE": "ACCUSE"}

#: Country codes in the PLOVER gold that are not ISO 3166-1 alpha-3.
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA"}

#: PLOVER 0.5b1 modes (by current event) and the current mode each became: CAMEO2PLOVER-2021
#: folds strikes into ``boycott`` (CAMEO 143), hosting into ``visit`` (043), confiscating and
#: destroying into ``seize`` (1711, 1712), threatened curfews and martial law into ``restrict``
#: (1323, 1324); the manual dropped the spontaneous/organised split of protests. None: the gold's
#: ``other``, which names no mode.
MODE_RENAMED: dict[tuple[str, str], str | None] = {
    ("PROTEST", "strike-hun"): "hunger", ("PROTEST", "riot-spon"): "riot",
    ("PROTEST", "demo-org"): "demo", ("PROTEST", "demo-spon"): "demo",
    ("PROTEST", "strike-gen"): "boycott", ("PROTEST", "strike-lim"): "boycott",
    ("CONSULT", "host"): "visit", ("COERCE", "detain"): "arrest",
    ("COERCE", "confiscate"): "seize", ("COERCE", "destroy"): "seize",
    ("THREATEN", "curfew"): "restrict", ("THREATEN", "martial-law"): "restrict",
    ("ASSAULT", "other"): None}

#: PLOVER 0.5b1 contexts and their names in the PLOVER manual's context table (refugees became
#: ``migration``; 0.5b1's protest contexts ``rights``, ``religion``, ``discrimination``,
#: ``foreign`` and ``assets`` are its ``human_rights``, ``religion_ethnicity``, ``diplomatic`` and
#: ``economic``). None: not a context (``historical`` is eventwire's modality).
CONTEXT_RENAMED: dict[str, str | None] = {
    "refugee": "migration", "refugees": "migration", "resources": "resource",
    "rights": "human_rights", "religion": "religion_ethnicity",
    "discrimination": "religion_ethnicity", "politics": "political", "foreign": "diplomatic",
    "assets": "economic", "none": None, "unknown": None, "historical": None}

_SECTOR = re.compile(r"[A-Z]{3}")


@cache
def plover_categories() -> dict[str, int]:
    """The current PLOVER event categories with the quad class each implies.

    Taken from eventwire's CAMEO -> PLOVER map: a category's quad class is that of the CAMEO
    codes mapped to it (every category falls within one quad class).
    """
    ontology = Ontology.load()
    quads: dict[str, set[int]] = {}
    for code in ontology.codes():
        if ontology.has_plover(code):
            quads.setdefault(ontology.plover(code).event, set()).add(quad_class(code))
    return {event: min(found) for event, found in quads.items() if event}


def read_plover(path: Path, on_problem: Report) -> Iterator[GoldSentence]:
    """Yield a gold sentence for each PLOVER record of a JSON-array or JSON-lines file.

    Problems (bad JSON, a record without text or with an unknown event, malformed actors) go to
    ``on_problem`` with ``file:line``; the record, or only its faulty part, is left out.
    """
    text = path.read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("["):
        records = json_array_records(text, str(path), on_problem)
    else:
        records = json_lines(text, str(path), on_problem)
    for line, record in records:
        sentence = _sentence(record, f"{path}:{line}", on_problem)
        if sentence is not None:
            yield sentence


def json_array_records(text: str, label: str,
                       on_problem: Report) -> Iterator[tuple[int, Any]]:
    """The elements of a JSON array in ``text``, each with the line it starts on.

    A syntax error is reported with its line; reading resumes at the next line that starts
    with ``{``, so one broken record costs only itself.
    """
    decoder = json.JSONDecoder()
    at = text.index("[") + 1
    end = len(text)
    while True:
        at = _skip(text, at, " \t\r\n,")
        if at >= end or text[at] == "]":
            return
        line = text.count("\n", 0, at) + 1
        try:
            value, at = decoder.raw_decode(text, at)
        except json.JSONDecodeError as error:
            on_problem(InputError(f"{label}:{error.lineno}",
                                  f"bad JSON ({error.msg} at column {error.colno}); "
                                  f"the record starting on line {line} is skipped"))
            resume = text.find("\n{", error.pos)
            if resume < 0:
                return
            at = resume + 1
            continue
        yield line, value


def _skip(text: str, at: int, chars: str) -> int:
    while at < len(text) and text[at] in chars:
        at += 1
    return at


def json_lines(text: str, label: str, on_problem: Report,
               what: str = "one PLOVER record") -> Iterator[tuple[int, Any]]:
    """(line number, value) for each JSON line; a bad line is reported as ``label:LINE``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            on_problem(InputError(f"{label}:{number}",
                                  f"bad JSON ({error.msg} at column {error.colno}); "
                                  f"each line must be {what}"))


def _sentence(record: Any, where: str, on_problem: Report) -> GoldSentence | None:
    """The gold sentence of one record, or None for the DOCUMENT record and unusable records."""
    def problem(reason: str) -> None:
        on_problem(InputError(where, reason))

    if not isinstance(record, dict):
        problem("a PLOVER record must be a JSON object; skipped")
        return None
    event = record.get("event")
    if event == "DOCUMENT":
        return None
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        problem("the record has no 'text'; skipped")
        return None
    if not isinstance(event, str) or not event:
        problem("the record has no 'event'; skipped")
        return None
    categories = plover_categories()
    category = RENAMED.get(event, event)
    if category not in categories:
        problem(f"unknown PLOVER event {event!r}; expected one of {', '.join(sorted(categories))} "
                f"(or 0.5b1's {', '.join(sorted(RENAMED))}); skipped")
        return None
    code = _cameo_code(record.get("cameo_code"), problem)
    sources = _actors(record.get("source"), "source", problem)
    targets = _actors(record.get("target"), "target", problem)
    markup = (record.get("textInfo") or {}).get("markup", "") \
        if isinstance(record.get("textInfo"), dict) else ""

    mode = _mode(category, record.get("mode"))
    context = _context(record.get("context"))

    def gold(source, target, reciprocal=False) -> GoldEvent:
        return GoldEvent(source=source, target=target, code=code, plover=category,
                         reciprocal=reciprocal, plover_quad=categories[category], mode=mode,
                         context=context)

    if not targets and len(sources) > 1 and "SRC/TAR" in markup:
        events = [gold(a, b, reciprocal=True) for a, b in combinations(sources, 2)]
    else:
        events = [gold(s, t) for s, t in product(sources or [None], targets or [None])]
    penta, quad = classes_of(tuple(events))
    date = record.get("date") if isinstance(record.get("date"), str) else None
    return GoldSentence(id=str(record.get("id") or where), text=text, date=date,
                        events=tuple(events), penta_class=penta, quad_class=quad, where=where)


def _mode(event: str, value: Any) -> str | None:
    """The record's mode in current PLOVER names; None when it gives none."""
    if not isinstance(value, str) or not value.strip():
        return None
    mode = value.strip().lower()
    return MODE_RENAMED.get((event, mode), mode)


def _context(value: Any) -> tuple[str, ...] | None:
    """The record's contexts (``"diplomatic, military"``) in current PLOVER names, in order;
    None when it gives none."""
    if not isinstance(value, str):
        return None
    names = (name.strip().lower() for name in value.split(","))
    found = [CONTEXT_RENAMED.get(name, name) for name in names if name]
    return tuple(dict.fromkeys(name for name in found if name)) or None


def _cameo_code(value: Any, problem: Callable[[str], None]) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not Ontology.load().is_code(value):
        problem(f"cameo_code {value!r} is not a code of the CAMEO codebook; "
                f"the record is read without it")
        return None
    return value


def _actors(value: Any, role: str, problem: Callable[[str], None]) -> list[GoldActor]:
    """The actors of a ``source``/``target`` field: a list of {actorText, code, sector}."""
    if value in (None, "", []):
        return []
    if not isinstance(value, list):
        problem(f"{role} {value!r} is not a list of actors such as "
                f'[{{"actorText": "Tokyo", "code": "JPN"}}]; read as no {role}')
        return []
    actors = []
    for item in value:
        code = item.get("code") if isinstance(item, dict) else None
        if not isinstance(code, str) or len(code) < 3:
            problem(f"{role} actor {item!r} has no code of three or more letters; left out")
            continue
        code = CODE_FIXES.get(code[:3], code[:3]) + code[3:]
        sector = item.get("sector")
        if isinstance(sector, str) and _SECTOR.match(sector) and len(code) == 3:
            code += sector[:3]
        words = item.get("actorText")
        actors.append(GoldActor(code=code, text=(words,) if isinstance(words, str) else ()))
    return actors
