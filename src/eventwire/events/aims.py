"""Whom an act is aimed at when no slot of its pattern names a known actor: an actor aimed at
deeper under the predicate's object ("agreed to lift embargoes on sales to Iran"), a known
actor named inside the object ("killed 30 people in northern Nigeria"), whom a hope or fear is
about (:func:`deeper_target`). Used by the event matcher (events/extract.py) after
:func:`~.slots.fill`.

When the event still has no target, its kind may say where to look (:func:`aimed_by_kind`):
force or its show, and a ceasefire, at the country where it happens ("remained on alert in the
West Bank": PSE); a threat at whom its "if"/"unless" clause names, else a threat of force
(or an unspecified one) at the foreign country where it would be carried out; a protest at
whom its purpose or grievance names ("a hunger strike to protest President Assad's failure":
SYRGOV); a claim of responsibility at whom the act claimed hit; an investigation at the doer
of what it looks into ("an inquiry into abuses committed by Russian troops": RUSMIL,
:func:`investigated`); a strike called off at whom the talks it follows were with
(:func:`settled_with`); an appeal at the subject of a "for" clause (:func:`asked_in_clause`);
help at whom its purpose clause helps (events/helping.py). The forces an act sends or gives
("offered to send troops") are its means, never its target (:func:`moved_forces`).

A demand for an act a noun names is made of that act's doer ("an apology by Moscow":
:func:`asked_of`); two actors that are one country, a city and its country, are no dyad
(:func:`same_actor`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.homes import STATE_SECTORS
from ..actors.kb import ARMED_SECTORS
from ..actors.mentions import ActorIndex, Mention
from ..context.places import place_at
from .claims import CLAIM_CODE
from .ontology import INVESTIGATE_ROOT, PROTEST_ROOT, VIOLENCE_ROOTS
from .patterns import Pattern
from .helping import CONSIDER, HELPING_ROOTS, helped, in_kind_of_help
from .prepositions import as_preposition, objects_of, reads_as
from .restricting import restricted_inside
from .phrases import noun_phrase
from .slots import (DEMAND_NOUNS, INSIDE_PREPS, PLACE_PREPS, QUANTITY_NOUNS, SITE_NOUNS, ActorRef,
                    actors_in, as_place, asks, in_a_sum, object_of, prep_objects,
                    talks_about)
from .wording import worded_tokens

#: prepositions that, deeper under a predicate's object, name whom an act is aimed at
#: ("lift curbs on exports [to Belarus]", "a mediation effort [between] the two factions";
#: "provide aid for refugees [in Syria]" is a place: not)
AIMED_PREPS = {"to", "against", "with", "toward", "towards", "on", "from", "into", "between"}
#: and under the words of a frame ("reneged on its pledge [to] the African Union"); not "from":
#: "refused aid [from] Turkey" names a giver, no one a refusal is aimed at. A refusal
#: "despite" pressure or calls is aimed at whoever makes them ("declined to resign despite
#: pressure by Congress")
FRAME_AIMED_PREPS = frozenset(AIMED_PREPS - {"from"} | {"despite"})


def deeper_target(token: Token, actors: ActorIndex, sources: list[ActorRef],
                  preps: frozenset[str] | set[str] = AIMED_PREPS) -> list[ActorRef]:
    """When no slot names a target, the first actor aimed at through a preposition under the
    predicate's object ("agreed to lift curbs on fertiliser exports to Belarus and Cuba"),
    searched breadth first, at most three steps down (also through a participle: "sanctions
    imposed on Sudan"); else a known actor named inside the object (:func:`named_in_object`);
    never the source itself. ``preps`` are the prepositions that may name it."""
    own = {ref.mention.code for ref in sources}
    if talks_about(token):
        return []  # "discussed a liberation of Idlib": a topic names no one talked with
    frontier = [c for c in token.children if c.dep_ in ("dobj", "prep", "dative", "xcomp")]
    for _ in range(3):
        following = []
        for t in frontier:
            if as_preposition(t) and reads_as(t, preps):
                for pobj in objects_of(t):
                    found = [ref for ref in actors_in(pobj, actors) if ref.mention.code not in own]
                    if found:
                        return found
                found = restricted_inside(t, actors, own)
                if found:
                    return found
            if in_kind_of_help(t):  # "$5 million in aid [to X]": no step of its own
                following.extend(c for g in t.children for c in g.children if c.dep_ == "prep")
                continue
            if as_preposition(t) and t.lower_ not in AIMED_PREPS | {"of", "about", "over", "for"}:
                continue  # not through "according to", "in", "after": where, when, by whose word
            following.extend(c for c in t.children if c.dep_ in ("prep", "pobj", "dobj", "xcomp")
                             or c.dep_ == "acl" and c.tag_ == "VBN"  # "the ban [imposed] on X"
                             or _what_it_is_for(c))  # "an invitation [to meet] with X"
        frontier = following
    return named_in_object(token, actors, own)


#: nouns of an act proposed, whose infinitive says what act ("an invitation [to meet] with
#: Modi"); not a right or an ability ("the right of Russian troops [to fire] on militants"
#: is no act aimed at the militants)
PROPOSALS = {"invitation", "offer", "proposal", "plan", "deal", "bid", "request", "initiative",
             "scheme", "program", "programme", "agreement", "accord"}


def _what_it_is_for(clause: Token) -> bool:
    """Whether a clause is the infinitive saying what act a proposal is: "an invitation [to
    meet] with Modi", "a plan [to send] troops to Mali"."""
    return clause.dep_ == "acl" and clause.tag_ == "VB" \
        and clause.head.lemma_.lower() in PROPOSALS \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


def named_in_object(token: Token, actors: ActorIndex, own: set[str]) -> list[ActorRef]:
    """The first known actor named inside a predicate's object, or inside whom it is given to
    ("aid to 100,000 people in Bosnia"), when that names no actor itself; with that phrase. It is
    found in the phrase's modifiers or at most three "of"/"in"/"near"/"for"/"against"/"at" phrases
    down ("opposed motions in the Council of Europe", "killed 81 people in Nigeria"); never
    through a topic ("concern about ..."), a clause, or to the source itself."""
    obj = object_of(token) if token.pos_ not in ("NOUN", "PROPN") else next(
        iter(prep_objects(token, "of", actors)), None)
    given_to = [g for holder in (token, obj) if holder is not None for c in holder.children
                if as_preposition(c) and c.lower_ in ("to", "for") for g in objects_of(c)]
    for phrase in ([obj] if obj is not None else []) + given_to:
        if phrase.pos_ not in ("NOUN", "PROPN") or actors_in(phrase, actors):
            continue
        found = _known_inside(phrase, actors, own)
        if found:
            return found
    return whom_an_attitude_is_about(token, actors, own)


def asked_of(chain: list[Token], actors: ActorIndex) -> list[ActorRef]:
    """Whom a demand or appeal for an act named by a noun is made of: the known actor of the
    noun's "by" phrase ("demanded an admission [by Moscow] that ...", "to demand reforms [by
    the government]"), the doer of what is asked; [] when no noun of the chain names one."""
    for noun in chain:
        if noun.pos_ != "NOUN":
            continue
        for g in (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"):
            found = [ref for ref in actors_in(g, actors) if ref.known]
            if found:
                return found
    return []


def same_actor(source: ActorRef, target: ActorRef) -> bool:
    """Whether an event's two actors are one: the same code and entity, or two places of one
    country named as actors, a city or region and its country ("Guangzhou has deepened its
    ties with China": both CHN), which is a country acting at home, not on another."""
    s, t = source.mention, target.mention
    if s.kind == t.kind == "person" and s.entity and s.entity == t.entity:
        return True  # one person, whatever roles the two mentions were dated to
    named = t.refers[2] if t.via == "pronoun" and t.refers is not None else t.head
    if named >= 0 and source.phrase[0] <= named < source.phrase[1] \
            and target.phrase != source.phrase and named != s.head:
        # the words naming the source name the target too: "The French Foreign Minister, Jean-Yves
        # Le Drian, expressed doubts about [his] mission" (the title and the name
        # being two mentions); not the countries of one phrase split on purpose ("Russian and
        # Iranian diplomats held talks")
        return True
    if s.code != t.code:
        return False
    if s.entity == t.entity:
        return True
    # two named places; not a country and what its adjective names ("Saudi ports")
    return s.kind == t.kind == "country" and bool(s.entity and t.entity) \
        and not s.sectors and not t.sectors


#: hopes, fears and doubts: said about whoever does what their "that" clause says
ATTITUDES = {"hope", "concern", "fear", "optimism", "pessimism", "confidence", "doubt",
             "surprise", "skepticism", "scepticism", "worry", "regret", "satisfaction",
             "expectation", "optimistic", "pessimistic", "skeptical", "sceptical", "confident",
             "hopeful", "concerned", "worried", "doubtful", "surprised"}


def whom_an_attitude_is_about(token: Token, actors: ActorIndex, own: set[str]) -> list[ActorRef]:
    """The subject of the clause a hope, fear or doubt is about ("expressed pessimism that the
    Defense Department could ...", "is skeptical that Congress will ..."), or a demand is made
    of ("reiterated its demand that Israel ease ..."), when it is a known actor other than the
    source."""
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "acomp")]
    for holder in holders:
        demand = holder.lemma_.lower() in DEMAND_NOUNS and holder is not token
        if holder.lemma_.lower() not in ATTITUDES and not demand:
            continue
        # the parser hangs "that ..." on the noun or on the verb ("expressed surprise [that ...]")
        clauses = [c for h in dict.fromkeys((holder, token)) for c in h.children
                   if c.dep_ in ("acl", "ccomp") and (asks(c) or not demand)]
        for clause in clauses:
            for subject in (g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")):
                found = [ref for ref in actors_in(subject, actors)
                         if ref.known and ref.mention.code not in own]
                if found:
                    return found
    return []


def _known_inside(phrase: Token, actors: ActorIndex, own: set[str]) -> list[ActorRef]:
    """The search of :func:`named_in_object` under one phrase. An actor found where a thing is
    ("reform of the constitution [in Myanmar]") is named by the place's own phrase; one found
    where counted people are ("81 people in Nigeria") by the whole phrase."""
    counted = any(c.dep_ == "nummod" for c in phrase.children) or phrase.pos_ == "NUM" \
        or phrase.lemma_.lower() in QUANTITY_NOUNS
    frontier: list[tuple[Token, Token | None]] = [(phrase, None)]  # (token, where it is)
    for _ in range(4):
        following = []
        for t, place in frontier:
            if place is not None and phrase.lemma_.lower() in SITE_NOUNS:
                continue  # where a site lies is for country_of_site to say ("roads in Bangkok")
            for near in [t, *(c for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod"))]:
                m = actors.of(near)
                if m is None or not m.known or m.code in own \
                        or in_a_sum(phrase.doc, m, noun_phrase(phrase, m)):
                    continue
                if place is None:
                    return [ActorRef(m, noun_phrase(phrase, m))]
                return [as_place(ActorRef(m, noun_phrase(phrase if counted else place, m)))]
            following.extend((g, place if place is not None else g if c.lower_ in PLACE_PREPS else None)
                             for c in t.children if c.dep_ == "prep" and c.lower_ in INSIDE_PREPS
                             for g in c.children if g.dep_ == "pobj")
        frontier = following
    return []


#: CAMEO roots of force and its show: an attack, a shelling, troops on alert or moved in, with
#: no one named as hit, is aimed at the country where it happens ("remained on alert in the
#: West Bank": PSE; "shelled Juba": the site)
PLACE_AIMED_ROOTS = {"15", "18", "19", "20"}
#: and a ceasefire declared or agreed where the fighting is ("agreed to a ceasefire in Yemen"),
#: a curfew or a state of emergency imposed or lifted where people live under it ("imposed a
#: curfew in parts of Punjab": IND), as CAMEO and ICEWS code them, and property destroyed where
#: it stands, as a site struck is ("blew up a section of railway in Shenyang": CHN)
PLACE_AIMED_CODES = {"0871", "0356", "1723", "1724", "0813", "0814", "1712"}
#: prepositions of where an act happens (not "across", "throughout": a region, not a target)
WHERE_PREPS = {"in", "at", "near", "inside", "outside"}
#: and of where a thing hit leads or goes
COURSE_PREPS = {"into", "to", "toward", "towards", "through"}


def place_target(tokens: list[Token], actors: ActorIndex) -> ActorRef | None:
    """The country where a force or posture act happens, as its target: the first "in", "at",
    "near" phrase on the predicate, its object or a phrase on it ("on alert [in Gondar]") that
    names a place of known country, itself or through its "of" phrase ("in parts of Punjab";
    "troops remained on alert in Paris": FRA, named by "Paris"); None when there is none. A
    capital is its country here, not its government."""
    objects = [c for t in tokens for c in t.children if c.dep_ == "dobj"]
    holders = list(tokens) + objects
    holders += [g for t in tokens for c in t.children if c.dep_ == "prep" and c.lower_ not in WHERE_PREPS
                for g in c.children if g.dep_ == "pobj"]
    # and where what is hit leads or lies, as a participle on it says ("blew up power lines
    # [leading into Kabul]", "a convoy [heading to Kandahar]")
    courses = [c for o in objects for c in o.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]
    for holder in holders + courses:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in (
                    WHERE_PREPS | COURSE_PREPS if holder in courses else WHERE_PREPS):
                continue
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                named = [pobj] + ([g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for g in c.children if g.dep_ == "pobj"]
                                  if pobj.lemma_.lower() in QUANTITY_NOUNS | SITE_NOUNS else [])
                # and the place's name beside what it is: "in the capital [Kabul]"
                named += [c for c in pobj.children if c.dep_ == "appos"]
                for where in named:
                    found = _place_named(where, pobj, actors)
                    if found is not None:
                        return found
                found = _territory_of(pobj, actors)
                if found is not None:
                    return found
    return None


#: a country's own ground, sea or air: "in Syrian territory", "in Japanese waters"
TERRITORY_NOUNS = {"territory", "territories", "soil", "waters", "airspace"}


def _territory_of(pobj: Token, actors: ActorIndex) -> ActorRef | None:
    """The country whose territory, waters or airspace a phrase names by its adjective ("on
    alert in Syrian territory": SYR), as a place; None for any other phrase."""
    if pobj.lemma_.lower() not in TERRITORY_NOUNS:
        return None
    for adjective in (c for c in pobj.children if c.dep_ in ("amod", "compound")):
        m = actors.of(adjective)
        if m is not None and m.known and m.kind in ("country", "demonym") and not m.sectors:
            return as_place(ActorRef(replace(m, via="place"), noun_phrase(pobj, m)))
    return None


def _place_named(where: Token, pobj: Token, actors: ActorIndex) -> ActorRef | None:
    """The country of the place ``where`` names, as a target named by the phrase ``pobj``
    heads up to it; None when it is no place of known country."""
    place = place_at(where, actors)
    if place is None or not place.country:
        return None
    start, end = min(pobj.left_edge.i, pobj.i), where.i + 1
    # named by the place's words up to its head: not "[Hodeidah], a major flashpoint"
    m = actors.of(where)
    if m is not None and m.known and m.kind in ("country", "metonym") and m.country == place.country:
        return as_place(ActorRef(replace(m, via="place"), (min(start, m.start), max(end, m.end))))
    mention = Mention(start=start, end=end, code=place.country, country=place.country,
                      sectors=(), entity=None, kind="country", via="place", head=where.i)
    return ActorRef(mention, (start, end))


#: roots of acts that move or give forces: intents to help (03), cooperation (06), aid (07),
#: yielding (08: withdrawing them), posture (15: deploying them)
MOVING_ROOTS = {"03", "06", "07", "08", "15"}


def moved_forces(target: ActorRef | None, token: Token, pattern: Pattern) -> bool:
    """Whether a target is the forces an act moves, named by PETRARCH's words for it ("send
    troops*", "supply aircraft*") and of no country of their own: the means, not whom it is
    aimed at (unlike "trained 60 fighters", our own pattern, whose object gets the training)."""
    if target is None or not pattern.imported or target.known or not target.mention.sectors \
            or not set(target.mention.sectors) <= ARMED_SECTORS:
        return False
    return target.mention.head in worded_tokens(token, pattern)


#: participles that name what a strike was aimed at: "carried out a raid, [targeting] X"
TARGETING = {"target", "hit", "strike", "aim"}


def targeted(tokens: list[Token], actors: ActorIndex, sources: list[ActorRef]) -> ActorRef | None:
    """Whom a participle on a force act says it was aimed at: "Turkish jets carried out a
    raid on Sunday, targeting Kurdish militants in northern Iraq" (the militants), "strikes
    aimed at Hamas"; a known actor named in its object, never the source."""
    own = {ref.mention.code for ref in sources}
    for holder in tokens:
        for child in holder.children:
            if child.dep_ not in ("advcl", "xcomp", "acl", "conj") or child.lemma_.lower() not in TARGETING \
                    or child.tag_ not in ("VBG", "VBN"):
                continue
            whom = child if child.tag_ == "VBG" else next(
                (p for p in child.children if p.dep_ == "prep" and p.lower_ == "at"), None)
            if whom is None:
                continue
            objects = [c for c in whom.children if c.dep_ in ("dobj", "pobj")]
            for obj in objects:
                found = [ref for ref in actors_in(obj, actors) if ref.known and ref.mention.code not in own]
                found = found or _known_inside(obj, actors, own)
                if found:
                    return found[0]
    return None


#: CAMEO roots of threats: the one threatened is who must act, or not, to avert it
THREAT_ROOT = "13"
#: CAMEO's threats of force (138x): like force itself, aimed where it would be used; and a
#: threat it does not specify ("threatened to renew suicide operations in Israel")
FORCE_THREAT = "138"
UNSPECIFIED_THREAT = "130"
#: words that open the condition of a threat ("... unless Israel rescinds", "if NATO deploys")
CONDITIONS = {"if", "unless"}


def threatened(tokens: list[Token], actors: ActorIndex, sources: list[ActorRef]) -> ActorRef | None:
    """Whom a threat with no one named as its object is aimed at: the known actor whose act its
    condition names ("threatened to call a general strike unless Serbia withdrew the new
    law": SRB; "threatened to close the strait if the United States imposed sanctions":
    USA), else a state body of no named country it names ("unless the president steps down"),
    never the one who threatens."""
    own = {ref.mention.code for ref in sources}
    unplaced = None
    holders = list(tokens) + [c for t in tokens for c in t.children if c.dep_ in ("xcomp", "ccomp")]
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ != "advcl" or not any(
                    c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children):
                continue
            for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                found = actors_in(subject, actors)
                known = [ref for ref in found if ref.known and ref.mention.code not in own]
                if known:
                    return known[0]
                unplaced = unplaced or next((ref for ref in found if set(ref.mention.sectors)
                                             & STATE_SECTORS and ref.mention.code not in own), None)
    # else a state body of no named country ("unless the president steps down"): the event
    # matcher places it where the threat is made, as it does its other actors
    return unplaced


def threatened_place(tokens: list[Token], actors: ActorIndex,
                     sources: list[ActorRef]) -> ActorRef | None:
    """The country where a threatened act would happen, when it is not the threatener's own
    ("Hamas threatened to resume attacks in Israel": ISR): whom a threat of force in a foreign
    country is aimed at; None for one at home."""
    acts = list(tokens) + [c for t in tokens for c in t.children if c.dep_ == "xcomp"]
    where = place_target(acts, actors)
    home = {ref.mention.country for ref in sources} | {ref.mention.code[:3] for ref in sources}
    if where is None or where.mention.country in home or not all(ref.known for ref in sources):
        # of a doer the text places nowhere, the place may well be its home: no target
        return None
    return where


#: prepositions that give what a protest is against or about ("a strike over a bill signed by
#: the minister", "a rally against ...", "demands for reform from the government", "their anger
#: at the sanctions")
GRIEVANCE_PREPS = {"against", "over", "for", "from", "of", "on", "to", "by", "at"}


def grievance_target(tokens: list[Token], actors: ActorIndex, sources: list[ActorRef]) -> ActorRef | None:
    """Whom a protest with no one named as its object is aimed at: the first known actor named
    by what it is against or for, through its purpose ("started a hunger strike to protest
    President Assad's failure": SYRGOV; "a strike over a bill signed by the labour minister"),
    at most three phrases down; never through where it is ("a rally in Lagos"), nor the
    protesters' own side, nor a pronoun (their own: "to show their anger at ..."). (events/protests.py then prefers what the protest's own words say
    it is against, "against X", "in defiance of X", over this.)"""
    own = {ref.mention.code for ref in sources}
    own_countries = {ref.mention.country for ref in sources if ref.mention.country}
    frontier = [c for t in tokens for c in t.children
                if c.dep_ in ("advcl", "xcomp", "dobj") or c.dep_ == "prep" and (
                    c.lower_ in GRIEVANCE_PREPS or _in_protest(c))]
    for _ in range(6):  # a preposition and its object are two steps
        following = []
        for t in frontier:
            if t.dep_ in ("dobj", "pobj"):
                # not a pronoun: "to show [their] anger at ..." is the protesters' own
                found = [ref for ref in actors_in(t, actors) if ref.known
                         and ref.mention.code not in own and ref.mention.via != "pronoun" and not (
                             ref.mention.country in own_countries and not ref.mention.sectors)]
                if found:
                    return found[0]
            following.extend(c for c in t.children if c.dep_ in ("advcl", "xcomp", "dobj", "pobj", "acl")
                             or c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS)
        frontier = following
    return None


#: what "in" a protest is done: "in protest against", "in defiance of", "in response to"
#: (events/protests.py reads the same phrases)
IN_PROTEST = frozenset({"protest", "defiance", "response", "opposition", "retaliation"})


def _in_protest(prep: Token) -> bool:
    """Whether a preposition says what a protest is against: "[in] protest against ..."."""
    return prep.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in IN_PROTEST
                                       for g in prep.children)


#: what one claims: the act whose target a claim (claims.CLAIM_CODE) is aimed at
CLAIMED = {"responsibility", "credit"}
#: prepositions of an act noun that name whom it hit ("an attack [on] a Kenyan army base")
HIT_PREPS = {"on", "against", "at"}


def claimed_target(tokens: list[Token], actors: ActorIndex,
                   sources: list[ActorRef]) -> ActorRef | None:
    """Whom a claim of responsibility is aimed at: whom the act claimed hit, named by its "on",
    "against" or "at" phrase ("claimed responsibility for a suicide attack on a Kenyan army
    base") or the object of a clause on it ("the bombings that killed ..."), else the country
    where it happened ("for several attacks in Kandahar": AFG); of a series or wave of acts,
    of those acts; never the claimant."""
    own = {ref.mention.code for ref in sources}
    homes = {ref.mention.country for ref in sources if ref.mention.country}
    holders = list(tokens) + [c for t in tokens for c in t.children
                              if c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED]
    acts = [a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj" for a in (g, *g.conjuncts)]
    # the acts a series or wave is of ("for a wave [of attacks] on police stations")
    acts += [a for act in acts if act.lemma_.lower() in SERIES for c in act.children
             if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
             for a in (g, *g.conjuncts)]
    for act in acts:
        # and the clause saying what it did: "the bombings [that killed 20 people in Mogadishu]"
        done = [c for c in act.children if c.dep_ == "relcl"]
        hit = [g for c in act.children if c.dep_ == "prep" and c.lower_ in HIT_PREPS
               for g in c.children if g.dep_ == "pobj"]
        for pobj in hit + [o for d in done for o in d.children if o.dep_ == "dobj"]:
            found = [ref for ref in actors_in(pobj, actors)
                     if ref.known and ref.mention.code not in own]
            if found:
                return found[0]
        for where in (place_target([act], actors), *(place_target([d], actors) for d in done)):
            if where is not None and where.mention.country not in homes | own:
                return where
    return None


#: nouns of a number of acts, whose "of" phrase names them ("a wave of attacks")
SERIES = {"series", "wave", "string", "spate", "spree", "campaign", "act", "number", "rash"}


#: phrases that hold what is investigated ("an inquiry [into] killings", "a probe [of] abuses")
INQUIRY_PREPS = {"into", "of", "on", "over", "about"}


def investigated(tokens: list[Token], actors: ActorIndex,
                 sources: list[ActorRef]) -> ActorRef | None:
    """Whom an investigation with no one named as its object is aimed at: the doer of the
    wrongdoing it looks into, the "by" phrase of that act or of a participle on it ("an
    inquiry into alleged abuses committed by Ethiopian troops": the troops), at most three
    phrases down; never the investigator."""
    own = {ref.mention.code for ref in sources}
    frontier = [c for t in tokens for c in t.children
                if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in INQUIRY_PREPS]
    for _ in range(6):
        following = []
        for t in frontier:
            if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by"):
                for pobj in (g for g in t.children if g.dep_ == "pobj"):
                    found = [ref for ref in actors_in(pobj, actors)
                             if ref.known and ref.mention.code not in own]
                    if found:
                        return found[0]
                continue
            following.extend(c for c in t.children if c.dep_ in ("pobj", "agent")
                             or c.dep_ == "acl" and c.tag_ == "VBN"
                             or c.dep_ == "prep" and c.lower_ in INQUIRY_PREPS | {"by"})
        frontier = following
    return None


#: CAMEO's easing of dissent: a strike or protest called off
EASE_DISSENT = "082"
#: talks and deals: what a strike called off may follow, with whom it was against
SETTLEMENTS = {"agreement", "deal", "talk", "talks", "deliberation", "deliberations", "negotiation",
               "negotiations", "consultation", "consultations", "meeting", "accord",
               "understanding", "dialogue"}
#: prepositions of what an act follows or rests on
AFTER_PREPS = {"after", "following", "under"}


def settled_with(tokens: list[Token], actors: ActorIndex,
                 sources: list[ActorRef]) -> ActorRef | None:
    """Whom a strike or protest called off with no one named is aimed at: the one the talks
    or the deal it follows were with ("called off the strike after an agreement with the
    government"), never the strikers' own side."""
    own = {ref.mention.code for ref in sources}
    holders = list(tokens) + [c for t in tokens for c in t.children if c.dep_ == "dobj"]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in AFTER_PREPS):
            for noun in (g for g in prep.children if g.dep_ == "pobj"
                         and (g.lemma_.lower() in SETTLEMENTS or g.lower_ in SETTLEMENTS)):
                for partner in (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                                for g in c.children if g.dep_ == "pobj"):
                    found = [ref for ref in actors_in(partner, actors)
                             if ref.known and ref.mention.code not in own]
                    if found:
                        return found[0]
    return None


#: CAMEO's roots of asking: appeals (02) and demands (10)
ASKING_ROOTS = {"02", "10"}


def asked_in_clause(tokens: list[Token], actors: ActorIndex,
                    sources: list[ActorRef]) -> ActorRef | None:
    """Whom an appeal or demand with no one named is made of: the known object of a verb
    that presses it for something ("pushed Congress for funding"); else the known subject of
    the clause it asks for, when the parser has made "for" that clause's marker ("pushing hard
    for the US [to] support its plan": USA), never the one asking."""
    own = {ref.mention.code for ref in sources}
    for asker in (t for t in tokens if t.pos_ == "VERB"
                  and any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)):
        # "pushed Congress for new funding", "pressed Beijing for answers": the one pressed
        # for something is whom it is asked of (the frame's own slots read only "called on")
        for obj in (c for c in asker.children if c.dep_ == "dobj"):
            found = [ref for ref in actors_in(obj, actors) if ref.known and ref.mention.code not in own]
            if found:
                return found[0]
    for clause in (c for t in tokens for c in t.children if c.dep_ in ("advcl", "ccomp")):
        if not any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
            continue
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            found = [ref for ref in actors_in(subject, actors)
                     if ref.known and ref.mention.code not in own]
            if found:
                return found[0]
    return None


def aimed_by_kind(code: str, tokens: list[Token], actors: ActorIndex,
                  sources: list[ActorRef]) -> ActorRef | None:
    """The target of an act no slot gave one, as its kind has it: force where it happens, a
    threat at whom its condition names, a protest at whom its grievance names, a claim of
    responsibility at whom the act claimed hit; else None."""
    if code == CLAIM_CODE:
        return claimed_target(tokens, actors, sources)
    root = code[:2]
    if root in PLACE_AIMED_ROOTS or code in PLACE_AIMED_CODES:
        return (targeted(tokens, actors, sources) if root in VIOLENCE_ROOTS else None) \
            or place_target(tokens, actors)
    if root == THREAT_ROOT:
        return threatened(tokens, actors, sources) or (
            threatened_place(tokens, actors, sources)
            if code.startswith(FORCE_THREAT) or code == UNSPECIFIED_THREAT else None)
    if root == PROTEST_ROOT:
        return grievance_target(tokens, actors, sources)
    if root == INVESTIGATE_ROOT:
        return investigated(tokens, actors, sources)
    if code == EASE_DISSENT:
        return settled_with(tokens, actors, sources)
    if root in ASKING_ROOTS:
        return asked_in_clause(tokens, actors, sources)
    if root in HELPING_ROOTS or code == CONSIDER:
        return helped(tokens, actors, sources)
    return None
