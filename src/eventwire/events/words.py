"""The words the record gives an actor (``actor.text`` and its offsets), from the phrase the
event rules found it in (``ActorRef.phrase``). The rules read the whole phrase ("accusations
by the US", "diplomats from Poland, Germany and Sweden"); the record names the actor: what an
actor said, asked or did is named by the actor's own phrase ("the US"), and a phrase ends
before the coordination that follows its head and its actor ("diplomats from Poland").
Only the record's words change here, never what the rules decided.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.mentions import Mention
from .phrases import ACT_NOUNS, noun_phrase
from .slots import AUTHORED_NOUNS, SAYING_NOUNS, THING_NOUNS

#: things an actor does, gets or is concerned in, which name no actor themselves: an actor
#: named in their phrase after them is named by its own words ("a private dinner [for the
#: prime minister]", "peace building [in Colombia]", "the release [of two aid workers]")
DEED_NOUNS = {"release", "return", "access", "assistance", "aid", "support", "solution",
              "development", "extension", "expansion", "deployment", "delivery", "effort",
              "operation", "dinner", "reception", "visit", "trip", "meeting", "talk", "concern",
              "need", "control", "responsibility", "normalization", "normalisation", "ceasefire",
              "truce", "building", "sanction", "ban", "embargo", "type", "kind", "funding",
              "investigation", "probe", "inquiry", "violation", "abuse", "crime", "lunch",
              "luncheon", "banquet", "breakfast", "ceremony"}
#: words that open a coordination ("both X and Y"; not "not only", which says more; not
#: "both sides", which joins nothing)
JOINING = {"both", "either", "neither"}
#: all nouns of things, as against words for actors, their parts, their places and their kin
THINGS = AUTHORED_NOUNS | SAYING_NOUNS | THING_NOUNS | ACT_NOUNS | DEED_NOUNS


def record_words(doc: Doc, phrase: tuple[int, int], mention: Mention,
                 others: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The token span [start, end) the record gives an actor found in ``phrase``: the actor's
    own noun phrase when the phrase is headed by a thing the actor said, asked or did and
    names the actor after it ("rejected accusations by the US": "the US"), the phrase
    otherwise; either without the coordination that follows both its head and its actor
    ("diplomats from Poland[, Germany and Sweden]", "an arms depot of the army[ or its allied
    forces]"), when what it joins is another event's actor (the tokens of the other actors'
    heads: ``others``), or a "both" or "either" that opens it ("[both] India and Pakistan")."""
    start, end = phrase
    named = _named(mention)
    if named is None or not start <= named < end or end - start < 2:
        return start, end
    head = _head(doc, start, end)
    if head.i < mention.start and head.lemma_.lower() in THINGS and mention.via != "pronoun":
        own = doc[named]
        while own.dep_ in ("compound", "amod", "nmod") and start <= own.head.i < end \
                and own.head.i > own.i:
            own = own.head  # "a request from [The New York Times]", not "New York"
        # (within the phrase: "allegations by the U.S. [of involvement]" ends with its actor)
        first, last = noun_phrase(own, mention)
        start, end = max(start, first), min(end, last)
        head = _head(doc, start, end)
    last = max(head.i, mention.end - 1, named)
    for t in doc[last + 1:end]:
        if t.dep_ in ("cc", "conj") and start <= t.head.i < end and not _one_name(t.head, t) \
                and any(j.i in others for j in (t.subtree if t.dep_ == "conj" else t.head.conjuncts)):
            end = t.i if t.dep_ == "cc" else t.left_edge.i
            break
    while end - 1 > start and (doc[end - 1].is_punct and doc[end - 1].text != ")"
                               or doc[end - 1].dep_ in ("cc", "preconj")):
        end -= 1  # the comma before "and Sweden"
    opener = doc[start]
    if opener.lower_ in JOINING and opener.dep_ in ("preconj", "det", "predet") \
            and opener.head.conjuncts and end - start > 1:
        start += 1  # "both" belongs to the coordination, not to its first member
    return start, end


def _named(mention: Mention) -> int | None:
    """The token that names the actor: the mention's head, or a pronoun's antecedent's."""
    if mention.via == "pronoun":
        return mention.refers[2] if mention.refers is not None else None
    return mention.head if mention.head >= 0 else None


def _head(doc: Doc, start: int, end: int) -> Token:
    """The first token of [start, end) whose head lies outside it."""
    return next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i),
                doc[end - 1])


def _one_name(head: Token, joined: Token) -> bool:
    """Whether a coordination is inside one name ("the Ministry of Foreign Affairs and
    Trade", "Blue and White")."""
    return head.ent_iob_ != "O" and any(e.start <= head.i < e.end and e.start <= joined.i < e.end
                                        for e in head.doc.ents)
