"""Peoples: a people without a state, a people of a country, persons counted or described.

CAMEO codes a people by the state it lives in: "Kurdish fighters ... in Syria" are SYR, "the
Albanians of southern Serbia" SRB; a people counted or described as persons are the country's
civilians ("thousands of Iraqi Kurds": IRQCVL), bare ("the Palestinians") the country; a
settlement is settlers only when it is no agreement reached. Used by the actor component
(:mod:`eventwire.actors.resolve`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .kb import Entry, compose_code
from .mentions import Mention


def people_of_country(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention:
    """A people named "of" a country is coded as that country, as CAMEO codes a minority:
    "the Albanians of southern Serbia", "Serbs of Bosnia"."""
    head = doc[m.head]
    if m.kind != "country" or m.entity is not None or head.tag_ not in ("NNPS", "NNS"):
        return m  # a demonym that names people, not a country's name
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            place = next((x for x in mentions if x.start <= obj.i < x.end and x.country
                          and x.kind in ("country", "place")), None)
            if obj.dep_ == "pobj" and place is not None and place.country != m.country:
                return replace(m, code=compose_code(place.country, None, m.sectors),
                               country=place.country)
    return m


#: nouns that count people, by lemma: "thousands of Kurds", "a crowd of Palestinians"
COUNT_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "ten", "score", "number",
                         "crowd", "group"})
#: words that describe or count a plural people as persons: "young Algerians", "many Iraqis"
_PERSONS = {"young", "ordinary", "many", "some", "several", "few", "elderly", "unemployed"}
#: determiners of one person: "an Australian", "another Briton"
_ONE = {"a", "an", "another"}


def a_crowd(head: Token) -> bool:
    """Whether a demonym or people names persons counted or described ("thousands of Iraqi
    Kurds", "800,000 Afghans", "young Algerians") or one person ("an Australian", "a Briton"),
    not the nation ("the Palestinians", "the British")."""
    if head.tag_ in ("NN", "NNP") and head.ent_type_ in ("NORP", "PERSON", "") and any(
            c.dep_ == "det" and c.lower_ in _ONE for c in head.children):
        return True
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ == "nummod" or c.lower_ in _PERSONS for c in head.children):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in COUNT_NOUNS


def people_of(doc: Doc, start: int, parts: list[tuple[Span, Entry]]) -> tuple[str, ...] | None:
    """The countries a mention of a people may mean: those of a people without a state
    ("Kurdish fighters"), or, for "ethnic Albanians", any country, its own last (empty
    tuple); None for a mention whose country is certain ("Iraqi Kurds")."""
    placed = next((e for _, e in parts if e.country and e.kind != "agent"), None)
    if placed is None or placed.kind != "demonym":
        return None
    if placed.countries:
        return placed.countries
    if start > 0 and doc[start - 1].lower_ == "ethnic":
        return ()
    return None


def where_people_live(doc: Doc, m: Mention, choices: tuple[str, ...], mentions: list[Mention],
                       peoples: dict[int, tuple[str, ...]]) -> Mention:
    """A people coded as the country it lives in that the text names: first in the same
    sentence, then in the article ("Kurdish forces ... in Syria": SYR; "ethnic Albanians
    demonstrated in Serbia": SRB); else the people's first country, or an ethnic group's own."""
    sentence = doc[m.start].sent
    named = [x.country for x in mentions if x.country and x.start not in peoples
             and sentence.start <= x.start < sentence.end]
    named += [x.country for x in mentions if x.country and x.start not in peoples]
    country = next((c for c in named if c in choices or not choices and c != m.country), None)
    if country is None or country == m.country:
        return m
    return replace(m, code=compose_code(country, None, m.sectors), country=country)


#: what makes a settlement an agreement, not settlers: "a peaceful settlement", "the settlement
#: [of] the crisis"
SETTLED = {"peace", "peaceful", "political", "negotiated", "final", "comprehensive",
           "diplomatic", "lasting", "durable"}


def a_settlement_reached(span: Span) -> bool:
    """Whether "settlement" names an agreement ("a peaceful settlement in Syria", "the
    settlement of the Ukrainian crisis"), not people settled ("the Amona settlement")."""
    word = span[-1]
    return len(span) == 1 and word.lemma_.lower() == "settlement" and any(
        (c.dep_ in ("amod", "compound") and c.lemma_.lower() in SETTLED)
        or (c.dep_ == "prep" and c.lower_ == "of") for c in word.children)
