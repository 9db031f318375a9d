"""References within one article: surnames to the full name, "he"/"his" to a person.

Rules, not a model: a surname names the person whose full name the article gives; a personal
pronoun names the last person named before it, preferring one that was the subject of a clause
(the person the story is about), within a few sentences.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .kb import KnowledgeBase, resolve_entry

if TYPE_CHECKING:
    from .resolve import Mention

PERSONAL_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: how far back (in characters) a pronoun looks for its person
PRONOUN_REACH = 700


def link_references(doc: Doc, mentions: list["Mention"], kb: KnowledgeBase,
                    date: str | None) -> list["Mention"]:
    """Return ``mentions`` with surnames and pronouns linked to the people they name."""
    people = _named_people(mentions, kb)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    linked = []
    for m in mentions:
        if m.kind == "person" and not m.code and m.entity:
            surname = m.entity.split()[-1]
            if surname in people:
                code = resolve_entry(people[surname], date)
                m = replace(m, code=code.code, country=code.country, sectors=code.sectors,
                            entity=code.entity, via="surname")
        linked.append(m)
    from .resolve import Mention, syntactic_head

    for token in doc:
        if token.i in taken:
            continue
        entry = people.get(token.text) if token.pos_ == "PROPN" else None
        if entry is not None:
            code = resolve_entry(entry, date)
            linked.append(Mention(token.i, token.i + 1, code.code, code.country, code.sectors,
                                  code.entity, "person", via="surname",
                                  head=syntactic_head(doc, token.i, token.i + 1)))
    linked.sort(key=lambda m: m.start)
    result = []
    for token in doc:
        if token.i in taken or token.lower_ not in PERSONAL_PRONOUNS:
            continue
        antecedent = _antecedent(doc, token.i, linked)
        if antecedent is not None:
            result.append(replace(antecedent, start=token.i, end=token.i + 1, via="pronoun",
                                  head=token.i))
    return sorted(linked + result, key=lambda m: m.start)


def _named_people(mentions: list["Mention"], kb: KnowledgeBase) -> dict:
    """Surname -> knowledge-base entry, for every person the article names in full."""
    people = {}
    for m in mentions:
        if m.kind == "person" and m.code and m.entity:
            entries = [e for e in kb.entries(m.entity) if e.kind == "person"]
            if entries:
                people.setdefault(entries[0].surname or m.entity.split()[-1], entries[0])
    return people


def _antecedent(doc: Doc, i: int, mentions: list["Mention"]) -> "Mention | None":
    """The person a pronoun at token ``i`` refers to."""
    reach = doc[i].idx - PRONOUN_REACH
    candidates = [m for m in mentions
                  if m.end <= i and m.kind == "person" and m.code and doc[m.start].idx >= reach]
    if not candidates:
        return None
    subjects = [m for m in candidates if doc[m.head].dep_ in SUBJECT_DEPS]
    return (subjects or candidates)[-1]
