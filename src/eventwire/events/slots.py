"""Who an event's actors are: the slots of a predicate on the parse (subject, object, "to",
"the clause's subject"...) and the actors a slot's words name (the phrase that names each is
events/phrases.py's).

Shared by the event matcher (events/extract.py): ``fill`` gives the actors of the first slot
that names any (a said thing stands for its author, a site for its country); ``placed`` gives an actor of unknown country the country of the
event's place; ``speaker_of`` and ``teller_of`` find who says what a clause reports.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..actors.kb import compose_code
from ..actors.mentions import ActorIndex, Mention
from ..context.places import place_at
from ..context.quotes import SPEECH_VERBS
from .authors import AUTHORED_NOUNS, RECEIVING_VERBS, SAYING_NOUNS, author_of
from .patterns import NAMED_SLOTS
from .prepositions import objects_of, reads_as
from .phrases import noun_phrase
from .sites import COUNTRY_NOUNS, SITE_NOUNS, country_named, country_of_site

#: how far the parse is climbed looking for a subject, a speaker or a frame
MAX_CLIMB = 6
SUBJECT_DEPS = ("nsubj", "csubj")


def is_passive(token: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


#: verbs that always take an object: with a subject and none, a headline's reduced passive
#: ("One Japanese civilian killed in shooting"): the subject is what was done to
OBJECT_VERBS = {"kill", "wound", "injure", "arrest", "detain", "abduct", "kidnap", "execute",
                "torture", "jail", "imprison", "capture", "behead", "assassinate", "murder",
                "deport", "expel", "convict", "sentence", "hang", "lynch", "massacre", "slay"}
#: verbs a participle follows as what their subject feels or is: "felt threatened", "seemed
#: surprised"; "felt" too, which the lemmatizer leaves as it is when it takes it for an auxiliary
STATE_VERBS = {"feel", "felt", "seem", "appear", "look", "become", "remain", "stay", "be"}


def reduced_passive(token: Token) -> bool:
    """Whether a verb with a subject of its own is a passive without its auxiliary: the
    headline's "Three protesters arrested after clashes" (a verb that always takes an object,
    with none), or "residents felt threatened"."""
    if token.pos_ not in ("VERB",) or token.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ == "auxpass" and c.lemma_.lower() in STATE_VERBS - {"be"} for c in token.children):
        return True  # "felt threatened" parsed as a passive with "felt" its auxiliary
    if any(c.dep_ in ("aux", "dobj", "agent", "ccomp", "xcomp", "dative") for c in token.children):
        return False
    if not any(c.dep_ == "nsubj" for c in token.children) or token.dep_ != "ROOT":
        return False
    # only verbs that must have an object: the tagger takes many a past tense for a participle
    # ("Trump on Tuesday reneged on the accord")
    return token.lemma_.lower() in OBJECT_VERBS


def _experienced(token: Token) -> bool:
    """Whether a participle says what its governor's subject feels or is: "felt [threatened]"."""
    return token.tag_ == "VBN" and token.dep_ in ("acomp", "xcomp", "oprd") \
        and token.head.lemma_.lower() in STATE_VERBS


def subject_of(token: Token) -> Token | None:
    """The subject of a predicate, inherited through control ("X agreed to cooperate")."""
    seen = 0
    joined = None  # an active verb joined to the one climbed to
    while seen < MAX_CLIMB:
        seen += 1
        if joined is not None and is_passive(token):
            # "was charged by prosecutors and will resign": who resigns is who was charged
            patient = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if patient is not None:
                return patient
        if reduced_passive(token) or _experienced(token):  # its subject is the one done to
            agent = next((c for c in token.children if c.dep_ == "agent"), None)
            return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
            if child.dep_ == "agent":  # passive: "was attacked by X"
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        for child in token.children:  # the parser sometimes hangs the subject on the auxiliary
            if child.dep_ == "aux":
                subject = next((g for g in child.children if g.dep_ in SUBJECT_DEPS), None)
                if subject is not None:
                    return subject
        if token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ in ("NOUN", "PROPN") \
                and token.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" for c in token.children):
            return token.head  # misparsed main verb: "The Turkish air force [carried out] raids"
        if is_passive(token) or (token.tag_ == "VBN" and token.dep_ in ("advcl", "acl") and not any(
                c.dep_ in ("aux", "auxpass") for c in token.children)):
            return None  # "if it is attacked", "civilians threatened with starvation": no doer
        if token.dep_ in ("xcomp", "acomp", "conj", "advcl") and token.head.i != token.i:
            # (not a participle that shares the passive: "were arrested and released")
            joined = token if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") \
                and token.tag_ != "VBN" else None
            token = token.head
            continue
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "dobj" \
                and token.head.lemma_.lower() in SAYING_NOUNS:
            token = token.head.head  # "X issued a statement urging ...": X urges
            continue
        # not through a relative clause: "Hamas, which advocates Israel's destruction" describes
        # its head; it is background, not news (the gold sets agree)
        return None
    return None


def object_of(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "nsubjpass" or (child.dep_ == "dobj" and not is_passive(token)):
            return child
    if reduced_passive(token):  # "One Japanese civilian killed in shooting"
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        # "allowed the opposition leader to hold a rally", parsed as a clause with its own
        # subject: whom the verb lets or makes do it is its object
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return _counted_object(token)


def _counted_object(token: Token) -> Token | None:
    """The object of "arrested up to 100 protesters" when the parser has read "up" as the
    verb's particle and "to 100 protesters" as a phrase of its own: the counted noun."""
    ups = [c for c in token.children if c.dep_ == "prt" and c.lower_ == "up"]
    for child in [*token.children, *(g for up in ups for g in up.children)]:
        if child.dep_ == "prep" and child.lower_ == "to" and ups and child.i - 1 == ups[0].i:
            counted = next((g for g in child.children if g.dep_ == "pobj"), None)
            if counted is not None and (counted.pos_ == "NUM" or any(
                    c.dep_ == "nummod" for c in counted.children)):
                return counted
    return None


def prep_objects(token: Token, prep: str, actors: ActorIndex) -> list[Token]:
    """The objects of preposition ``prep`` under a predicate or under its object noun.

    When the parser has hung the preposition elsewhere or left it without an object, the actor
    named right after it is taken ("engage politically with Putin's government")."""
    holders = [token] + [c for c in token.children if c.dep_ in ("dobj", "pobj")]
    holders += [g for c in token.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    holders += [n for c in token.children if c.dep_ == "dobj" for n in _object_extent(c)]
    for holder in holders:
        found = []
        for child in holder.children:
            if child.lower_ == prep:
                objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                found.extend(objects or _actor_after(child, actors))
            elif reads_as(child, (prep,)):  # "shipped out of the enclave": "from"
                found.extend(objects_of(child))
        if found:
            return found
    following = token.i + 1
    doc = token.doc
    while following < len(doc) and doc[following].pos_ in ("ADV", "PART"):
        following += 1
    if following < len(doc) and doc[following].lower_ == prep:
        return _actor_after(doc[following], actors)
    return []


def _object_extent(obj: Token) -> list[Token]:
    """The nouns an object goes on to, on whose last the parser hangs the verb's own phrases:
    what it counts ("returned dozens [of artifacts] to Peru"), its conjuncts and their examples
    ("sent supplies and personnel [such as doctors] to Nepal"); not what it is of ("the return
    of refugees to Syria": there the phrase is the noun's own)."""
    found: list[Token] = []
    frontier = [obj]
    for _ in range(3):
        following = []
        for noun in frontier:
            following.extend(c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))
            for prep in (c for c in noun.children if c.dep_ == "prep"):
                counted = prep.lower_ == "of" and noun.lemma_.lower() in QUANTITY_NOUNS
                listed = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
                if counted or listed:
                    following.extend(g for g in prep.children if g.dep_ == "pobj")
        found.extend(following)
        frontier = following
    return found


def _national(noun: Token, actors: ActorIndex) -> list[Token]:
    """The country adjective of an event noun that is what a sentence is about, its doer:
    "Palestinian protests against ... continued". Not "anti-Israeli protests" (whom it is
    against), "the Bali bombing" (where), "Palestinian-Israeli cooperation" (both), nor an
    event talked of ("a danger of Iranian attacks", "opposed to French mediation")."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return []
    doc = noun.doc
    found = []
    for child in noun.children:
        m = actors.of(child)
        hyphened = any(0 <= i < len(doc) and doc[i].text == "-" for i in (child.i - 1, child.i + 1))
        if child.dep_ == "amod" and child.pos_ == "ADJ" and m is not None \
                and m.kind in ("country", "demonym") and not hyphened \
                and not child.lower_.startswith(("anti", "pro")):
            found.append(child)
    return found


def _actor_after(token: Token, actors: ActorIndex) -> list[Token]:
    """The head of the actor mention that starts right after ``token``, if any, past a
    count or an article ("granted asylum to [five] Panamanian officers")."""
    doc = token.doc
    following = token.i + 1
    while following < len(doc) and actors.of(doc[following]) is None \
            and (doc[following].pos_ in ("DET", "NUM") or doc[following].dep_ == "quantmod"):
        following += 1
    if following < len(doc):
        after = actors.of(doc[following])
        if after is not None:
            return [doc[after.head]]
    return []


def asks(clause: Token) -> bool:
    """Whether a "that" clause says what should happen, not what did: "demanded that the US
    [cancel]" (subjunctive), "... [must] cooperate"; not "insisted that Obama [wiretapped] him"."""
    return clause.tag_ in ("VB", "VBP") or any(
        c.dep_ == "aux" and c.lower_ in ("must", "should", "shall", "would", "will")
        or c.dep_ == "auxpass" and c.lower_ == "be" for c in clause.children)  # "... be taken away"


#: nouns of what one asks of another: their "that" clause's subject is who is asked
DEMAND_NOUNS = {"demand", "call", "appeal", "request", "ultimatum", "insistence", "plea"}


def demand_nouns(token: Token) -> list[Token]:
    """The nouns of a demand a verb makes or holds to: its object or the object of one of its
    prepositions ("reiterated [its demand] that ...", "insisted on [its demands] that ...")."""
    found = [c for c in token.children if c.dep_ == "dobj"]
    found += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [n for n in found if n.pos_ == "NOUN" and n.lemma_.lower() in DEMAND_NOUNS]


#: verbs whose object is what is talked about, never with whom: "discussed the war in Syria"
TOPIC_VERBS = {"discuss", "debate"}


def talks_about(token: Token) -> bool:
    """Whether a verb's object is its topic ("discussed Syria"), not an actor it is done to."""
    return token.pos_ == "VERB" and token.lemma_.lower() in TOPIC_VERBS


def slot_tokens(token: Token, slot: str, actors: ActorIndex) -> list[Token]:
    """The tokens filling ``slot`` of a predicate.

    On an event noun the subject is its possessor or ``by`` phrase ("Moscow's annexation",
    "the attack by rebels"), or, when it is what a light verb carries and names no one else
    ("launched [its] invasion"), the light verb's subject; the object its ``of`` phrase ("the
    annexation of Crimea")."""
    if token.pos_ in ("NOUN", "PROPN"):
        if slot == "subject":
            # the "by" phrase first: in "Germany's first attack by an IS sympathiser" the
            # possessor is where it happened
            found = prep_objects(token, "by", actors) or slot_tokens(token, "poss", actors)
            carried = token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS
            if carried and found and all(t.tag_ == "PRP$" for t in found) \
                    and subject_of(token.head) is not None:
                found = []  # "Russia launched [its] invasion": "its" is the light verb's subject
            if not found and carried:
                subject = subject_of(token.head)  # "Iraq carried out air strikes against ..."
                found = [subject] if subject is not None else []
            return found or _national(token, actors)
        if slot == "object":
            return prep_objects(token, "of", actors)
        if slot not in NAMED_SLOTS and token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS:
            # "launched an assault [on X]": the parser hangs the phrase on the light verb
            return prep_objects(token, slot, actors) or prep_objects(token.head, slot, actors)
    if slot == "subject":
        s = subject_of(token)
        return [s] if s is not None else []
    if slot == "object":
        o = object_of(token)
        return [o] if o is not None and not talks_about(token) else []
    if slot == "poss":
        return [c for c in token.children if c.dep_ == "poss"]
    if slot == "iobj":
        return [c for c in token.children if c.dep_ == "dative"]
    if slot == "clause":  # "demanded that [Iran] release the sailors"
        # also the clause of the demand the verb makes, hung on the noun ("insisted on its
        # demands that [Burundi's government] grant ...")
        holders = [(token, ("ccomp",))] + [(n, ("acl", "ccomp")) for n in demand_nouns(token)]
        return [g for holder, deps in holders for c in holder.children if c.dep_ in deps and asks(c)
                for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if slot == "by" and is_passive(token):
        s = subject_of(token)
        return [s] if s is not None else []
    if talks_about(token) and slot not in ("with", "between"):
        # "discussed [with] X" wherever the parser hangs it, not "a return of refugees [to] X"
        return [g for c in token.children if c.dep_ == "prep" and c.lower_ == slot
                for g in c.children if g.dep_ == "pobj"]
    return prep_objects(token, slot, actors)


@dataclass(frozen=True)
class ActorRef:
    """An actor of an event: the mention that gives its code, and the whole noun phrase that
    names it in this event ("the detained leaders of the opposition party")."""

    mention: Mention
    phrase: tuple[int, int]  # token span [start, end)

    @property
    def known(self) -> bool:
        return self.mention.known


def of_country(m: Mention, country: str, via: str | None = None) -> Mention:
    """A mention of unknown country given ``country``: its sectors kept, its code rebuilt
    ("---COP" in Egypt is "EGYCOP"); ``via`` says how the country was found."""
    return replace(m, code=compose_code(country, None, m.sectors), country=country,
                   via=via or m.via)


#: words that say an actor comes from elsewhere than where the story is: "foreign journalists"
FOREIGN = {"foreign", "international", "overseas", "expatriate", "exiled", "visiting", "western",
           "outside"}


def said_foreign(ref: ActorRef | None, doc: Doc) -> bool:
    """Whether the words naming ``ref`` say it is from elsewhere than where it acts ("foreign
    correspondents", "international aid agencies"): a word of the phrase's own noun, not of a
    place it names ("an army base in [western] Afghanistan")."""
    if ref is None:
        return False
    head = ref.mention.head
    return any(t.lower_ in FOREIGN and (head < 0 or t.head.i == head or ref.mention.start <= t.i
                                        < ref.mention.end)
               for t in doc[ref.phrase[0]:ref.phrase[1]])


def placed(ref: ActorRef | None, country: str, doc: Doc) -> ActorRef | None:
    """An actor of unknown country acting where the event happens takes that place's country
    ("police arrested protesters in Cairo": EGYCOP -> EGYCVL), unless its words say it is from
    elsewhere (:func:`said_foreign`)."""
    if ref is None or ref.known or not ref.mention.sectors or ref.mention.members \
            or said_foreign(ref, doc):
        return ref
    return ActorRef(of_country(ref.mention, country, via="place"), ref.phrase)


def actors_in(token: Token, actors: ActorIndex, possessor: bool = True) -> list[ActorRef]:
    """The actors a slot token names: itself or its modifiers, and its conjuncts. With
    ``possessor`` false, an owner does not stand for what it owns ("Trump's plan contains...")."""
    found: list[ActorRef] = []
    # "Ukraine's Crimea region", "Hezbollah positions", "a British tanker" name their owner; a
    # subject is only what it names itself ("The Indian festival celebrates" is no act of India),
    # and a city before a noun names no owner ("the Minsk agreements"; but "U.S. military
    # airstrikes" are the U.S. military's)
    modifiers = ("poss", "compound", "amod", "nmod") if possessor else ("compound", "nmod")
    first_country = None
    tokens = [token, *token.conjuncts]
    for t in tokens:
        m = actors.of(t)
        if m is not None and not m.known and m.sectors and first_country and not m.members:
            # "Israeli helicopters and tanks": the tanks are Israeli too
            m = of_country(m, first_country)
        if (m is None or not m.known) and (t.lemma_.lower() in QUANTITY_NOUNS or t.pos_ == "NUM"):
            # "dozens of Islamic State fighters", "members of the opposition", "two of its soldiers"
            of = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
            if of is not None:
                # and the others counted with it that name their country ("scores of Sudanese
                # and Liberian refugees", parsed as two joined phrases; not "a number of towns
                # and villages", whose people are no one's the clause names)
                tokens.extend(c for c in of.conjuncts if c not in tokens
                              and actors.of(c) is not None and actors.of(c).country)
                m = actors.of(of) or next((actors.of(c) for c in of.children if c.dep_ in modifiers
                                           and actors.of(c) is not None), None) or m
        if m is None:  # "the group [al-Nusra Front]", "his lawyer [Anatoly Kucherena]"
            m = next((actors.of(c) for c in t.children if c.dep_ == "appos" and actors.of(c) is not None), None)
        if m is None and t.lemma_.lower() in COUNTRY_NOUNS:
            m = country_named(t, actors)  # "the island nation [of Tuvalu]": Tuvalu itself
        if m is None and not (not possessor and t.lemma_.lower() in THING_NOUNS):
            # ("The China-Switzerland FTA will benefit companies": a thing does not act)
            for child in t.children:
                near = actors.of(child) if child.dep_ in modifiers else None
                if near is None or (child.dep_ != "poss" and near.kind == "metonym"
                                    and near.end - near.start == 1) or (
                        not possessor and near.kind == "demonym") or _doers_own(t, child, near):
                    continue
                m = near
                break
        if m is None and possessor and t.lemma_.lower() in AUTHORED_NOUNS \
                and t.head.lemma_.lower() not in RECEIVING_VERBS:
            m = author_of(t, actors)  # "rejected the demand of the Organization of American States"
        if m is None and possessor and t.lemma_.lower() in SITE_NOUNS:
            m = country_of_site(t, actors)  # "struck a weapons depot in the Gaza Strip"
        if m is None or not m.resolved:
            continue
        if not m.known and "REF" in m.sectors and not m.members:
            m = _fled_from(t, m, actors)  # "refugees fleeing the war in Liberia": LBRREF
        if first_country is None and m.known and m.country and m.sectors:
            first_country = m.country
        extra = []
        named = t.doc[m.end - 1]  # the noun the mention ends on ("dozens of [Iraqi migrants]")
        if m.country and m.sectors and m.start < named.i and (named.i == t.i or t.i < m.start):
            # "Hungarian and Romanian officials": the officials of each country, also when
            # counted ("dozens of Syrian and Iraqi migrants")
            # a country name joined to the adjective is parsed as a modifier of its own ("U.S.
            # and Russian negotiators": U.S. <nmod, Russian its conjunct): each is a country too
            for mod in (c for c in named.children if c.dep_ == "amod" or (
                    c.dep_ in ("nmod", "compound") and c.conjuncts)):
                for other in (mod, *mod.conjuncts):
                    near = actors.of(other)
                    if near is not None and near.kind in ("demonym", "country") and not near.sectors \
                            and (other.pos_ == "ADJ" or mod.dep_ != "amod") and near.country != m.country:
                        extra.append(of_country(m, near.country))
        phrase = noun_phrase(t, m)
        if in_a_sum(t.doc, m, phrase):
            continue
        for member in [*(m.members or (m,)), *extra]:  # "the two countries": each country
            if all(ref.mention is not member for ref in found):
                found.append(ActorRef(member, phrase))
    return found


def _doers_own(thing: Token, owner: Token, m: Mention) -> bool:
    """Whether ``owner`` is a possessive pronoun standing for the doer of the act ``thing`` is
    the object of, or for one of the doers joined with it: "Germany, Russia and Sweden provided
    [their] donations" are each country's own donations, no target of the others'."""
    if m.via != "pronoun" or owner.tag_ != "PRP$" or m.refers is None or thing.dep_ != "dobj":
        return False
    subject = subject_of(thing.head)
    if subject is None or not subject.conjuncts:
        return False  # one doer's own things: the event matcher drops them as the same actor
    doers = {subject.i, *(c.i for c in subject.conjuncts)}
    return m.refers[2] in doers or any(m.refers[0] <= i < m.refers[1] for i in doers)


#: entity types of amounts: a sum, a share, a quantity
AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def in_a_sum(doc: Doc, m: Mention, phrase: tuple[int, int]) -> bool:
    """Whether a mention is only a nationality adjective in a sum of money or a share, which
    is no actor: "committed more than $10 million Canadian a year", "about 70 percent of
    Chinese deals" name no Canada or China. A name stays ("lend Ukraine $1 billion" is one
    phrase to the parser)."""
    if not all(t.ent_type_ == "NORP" for t in doc[m.start:m.end]):
        return False
    start, end = phrase
    heads = [t for t in doc[start:end] if not start <= t.head.i < end]
    # (the parser may make the currency the head: "[$10 million] Canadian")
    return any(t.ent_type_ in AMOUNTS or any(c.dep_ == "nummod" and c.ent_type_ in AMOUNTS
                                             for c in t.children) for t in heads)


#: verbs of leaving one's country: what refugees flee names where they are from
FLEEING = {"flee", "escape", "leave"}


def _fled_from(token: Token, m: Mention, actors: ActorIndex) -> Mention:
    """Refugees of no named country given the country they come from, as their own phrase
    says: "refugees from Syria", "refugees fleeing the war in Yemen" (the first place
    of known country named under what they flee); ``m`` as it is when it says none."""
    phrases = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj"]
    phrases += [c for v in token.children if v.dep_ in ("acl", "relcl")
                and v.lemma_.lower() in FLEEING for c in v.children if c.dep_ in ("dobj", "prep")]
    for phrase in phrases:
        for word in phrase.subtree:
            near = actors.of(word)
            place = place_at(word, actors) if near is None else None
            country = near.country if near is not None and near.known and near.kind in (
                "country", "metonym") else place.country if place is not None else None
            if country:
                return of_country(m, country, via="place")
    return m


#: things that, as subjects, are no actor even when a country names them ("the China-Switzerland
#: FTA", "the Iran nuclear deal"): their modifiers do not act
THING_NOUNS = {"agreement", "deal", "treaty", "accord", "fta", "pact", "plan", "law", "bill",
               "resolution", "report", "program", "programme", "policy", "project", "initiative",
               "economy", "market", "crisis", "conflict", "war", "election", "elections", "budget",
               "border", "relationship", "relations", "ties", "issue", "question", "case", "model"}


#: nouns that count or part their "of" phrase, which names the actor
QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score",
                  "scores", "million", "millions", "number", "member", "members", "some", "many",
                  "several", "most", "all", "few", "group", "handful", "majority", "rest", "none",
                  "one", "each", "part", "section", "faction", "delegation", "contingent", "unit",
                  "convoy", "team", "band", "battalion", "brigade", "squad", "wing",
                  # what an actor holds: "positions of the security forces", "a base of the army"
                  "position", "positions", "base", "bases", "camp", "camps", "stronghold",
                  "strongholds", "office", "offices", "headquarters", "facility", "facilities",
                  "home", "homes", "embassy", "vehicle", "vehicles"}


def fill(token: Token, slots: tuple[str, ...], actors: ActorIndex,
         skip: tuple[Token, ...] = ()) -> list[ActorRef]:
    """The actors of the first slot that names any (not in the tokens ``skip``)."""
    for slot in slots:
        found = [ref for t in slot_tokens(token, slot, actors) if t not in skip
                 for ref in actors_in(t, actors, possessor=slot != "subject" or token.pos_ == "NOUN")]
        if found:
            return [as_place(ref) for ref in found] if slot in PLACE_PREPS else found
    return []


def as_place(ref: ActorRef) -> ActorRef:
    """A capital named as where something happens is its country, not its government ("a
    curfew in Nairobi": KEN, not KENGOV)."""
    m = ref.mention
    if m.kind != "metonym" or not m.country:
        return ref
    return ActorRef(replace(m, code=m.country, sectors=(), kind="country"), ref.phrase)


#: prepositions that tie an actor to a thing: where it is, whose it is, whom it is for
INSIDE_PREPS = {"of", "in", "near", "for", "against", "at"}
PLACE_PREPS = {"in", "near", "at"}


#: verbs whose object noun is the event their subject does ("carried out strikes", "held talks")
LIGHT_VERBS = {"carry", "launch", "conduct", "stage", "mount", "wage", "hold", "make", "impose",
               "order", "begin", "start", "resume", "intensify", "escalate", "step", "undertake",
               "perform", "execute", "commit", "sign", "reach", "offer", "extend", "provide"}


def speaker_of(tokens: list[Token], actors: ActorIndex) -> list[ActorRef]:
    """Who the text says said it: the subject of the speech verb whose complement holds the
    chain ("Israel attacked Syria, Iranian media said")."""
    top = tokens[-1]
    for _ in range(3):
        if top.dep_ not in ("ccomp", "parataxis", "conj") or top.head.i == top.i:
            break
        head = top.head
        speech = head if head.lemma_.lower() in SPEECH_VERBS else next(
            (c for c in top.children if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS), None)
        if speech is not None:
            subject = subject_of(speech)
            return actors_in(subject, actors) if subject is not None else []
        top = head
    for child in top.children:  # "Peace talks, the envoy said, will resume ..."
        if child.dep_ == "parataxis" and child.lemma_.lower() in SPEECH_VERBS:
            subject = subject_of(child)
            return actors_in(subject, actors) if subject is not None else []
    return []


def teller_of(token: Token, actors: ActorIndex) -> list[ActorRef]:
    """Who tells the clause at ``token``, however deep it sits in what is said ("saying there is
    little doubt that [they interfered]"; "[Y meddled], X said"): the subject of the nearest
    speech verb above it, or of one hanging beside the root."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.head.i == current.i:
            break
        current = current.head
        if current.lemma_.lower() in SPEECH_VERBS and current.pos_ == "VERB":
            subject = subject_of(current)
            return actors_in(subject, actors) if subject is not None else []
    for child in current.children:
        if child.dep_ == "parataxis" and child.lemma_.lower() in SPEECH_VERBS:
            subject = subject_of(child)
            return actors_in(subject, actors) if subject is not None else []
    return []
