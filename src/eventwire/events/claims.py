"""Claims of one's own violence: "the Taliban claimed that they had attacked a police
checkpoint" reports the attack (the Taliban's 190) and, in the main clause, the Taliban's claim of
responsibility for it (CAMEO 015, "Acknowledge or claim responsibility"), as CAMEO codes a
claim. Only a claim by the doer itself: "Russia claimed that Ukrainian forces shelled Donetsk"
is Ukraine's shelling, reported, and no claim of responsibility.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.mentions import ActorIndex
from .ontology import VIOLENCE_ROOTS
from .slots import ActorRef, actors_in, subject_of

#: CAMEO's "Acknowledge or claim responsibility"
CLAIM_CODE = "015"
#: verbs by which a doer claims an act as its own
CLAIM_VERBS = frozenset({"claim"})


def claimer_of(top: Token, code: str, doer: ActorRef, actors: ActorIndex) -> tuple[ActorRef, Token] | None:
    """Who claims the violent act whose clause is headed by ``top`` as their own, and the
    claiming verb: the subject of a "claim" verb over the clause of a done act ("claimed that
    they had attacked", "claimed they killed"), when it names the doer (its code); else None."""
    # a done act ("attacked", "had killed"); "claims he is combatting terrorists" justifies
    # a war, it claims no act
    if code[:2] not in VIOLENCE_ROOTS or top.dep_ != "ccomp" or top.tag_ not in ("VBD", "VBN"):
        return None
    verb = top.head
    if verb.lemma_.lower() not in CLAIM_VERBS or verb.pos_ != "VERB":
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    for ref in actors_in(subject, actors):
        if ref.mention.code == doer.mention.code:
            return ref, verb
    return None
