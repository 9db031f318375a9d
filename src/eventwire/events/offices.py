"""The office a doer holds is no one it acts on: "Evo Morales resigned as president of
Bolivia" has no target, the presidency being Morales's own (events/extract.py drops such a
target; the act stands without it)."""

from __future__ import annotations

from spacy.tokens import Doc

from .slots import ActorRef

#: nouns of an office held: "his post as interior minister", "the prime minister position"
OFFICE_NOUNS = {"post", "position", "job", "seat", "role", "title", "presidency", "premiership",
                "chairmanship", "portfolio"}
#: verbs whose object is an office left or held: "quit his post as finance minister", "kept
#: her seat as speaker"
OFFICE_VERBS = {"resign", "quit", "leave", "vacate", "relinquish", "hold", "keep", "retain"}


def own_office(source: ActorRef, target: ActorRef, doc: Doc) -> bool:
    """Whether ``target`` is a title naming an office of the source's own country, in an "as"
    phrase or under a noun of office: the doer's own office ("Evo Morales resigned as president
    of Bolivia", "agreed to step down from his post as Kenyan interior minister"), not a
    counterpart. Another country's office stays one ("recognised Guaido as Venezuela's
    president" is about Venezuela)."""
    t = target.mention
    if t.kind != "agent" or t.entity is not None or t.members or t.head < 0 \
            or not t.country or t.country != source.mention.country:
        return False
    phrase = doc[t.head]
    while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head is not phrase:
        phrase = phrase.head  # "the Iraqi prime minister [position]"
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" \
            and phrase.head.head.lemma_.lower() in OFFICE_NOUNS:
        phrase = phrase.head.head  # "the post [of] prime minister"
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "as":
        return True
    # a noun of office only as what is left or held ("resign from the prime minister position");
    # "contradicting the official government position" is a stance, authored by the government
    return phrase.lemma_.lower() in OFFICE_NOUNS and (
        (phrase.dep_ == "pobj" and phrase.head.lower_ in ("from", "as"))
        or (phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in OFFICE_VERBS))
