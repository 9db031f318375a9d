"""Who said or asked what a noun names: the author of a demand, a charge, a proposal ("rejected
the demand of the Organization of American States", "denied charges by the U.S."), whom an act
answering it is aimed at. Read by the slot rules (events/slots.py: ``actors_in``); its nouns
also tell the record's words what is no actor (events/words.py)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.mentions import ActorIndex, Mention

#: what one issues, passes or holds that says something in its own words ("a statement urging")
SAYING_NOUNS = {"statement", "letter", "resolution", "declaration", "communique", "communiqué",
                "message", "report", "rally", "protest", "demonstration", "appeal", "speech",
                "decree", "motion", "petition", "editorial", "article", "post", "tweet", "note",
                "warning", "ultimatum", "order", "ruling", "verdict", "bill", "law"}


#: what an actor says or asks in its own name: whom an act answers when it is its object
#: ("rejected the demand of the Organization of American States", "denied charges by the U.S.")
AUTHORED_NOUNS = SAYING_NOUNS | {
    "demand", "request", "call", "charge", "accusation", "allegation", "claim", "proposal",
    "offer", "plea", "criticism", "decision", "initiative", "invitation", "recommendation",
    "plan", "proposition", "complaint", "condition", "threat", "protest", "objection", "bid",
    "pressure"}


#: verbs whose subject is on the receiving end of their object: "faced criticism from X" is X's
#: act towards the subject, so X is no target of the subject's
RECEIVING_VERBS = {"face", "receive", "draw", "attract", "get", "suffer", "endure", "incur"}


#: prepositions that name who made what a noun names
AUTHOR_PREPS = ("of", "by", "from")


def author_of(token: Token, actors: ActorIndex) -> Mention | None:
    """Who made what ``token`` names: its "of", "by" or "from" phrase ("charges by the U.S.",
    "a request from the BBC"), the agent of a participle on it ("the proposal submitted by
    China"), or a "by" phrase the parser hangs on the active verb it is the object of, right
    after it ("denied charges [by] Kiev that ...")."""
    for child in [*token.children, *_by_on_verb(token)]:
        if child.dep_ == "prep" and child.lower_ in AUTHOR_PREPS:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((g for g in child.children if g.dep_ == "agent"), None)
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        else:
            continue
        if pobj is None:
            continue
        m = actors.of(pobj) or next((actors.of(c) for c in pobj.children if c.dep_ in (
            "poss", "compound", "amod", "nmod") and actors.of(c) is not None), None)
        if m is not None and m.resolved:
            return m
    return None


def _by_on_verb(token: Token) -> list[Token]:
    """The "by" phrase of an active verb that follows its object ``token`` with nothing but
    punctuation between ("denied charges by Kiev"; "dismissed the claims, by the ruling party,
    that ..."): the parser's place for the object's author. (A passive's "by" is its doer, the
    verb's own.)"""
    verb = token.head
    if token.dep_ != "dobj" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    doc = token.doc
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > token.i
            and all(t.is_punct for t in doc[token.right_edge.i + 1:c.i])]
