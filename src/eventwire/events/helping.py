"""Whom help is for when no slot names one: whom the purpose clause of help helps ("sending
aid to help Malawi cope with the drought": MWI, :func:`helped`), and the kind of help a sum is
given in, through which its recipient is searched ("4 million euros in humanitarian funding to
Jordan", :func:`in_kind_of_help`). Used by events/aims.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.mentions import ActorIndex
from .slots import ActorRef, actors_in


#: CAMEO's roots of help: intents to cooperate (03), cooperation (05, 06), aid (07); and
#: considering such a policy (014)
HELPING_ROOTS = {"03", "05", "06", "07"}
CONSIDER = "014"
#: verbs of a purpose clause that name whom an act helps
HELP_VERBS = {"help", "assist", "enable"}
#: verbs of what help does for someone: their object is whom it helps
PROTECTING = {"defend", "protect", "rebuild", "reconstruct", "feed", "stabilize", "stabilise"}


def helped(tokens: list[Token], actors: ActorIndex, sources: list[ActorRef]) -> ActorRef | None:
    """Whom help with no one named is for, as its purpose clause says: the object of "to help"
    or the subject of what it helps to do ("sending aid to help Malawi cope with the
    drought": MWI), never the helper."""
    own = {ref.mention.code for ref in sources}
    clauses = [c for t in tokens for c in t.children if c.dep_ in ("advcl", "xcomp")
               and c.lemma_.lower() in HELP_VERBS
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for clause in clauses:
        whom = [c for c in clause.children if c.dep_ == "dobj"] + [
            g for c in clause.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
            if g.dep_ in ("nsubj", "nsubjpass")] + [
            # "to help defend Kuwait": whom the help protects (not "help fight the rebels")
            g for c in clause.children if c.dep_ == "xcomp" and c.lemma_.lower() in PROTECTING
            for g in c.children if g.dep_ == "dobj"]
        for word in whom:
            found = [ref for ref in actors_in(word, actors) if ref.known and ref.mention.code not in own]
            if found:
                return found[0]
    return None


#: what a sum is given "in": "$5 million in aid to Jordan" names whom the sum goes to
HELP_KINDS = {"aid", "funding", "fund", "funds", "assistance", "support", "loan", "grant",
              "relief", "donation", "credit", "help", "financing", "investment"}


def in_kind_of_help(prep: Token) -> bool:
    """Whether a preposition says what kind of help a sum is ("4 million euros [in]
    humanitarian funding to Jordan"), not where or when something is."""
    return prep.lower_ == "in" and any(g.dep_ == "pobj" and g.pos_ == "NOUN"
                                       and g.lemma_.lower() in HELP_KINDS for g in prep.children)
