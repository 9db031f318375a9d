"""Dropping events that restate another event of their sentence, or are no act of their own.

The patterns find every reading a sentence allows; several readings are often one act, and
coding each of them over-produces (on the PLOVER gold more than half the produced events
matched no gold event). :func:`prune` keeps one event per act, and only political acts, by
rules that hold for any sentence (each rule compares events of one sentence with the same
source):

- *one act read twice*: a predicate and the words under it ("signed a partnership": sign and
  cooperate) for the same actors: the most specific code stands.
- *the same act without its target*: "X reiterates support" beside "X reiterated its support
  for Y" in one sentence is one act; the reading with the target stands.
- *a purpose or a manner*: "will visit Jordan to mediate", "shelled the town, killing 20
  people": what the main clause says its subject did is the event; the purpose ("to
  mediate") is not done, and the manner is part of the main act. A purpose aimed at someone
  else is an act of its own and stays.
- *private life*: businesses and private people cooperating, visiting, trading or helping
  among themselves ("Chinese investors paid a premium", "tourists will make 700 million
  visits", "travellers visiting a post office in China") are no political event. Their
  statements, appeals, demands, protests and violence are, and stay; but companies, media
  and schools have no force to use ("attacked by media organisations" is words, "win back
  the market" no seizure).
- *no act of the source*: a company's talk or plans aimed at a paper, another company or a
  bare country ("Huawei's spokesman told China Daily", "the company is committing billions to
  British projects"), a demand on the speaker's own body ("the government must enhance its
  sense of urgency, Li said"), a point conceded ("he conceded that the plan is costly"), and
  a thing of the source's doing as the doer ("Mattis' visit sent a message to Tokyo"), one
  actor on both sides through one phrase ("Russian and German ministers, Lavrov and Gabriel,
  discussed": Germany with Germany), and games ("the ice hockey team defeated the Canadian
  team", "Frankfurt had conceded 13 goals").
- *asked for, not done*: what a demand, an appeal or a hope asks for ("demanded that Turkey
  free the journalists and stop arresting reporters", "called for the government to resign"),
  and what "must" be done, has not happened; the asking is the event (the mode of
  events/modality.asked_for).
- *two phrases of one side*: one predicate aimed at "Palestinian houses and civilian shops"
  (PSE, PSECVL) or at "London and Manchester" (GBRGOV, GBR) is one act: the part of an actor
  already named, or an actor of unknown country beside a placed one, goes.
- *one word read twice*: "announced that he will extend the curfew" matches both "announce
  curfew" and "extend curfew"; the predicate of the clause said is the act.
- *a statement beside its content*: "X told Y" beside what X did to Y in the same sentence
  is the same act; the statement (010) goes.
- *a protest and its aim*: "started a hunger strike to press for the ouster of ..." is one
  protest, aimed at whom the demand is (any source's protest: see :func:`_protest_aims`).
- *the means of force*: a general act of force is first re-coded by the means its words name
  (events/violence.py: "in a bomb attack" 183, "mass killings" 202, "with machetes" 180),
  force prepared is posture (150), peacekeepers withdrawn are 1661.
- *troops are no visitors*: armed men arriving somewhere make no visit (peacekeepers
  arriving are already 074: the visit family's peacekeeping code).
- *words, not force*: a government's or party's "attacks" on the unarmed are criticism (111).
- *background*: an act in a clause of time, cause or condition ("as", "after", "unless")
  beside acts of the sentence's own clauses is no news of its own (any source).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.kb import ARMED_SECTORS
from ..actors.mentions import ActorIndex
from .extract import Predication, worded_tokens
from .violence import by_means, peacekeepers_withdrawn, readied
from .ontology import INVESTIGATE_ROOT, PROTEST_ROOT, VIOLENCE_ROOTS
from .protests import protested
from .modality import asked_for
from .slots import ActorRef

#: roots of what a protest's purpose or manner clause says it wants: appeals, demands,
#: disapproval, protest ("to demand the resignation", "calling for", "to protest the decision")
AIMS = frozenset({"02", "10", "11", "14"})
#: conjunctions of clauses that give an act's time, cause or condition, not the news: what
#: happened "as", "when" or "after" is background, what would happen "unless" or "until" is
#: not done ("if" makes a hypothetical event: see events/modality.py). Not contrast ("while",
#: "whereas", "although"): "X said ..., while Y said ..." reports both.
SUBORDINATORS = frozenset({"as", "when", "whenever", "after", "before", "until", "till",
                           "unless", "since", "because", "once"})
#: verbs that send people: what they are sent to investigate is the act
SENDING = frozenset({"send", "dispatch", "despatch", "deploy"})
#: a plain statement: the vehicle of whatever else its speaker does in the sentence
STATEMENT = "010"
#: sectors of people and bodies that do not act for a state, a party or an armed group
PRIVATE_SECTORS = frozenset({"CVL", "BUS", "EDU", "HLH", "MED"})
#: roots of cooperation (intent, consultation, diplomatic and material cooperation, aid):
#: among private actors these are business and private life
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07"})
#: sectors of bodies that have no force to use: companies, media, schools
UNARMED_SECTORS = frozenset({"BUS", "MED", "EDU"})
#: roots of force: posture, coercion, assault, fighting, mass violence
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
#: words of force that also name arguments ("attacks on judges", "fought the nomination")
FIGURATIVE_FORCE = frozenset({"attack", "fight", "target", "combat", "battle", "struggle", "war",
                              "assault", "wage"})
#: a threat of force, as a vow to fight is coded (events/extract.py, under an intent frame)
FORCE_THREAT = "138"
#: words saying how force hits: with them an attack is no argument
HOW_HIT = frozenset({"cyber", "air", "military", "missile", "rocket", "drone", "armed", "terror",
                     "terrorist", "chemical", "suicide", "bomb", "artillery", "ground", "nuclear"})
#: sectors of bodies that argue and vote: their figurative force is words
POLITICAL_SECTORS = frozenset({"GOV", "PTY", "LEG", "OPP", "JUD", "ELI"})
#: nouns of armed men sent somewhere
TROOPS = frozenset({"troop", "troops", "soldier", "peacekeeper", "peacekeepers", "contingent",
                    "battalion", "marine", "paratrooper", "deployment"})
#: CAMEO's "criticize or denounce"
CRITICIZE = "111"
#: sectors of trade: a company's talk is business news
TRADE_SECTORS = frozenset({"BUS"})
#: a company's statements and plans ("the company is committing billions to UK projects")
TALK_ROOTS = frozenset({"01", "03"})
#: CAMEO's demand and yield roots
DEMAND_ROOT, YIELD_ROOT = "10", "08"
#: roots a game is read as: yielding, posture, repression, assault, fighting, mass violence
CONTEST_ROOTS = frozenset({"08", "15", "17", "18", "19", "20"})
#: words that name a side as a sports team or player
SPORTS = frozenset({"football", "soccer", "hockey", "rugby", "basketball", "tennis", "cricket",
                    "baseball", "volleyball", "handball", "curling", "cup", "league", "striker",
                    "goalkeeper", "midfielder", "olympic", "olympics", "fifa", "uefa"})
#: what a side concedes or gives up in a game
SCORES = frozenset({"goal", "point", "run", "set", "match", "game"})
#: verbs that admit a point when they govern a clause ("conceded that ...")
ADMITTING = frozenset({"concede", "admit", "acknowledge", "accept", "grant"})
#: roots of words and cooperation, which a thing ("the visit", "the plan") cannot do
WORD_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
                        "12", "13"})
#: visits, hosting and the intent to meet: a private person travelling to a country is no
#: diplomacy
VISITS = frozenset({"036", "042", "043", "044"})


def prune(doc: Doc, found: Sequence[Predication]) -> list[Predication]:
    """The predications of a document (in their order) without private life and without
    those another predication of their sentence makes redundant."""
    # the means an act names make its code specific first ("killed ... in a bomb attack":
    # 183), so that the readings of one act compare by their most specific codes
    read = (troops_arriving(doc, peacekeepers_withdrawn(doc, readied(doc, by_means(doc, p))))
            for p in found)
    found = [q for q in (force_in_words(doc, p) for p in read if p is not None)
             if q is not None and not private_life(q) and not no_act(doc, q)]
    by_sentence: dict[int, list[Predication]] = {}
    for p in found:
        by_sentence.setdefault(doc[p.trigger[0]].sent.start, []).append(p)
    by_sentence = {start: _protest_aims(doc, group) for start, group in by_sentence.items()}
    found = [p for group in by_sentence.values() for p in group]
    dropped: set[int] = set()
    for group in by_sentence.values():
        if not all(_in_background(doc, p) for p in group):
            # what the sentence reports stands; its time or condition clauses are background
            dropped.update(id(p) for p in group if _in_background(doc, p))
        for p in group:
            others = [q for q in group if q is not p and id(q) not in dropped]
            if any(_outranks(doc, q, p) for q in others):
                dropped.add(id(p))
    return [p for p in found if id(p) not in dropped]


def force_in_words(doc: Doc, p: Predication) -> Predication | None:
    """A government's, a party's or a court's "attacks", "fights" or "battles" (words that
    also name arguments) are words unless aimed at armed men: "attacks by the Trump
    administration on scientists" is criticism, 111; "Democrats had fought hard against the
    nomination" too; "fights for awards", "fight for democracy", with no one hit, no event.
    A country (no sector), armed bodies, civilians and physical words ("bombed", "shelled")
    keep their force."""
    word: Token = doc[p.chain[0]]
    # and so is a vow of them ("vowed to fight the corrupt officials": a threat of force, 138,
    # only when aimed at armed men; "threatened to attack Israel" stays a threat)
    vowed = p.code == FORCE_THREAT and p.frame is not None and p.frame.frame == "intend"
    if (p.code[:2] not in VIOLENCE_ROOTS and not vowed) \
            or word.lemma_.lower() not in FIGURATIVE_FORCE \
            or any(c.lower_ in HOW_HIT for c in word.children):  # "cyber-attacks", "air war"
        return p
    sectors = set(p.source.mention.sectors)
    if not sectors or not sectors <= POLITICAL_SECTORS:
        return p
    if p.target is None:  # force stays when it hits a place ("attacked the city of Aleppo")
        return p if _hits_place(doc[p.chain[0]]) else None
    target = p.target.mention
    if set(target.sectors) & ARMED_SECTORS or target.code.startswith("IMG"):
        return p
    return replace(p, code=CRITICIZE, rule=p.rule + "+words")


def troops_arriving(doc: Doc, p: Predication) -> Predication | None:
    """Troops that arrive, or are sent, somewhere make no visit (042-044); their deployment,
    when a pattern reads it, is the event. (Peacekeepers arriving are coded 074 by the visit
    family itself: wording.domain_of reads the domain from who acts.)"""
    if p.code not in ("042", "043", "044"):
        return p
    start, end = p.source.phrase
    words = {t.lemma_.lower() for t in doc[start:end]}
    if not words & TROOPS:  # (not a defence minister's visit: "Mattis' visit to Japan")
        return p
    return None


def _hits_place(word: Token) -> bool:
    """Whether a word of force has an object, or an "on"/"against" phrase, naming a place."""
    hit = [c for c in word.children if c.dep_ == "dobj"] + [
        g for c in word.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for g in c.children if g.dep_ == "pobj"]
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") for h in hit for t in h.subtree)


def private(code: str | None, sectors: frozenset[str] = PRIVATE_SECTORS) -> bool:
    """Whether an actor's code is a business's (MNC...) or names only private sectors
    ("CHNBUS", "---CVL", "USAEDU"); no code (no actor) counts as private."""
    if code is None or code.startswith("MNC"):
        return True
    named = [code[i:i + 3] for i in range(3, len(code), 3)]
    return bool(named) and all(s in sectors for s in named)


def private_life(p: Predication) -> bool:
    """Whether an event is cooperation among private actors, a private actor's visit, or
    force used by a company, a newspaper or a school ("media attacks on the minister",
    "Google hopes to win back the market")."""
    source, target = p.source.mention.code, _target(p)
    if not private(source):
        return False
    if p.code[:2] in FORCE_ROOTS and private(source, UNARMED_SECTORS):
        return True
    return p.code in VISITS or (p.code[:2] in COOPERATION_ROOTS and private(target))


def no_act(doc: Doc, p: Predication) -> bool:
    """Whether a reading names no act of its source: business talk, a self-exhortation, an
    admission read as yielding, or a thing of the source's doing as the doer."""
    return business_talk(p) or self_exhortation(p) or admission(doc, p) \
        or thing_as_doer(doc, p) or one_side_twice(doc, p) or sport(doc, p) or wanted(doc, p)


def wanted(doc: Doc, p: Predication) -> bool:
    """Whether a reading's act is only asked, demanded or hoped for, not done
    (:func:`~eventwire.events.modality.asked_for`): the asking is the event, when a pattern
    reads it."""
    return asked_for([doc[i] for i in p.chain], None if p.frame is None else p.frame.frame)


def sport(doc: Doc, p: Predication) -> bool:
    """Whether a fight, a defeat or a concession is a game's: its source or target is named
    as a team or a player ("Russia's ice hockey team defeated the Canadian team", "the Polish
    striker pulled them out of trouble", "the two winners of the German Cup clash"), or what
    is given up is goals ("Frankfurt had conceded 13 goals")."""
    if p.code[:2] not in CONTEST_ROOTS:
        return False
    for ref in (p.source, p.target):
        if ref is not None and any(t.lower_ in SPORTS for t in doc[ref.phrase[0]:ref.phrase[1]]):
            return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SCORES for c in doc[p.chain[0]].children)


def one_side_twice(doc: Doc, p: Predication) -> bool:
    """Whether an event's two sides are one actor named by one phrase: a group that meets
    ("Russian and German ministers, Lavrov and Gabriel, discussed ...": DEUGOV with
    DEUGOV) or a phrase that holds both ("they discussed a deal between the two nations"
    read as the United States with itself)."""
    if p.target is None or _target(p) != _source(p):
        return False
    (a, b), (c, d) = p.source.phrase, p.target.phrase
    if a < d and c < b:
        return True
    heads = [doc[i] for i in range(a, b) if not a <= doc[i].head.i < b] + \
        [doc[i] for i in range(c, d) if not c <= doc[i].head.i < d]
    return any(h.is_ancestor(k) for h in heads for k in heads if h is not k)


def business_talk(p: Predication) -> bool:
    """A company's statements, moods and plans aimed at other private parties or at a bare
    country ("Huawei's spokesman told China Daily", "CNPC said it is confident in Novatek's
    experience", "the company is committing billions to British projects") are trade news, not
    politics. Ordinary people speaking to the press stay: what locals tell a paper about a
    raid is news."""
    if p.code[:2] not in TALK_ROOTS or not private(_source(p), TRADE_SECTORS):
        return False
    target = _target(p)
    # with no target the talk may be about a government's acts the parse missed ("the bank's
    # mission expressed its optimism about the reforms"): it stays
    return target is not None and (private(target) or len(target) == 3)


def self_exhortation(p: Predication) -> bool:
    """A demand on the speaker's own body ("the government must enhance its sense of urgency,
    Li said": CHNGOV of CHNGOV) is an exhortation, not a demand one actor makes of another."""
    return p.code[:2] == DEMAND_ROOT and _target(p) == _source(p)


def admission(doc: Doc, p: Predication) -> bool:
    """A verb of admitting that governs a finite clause and no object ("he conceded that such
    a program would be very costly") admits a point; it gives nothing up. ("allowed the
    opposition to hold a rally" is no admission: its clause has no tense.)"""
    verb: Token = doc[p.chain[0]]
    if p.code[:2] != YIELD_ROOT or verb.lemma_.lower() not in ADMITTING:
        return False
    children = {c.dep_ for c in verb.children}
    return not {"dobj", "dative", "prep"} & children and any(
        c.dep_ == "ccomp" and _finite(c) for c in verb.children)


def _finite(verb: Token) -> bool:
    """Whether a clause's verb has tense: its own, or a tensed or modal auxiliary's."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.children)


def thing_as_doer(doc: Doc, p: Predication) -> bool:
    """Whether the clause's subject is a thing the source did, not the source ("Mattis' visit
    sent a message to Tokyo", "Alibaba's plan has highlighted the importance of the market"):
    a visit or a plan sends no message and consults no one, so the reading names no act of
    the source. Its own act ("Mattis' visit") is read from the noun on its own."""
    if p.code[:2] not in WORD_ROOTS:
        return False
    start, end = p.source.phrase
    heads = [t for t in doc[start:end] if not start <= t.head.i < end]
    if len(heads) != 1 or heads[0].dep_ != "poss":
        return False
    owner = heads[0].head
    return owner.dep_ in ("nsubj", "nsubjpass") and owner.head.i in p.chain \
        and (doc._.actors is None or doc._.actors.of(owner) is None)


def _source(p: Predication) -> str:
    return p.source.mention.code


def _target(p: Predication) -> str | None:
    return p.target.mention.code if p.target is not None else None


def _specificity(code: str) -> tuple[int, int]:
    """How specific a CAMEO code is: four digits over three, a named act over its root's
    general "x0" code."""
    return len(code), 0 if code.endswith("0") else 1


def _outranks(doc: Doc, q: Predication, p: Predication) -> bool:
    """Whether ``q`` makes ``p`` redundant (both from one sentence). Where both could stand
    for each other, the caller keeps whichever it met first."""
    if _source(q) != _source(p):
        return False
    same_target = _target(q) == _target(p)
    # one word read by a predicate and by the one that says it ("announced that he will extend
    # the curfew": announce curfew and extend curfew): the predicate said is the act, unless
    # only the other names a target
    if q.pattern is p.pattern and doc[q.chain[0]].dep_ == "ccomp" and doc[q.chain[0]].head.i == p.chain[0] \
            and (q.target is not None or p.target is None) \
            and worded_tokens(doc[q.chain[0]], q.pattern) & worded_tokens(doc[p.chain[0]], p.pattern):
        return True
    # one act read twice: q's words include p's predicate, or the other way round
    overlap = _reads(doc, q, p) or _reads(doc, p, q)
    if overlap and same_target and q.code != p.code:
        sq, sp = _specificity(q.code), _specificity(p.code)
        return sq > sp or (sq == sp and q.trigger < p.trigger)
    # the same act without its target
    if p.target is None and q.target is not None and (q.code == p.code or (
            q.code[:2] == p.code[:2] and _specificity(q.code) >= _specificity(p.code))) \
            and not _purpose_or_manner_of(doc, q, p):
        return True
    # people sent to investigate ("sent 21 personnel to Bosnia to investigate ..."): the
    # investigation is the act (09x), the sending only its means
    if _purpose_or_manner_of(doc, q, p) and q.code[:2] == INVESTIGATE_ROOT and same_target \
            and doc[p.chain[0]].lemma_.lower() in SENDING:
        return True
    # a purpose ("to mediate") or a manner ("killing 20 people") of q's clause
    # (one aimed at someone else is an act of its own: "agreed to send a mission to Myanmar
    # to investigate abuses by security forces")
    if _purpose_or_manner_of(doc, p, q) and (same_target or p.target is None):
        return True
    # force named without whom it hits, whose purpose or manner names them ("opened fire to
    # disperse demonstrators", "stormed the building, killing 20 people"): one act, the
    # reading with the target stands
    if p.target is None and q.target is not None and _target(q) != _source(q) \
            and p.code[:2] in FORCE_ROOTS and q.code[:2] in FORCE_ROOTS \
            and _purpose_or_manner_of(doc, q, p):
        return True
    # the toll of an attack ("shelled the town, killing about 20 people") is part of it
    if _purpose_or_manner_of(doc, p, q) and doc[p.chain[-1]].tag_ == "VBG" \
            and p.code[:2] in VIOLENCE_ROOTS and q.code[:2] in VIOLENCE_ROOTS:
        return True
    # one predicate aimed at two phrases of one side ("released the prime minister and 30
    # members of his government", "razed farmhouses and village shops"): the
    # actor of unknown country, or the part of an actor already named, adds no event
    if q.chain[0] == p.chain[0] and q.code == p.code and _target(q) and _target(p) \
            and _part_of(_target(p), _target(q)):
        return True
    # a statement beside what it states
    if p.code == STATEMENT and q.code != STATEMENT and (same_target or p.target is None):
        return True
    return False


def _protest_aims(doc: Doc, group: list[Predication]) -> list[Predication]:
    """A protest and what its purpose or manner clause says it demands or protests ("began a
    hunger strike to protest against Sweden's decision", "rioted, calling for the removal of
    the president") are one event: the protest, aimed at the clause's target when it names
    none itself, its subcode chosen by what is demanded (a demand for leadership change,
    1041, makes a hunger strike 1421; see :func:`_aimed_code`)."""
    out: list[Predication | None] = list(group)
    for i in range(len(out)):
        q = out[i]
        if q is None or q.code[:2] != PROTEST_ROOT:
            continue
        for j, p in enumerate(out):
            if p is None or p is q or p.code[:2] not in AIMS or not _aim_of(doc, p, q) \
                    or (_source(p) != _source(q) and p.source.phrase != q.source.phrase):
                continue
            q = out[i] = replace(q, target=_aim_target(doc, q, p), code=_aimed_code(q.code, p.code))
            out[j] = None
    return [p for p in out if p is not None]


def _aim_of(doc: Doc, p: Predication, q: Predication) -> bool:
    """Whether p's words are a purpose or manner of q's clause, also as the parser often
    hangs a purpose on a verb with its own object ("began a hunger strike [to demand ...]")."""
    if _purpose_or_manner_of(doc, p, q):
        return True
    top: Token = doc[p.chain[-1]]
    return top.dep_ == "xcomp" and top.head.i in q.chain \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children) \
        and any(c.dep_ == "dobj" for c in top.head.children)


def _aim_target(doc: Doc, protest: Predication, aim: Predication) -> ActorRef | None:
    """Whom a protest with an aim is against: whom its own words say it is against, else
    whom the aim is aimed at (over a site the protest names: "took to the streets of
    Bucharest to protest against the government's decree"), else its own target."""
    target = protest.target
    chain = [doc[i] for i in protest.chain]
    if target is not None and any(ref.mention.code == target.mention.code
                                  for ref in protested(chain, doc._.actors or ActorIndex())):
        return target
    if aim.target is not None and aim.target.known \
            and aim.target.mention.code != protest.source.mention.code:
        return aim.target
    return target


def _aimed_code(protest: str, aim: str) -> str:
    """The code of a protest (141-145) for what it demands: CAMEO numbers leadership change,
    policy change, rights and regime change 1, 2, 3, 4 alike in demands (1041-1044), appeals
    (0241-0244) and protests (1411-1454). What is protested against is no demand ("a hunger
    strike to protest against the decision" stays 142), but a protest restating the main one
    may be more specific ("took to the streets to protest against corruption": 1412)."""
    kind = aim[3:] if len(aim) == 4 and aim[:3] in ("104", "024") else ""
    if kind in ("1", "2", "3", "4") and len(protest) == 3 and protest[2] in "12345":
        return protest + kind
    if aim[:2] == PROTEST_ROOT and (protest == PROTEST_ROOT + "0" or aim.startswith(protest)):
        return aim  # "took to the streets to protest against corruption": 1412 over 141
    return protest


def _in_background(doc: Doc, p: Predication) -> bool:
    """Whether p's words lie in an adverbial clause of time, cause or condition ("as the
    opposition threatened ...", "after two vehicles were hit", "unless the president agrees"),
    at any depth."""
    token: Token = doc[p.chain[-1]]
    while token.dep_ != "ROOT" and token.head is not token:
        if token.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS
                                         for c in token.children):  # "when" is often advmod
            return True
        token = token.head
    return False


def _part_of(code: str, other: str) -> bool:
    """Whether an actor code adds nothing to another from the same slot: of unknown country
    with the other's sectors or none ("---GOV" beside "FJIGOV"), or a part of it ("PSECVL"
    beside "PSE")."""
    if code.startswith("---"):
        return other[3:].startswith(code[3:]) and not other.startswith("---")
    return code != other and code.startswith(other)


def _reads(doc: Doc, q: Predication, p: Predication) -> bool:
    """Whether q's chain climbs through p's predicate without passing a conjunction ("signed
    [a partnership]"); "started to implement a deal and ... signed" are two acts."""
    if p.chain[0] not in q.chain:
        return False
    below = q.chain[:q.chain.index(p.chain[0])]
    return not any(doc[i].dep_ == "conj" for i in below)


def _purpose_or_manner_of(doc: Doc, p: Predication, q: Predication) -> bool:
    """Whether p's words are an adverbial clause ("to mediate", "killing 20 people") hanging
    on a word of q's chain."""
    top: Token = doc[p.chain[-1]]
    if top.dep_ != "advcl" or top.head.i not in q.chain:
        return False
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)
    manner = top.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in top.children)
    return purpose or manner
