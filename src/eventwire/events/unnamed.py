"""Who does an act no one is named as doing, by the conventions of ICEWS and PLOVER: the last
resorts of the event matcher (events/extract.py) after events/doers.py.

:func:`unidentified_bomber`, when a bomb no one is named as having set does violence: the
unidentified armed force of the country where it went off ("A roadside bomb killed three
soldiers near Samarra": IRQUAF), its act a bombing (:func:`bombing_code`: 1833).

:func:`authorities`, when an act only a state does is told in the passive with no doer named
("Two French journalists were detained in Istanbul", "was put under investigation in France",
"was expelled from Russia"): the authorities of the country where it was done (TURCOP, FRAJUD,
RUSGOV), as
PLOVER codes it; never an act anyone may do ("was killed", "was attacked").

:func:`forces_moved`, when forces of a known owner are sent, deployed or withdrawn in the
passive ("French troops were withdrawn from Mali"): the forces move themselves (FRAMIL).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.kb import ARMED_SECTORS, compose_code
from ..actors.mentions import ActorIndex, Mention
from ..context.places import location_of, place_at
from .doers import sole_country
from .slots import ActorRef, actors_in, is_passive


#: what explodes: with no one named as having set it, a bombing's doer is the country's
#: unidentified armed force (ICEWS, PLOVER: "a roadside bomb near Samarra killed": IRQUAF)
EXPLOSIVES = {"bomb", "bombing", "explosion", "blast", "ied", "landmine", "mine", "minefield",
              "carbomb", "car-bomb"}
#: where a bombing happened: on the act, the bomb, or a place phrase under them ("outside the
#: city [of] Basra")
BLAST_PLACE_PREPS = {"in", "near", "at", "outside", "inside", "of"}


def unidentified_bomber(verb: Token, actors: ActorIndex) -> list[ActorRef]:
    """The unidentified armed force of the country where a bomb went off, as the doer of what it
    did when no one is named as having set it: the subject ("A roadside bomb killed three Iraqi
    soldiers near Samarra": IRQUAF), the ``by`` agent ("were killed by an improvised explosive
    device outside Basra") or the ``in`` phrase of a passive ("were killed in a car bombing in
    Mogadishu": SOMUAF). [] when the bomb has an owner or firer named, known or not ("a Taliban
    bomb"), or no one country is where it went off."""
    if verb.pos_ != "VERB":
        return []
    blast = _explosive_of(verb)
    if blast is None or any(actors.of(t) is not None for t in blast.subtree if t.i < blast.i) \
            or any(c.dep_ in ("acl", "relcl") for c in blast.children):
        return []  # "an Israeli bomb", "a bomb planted by ...": someone is named
    country = _where_it_went_off(verb, blast, actors)
    if country is None:
        victims = [t for t in (verb.children) if t.dep_ in ("dobj", "nsubjpass")]
        skip = (min(t.left_edge.i for t in victims), max(t.right_edge.i for t in victims) + 1) \
            if victims else (0, 0)
        country = sole_country(verb, actors, skip=skip)
    if country is None:
        return []
    start = blast.left_edge.i
    while start < blast.i and verb.doc[start].dep_ in ("det", "nummod", "predet"):
        start += 1  # "[a] car bomb": the words that name it
    m = Mention(start=start, end=blast.i + 1, code=f"{country}UAF", country=country,
                sectors=("UAF",), entity=None, kind="agent", via="blast", head=blast.i)
    return [ActorRef(m, (start, blast.i + 1))]


def _explosive_of(verb: Token) -> Token | None:
    """The bomb that did what ``verb`` says: its subject, its ``by`` agent, or, on a passive,
    what it was done "in" ("killed in a suicide bombing")."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj"]
    for noun in found:
        lemma = noun.lemma_.lower()
        if lemma in EXPLOSIVES or (lemma == "device" and any(
                c.lower_ == "explosive" for c in noun.children)):
            return noun
    return None


def _where_it_went_off(verb: Token, blast: Token, actors: ActorIndex) -> str | None:
    """The country of the first place named where a bomb went off, on the act or the bomb,
    looked for at most three phrases down."""
    frontier = [c for holder in (verb, blast) for c in holder.children
                if c.dep_ == "prep" and c.lower_ in BLAST_PLACE_PREPS - {"of"}]
    for _ in range(3):
        following = []
        for prep in frontier:
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                if pobj.i == blast.i:
                    following.extend(c for c in pobj.children if c.dep_ == "prep"
                                     and c.lower_ in BLAST_PLACE_PREPS - {"of"})
                    continue
                place = place_at(pobj, actors)
                if place is not None and place.country:
                    return place.country
                following.extend(c for c in pobj.children if c.dep_ == "prep"
                                 and c.lower_ in BLAST_PLACE_PREPS)
        frontier = following
    return None


def bombing_code(words: list[Token]) -> str:
    """The CAMEO code of violence done by a bomb, by the words that name it: suicide (1831),
    vehicle (1832), roadside or improvised device (1833), else a bombing (183)."""
    lower = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    if lower & {"suicide"}:
        return "1831"
    if lower & {"car", "vehicle", "truck", "carbomb", "car-bomb", "motorcycle"}:
        return "1832"
    if lower & {"roadside", "improvised", "ied", "landmine", "mine", "minefield"}:
        return "1833"
    return "183"


#: acts only a state's authorities do, by CAMEO code prefix, and the sector that does them:
#: arrest and detention (police), expulsion, deportation, bans, curfews and their easing
#: (government), conviction and investigation (courts and prosecutors), release of prisoners
AUTHORITY_ACTS = {"173": "COP", "174": "GOV", "172": "GOV", "166": "GOV", "116": "JUD",
                  "09": "JUD", "081": "GOV", "0841": "GOV"}
#: acts whose "from" phrase names the state that does them ("was expelled from Russia")
FROM_STATE = ("174", "166", "1724")
#: people held by someone who is not a state: their release is no act of the authorities
#: ("two hostages were released in Iraq")
HOSTAGES = {"hostage", "captive", "abductee", "kidnapped", "abducted", "seized"}
#: places where the authorities who arrest or expel are mostly another state's
OCCUPIED = {"PSE"}


def authorities(verb: Token, code: str, chain: list[Token], actors: ActorIndex) -> list[ActorRef]:
    """The authorities of the country where an act only a state does was done, as its doer,
    when the act is told in the passive with no one named as its doer ("Two French
    journalists were detained in Istanbul": TURCOP; "was expelled from Russia": RUSGOV): the
    country of the act's place phrase ("in", "at", "near"...), or, for an expulsion, of its
    "from" phrase. [] when the act is not one of :data:`AUTHORITY_ACTS`, is not a passive, has
    a ``by`` agent, holds hostages, or names no such place."""
    sector = next((AUTHORITY_ACTS[k] for k in sorted(AUTHORITY_ACTS, key=len, reverse=True)
                   if code.startswith(k)), None)
    if sector is None or verb.pos_ != "VERB" or not is_passive(verb) \
            or any(c.dep_ == "agent" for c in verb.children):
        return []
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is None or any(t.lemma_.lower() in HOSTAGES or t.lower_ in HOSTAGES
                              for t in patient.subtree):
        return []
    country = None
    if code.startswith(FROM_STATE):
        country = next((place.country for c in verb.children
                        if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj"
                        for place in [place_at(g, actors)] if place is not None), None)
    if country is None:
        place = location_of(chain, actors)
        country = place.country if place is not None else None
    if not country or country in OCCUPIED:
        return []
    return [wordless(country, sector, verb.i)]


def wordless(country: str, sector: str, at: int) -> ActorRef:
    """A country's body of ``sector`` that the text does not name, given by a convention (the
    authorities who arrest, the government protested against), as an actor without words at
    token ``at``."""
    m = Mention(start=at, end=at, code=compose_code(country, None, (sector,)), country=country,
                sectors=(sector,), entity=None, kind="agent", via="convention", head=at)
    return ActorRef(m, (at, at))


#: what names armed men or their ships and planes, sent, deployed or withdrawn
FORCES = {"troop", "soldier", "peacekeeper", "force", "contingent", "battalion", "brigade",
          "marine", "paratrooper", "unit", "warship", "jet", "aircraft", "personnel", "police",
          "guerrilla", "fighter", "rebel", "militant", "militiaman", "militia", "insurgent"}
#: codes of moving forces: yielding or withdrawing them (080, 087x), peacekeeping (074),
#: sending them (06), deploying them (15); not releasing people (084)
FORCE_MOVES = ("080", "087", "074", "06", "15")


def forces_moved(verb: Token, code: str, actors: ActorIndex) -> list[ActorRef]:
    """Forces of a known owner whose sending, deployment or withdrawal is told in the passive
    with no one named as doing it ("1,500 Turkish soldiers were deployed along the border",
    "French troops were withdrawn from Mali"): the forces do it themselves (TURMIL, FRAMIL),
    as the owner's armed arm; also a part of them ("Hundreds of Colombian guerrillas have
    been demobilized")."""
    if not code.startswith(FORCE_MOVES) or verb.pos_ != "VERB" or not is_passive(verb) \
            or any(c.dep_ == "agent" for c in verb.children):
        return []
    moved = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if moved is not None and moved.lemma_.lower() not in FORCES:  # "hundreds [of] guerrillas"
        moved = next((g for c in moved.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
    if moved is None or moved.lemma_.lower() not in FORCES:
        return []
    return [ref for ref in actors_in(moved, actors, possessor=False) if ref.known
            and (set(ref.mention.sectors) & ARMED_SECTORS or ref.mention.kind == "org")]
