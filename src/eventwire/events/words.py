"""The words the record gives an actor (``actor.text`` and its offsets), from the phrase the
event rules found it in (``ActorRef.phrase``). The rules read the whole phrase; the record
names the actor:

- what an actor said, asked, did or was given, named before it, is no part of its words
  ("rejected accusations by the US": "the US");
- a phrase ends before a coordination whose other members are other events' actors
  ("thousands of Syrians[, Iraqis and Yemenis]"), and without a "both" that opens it;
- where the people or things hit are is part of their words, also when the parser hangs it
  on the verb ("arrested dozens of protesters [in Minsk]"), and so is a participle that names
  the actor or says where it is ("a militia [known as the Kaniyat]", "troops [stationed in
  eastern Syria]");
- a place given for a site hit is named by the site's words ("the bases of coalition forces in
  Marib province"), and a place by its name, not by what an apposition says of it ("Afrin[, a
  Kurdish-held town]").

Only the record's words change here, never what the rules decided (docs/contract.md, "Actor
`text`").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.mentions import Mention
from ..context.places import place_at
from .authors import AUTHORED_NOUNS
from .phrases import ACT_NOUNS, WHEN, noun_phrase
from .restricting import RESTRICTIONS
from .sites import LAND_NOUNS, SITE_NOUNS
from .slots import THING_NOUNS

#: things an actor does, gets or is concerned in, which name no actor themselves: an actor
#: named in their phrase after them is named by its own words ("a private dinner [for the
#: prime minister]", "peace building [in Colombia]", "the release [of two aid workers]")
DEED_NOUNS = {"release", "return", "access", "assistance", "aid", "support", "solution",
              "development", "extension", "expansion", "deployment", "delivery", "effort",
              "operation", "dinner", "reception", "visit", "trip", "meeting", "talk", "concern",
              "need", "control", "responsibility", "normalization", "normalisation", "ceasefire",
              "truce", "building", "type", "kind", "funding",
              "investigation", "probe", "inquiry", "violation", "abuse", "crime", "lunch",
              "luncheon", "banquet", "breakfast", "ceremony"}
#: words that open a coordination ("both X and Y"; not "not only", which says more; not
#: "both sides", which joins nothing)
JOINING = {"both", "either", "neither"}
#: all nouns of things, as against words for actors, their parts, their places and their kin
THINGS = AUTHORED_NOUNS | THING_NOUNS | ACT_NOUNS | DEED_NOUNS | RESTRICTIONS


def record_words(doc: Doc, phrase: tuple[int, int], mention: Mention,
                 others: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The token span [start, end) the record gives an actor found in ``phrase``: the actor's
    own noun phrase when the phrase is headed by a thing the actor said, asked or did and
    names the actor after it ("rejected accusations by the US": "the US"), the phrase
    otherwise; either without the coordination that follows both its head and its actor
    ("diplomats from Poland[, Germany and Sweden]", "an arms depot of the army[ or its allied
    forces]"), when what it joins is another event's actor (the tokens of the other actors'
    heads: ``others``), or a "both" or "either" that opens it ("[both] India and Pakistan");
    with the places, naming participles and sites of ``_where_it_is``, ``_naming_participle``
    and ``_site_it_lies_in``, and a place without its apposition (``_place_described``)."""
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
    end = _place_described(doc, head, last, end)
    for t in doc[last + 1:end]:
        if t.dep_ in ("cc", "conj") and start <= t.head.i < end and not _one_name(t.head, t) \
                and any(j.i in others for j in (t.subtree if t.dep_ == "conj" else t.head.conjuncts)):
            end = t.i if t.dep_ == "cc" else t.left_edge.i
            break
    while end - 1 > start and (doc[end - 1].is_punct and doc[end - 1].text != ")"
                               or doc[end - 1].dep_ in ("cc", "preconj")):
        end -= 1  # the comma before "and Sweden"
    end = _where_it_is(doc, start, end, mention)
    start = _site_it_lies_in(doc, start, end, mention)
    end = _naming_participle(doc, start, end)
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


#: prepositions of where people or things are ("militants [in Kunduz province]", "fighters
#: [across the border]"; not "at" or "on", more often where the act is: "clashed with police
#: [on the streets]")
WHERE = {"in", "near", "across", "inside", "outside"}
#: prepositions of a verb's or an act's object ("surrendered [to] the police", "strikes
#: [against] the group"; not "with", whose partner meets or talks where it is)
OBJECT_PREPS = {"against", "on", "to"}


def _where_it_is(doc: Doc, start: int, end: int, mention: Mention) -> int:
    """The end of an object's phrase with the places the parser hung on its verb (or on the
    act noun it is the object of) right after it, which say which of them the act hit
    ("arrested dozens of protesters [in Cairo]", "attacked a police post [in eastern
    Afghanistan]", "militants [across the border] [in Iraq]"); not for a named person (where he
    is is not who he is: "met Putin [in Moscow]"), a country, or a place with a date."""
    if mention.kind in ("person", "country") or mention.via == "pronoun":
        return end
    head = _head(doc, start, end)
    if head.ent_type_ == "PERSON" or head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", "NORP"):
        return end  # a person's name: "visited King Bhumibol [in Thailand]" is where he was
    holder = head.head if head.dep_ == "dobj" else head.head.head if head.dep_ == "pobj" and \
        head.head.lower_ in OBJECT_PREPS else None
    if holder is None or holder.pos_ not in ("VERB", "NOUN"):
        return end
    actors = doc._.actors
    while end < len(doc):
        prep = doc[end]
        place = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if prep.head.i != holder.i or prep.dep_ != "prep" or prep.lower_ not in WHERE \
                or place is None or any(t.ent_type_ in WHEN for t in prep.subtree):
            return end
        if not (place.ent_type_ in ("GPE", "LOC", "FAC") or place.lemma_.lower() in LAND_NOUNS | SITE_NOUNS
                or actors is not None and place_at(place, actors) is not None):
            return end
        for t in doc[end:prep.right_edge.i + 1]:
            if t.dep_ in ("relcl", "acl", "advcl", "appos") or t.text in (",", ";", "("):
                return end if t.i <= place.i else t.i  # a clause about the place ends it
        end = prep.right_edge.i + 1
    return end


#: participles that name what their noun is called ("the group [known as the White Helmets]")
NAMING = {"know", "call", "name", "dub", "nickname"}
#: and that say where it is, as an "in" phrase would ("British troops [based in Basra]")
PLACING = {"base", "station", "deploy", "locate", "position", "post", "garrison", "headquarter"}


def _naming_participle(doc: Doc, start: int, end: int) -> int:
    """The end of a phrase with the participle right after it that names it or says where it
    is: no clause about the actor but its name or its place ("the Syrian humanitarian group
    [known as the White Helmets]", "Kurdish fighters [stationed in northern Iraq]"); up to a
    comma or a clause of its own."""
    if end >= len(doc):
        return end
    verb = doc[end]
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not start <= verb.head.i < end:
        return end
    lemma = verb.lemma_.lower()
    if any(t.ent_type_ in WHEN for t in verb.subtree) or any(c.dep_ == "dobj" for c in verb.children):
        return end  # "Trump [called] Erdogan on Wednesday": a verb the tagger took for one
    if not (lemma in NAMING and any(c.dep_ in ("prep", "oprd", "attr") for c in verb.children)
            or lemma in PLACING and any(c.dep_ == "prep" and c.lower_ in WHERE for c in verb.children)):
        return end
    for t in doc[verb.i + 1:verb.right_edge.i + 1]:
        if t.dep_ in ("relcl", "acl", "advcl") or t.text in (",", ";", "("):
            return t.i
    return verb.right_edge.i + 1


def _site_it_lies_in(doc: Doc, start: int, end: int, mention: Mention) -> int:
    """The start of a place's phrase with the site it is given for: a site hit is the country
    it lies in, named by the site's words ("shelled all the bases of the army in Hama
    province", as "a weapons depot in the Gaza Strip"), the object the place is under, also
    through its "of" phrases."""
    if mention.kind != "country" or mention.sectors:
        return start
    head = _head(doc, start, end)
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in WHERE or prep.head.i >= start:
        return start
    site = prep.head
    while site.dep_ == "pobj" and site.head.lower_ == "of" and site.head.head.pos_ == "NOUN":
        site = site.head.head  # "the bases [of government forces] in Hama province"
    # ("bases" has the lemma "basis")
    names = {site.lemma_.lower(), site.lower_, site.lower_[:-1] if site.lower_.endswith("s") else site.lower_}
    if site.dep_ not in ("dobj", "pobj") or site.pos_ != "NOUN" or not names & SITE_NOUNS \
            or names & THINGS:  # "support peace building [in Colombia]": no site
        return start
    return site.left_edge.i


def _place_described(doc: Doc, head: Token, last: int, end: int) -> int:
    """The end of a place's phrase before what an apposition says of it ("Haifa[, the third
    largest city]", "the Maradi region[, some 7,660 square kilometres]"): a place is named by
    its name; a person or a group keeps its apposition, which often says who it is."""
    if head.ent_type_ not in ("GPE", "LOC") and head.lemma_.lower() not in LAND_NOUNS:
        return end
    for t in doc[last + 1:end]:
        if t.dep_ == "appos" and t.head.i == head.i and "(" not in (
                t.left_edge.text, doc[t.left_edge.i - 1].text):  # "(DRC)" is its name too
            return t.left_edge.i
    return end
