"""Whom a protest is aimed at.

A protest's words often name what is protested rather than a target ("rallied against the
decision", "in defiance of the authorities"), or nothing at all ("thousands marched in
Jakarta"). CAMEO and ICEWS code them by two conventions, which :func:`aimed` applies to every
protest (CAMEO root 14) before events are pruned:

- *what the protest names wins*: an actor named "against" it, "in defiance of", "in protest
  at/of/against" or, for the verb "protest", as its object; directly or as the owner or the
  doer of what is protested ("against Sweden's decision": SWE; "in protest at abuses by the
  security forces": the forces); such a phrase outranks the site a blockade names ("blocked
  roads in Gibraltar in defiance of British authorities": GBRGOV, not GIB).
- *a people protests against its own government*: domestic protesters (civilians, students,
  workers, the opposition...) of a known country, protesting in their country or where the
  text does not say, with no target named, protest against their country's government
  ("Thousands of students marched in Jakarta demanding reforms": IDNEDU -> IDNGOV). The
  target then has no words of its own (``text`` is empty, at the trigger). Not a state's
  own bodies (a government, army, legislature), armed groups, parties, refugees, prisoners
  or organisations, nor protesters abroad or said to be foreign.

- *prisoners protest against their jailers*: prisoners (or the jailed, detained...) protesting
  with no target named, in one country the text names ("rioted at a jail in northern
  Israel"), protest against that country's government (ISRGOV), a target without words; not
  in the Palestinian territories, whose jails are often another state's (unnamed.OCCUPIED).

A protest with none of these whose pattern needs a target (PETRARCH's bare "demonstrate") makes no
event, as before.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.mentions import ActorIndex
from ..context.places import PLACE_PREPS
from .aims import IN_PROTEST
from .extract import Predication, needs_target
from .ontology import PROTEST_ROOT
from .slots import FOREIGN, ActorRef, actors_in
from .unnamed import OCCUPIED, wordless

#: sectors of people who protest against their own state: civilians, the opposition, workers,
#: students, business, doctors, farmers, environmentalists, journalists
PROTESTER_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "BUS", "HLH", "AGR", "ENV", "MED"})
#: sectors of a state's own bodies, of armed groups, parties and elites (whose protests are
#: aimed at someone the text names), of people and bodies from elsewhere, and of prisoners
#: (held by whoever holds them, often not their own state)
NOT_PROTESTERS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "REB", "INS", "UAF",
                            "ELI", "PTY", "REF", "IGO", "NGO", "CRM"})
#: words that say the protesters are held by someone, often not their own state
HELD = frozenset({"jailed", "imprisoned", "detained", "interned", "captive", "held"})
#: the prepositions after "in defiance of", "in protest at" (aims.IN_PROTEST), and on a thing
#: protested, that name whose it is
DEFIANCE_PREPS = frozenset({"of", "at", "against", "over", "to"})
#: the sector of the government a people protests against
GOVERNMENT = "GOV"
#: the rule suffixes of a target given by convention
OWN_GOVERNMENT, JAILERS = "+own_government", "+jailers"
#: people held, whose protest is against whoever holds them
PRISONERS = frozenset({"prisoner", "inmate", "detainee", "convict"})


def aimed(doc: Doc, p: Predication, actors: ActorIndex) -> list[Predication]:
    """A protest with the target its words name (one predication per target), else as it
    was; none when it names no target, its pattern needs one and :func:`by_convention` would
    give it none. Other events are returned unchanged. Run before pruning, which compares
    targets; :func:`by_convention` runs after."""
    if p.code[:2] != PROTEST_ROOT:
        return [p]
    chain = [doc[i] for i in p.chain]
    named = [ref for ref in protested(chain, actors) if ref.mention.code != p.source.mention.code]
    if named:  # also over a target found elsewhere ("took to the streets of Bucharest")
        return [replace(p, target=ref) for ref in named]
    if p.target is None and needs_target(p.pattern, chain) and (
            _other_sense(chain[0]) or own_government(doc, p, chain, actors) is None):
        return []
    return [p]


def _other_sense(verb: Token) -> bool:
    """Whether a bare protest verb with an object or a clause is another verb: "researchers
    demonstrated that ...", "the party rallied its supporters", "marched ten miles"."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() != "protest" and any(
        c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


def by_convention(doc: Doc, p: Predication, actors: ActorIndex) -> Predication:
    """A protest that names no target, by domestic protesters, aimed at their own government
    (see the module's docstring); other events unchanged."""
    if p.code[:2] != PROTEST_ROOT or p.target is not None:
        return p
    chain = [doc[i] for i in p.chain]
    own = own_government(doc, p, chain, actors)
    if own is not None:
        return replace(p, target=own, rule=p.rule + OWN_GOVERNMENT)
    holder = jailers(doc, p, chain, actors)
    return p if holder is None else replace(p, target=holder, rule=p.rule + JAILERS)


def jailers(doc: Doc, p: Predication, chain: list[Token], actors: ActorIndex) -> ActorRef | None:
    """The government of the one country where prisoners protest, as an actor without words:
    prisoners rioting or striking "at a jail in northern Israel" protest against whoever holds
    them there (ISRGOV), not their own state."""
    start, end = p.source.phrase
    words = doc[start:end]
    if "CRM" not in p.source.mention.sectors and not any(
            t.lemma_.lower() in PRISONERS or t.lower_ in HELD for t in words):
        return None
    countries = _countries_where(chain, actors)
    if len(countries) != 1 or countries & OCCUPIED:  # jails in the West Bank are often Israel's
        return None
    return wordless(next(iter(countries)), GOVERNMENT, p.trigger[0])


def protested(chain: list[Token], actors: ActorIndex) -> list[ActorRef]:
    """The actors a protest's own words say it is against: "against X", "in defiance of X",
    "in protest at X" on a word of its chain (or the object of the verb "protest"), or the
    owner or the "by" phrase of what these name ("X's decision", "abuses by X")."""
    # and what a purpose or manner clause protests ("took to the streets to protest the decree")
    clauses = [c for t in chain for c in t.children if c.dep_ == "advcl" and c.lemma_.lower() == "protest"]
    for token in [*chain, *clauses]:
        for phrase in _against_phrases(token):
            found = actors_in(phrase, actors) or [
                ref for c in phrase.children if c.dep_ == "prep" and c.lower_ == "by"
                for g in c.children if g.dep_ == "pobj" for ref in actors_in(g, actors)]
            found = [ref for ref in found if ref.known]
            if found:
                return found
    return []


def _against_phrases(token: Token) -> list[Token]:
    """The heads of the phrases under ``token`` that say what a protest is against."""
    found = []
    if token.lemma_.lower() == "protest" and token.pos_ == "VERB":
        found.extend(c for c in token.children if c.dep_ == "dobj")
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ == "against":
                found.append(pobj)
            elif prep.lower_ == "in" and pobj.lemma_.lower() in IN_PROTEST:
                found.extend(g for c in pobj.children if c.dep_ == "prep"
                             and c.lower_ in DEFIANCE_PREPS for g in c.children if g.dep_ == "pobj")
    return found


def own_government(doc: Doc, p: Predication, chain: list[Token],
                   actors: ActorIndex) -> ActorRef | None:
    """The government of a protest's source, when the source is a country's own people
    protesting at home (see the module's docstring), as an actor without words."""
    m = p.source.mention
    if not m.known or not m.country or not m.code.startswith(m.country) or m.members:
        return None
    if m.sectors:
        if m.sectors[0] not in PROTESTER_SECTORS or set(m.sectors) & NOT_PROTESTERS:
            return None
    elif m.kind not in ("country", "demonym") or m.entity is not None:
        return None  # "Algerians" (a demonym, no entity) are a people; "Algeria" is a state
    if any(t.lower_ in FOREIGN | HELD for t in doc[p.source.phrase[0]:p.source.phrase[1]]):
        return None  # "exiled Iranians", "foreign students", "a jailed opposition leader"
    if any(country != m.country for country in _countries_where(chain, actors)):
        return None  # protesters abroad: against their host, their own state or another
    return wordless(m.country, GOVERNMENT, p.trigger[0])




def _countries_where(chain: list[Token], actors: ActorIndex) -> set[str]:
    """The countries of the places a protest is said to happen in, however deep ("at a jail
    in northern Israel"), found in the "in"/"at"/"near"... phrases of its chain and object."""
    holders = list(chain) + [c for t in chain for c in t.children if c.dep_ == "dobj"]
    found = set()
    for prep in (c for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
        if any(g.lemma_.lower() in IN_PROTEST | {"support", "solidarity"} for g in prep.children):
            continue  # "in protest at ...", "in support of ...": what, not where
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            owner = _country_qualifying(pobj, actors)
            if owner is not None:  # "the Yugoslav province of Kosovo": in Yugoslavia
                found.add(owner)
                continue
            for t in pobj.subtree:
                m = actors.of(t)
                if m is not None and m.country and m.kind in ("country", "metonym", "place"):
                    found.add(m.country)
    return found


def _country_qualifying(place: Token, actors: ActorIndex) -> str | None:
    """The country a place noun's adjective says it lies in ("the Yugoslav province of
    Kosovo", "the Turkish city of Diyarbakir"): what the place named in its "of" phrase is
    part of, whatever that name's own code."""
    if place.pos_ != "NOUN":
        return None
    for c in place.children:
        m = actors.of(c)
        if c.dep_ == "amod" and m is not None and m.kind == "country" and m.country:
            return m.country
    return None
