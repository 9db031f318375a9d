"""Reading eventwire's native gold: articles with the events a good coder finds in them.

The format is documented for users in ``docs/gold-format.md``. In short, one article a line
(JSON lines), each with its expected events::

    {"id": "wire-2019-03-08-norway-yemen", "date": "2019-03-08", "text": "Norway will double ...",
     "events": [{"sentence_starts_with": "Norway will double",
                 "source": {"code": "NORGOV", "text": "Foreign Minister Ine Eriksen Soreide"},
                 "target": "YEM", "cameo": "0333"}]}

An actor is a code or ``{"code": ..., "text": ...}`` (``text`` a string or a list of them);
``null`` or absent means the gold does not say, and that actor is not compared. An event needs a
``cameo`` code, a ``plover`` category, or both. ``sentence_starts_with`` ties an event to the
sentence starting with those words; without it the event may be anywhere in the article.

The seed story's gold (``*.gold.json``: one pretty-printed object with ``doc_id`` and no text)
is read too: its text comes from the article file beside it (``NAME.jsonl`` for
``NAME.gold.json``, or ``DOC_ID.jsonl`` / ``DOC_ID.txt``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.evaluate.gold import GoldActor, GoldEvent, GoldSentence
from eventwire.evaluate.plover import RENAMED, json_array_records, json_lines, plover_categories
from eventwire.events.ontology import Ontology
from eventwire.sources.records import normalise_date

Report = Callable[[InputError], None]

GOLD_SUFFIX = ".gold.json"


def read_native(path: Path, on_problem: Report) -> Iterator[GoldSentence]:
    """Yield a gold unit (a whole article) for each article of a native gold file.

    Takes JSON lines, a JSON array of articles, or one JSON object (the seed's ``.gold.json``).
    Bad lines, articles without text and events without a usable code are reported with
    ``file:line``; an event that cannot be read is left out, an article without text skipped.
    """
    text = path.read_text(encoding="utf-8-sig")
    stripped = text.lstrip()
    if stripped.startswith("["):
        records = json_array_records(text, str(path), on_problem)
    elif isinstance(whole := _one_object(stripped), dict):
        records = iter([(text.count("\n", 0, len(text) - len(stripped)) + 1, whole)])
    else:
        records = json_lines(text, str(path), on_problem,
                             'one article such as {"id": ..., "text": ..., "events": [...]}')
    for line, record in records:
        unit = _article(record, path, f"{path}:{line}", on_problem)
        if unit is not None:
            yield unit


def _one_object(text: str) -> Any:
    """The whole file as one JSON value, or None when it is not one (JSON lines, say)."""
    if not text.startswith("{"):
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def _article(record: Any, path: Path, where: str, on_problem: Report) -> GoldSentence | None:
    def problem(reason: str) -> None:
        on_problem(InputError(where, reason))

    if not isinstance(record, dict):
        problem("each gold article must be a JSON object; skipped")
        return None
    doc_id = record.get("id", record.get("doc_id"))
    if doc_id in (None, ""):
        problem("the article has no 'id'; skipped")
        return None
    doc_id = str(doc_id)
    text = record.get("text")
    if text is None:
        text = _article_text(path, doc_id)
        if text is None:
            problem(f"the article has no 'text', and no article file with id {doc_id!r} is beside "
                    f"the gold file ({_sibling_names(path, doc_id)}); skipped")
            return None
    if not isinstance(text, str) or not text.strip():
        problem("the article's 'text' is empty; skipped")
        return None
    date = record.get("date")
    try:
        date = normalise_date(date) if date not in (None, "") else None
    except ValueError as error:
        problem(f"date: {error}; read without a date")
        date = None
    events_field = record.get("events")
    if not isinstance(events_field, list):
        problem("the article has no 'events' list (use [] for an article without events); "
                "skipped")
        return None
    events = []
    for number, item in enumerate(events_field, start=1):
        event = _event(item, text, lambda reason, n=number: problem(f"event {n}: {reason}"))
        if event is not None:
            events.append(event)
    return GoldSentence(id=doc_id, text=text, date=date, events=tuple(events), where=where)


def _event(item: Any, text: str, problem: Callable[[str], None]) -> GoldEvent | None:
    if not isinstance(item, dict):
        problem("an event must be a JSON object; left out")
        return None
    code = item.get("cameo", item.get("code"))
    if code in ("", None):
        code = None
    elif not isinstance(code, str) or not Ontology.load().is_code(code):
        problem(f"cameo {code!r} is not a code of the CAMEO codebook (a string of 2-4 digits "
                f"with its leading zero, such as '042'); left out")
        return None
    plover = item.get("plover")
    categories = plover_categories()
    if plover in ("", None):
        plover = None
    else:
        plover = RENAMED.get(str(plover).upper(), str(plover).upper())
        if plover not in categories:
            problem(f"plover {item.get('plover')!r} is not a PLOVER category "
                    f"({', '.join(sorted(categories))}); left out")
            return None
    if code is None and plover is None:
        problem("the event has neither a 'cameo' code nor a 'plover' category; left out")
        return None
    actors = []
    for role in ("source", "target"):
        actor, ok = _actor(item.get(role), role, problem)
        if not ok:
            return None
        actors.append(actor)
    anchor = None
    starts = item.get("sentence_starts_with")
    if isinstance(starts, str) and starts.strip():
        anchor = text.find(starts.strip())
        if anchor < 0:
            problem(f"sentence_starts_with {starts!r} is not in the article's text; the event is "
                    f"matched anywhere in the article")
            anchor = None
    return GoldEvent(source=actors[0], target=actors[1], code=code, plover=plover, anchor=anchor,
                     plover_quad=categories.get(plover) if plover else None)


def _actor(value: Any, role: str, problem: Callable[[str], None]) -> tuple[GoldActor | None, bool]:
    """The actor of a ``source``/``target`` field, and whether the field was usable."""
    if value is None or value == "":
        return None, True
    words: tuple[str, ...] = ()
    if isinstance(value, dict):
        named = value.get("text")
        if isinstance(named, str):
            words = (named,)
        elif isinstance(named, list):
            words = tuple(w for w in named if isinstance(w, str))
        value = value.get("code")
    if not isinstance(value, str) or len(value) < 3 or not value[:3].isalpha():
        problem(f"{role} code {value!r} should start with three letters, such as 'USAGOV' or "
                f"'IGOWSTNAT'; left out")
        return None, False
    return GoldActor(code=value.upper(), text=words), True


def _sibling_names(path: Path, doc_id: str) -> str:
    return ", ".join(p.name for p in _siblings(path, doc_id))


def _siblings(path: Path, doc_id: str) -> list[Path]:
    folder = path.parent
    names = []
    if path.name.endswith(GOLD_SUFFIX):
        names.append(path.name[: -len(GOLD_SUFFIX)] + ".jsonl")
    names += [f"{doc_id}.jsonl", f"{doc_id}.txt"]
    return [folder / n for n in dict.fromkeys(names)]


def _article_text(path: Path, doc_id: str) -> str | None:
    """The text of article ``doc_id`` from an article file beside the gold file, if any."""
    for candidate in _siblings(path, doc_id):
        if not candidate.is_file():
            continue
        if candidate.suffix == ".txt":
            return candidate.read_text(encoding="utf-8-sig")
        for line in candidate.read_text(encoding="utf-8-sig").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and str(record.get("id")) == doc_id:
                text = record.get("text")
                return text if isinstance(text, str) else None
    return None
