"""Reading PETRARCH / UniversalPetrarch validation files (XML ``<Sentence>`` records).

The format of PETRARCH-2's ``PETR.UnitTest.records.xml`` and UniversalPetrarch's validation
suites::

    <Sentence date="20190308" id="DEMO-0001" category="DEMO" sentence="true">
    <!-- a comment -->
    <EventCoding sourcecode="NORGOV" targetcode="YEM" eventcode="0333"></EventCoding>
    <Text>
    Norway will double its humanitarian aid to Yemen, Foreign Minister Ine Eriksen
    Soreide said Friday.
    </Text>
    <Parse> ... </Parse>
    </Sentence>

Each ``<EventCoding>`` is one expected event; ``<EventCoding noevents="True">`` says the sentence
has none. ``targetcode`` may be empty or ``---`` (no target). Records marked
``sentence="false"`` or ``evaluate="false"`` are left out, as PETRARCH's validator does.

These files are written by hand and are not always well-formed XML (stray ``&``, ``--`` inside
comments), so they are read record by record with a forgiving scanner rather than an XML parser;
a broken record is reported with its line and the others are still read.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.evaluate.gold import GoldActor, GoldEvent, GoldSentence, classes_of
from eventwire.evaluate.plover import RENAMED, plover_categories
from eventwire.events.ontology import Ontology

Report = Callable[[InputError], None]

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_START = re.compile(r"<Sentence\b([^>]*)>")
_END = "</Sentence>"
_ATTRIBUTE = re.compile(r'([A-Za-z_][\w-]*)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NO_ACTOR = {"", "---"}


def read_petrarch(path: Path, on_problem: Report) -> Iterator[GoldSentence]:
    """Yield a gold sentence for each ``<Sentence>`` record of a validation file.

    A record without ``</Sentence>``, without ``<Text>`` or without any ``<EventCoding>``, and an
    ``<EventCoding>`` without a known ``eventcode``, are reported with ``file:line``.
    """
    raw = path.read_text(encoding="utf-8-sig")
    # Blank comments out but keep their newlines, so line numbers stay true.
    text = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), raw)
    starts = list(_START.finditer(text))
    for number, start in enumerate(starts):
        line = text.count("\n", 0, start.start()) + 1
        where = f"{path}:{line}"
        limit = starts[number + 1].start() if number + 1 < len(starts) else len(text)
        end = text.find(_END, start.end(), limit)
        if end < 0:
            on_problem(InputError(where, "<Sentence> has no </Sentence> before the next record; "
                                         "skipped"))
            continue
        sentence = _sentence(dict(_ATTRIBUTE.findall(start.group(1))),
                             text[start.end():end], where, on_problem)
        if sentence is not None:
            yield sentence


def _sentence(attributes: dict[str, str], body: str, where: str,
              on_problem: Report) -> GoldSentence | None:
    def problem(reason: str) -> None:
        on_problem(InputError(where, reason))

    if "false" in (attributes.get("sentence", "").lower(), attributes.get("evaluate", "").lower()):
        return None
    found = _TEXT.search(body)
    words = " ".join(html.unescape(found.group(1)).split()) if found else ""
    if not words:
        problem("<Sentence> has no <Text>; skipped")
        return None
    codings = [dict(_ATTRIBUTE.findall(m.group(1))) for m in _CODING.finditer(body)]
    if not codings:
        problem('<Sentence> has no <EventCoding>; use <EventCoding noevents="True"> for a '
                "sentence without events; skipped")
        return None
    events: list[GoldEvent] = []
    if not any(c.get("noevents", "").lower() == "true" for c in codings):
        for coding in codings:
            event = _event(coding, problem)
            if event is not None:
                events.append(event)
        if not events:
            return None
    penta, quad = classes_of(tuple(events))
    date = _DATE.fullmatch(attributes.get("date", ""))
    return GoldSentence(id=attributes.get("id") or where, text=words,
                        date="-".join(date.groups()) if date else None, events=tuple(events),
                        penta_class=penta, quad_class=quad, where=where)


def _event(coding: dict[str, str], problem: Callable[[str], None]) -> GoldEvent | None:
    code = coding.get("eventcode", "").strip()
    if not Ontology.load().is_code(code):
        problem(f"<EventCoding> eventcode {code!r} is not a code of the CAMEO codebook "
                f"(2-4 digits with the leading zero, such as '042'); that coding is skipped")
        return None
    source = coding.get("sourcecode", "").strip()
    target = coding.get("targetcode", "").strip()
    plover = coding.get("plover", "").strip().upper() or None
    categories = plover_categories()
    if plover is not None:
        plover = RENAMED.get(plover, plover)
        if plover not in categories:
            problem(f"<EventCoding> plover {plover!r} is not a PLOVER category; read without it")
            plover = None
    return GoldEvent(source=_actor(source), target=_actor(target), code=code, plover=plover,
                     plover_quad=categories.get(plover) if plover else None)


def _actor(code: str) -> GoldActor | None:
    return None if code in _NO_ACTOR or len(code) < 3 else GoldActor(code=code)
