"""What kind of force an act was: by the means its words name, by who is moved, by whether
it is only readied.

The general words of force ("killed", "wounded", "attacked", "killings") code CAMEO's
conventional military force, 190. CAMEO sorts violence by how it was done, and the means are
often named beside the act rather than in its verb, so :func:`by_means` re-codes a general
act of force (190) by them:

- *a bombing* (183; suicide 1831, vehicle 1832, roadside device 1833): the act was done "in a
  bomb attack", "in a bombing", "with explosives", or by a suicide bomber ("Two suicide
  bombers killed 12 people"). Not by a state or its forces: their bombing is from the air
  (195) or conventional, which the aerial patterns code.
- *mass killing* (202): "mass killings", "mass murder", "mass executions", also carried out
  or committed.
- *unconventional violence* (180): done with knives, machetes or axes, by attackers "armed
  with machetes" or "with knives" -- violence that is no army's (CAMEO 18 against 19).
- *aerial weapons* (195): done by aircraft ("Russian helicopter gunships killed 46
  civilians", "Saudi warplanes killed 20 people"); by a state, whose bombing this is.
- *sexual violence* (1821): an assault done "sexually" ("sexually abused migrants").

PLOVER reads all three, and 190, as ASSAULT, so only the CAMEO code and PLOVER's mode change.

:func:`readied`: force an actor prepares to use ("the army prepared to resume shelling the
town") is a show of military posture (150), not a threat (138): it is done, not said.

:func:`peacekeepers_withdrawn`: peacekeepers withdrawn or pulled out ("Dutch peacekeepers
were pulled out of the enclave") are CAMEO's own act, 1661 (expel or withdraw
peacekeepers), not a retreat of fighting forces (0874) nor a yielding (080).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.homes import STATE_SECTORS
from .extract import Predication
from .slots import subject_of
from .unnamed import EXPLOSIVES as BOMB_WORDS, bombing_code

#: the general code of force that the means make more specific
GENERAL_FORCE = "190"
#: CAMEO's mass killing, unconventional violence, aerial weapons and sexual assault
MASS_KILLING, UNCONVENTIONAL, AERIAL, SEXUAL_ASSAULT = "202", "180", "195", "1821"
#: general assaults that "sexually" makes sexual
ASSAULTS = frozenset({"180", "182", "190"})
#: CAMEO's bombings (183: suicide, vehicle, roadside): by a state's aircraft they are aerial
BOMBINGS = frozenset({"183", "1831", "1832", "1833"})
#: what flies: force done by it is aerial
AIRCRAFT = frozenset({"warplane", "warplanes", "jet", "jets", "aircraft", "helicopter", "gunship",
                      "gunships", "drone", "drones", "airforce", "bomber", "bombers", "fighter-bomber"})
#: what explodes, named as the means of an act ("in a bomb attack", "with explosives"): the
#: words of a bomb of unnamed.py, and "suicide" ("in a suicide attack")
EXPLOSIVES = BOMB_WORDS | {"explosive", "suicide"}
#: the doer's own name that makes the act a bombing ("a suicide bomber")
BOMBERS = frozenset({"bomber"})
#: phrases of an act that name its means ("in a bomb attack", "with a bomb", "by a blast")
MEANS_PREPS = frozenset({"in", "with", "by"})
#: killings of many at once
MASS_WORDS = frozenset({"mass"})
KILLING_NOUNS = frozenset({"killing", "murder", "execution", "slaughter"})
#: blades and clubs, the weapons of no army
COLD_WEAPONS = frozenset({"knife", "knives", "machete", "axe", "ax", "hatchet", "spear", "sword",
                          "cleaver", "club"})


def by_means(doc: Doc, p: Predication) -> Predication:
    """A general act of force (190) re-coded by the means its words name (see the module's
    docstring); any other event unchanged."""
    act = doc[p.chain[0]]
    if p.code in ASSAULTS and any(c.dep_ == "advmod" and c.lower_ == "sexually" for c in act.children):
        return replace(p, code=SEXUAL_ASSAULT, rule=p.rule + "+sexual")
    if p.code in BOMBINGS and _state_force(p) and _flown(doc, p):
        # a bombing pattern's own reading ("killed ... in a bombing raid") by warplanes is
        # their bombing from the air, as a general act of force by them is
        return replace(p, code=AERIAL, rule=p.rule + "+aircraft")
    if p.code != GENERAL_FORCE:
        return p
    # the killings themselves, or those carried out or committed ("carried out mass killings")
    killings = [act] if act.pos_ == "NOUN" else [c for c in act.children if c.dep_ == "dobj"]
    if any(k.lemma_.lower() in KILLING_NOUNS and any(
            c.dep_ in ("amod", "compound") and c.lower_ in MASS_WORDS for c in k.children)
           for k in killings):
        return replace(p, code=MASS_KILLING, rule=p.rule + "+mass")
    means = _means_words(act)
    doer = _doer_words(doc, p, act)
    if not _state_force(p) and (any(_lemma(t) in EXPLOSIVES for t in means) or (
            any(_lemma(t) in BOMBERS for t in doer) and any(t.lower_ == "suicide" for t in doer))):
        return replace(p, code=bombing_code(means + doer), rule=p.rule + "+bombing")
    if any(_lemma(t) in COLD_WEAPONS for t in _armed_with(act, means, doer)):
        return replace(p, code=UNCONVENTIONAL, rule=p.rule + "+cold_weapons")
    if _state_force(p) and _flown(doc, p):
        return replace(p, code=AERIAL, rule=p.rule + "+aircraft")
    return p


def _flown(doc: Doc, p: Predication) -> bool:
    """Whether the doer's own words name aircraft ("Israeli warplanes", "helicopter gunships")."""
    return any(_lemma(t) in AIRCRAFT or t.lower_ in AIRCRAFT for t in doc[slice(*p.source.phrase)])


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _state_force(p: Predication) -> bool:
    """Whether the doer is a state or its forces (a country named alone is its state)."""
    m = p.source.mention
    return bool(set(m.sectors) & STATE_SECTORS) or (not m.sectors and not m.code.startswith("IMG"))


def _means_words(act: Token) -> list[Token]:
    """The words that may name an act's means: the nouns of its "in", "with" and "by" phrases
    and their modifiers ("in a [suicide] [bomb] attack"), and, for a noun, its own
    modifiers ("a [bomb] attack on the convoy")."""
    heads = [g for c in act.children if c.dep_ in ("prep", "agent") and c.lower_ in MEANS_PREPS
             for g in c.children if g.dep_ == "pobj"]
    heads += [h for g in heads for h in g.conjuncts]
    if act.pos_ == "NOUN":
        heads.append(act)
    words = []
    for head in heads:
        words.append(head)
        words.extend(c for c in head.children if c.dep_ in ("amod", "compound", "nmod"))
    return words


def _doer_words(doc: Doc, p: Predication, act: Token) -> list[Token]:
    """The words naming the doer ("Two [suicide] [bombers]")."""
    start, end = p.source.phrase
    words = list(doc[start:end])
    subject = subject_of(act)
    if subject is not None and not start <= subject.i < end:
        words.append(subject)
        words.extend(c for c in subject.children if c.dep_ in ("amod", "compound"))
    return words


def _armed_with(act: Token, means: list[Token], doer: list[Token]) -> list[Token]:
    """The weapons of an act: what it was done "with", and what its doers are "armed with"
    ("militiamen armed with machetes")."""
    found = [t for t in means if t.head.dep_ == "prep" and t.head.lower_ == "with"]
    for holder in {t for t in doer if t.dep_ in ("nsubj", "nsubjpass", "pobj")} | (
            {subject_of(act)} - {None}):
        for arm in (c for c in holder.children if c.dep_ == "acl" and c.lemma_.lower() == "arm"):
            found.extend(g for c in arm.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj")
            found.extend(h for g in list(found) for h in g.conjuncts)
    return found


#: CAMEO's military posture, not otherwise specified
POSTURE = "150"
#: the verb by which force is readied rather than threatened
READYING = frozenset({"prepare"})
#: tenses of "prepare" that report a readying done ("prepared", "is preparing"); not the
#: adjective-like "is prepared to", a stated readiness (a threat)
READYING_TAGS = frozenset({"VBD", "VBG", "VBZ", "VBP"})


def readied(doc: Doc, p: Predication) -> Predication:
    """A threat of force (138x) that is force being prepared ("prepared to resume shelling",
    "are preparing to storm the city") is military posture, 150; other events unchanged."""
    if not p.code.startswith("138"):
        return p
    if any(doc[i].lemma_.lower() in READYING and doc[i].tag_ in READYING_TAGS for i in p.chain[1:]):
        return replace(p, code=POSTURE, rule=p.rule + "+posture")
    return p


#: CAMEO's codes of yielding and retreat that peacekeepers withdrawn are not, and their own
#: code
RETREATS = frozenset({"080", "087", "0874"})
WITHDRAW_PEACEKEEPERS = "1661"


def peacekeepers_withdrawn(doc: Doc, p: Predication) -> Predication:
    """A withdrawal (080, 087, 0874) of peacekeepers, the doer's own ("Dutch peacekeepers were
    pulled out of the enclave") or its object ("pulled out its peacekeepers"), is 1661."""
    if p.code not in RETREATS:
        return p
    act = doc[p.chain[0]]
    moved = list(doc[slice(*p.source.phrase)]) + [
        t for c in act.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
    if any(_lemma(t).startswith("peacekeep") or t.lower_.startswith("peacekeep")
           or (_lemma(t) == "peace" and t.head.lower_ in ("force", "forces", "troops", "mission"))
           for t in moved):
        return replace(p, code=WITHDRAW_PEACEKEEPERS, rule=p.rule + "+peacekeepers")
    return p
