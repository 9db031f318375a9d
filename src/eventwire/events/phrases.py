"""The phrase of an event's actor that the event rules read: the noun phrase a slot token heads
(the record's ``actor.text`` is cut from it by events/words.py). It ends before conjuncts, a trailing possessive, time phrases,
examples, what the actor is charged with and any clause about the actor; a pronoun's phrase is
its antecedent's when that is in the same sentence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.mentions import Mention
from ..context.quotes import SPEECH_VERBS

#: entity types of time phrases ("on Friday" is no "call on", "this month" no part of an actor)
WHEN = {"DATE", "TIME"}


def noun_phrase(token: Token, mention: Mention) -> tuple[int, int]:
    """The noun phrase a slot token heads, without its conjuncts ("the U.S." of "the U.S. and
    NATO"), a trailing possessive ("Moscow" of "Moscow's annexation") or a clause about it,
    however deep ("the home of a man [suspected of ...]", "al-Shabab, a group [seeking to ...]")."""
    if mention.via == "pronoun":
        # "X said it would ...": the phrase naming X, when it is in the same sentence
        if mention.refers is not None and token.doc[mention.refers[0]].sent == token.sent:
            start, end, head = mention.refers
            return noun_phrase(token.doc[head], replace(mention, start=start, end=end, head=head,
                                                        via="name", refers=None))
        return mention.start, mention.end
    start = min(token.left_edge.i, mention.start)
    end = max(token.i + 1, mention.end)
    name = _name_of(token)
    for child in token.rights:
        if name is not None and child.i < name.end and child.dep_ not in ("conj", "cc"):
            # "the Kenyan Society [for the Protection of Journalists]": one name, whole
            end = max(end, name.end)
            continue
        if child.dep_ in ("conj", "cc") or child.dep_ in CLAUSES:
            break  # "troops [that remain in Afghanistan]": a clause about it ends the phrase
        if any(not t.is_punct and t.i not in _under(token) for t in token.doc[end:child.left_edge.i]):
            # hung on it from across other words: "Serbia [eased emergency measures in
            # Montenegro], the scene of ethnic violence": no part of its phrase
            break
        if child.dep_ == "appos" and (_speaker(child) or child.lemma_.lower() in ACT_NOUNS):
            # "from Mali[, Armed Forces Minister Florence Parly] said": who says it, not a second
            # name; "an army camp in Kabul[, the seventh major attack] this month": the act
            break
        if child.dep_ == "prep" and child.lower_ == "by" and mention.start <= token.i < mention.end \
                and mention.kind in ("person", "agent"):
            break  # "the expulsion of a Czech diplomat [by Moscow]": who expelled him
        if child.dep_ == "prep" and any(g.ent_type_ in WHEN for g in child.children) \
                or child.dep_ == "npadvmod" or child.ent_type_ in WHEN:
            break  # "leader [on Friday]", "airstrikes [this month]"
        if child.dep_ == "prep" and child.lower_ in ("in", "at") and mention.kind == "person" \
                and mention.start <= token.i < mention.end and any(
                    g.ent_type_ in ("GPE", "LOC", "FAC") for g in child.children if g.dep_ == "pobj"):
            break  # "Donald Trump [in Washington]": where a person is, not who he is
        if child.dep_ == "prep" and _why(child):
            break  # "12,000 families in Marib [due to funding shortfalls]": a cause, not a name
        if child.dep_ == "prep" and child.lower_ in ("including", "like", "as") and not (
                child.left_edge.i <= mention.start <= child.right_edge.i):
            break  # "rebel groups[, including Ahrar al-Sham]": examples, not the actor's name
        if child.dep_ == "prep" and child.lower_ == "of" and token.dep_ == "dobj" \
                and token.head.lemma_.lower() in CHARGING_VERBS:
            break  # "accused the army [of mass killings]": what it is charged with, not who
        if child.dep_ == "prep" and mention.end <= token.i and (
                child.lower_ not in ("of", "in", "to") or _owner_before(token, mention)):
            break  # "Moscow's offer [of talks]": the owner names the actor, not what it offers
        cut = _clause_start(child, mention)
        holds_actor = token.i < mention.start and child.left_edge.i <= mention.start <= child.right_edge.i
        if holds_actor:
            # "accusations by the U.S. [of genocide]", the "of" hung on the actor's name (not
            # "by the government [of Ukraine]", which names it)
            after = [p.i for g in child.children if g.dep_ == "pobj" for p in g.children
                     if p.dep_ == "prep" and p.i >= mention.end and not any(
                         o.ent_type_ in NAMED_ENTITIES for o in p.children if o.dep_ == "pobj")]
            cut = min([c for c in (cut, *after) if c is not None], default=None)
        end = max(end, cut if cut is not None else child.right_edge.i + 1)
        if cut is not None or holds_actor:
            break  # "accusations by the U.S. [of genocide]": the phrase ends with its actor
    doc = token.doc
    while end - 1 > start and (doc[end - 1].is_punct and not _closes(doc, start, end)
                               or doc[end - 1].tag_ == "POS" or doc[end - 1].dep_ in ("cc", "case")
                               or doc[end - 1].tag_ in ("IN", "TO")):  # "the ambassador [to]" misparsed
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    if end < len(doc) and doc[end].text == ")" and _closes(doc, start, end + 1):
        end += 1  # the parser often hangs the closing bracket elsewhere
    return start, end


def _under(token: Token) -> set[int]:
    """The tokens of ``token``'s subtree."""
    return {t.i for t in token.subtree}


#: nouns of acts, which the parser may take for a second name of what they hit
ACT_NOUNS = {"attack", "strike", "airstrike", "bombing", "assault", "raid", "blast", "explosion",
             "incident", "shooting", "killing", "move", "step"}


def _speaker(appos: Token) -> bool:
    """Whether an apposition is the subject of a speech verb the parser left without one:
    "pulling soldiers out of Mali, [Armed Forces Minister Florence Parly] said on Tuesday"."""
    after = appos.right_edge.i + 1
    doc = appos.doc
    while after < len(doc) and doc[after].pos_ == "AUX":
        after += 1  # "the UN's refugee agency UNHCR [has] said"
    return after < len(doc) and doc[after].pos_ == "VERB" and doc[after].lemma_.lower() in SPEECH_VERBS \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[after].children)


#: prepositions of a cause or a circumstance, which the parser may hang on a noun
CAUSES = {"due", "because", "owing", "thanks", "despite", "amid", "amidst"}
#: and the nouns of "in view of", "in virtue of", "in response to"
CAUSE_NOUNS = {"virtue", "view", "light", "response", "retaliation", "protest", "defiance"}


def _why(prep: Token) -> bool:
    """Whether a preposition opens a cause or a circumstance ("due to", "because of",
    "amid", "in virtue of"), never part of what names an actor."""
    return prep.lower_ in CAUSES or prep.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lower_ in CAUSE_NOUNS for g in prep.children)


def _name_of(token: Token):
    """The name of an organisation, group or place ``token`` is part of, when it goes on
    after it; None for other words."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end - 1 and ent.label_ in ("ORG", "NORP", "GPE", "FAC", "LOC"):
            # not over a comma: "Hollande, Saeb Erekat" is two names the tagger ran together
            return None if any(t.text == "," for t in token.doc[token.i:ent.end]) else ent
    return None


#: entity types of the names of actors and places
NAMED_ENTITIES = {"GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"}
#: verbs whose object's "of" phrase is what it is charged with, often hung on the object
CHARGING_VERBS = {"accuse", "charge", "suspect", "convict", "acquit", "clear", "absolve"}


def _owner_before(token: Token, mention: Mention) -> bool:
    """Whether the actor is the possessor of the thing ``token`` names ("Moscow's offer"), so
    that none of the thing's complements name it."""
    head = token.doc[mention.head] if mention.head >= 0 else None
    return head is not None and head.dep_ == "poss" and head.head.i == token.i


#: dependents that say something about a noun in a clause of their own
CLAUSES = ("relcl", "acl", "advcl")


def _clause_start(child: Token, mention: Mention) -> int | None:
    """Where the first clause under ``child`` starts (a clause inside the actor's own name,
    "the group known as ...", is kept), or an act in apposition at any depth ("a base in
    Borno[, the fourth such raid this week]"), or None when it has neither."""
    starts = [t.left_edge.i for t in child.subtree if t is not child
              and (t.dep_ in CLAUSES or t.dep_ == "appos" and t.lemma_.lower() in ACT_NOUNS)
              and not mention.start <= t.i < mention.end]
    return min(starts) if starts else None


def _closes(doc, start: int, end: int) -> bool:
    """Whether the phrase ends in a bracket it opened: "the African National Congress (ANC)"."""
    inside = [t.text for t in doc[start:end - 1]]
    return doc[end - 1].text == ")" and inside.count("(") > inside.count(")")
