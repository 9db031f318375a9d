"""Whom a restriction is aimed at when the phrase it is on names no actor itself: the known
actor whose goods, people or trade it bars ("lifted its ban on imports [of Chinese steel]":
CHN; "curbs on flights [from Iran]": IRN). Used by events/aims.py's search for a deeper target.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.mentions import ActorIndex
from .prepositions import objects_of
from .slots import ActorRef, actors_in
from .wording import RESTRICTION_NOUNS

#: nouns of what bars or limits something: what they are "on" is barred, and whose it is, its
#: target ("a ban on imports of Argentine wine")
RESTRICTIONS = RESTRICTION_NOUNS | {
    "embargo", "limitation", "sanction", "tariff", "duty", "boycott", "moratorium", "quota",
    "blockade", "prohibition", "freeze", "suspension", "levy", "barrier"}
#: prepositions a restriction is on or against
RESTRICTED_PREPS = {"on", "against"}
#: phrases under what is barred that say whose it is, or with whom or where it goes: "imports
#: [of] X", "flights [from] X", "remittances [to] X", "trade [with] X"; and so under what is
#: barred from being done: "selling chips [to] X"
DEALING_PREPS = {"of", "from", "to", "with"}


def restricted_inside(prep: Token, actors: ActorIndex, own: set[str]) -> list[ActorRef]:
    """The known actors whose thing or dealings a restriction bars, when what its "on" or
    "against" phrase ``prep`` names is no actor itself: named in that thing's "of", "from",
    "to" or "with" phrase ("a ban on imports of Chinese steel", "curbs on flights from Iran",
    "restrictions on remittances to Cuba"), or in that of what is barred from being done ("its
    ban on selling chips to Huawei"); never the source's own (``own``: its codes); []
    when ``prep`` is on no restriction."""
    # the parser hangs the phrase on the restriction or on the verb that lifts or imposes it
    holders = [prep.head] + [c for c in prep.head.children if c.dep_ == "dobj"]
    if prep.lower_ not in RESTRICTED_PREPS or not any(
            h.pos_ == "NOUN" and h.lemma_.lower() in RESTRICTIONS for h in holders):
        return []
    whose = [g for pobj in objects_of(prep) for c in pobj.children
             if c.dep_ == "prep" and c.lower_ in DEALING_PREPS for g in objects_of(c)]
    whose += [g for done in prep.children if done.dep_ == "pcomp" and done.tag_ == "VBG"
              for c in done.children if c.dep_ == "prep" and c.lower_ in DEALING_PREPS
              for g in objects_of(c)]
    for phrase in whose:
        found = [ref for ref in actors_in(phrase, actors) if ref.known and ref.mention.code not in own]
        if found:
            return found
    return []
