"""Quotations and who said them: “...” and "..." spans, attributed to the subject of the speech
verb that governs them ("Mattis said", "saying", "He repeated Moscow's line that “...”").

An event whose trigger lies inside a quotation carries it as its ``quote``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..actors.mentions import ActorIndex
from ..model import Quote

#: verbs that introduce what someone said (also what makes an event "reported")
SPEECH_VERBS = {"say", "tell", "add", "claim", "state", "insist", "repeat", "warn", "note",
                "write", "declare", "announce", "argue", "stress", "explain", "assert", "allege",
                "suggest", "reiterate", "affirm", "deny", "ask", "reply", "respond", "urge",
                "report", "accord", "quote"}
_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
MAX_CLIMB = 8


def find_quotes(doc: Doc, actors: ActorIndex) -> list[Quote]:
    """Every quotation of the document whose speaker can be told, in text order."""
    quotes = []
    for match in _QUOTED.finditer(doc.text):
        group = 1 if match.group(1) is not None else 2
        start, end = match.start(group), match.end(group)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 3:  # a quoted word or title, not a quotation
            continue
        speaker = speaker_of(span[0], start, end, actors)
        if speaker is not None:
            quotes.append(Quote(speaker=speaker, text=doc.text[start:end].strip(), start=start, end=end))
    return quotes


def speaker_of(first: Token, start: int, end: int, actors: ActorIndex) -> str | None:
    """The speaker of a quotation that begins at ``first``: climb out of the quotation to the
    speech verb that governs it and take that verb's subject."""
    token = first
    for _ in range(MAX_CLIMB):
        if not (start <= token.idx < end):
            break
        if token.head is token:
            break
        token = token.head
    for _ in range(MAX_CLIMB):
        verb = _speech_verb(token)
        if verb is not None:
            return _subject_name(verb, actors)
        if token.head is token:
            break
        token = token.head
    return None


def _speech_verb(token: Token) -> Token | None:
    if token.lemma_.lower() in SPEECH_VERBS:
        return token
    return next((c for c in token.children
                 if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS), None)


def _subject_name(verb: Token, actors: ActorIndex) -> str | None:
    token = verb
    for _ in range(MAX_CLIMB):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            mention = actors.of(subject)
            if mention is not None and mention.entity:
                return mention.entity
            return subject.text if subject.pos_ == "PROPN" else None
        if token.dep_ not in ("advcl", "xcomp", "conj") or token.head is token:
            return None
        token = token.head  # "Mattis followed ..., saying": the subject of "followed"
    return None


def quote_at(quotes: list[Quote], offset: int) -> Quote | None:
    """The quotation a character offset lies in, if any."""
    return next((q for q in quotes if q.start <= offset < q.end), None)
