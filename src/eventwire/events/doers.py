"""Who does an act, and of what country, when the parse and the knowledge base alone say
nobody: the last resorts of the event matcher (events/extract.py) before it gives up.

:func:`stand_in`, when a verb's subject names no actor by itself:

- a pronoun in what someone says is the speaker ("The Nigerian navy says it has ended
  ...", "Lavrov and Kerry said they hoped ..."), when coreference found no antecedent;
- a person or body the knowledge base does not know, named with a country or an agent word
  ("an Estonian MEP demanded", "Egypt's presidency decided", "the Turkish and Greek sides");
- a part or member of an organisation, country or legislature ("the humanitarian branches of
  the Federal Government of Somalia", "a group based in Trinidad", "Republicans in Congress"),
  or the members a subject names ("insurgent groups, including Ahrar al-Sham");
- the subject of a stative passive ("Vietnam is committed to ...", "Egypt is opposed to
  ..."), and a subject the parser hung elsewhere ("Ethiopia let free ...");
- the subject of "is guilty of [shelling]" (:func:`doer_copula`);
- supporters of a known leader or party: their country's civilians ("supporters of Imran Khan
  marched in Lahore": PAKCVL);
- for an act that did something, an organisation or an abbreviated country modifying it ("US
  drone strikes killed": USA).

A thing is never its owner's doer ("The China-Switzerland FTA will benefit companies"), nor an
event noun ("the attack on the convoy killed"), nor someone set against the actor named
("critics of the government").

For event nouns, :func:`giving_verb` and :func:`busy_verb` find the verb whose subject does the
act ("The EU has provided 1.2 billion euros for humanitarian aid", "were engaged in attacks",
"took part in protests", "are responsible for the attacks").

Who does an act no one is named as doing at all (a bomb, a passive arrest, forces moved) is
read by convention in events/unnamed.py.

Of what country: :func:`owned` gives an agent of unknown country its possessor's ("their
forces", "Nicaragua's Sandinista government"); :func:`sole_country` and :func:`local` give it
the one country its clause names ("Egyptian police dispersed demonstrators": EGYCVL), never to
foreigners, refugees or counterparts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.kb import compose_code
from ..actors.mentions import ActorIndex, Mention
from ..actors.peoples import COUNT_NOUNS
from .patterns import PatternSet
from .phrases import WHEN, noun_phrase
from .slots import (THING_NOUNS, ActorRef, actors_in, of_country, placed, slot_tokens,
                    subject_of)

#: pronouns that may stand for the one who says the clause they are in; not "we", which in a
#: quote is the speaker's vague company ("we can only work with the tools we have", she said)
SPEAKER_PRONOUNS = {"it": "thing", "they": "any", "he": "person", "she": "person"}
#: how many "said that ... said that" clauses a pronoun is looked up through
MAX_REPORTED = 3
#: modifiers of a subject that may name whose it is
OWNER_DEPS = ("amod", "compound", "nmod", "poss")
#: what kind of actor each modifier of a subject may name as its owner: a country by its
#: adjective or name ("Estonian MEP", "Egypt's presidency"), an organisation only as a possessor
#: ("Human Rights Watch's director") or an agent ("the Egyptian military council")
OWNER_KINDS = {"amod": {"country", "demonym", "agent"}, "compound": {"country", "demonym"},
               "nmod": {"country", "demonym"}, "poss": {"country", "demonym", "org", "agent"}}
#: prepositions of a subject noun that name what it belongs to ("branches of", "officials from")
PART_PREPS = {"of", "from"}  # not "in": "people in Kiev" are no Ukrainian government
#: people who stand against the actor their words name: never that actor ("critics of the
#: government", "Iranian opponents of the deal" are no government, no Iran acting)
AGAINST = {"critic", "opponent", "enemy", "foe", "rival", "challenger", "adversary", "detractor",
           "target"}
#: people who stand beside or across from an actor: "their counterparts", "its neighbours"
RELATIONAL = {"counterpart", "neighbour", "neighbor", "partner", "ally", "host", "guest",
              "interlocutor", "mediator"}
#: people held by or suffering from the actor whose "of" or possessive names it ("prisoners of
#: Hamas", "Israel's hostages"); with a nationality they are its people ("Palestinian prisoners
#: rioted")
#: who speak and act in a person's name: "Putin's office declined to comment" is Putin's
VOICES = {"office", "spokesman", "spokeswoman", "spokesperson", "administration", "government",
          "cabinet", "camp", "aide", "aides"}
HELD = {"victim", "family", "relative", "hostage", "captive", "prisoner", "detainee", "survivor",
        "dissident", "defector", "refugee", "migrant", "kin"}
#: what causes harm or carries weight without acting on its own ("a car bomb killed", "the
#: aid supported"): things, and the actor before them is their owner, not a doer
INSTRUMENTS = {"bomb", "missile", "rocket", "shell", "mine", "explosion", "blast", "fire",
               "aid", "money", "fund", "funding", "package", "budget", "loan", "virus",
               "storm", "flood", "flooding", "earthquake", "cyclone", "hurricane", "disease",
               "motion", "proposal", "statement", "report", "document", "letter", "move",
               "step", "measure", "decision", "summit", "meeting", "talks", "conference", "visit"}


def stand_in(top: Token, actors: ActorIndex, patterns: PatternSet) -> list[ActorRef]:
    """The actors who do the act of verb ``top`` when its subject names none (see the module
    docstring); [] when there is no subject or it is not one of the cases read here."""
    if top.pos_ not in ("VERB", "AUX", "ADJ"):
        return []
    copula = doer_copula(top)
    if copula is not None and subject_of(top) is None:  # "X is guilty of [shelling] ..."
        return [ref for t in slot_tokens(copula, "subject", actors)
                for ref in actors_in(t, actors, possessor=False) if ref.mention.resolved]
    subject = subject_of(top) or _stative_subject(top)
    if subject is None:
        misparsed = _misparsed_subject(top, actors)
        return [] if misparsed is None else [
            ref for ref in actors_in(misparsed, actors, possessor=False) if ref.mention.resolved]
    if subject.dep_ == "csubj" and subject.tag_ in ("VBG", "VBN"):
        # "The Red Cross [working] in Syria said ...": a participle on the subject read as the
        # clause that is the subject; its own subject is the speaker
        described = next((c for c in subject.children if c.dep_ == "nsubj"
                          and c.pos_ in ("NOUN", "PROPN")), None)
        return [] if described is None else [
            ref for ref in actors_in(described, actors, possessor=False) if ref.known]
    if subject.dep_ == "nsubjpass":  # "Ghana is committed to reforming its cocoa sector"
        return [ref for ref in actors_in(subject, actors, possessor=False) if ref.known] or (
            _owner(subject, actors) if _may_act(subject, patterns) else [])
    if subject.pos_ == "PRON":
        return _speaker(subject, actors)
    members = _included(subject, actors)
    if members:  # "Critics, including the World Bank, say ...": the members named
        return members
    subject = _counted_followers(subject)  # "thousands [of] supporters of ..."
    if subject.lemma_.lower() in FOLLOWERS:
        return _followers(subject, actors)
    if subject.pos_ in ("NOUN", "PROPN") and _may_act(subject, patterns):
        return _owner(subject, actors)
    if subject.lemma_.lower() in WEAPONS:
        return _firer(subject, actors)
    if subject.pos_ == "NOUN" and patterns.candidates(subject.lemma_.lower(), "noun"):
        # an act that did something ("Israeli airstrikes killed ten people"): its doer did it
        return [ref for t in slot_tokens(subject, "subject", actors)
                for ref in actors_in(t, actors) if ref.known] or _compound_doer(subject, actors)
    return []


#: acts of force that do harm: their doer may be named as their modifier ("US drone strikes")
STRIKES = {"strike", "airstrike", "attack", "raid", "airraid", "bombing", "shelling", "assault",
           "bombardment", "offensive", "fire", "operation", "incursion", "ambush"}


def _compound_doer(act: Token, actors: ActorIndex) -> list[ActorRef]:
    """The doer an act noun names as a modifier, itself or on its weapon: an organisation
    ("Hamas rocket attacks", "NATO air strikes") or a country by an abbreviation that stands
    as its adjective ("US drone strikes killed": USA). Not a country's full name ("Syria air
    strikes" are as often strikes on Syria). Only for acts of force: "EU sanctions target
    oligarchs" is no attack by the EU."""
    if act.lemma_.lower() not in STRIKES:
        return []
    modifiers = [c for c in act.children if c.dep_ == "compound"]
    modifiers += [g for c in modifiers for g in c.children if g.dep_ == "compound"]
    found = []
    for word in modifiers:
        m = actors.of(word)
        if m is None or not m.known or m.members or _against(word, m):
            continue
        abbreviated = word.text.replace(".", "").isupper() and len(word.text.replace(".", "")) <= 4
        if (m.kind == "org" or (m.kind == "country" and abbreviated)) \
                and all(ref.mention.code != m.code for ref in found):
            found += [ref for ref in actors_in(word, actors) if ref.mention is m][:1]
    return found


#: people who follow a leader or a party: its country's people, not the leader or party
FOLLOWERS = {"supporter", "follower", "loyalist", "partisan", "sympathizer", "sympathiser"}
#: words that count people: "thousands of supporters", "some supporters"
COUNTS = COUNT_NOUNS | {"some", "many"}


def _followers(noun: Token, actors: ActorIndex) -> list[ActorRef]:
    """The supporters of a known person or party ("Thousands of supporters of Imran Khan
    marched in Lahore", "Khan's supporters marched"): their country's civilians, as
    protesters and voters are (PAKCVL), never the leader or party themselves."""
    named = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    named += [c for c in noun.children if c.dep_ in ("poss", "compound")]
    for word in named:
        m = actors.of(word)
        if m is None or not m.known or not m.country or m.members or m.kind == "country":
            continue
        start = noun.left_edge.i
        people = Mention(start=start, end=noun.i + 1, code=compose_code(m.country, None, ("CVL",)),
                         country=m.country, sectors=("CVL",), entity=None, kind="agent",
                         via="reference", head=noun.i)
        return [ActorRef(people, (start, noun.i + 1))]
    return []


def _counted_followers(noun: Token) -> Token:
    """The followers a number or count stands for ("thousands [of] supporters of ...": the
    supporters); ``noun`` itself otherwise."""
    counted = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
    if counted is not None and counted.lemma_.lower() in FOLLOWERS and (
            noun.pos_ == "NUM" or noun.lemma_.lower() in COUNTS):
        return counted
    return noun


def followers_acted_on(verb: Token, actors: ActorIndex) -> list[ActorRef]:
    """Followers of a known person or party that an act is done to ("released two followers of
    rebel leader Riek Machar", "supporters of the opposition were arrested"): their country's
    civilians (:func:`_followers`), never the leader or party they follow."""
    if verb.pos_ != "VERB":
        return []
    outer = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if outer is None:
        return []
    done_to = _counted_followers(outer)  # "dozens [of] supporters of ..."
    if done_to.lemma_.lower() not in FOLLOWERS:
        return []
    # named by the phrase up to whom they follow ("dozens of supporters of Alexei Navalny"), not
    # where they are ("... of Imran Khan [in Lahore]")
    led = [m for m in (actors.of(t) for t in done_to.subtree if t.i > done_to.i)
           if m is not None and m.known and m.kind != "country"]
    ends = [m.end for m in led[:1]]
    return [ActorRef(ref.mention, (outer.left_edge.i, max([ref.phrase[1], *ends])))
            for ref in _followers(done_to, actors)]


#: what is fired or dropped: "Israeli missiles struck", "rockets fired by Hamas hit": the one
#: who fires them does the act (a bomb "in Kiev" has no one named)
WEAPONS = {"missile", "rocket", "shell", "mortar", "drone", "grenade", "bullet", "bomb"}


def _firer(weapon: Token, actors: ActorIndex) -> list[ActorRef]:
    """Who fired a weapon that is the subject of an act: the "by" agent of what was done with
    it ("rockets [fired by Hamas]", "a [Taliban-claimed] bomb") or its owner ("Israeli
    missiles")."""
    for child in weapon.children:
        if child.dep_ in ("acl", "amod") and child.tag_ == "VBN":
            agents = [g for a in child.children if a.dep_ == "agent" for g in a.children
                      if g.dep_ == "pobj"]
            agents += [a for a in child.children if a.dep_ in ("npadvmod", "compound")]  # "a
            # Taliban-claimed car bomb"
            found = [ref for g in agents for ref in actors_in(g, actors) if ref.known]
            if found:
                return found
    return _owner(weapon, actors)


#: passives that say what their subject is set on or busy with, not what was done to it: "is
#: committed to", "is determined to", "were engaged in ethnic cleansing"
STATIVE_PASSIVES = {"commit", "determine", "prepare", "dedicate", "engage", "involve", "resolve",
                    "poise", "bent", "intent", "oppose"}  # "Egypt is opposed to Turkish mediation"


def _stative_subject(verb: Token) -> Token | None:
    """The passive subject of a stative passive ("Serbia is determined to ..."), through the
    verbs it controls ("committed to [opening up]" hangs under "committed")."""
    for _ in range(3):
        if verb.lemma_.lower() in STATIVE_PASSIVES and verb.tag_ == "VBN":
            return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _misparsed_subject(verb: Token, actors: ActorIndex) -> Token | None:
    """A subject the parser hung elsewhere: "Uganda let [free] about 40 opposition activists"
    (the freed are no subject of "free": whoever lets them free frees them), or a known name
    before the verb read as an adverb ("In cooperation with partners, USAID provided ...")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "let":
        return subject_of(verb.head)
    if verb.dep_ == "relcl" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.dep_ in (
            "ROOT", "appos") and not any(c.tag_ in ("WDT", "WP", "WP$") for c in verb.children):
        # "The Iraqi government, a number of parties [condemned] the strikes": the sentence's
        # verb read as a clause on its subject, which has no subject of its own
        noun = verb.head
        return noun.head if noun.dep_ == "appos" else noun
    return next((c for c in verb.children if c.i < verb.i and c.pos_ == "PROPN"
                 and c.dep_ in ("advmod", "npadvmod", "dep")
                 and actors.of(c) is not None and actors.of(c).known), None)


def _speaker(pronoun: Token, actors: ActorIndex) -> list[ActorRef]:
    """The speaker a pronoun subject of a reported clause stands for: "X says it ...", "X said
    they hoped ..." (and through nested reports, "X said it believed it could ...")."""
    agreement = SPEAKER_PRONOUNS.get(pronoun.lower_)
    if agreement is None:
        return []
    clause = pronoun.head
    for _ in range(MAX_REPORTED):
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in clause.children if c is not pronoun):
            clause = clause.head  # "it has ceased ... but warned it will retaliate"
        if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
            return []
        teller = subject_of(clause.head)
        if teller is None:
            return []
        # a speaker of unknown country too ("The union said it will not end the strike"): the
        # matcher decides whether such an actor can make an event
        found = [ref for ref in actors_in(teller, actors, possessor=False)
                 if (ref.known or ref.mention.sectors) and _agrees(ref.mention, agreement)]
        if found:
            return found
        if teller.pos_ != "PRON":
            return []
        clause = clause.head
    return []


def _against(word: Token, mention: Mention) -> bool:
    """Whether a modifier says the opposite of belonging: "anti-Iranian sanctions"."""
    doc = word.doc
    first = doc[mention.start]
    return first.lower_.startswith("anti") or (
        mention.start >= 2 and doc[mention.start - 1].text == "-" and doc[mention.start - 2].lower_ == "anti")


def owned(ref: ActorRef, token: Token, actors: ActorIndex) -> ActorRef:
    """An actor of unknown country ("forces", "government", "police chief") whose possessive or
    modifier names a known owner takes the owner's country: "their forces" after "Bosnian Serbs
    said" (BIHMIL), "his government" (Putin's: RUSGOV), "Sri Lanka's police chief" (LKACOP),
    "the Sao Paulo state government" (BRAGOV), "Republicans in Congress" (USAPTY); and "its troops" in what a country says ("Russia
    said its troops had ...": RUSMIL; "its" names no one on its own, so its owner is the
    speaker)."""
    m = ref.mention
    if m.known or not m.sectors or m.members:
        return ref
    head = token.doc[m.head] if m.head >= 0 else token
    if head.lemma_.lower() in AGAINST | RELATIONAL:
        return ref  # "their European counterparts" are not theirs
    # and the owner named in an apposition: "Karim Tabbou, [Algeria's] best-known activist"
    described = [c for c in head.children
                 if c.dep_ == "appos" and c.lemma_.lower() not in AGAINST | RELATIONAL]
    for child in [*head.children, *(g for c in described for g in c.children
                                    if actors.of(c) is None or actors.of(g) is not actors.of(c))]:
        if child.dep_ not in OWNER_DEPS or m.start <= child.i < m.end:
            continue
        owner = actors.of(child)
        if owner is None and child.dep_ == "poss" and child.lower_ in ("its", "their"):
            owner = next((r.mention for r in _speaker_of_clause(head, actors)
                          if r.mention.kind != "person"), None)
        if owner is None or not owner.known or not owner.country or owner.members \
                or _against(child, owner):
            continue
        return ActorRef(of_country(m, owner.country, via="reference"), ref.phrase)
    for prep in head.children:  # "Republicans in Congress": members of a placed legislature
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        body = next((actors.of(g) for g in prep.children if g.dep_ == "pobj"), None)
        if body is not None and body.known and body.country and "LEG" in body.sectors:
            return ActorRef(of_country(m, body.country, via="reference"), ref.phrase)
    return ref


def _speaker_of_clause(token: Token, actors: ActorIndex) -> list[ActorRef]:
    """The known actors who say the clause ``token`` is the subject of ("Russia said [its troops]
    had attacked")."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return []
    teller = subject_of(clause.head)
    return [r for r in actors_in(teller, actors, possessor=False) if r.known] if teller is not None else []


def _included(noun: Token, actors: ActorIndex) -> list[ActorRef]:
    """The known actors a subject names as its members: "Syrian insurgent groups, including
    Ahrar al-Sham"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "including":
            return [ref for pobj in child.children if pobj.dep_ == "pobj"
                    for ref in actors_in(pobj, actors) if ref.known]
    return []


def _agrees(mention: Mention, agreement: str) -> bool:
    """Whether a pronoun of this kind can stand for the mention ("it" is no person, "he" no
    country)."""
    if agreement == "person":
        return mention.kind == "person"
    if agreement == "thing":
        return mention.kind != "person"
    return True


def _may_act(noun: Token, patterns: PatternSet) -> bool:
    """Whether a subject noun may be a person or body who acts: not a thing, an event, a
    time, or someone set against the actor it names."""
    lemma = noun.lemma_.lower()
    if noun.tag_ == "NN" and lemma.endswith("ing"):
        return False  # "the dismantling of sanctions": an act, not a doer
    if lemma in THING_NOUNS or lemma in INSTRUMENTS or lemma in AGAINST or noun.lower_ in THING_NOUNS:
        return False
    if noun.ent_type_ in WHEN or noun.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
        return False
    # an event noun ("the attack", "a protest") is what happened, not who did it
    return not patterns.candidates(lemma, "noun")


def _owner(noun: Token, actors: ActorIndex) -> list[ActorRef]:
    """The known country, organisation or agent that a subject the base does not know belongs
    to: its modifier ("Estonian", "Egypt's", "the Egyptian military") or the object of its "of"
    phrase ("agencies of the Federal Government of Nigeria")."""
    held = noun.lemma_.lower() in HELD
    found = []
    for child in noun.children:
        if child.dep_ not in OWNER_DEPS or (held and child.dep_ == "poss"):
            continue
        for word in (child, *child.conjuncts):  # "the Turkish and Greek sides"
            m = actors.of(word)
            if m is None or not m.known or m.members or m.via == "pronoun" or _against(word, m):
                continue
            if m.kind not in OWNER_KINDS[child.dep_] and not (
                    m.kind == "person" and child.dep_ == "poss" and noun.lemma_.lower() in VOICES):
                continue  # "Trump's lawyer" does not speak as Trump, nor "the State Department
                # Correspondents' Association" as the State Department
            if all(ref.mention.code != m.code for ref in found):
                found.append(ActorRef(m, noun_phrase(noun, m)))
    if found:
        return found
    kinds = {"country", "demonym", "org", "metonym", "agent"}
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() == "base":
            # "a group based in Trinidad": the country it is based in (not a city's government)
            child, kinds = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "in"),
                                child), {"country"}
        elif child.dep_ == "prep" and child.lower_ == "in":
            kinds = {"metonym", "org"}  # "Republicans in Congress": its members, not a city's
            if not any(set(m.sectors) & {"LEG"} for m in (actors.of(g) for g in child.children)
                       if m is not None):
                continue
        elif child.dep_ != "prep" or child.lower_ not in PART_PREPS or (held and child.lower_ == "of"):
            continue
        for pobj in (g for g in child.children if g.dep_ == "pobj"):
            found = [ref for ref in actors_in(pobj, actors) if ref.known and ref.mention.kind in kinds]
            if found:
                return [ActorRef(ref.mention, noun_phrase(noun, ref.mention)) for ref in found]
    return []


#: verbs that give an amount of something ("allocated 95 million euros in aid"); not "received",
#: "lost" or "cut", whose subject is no giver
GIVING_VERBS = {"provide", "allocate", "announce", "pledge", "earmark", "give", "donate", "send",
                "grant", "approve", "commit", "contribute", "offer", "deliver", "extend",
                "mobilise", "mobilize", "disburse", "spend", "release", "make"}
#: what an amount is given in or for: "$5 million in aid", "1.2 billion euros for aid"
AMOUNT_PREPS = {"in", "for", "of", "worth"}


#: verbs whose subject takes part in the act its phrase names, by preposition: "were engaged
#: in [ethnic cleansing]", "took part in [protests]", "gathered for [a rally]", "turned to
#: [violence]"; and by object: "joined [the protests]", "organised [a rally]" ("resorted to" is
#: a pass frame, frames.yaml resort_to, which gives its act the subject as any frame does)
TAKING_PART = {"in": {"engage", "involve", "participate", "join"}, "for": {"gather", "assemble",
               "converge", "mass", "rally"}, "to": {"turn"},
               "dobj": {"join", "organise", "organize", "lead"}}


#: adjectives that say their subject did the act of their phrase, by its preposition: "is
#: guilty of shelling the town", "are responsible for the rocket attacks"
DOING_ADJECTIVES = {"guilty": "of", "responsible": "for", "culpable": "for"}
#: those whose gerund is a duty, not a deed: "is responsible for coordinating aid"
DUTY_ADJECTIVES = {"responsible"}


def doer_copula(word: Token) -> Token | None:
    """The copula whose subject did the act ``word`` names as what it is guilty of or
    responsible for ("Hamas is responsible for [the rocket attacks]", "is guilty of [shelling]
    the town"); not "found guilty of" or "held responsible for", someone else's finding."""
    prep = word.head
    if word.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep":
        return None
    adjective = prep.head
    if DOING_ADJECTIVES.get(adjective.lemma_.lower()) != prep.lower_ \
            or adjective.dep_ != "acomp" or adjective.head.lemma_ != "be" \
            or (word.dep_ == "pcomp" and adjective.lemma_.lower() in DUTY_ADJECTIVES):
        return None
    return adjective.head


def busy_verb(noun: Token) -> Token | None:
    """The verb whose subject does the act an event noun names as what it takes part in ("the
    militias were engaged in [ethnic cleansing]", "Thousands of students took part in
    [protests]", "converged on the capital for [a rally]", "joined [the protests]"): its
    subject does the act. Only the passive of "involve" ("were involved in"), which otherwise
    says what the act entails. Also the copula of "are responsible for [the killings]"
    (:func:`doer_copula`)."""
    copula = doer_copula(noun)
    if copula is not None:
        return copula
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ != "VERB" or verb.head is verb and verb.dep_ != "ROOT":
        return None
    lemma = verb.lemma_.lower()
    if noun.dep_ == "dobj":
        return verb if lemma in TAKING_PART["dobj"] else None
    if noun.dep_ != "pobj" or noun.head.lower_ not in TAKING_PART:
        return None
    if lemma == "take" and noun.head.lower_ == "in" and any(
            c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return verb  # "took part in"
    if lemma == "involve" and verb.tag_ != "VBN":
        return None  # "a plan that involves talks" is no doer of the talks
    return verb if lemma in TAKING_PART[noun.head.lower_] else None


#: prepositions that set an act done together as the occasion of the clause's own act ("said
#: [after talks with] Chinese officials", "spoke to reporters [following a meeting with] Erdogan")
OCCASION_PREPS = {"after", "following", "during", "at", "since"}


def occasion_verb(noun: Token) -> Token | None:
    """The verb an act done together is the occasion of: its subject took part ("Putin spoke to
    reporters following a meeting with Erdogan": Putin met Erdogan). Only for acts two do
    together (an attack after which someone acts is someone else's)."""
    if noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPS and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def giving_verb(noun: Token) -> Token | None:
    """The verb that gives an amount of the act ``noun`` names ("provided [$5 million] in aid"):
    its subject is the act's doer, its "to" phrase whom it is for. None when the noun is not
    the object of an amount so given."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in AMOUNT_PREPS:
        return None
    amount = noun.head.head
    if not _is_amount(amount) or amount.dep_ != "dobj":
        return None
    verb = amount.head
    return verb if verb.lemma_.lower() in GIVING_VERBS and verb.pos_ == "VERB" else None


def _is_amount(token: Token) -> bool:
    """Whether a noun is an amount: money, a number of something ("25,000 tons")."""
    return token.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or any(
        c.dep_ == "nummod" or c.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") for c in token.children)


def sole_country(token: Token, actors: ActorIndex, skip: tuple[int, int] = (0, 0)) -> str | None:
    """The one country the clause of predicate ``token`` names, through its actors and places,
    or None when it names none or several: an actor of unknown country in a story about one
    country is of that country ("The fundamentalist Umma party said it will boycott Algeria's
    elections": DZAPTY). Not a country named in another clause: a relative clause ("Wang Yang,
    who met the Philippine delegation, said ...") or a reason ("arrested him, accusing him of
    planning an attack on Israeli targets"). ``skip``: a span whose actors do not count (the
    target's, when placing a source: "rebels abducted two Indian nationals" are no Indian
    rebels)."""
    sentence = token.sent
    countries = {m.country for m in actors.mentions
                 if m.country and sentence.start <= m.start < sentence.end
                 and not skip[0] <= m.start < skip[1]
                 and _same_clause(token.doc[m.head] if m.head >= 0 else token.doc[m.start], token)}
    return countries.pop() if len(countries) == 1 else None


#: arcs that open another clause than the one they hang in
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "csubj", "pcomp", "parataxis", "acl"}


def _same_clause(word: Token, predicate: Token) -> bool:
    """Whether ``word`` hangs in the clause of ``predicate`` (or of what governs it): no clause
    arc between it and where its path meets the predicate's, but a participle describing a noun
    ("workers [affiliated] with the Serbian union") is part of it."""
    above = {predicate.i, *(t.i for t in predicate.ancestors)}
    current = word
    while current.i not in above:
        if current.dep_ in CLAUSE_DEPS and not (current.dep_ == "acl" and current.tag_ == "VBN"):
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return True


#: sectors of people who are, in the news, mostly from elsewhere than where they are
FROM_ELSEWHERE = {"REF", "IGO", "NGO", "MNC"}


def local(ref: ActorRef | None, country: str, doc: Doc, actors: ActorIndex) -> ActorRef | None:
    """``ref`` placed in ``country`` (:func:`placed`), unless it is said to be from elsewhere
    ("foreign media", "international aid agencies", "their counterparts") or is of a kind that
    mostly is (refugees)."""
    if ref is None or ref.known or set(ref.mention.sectors) & FROM_ELSEWHERE:
        return ref
    if ref.mention.head >= 0 and doc[ref.mention.head].lemma_.lower() in AGAINST | RELATIONAL:
        return ref  # "their European counterparts", "its rivals": from elsewhere
    head = doc[ref.mention.head] if ref.mention.head >= 0 else None
    if head is not None and (any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children)
                             or (head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "from")):
        return ref  # "banned visitors from five countries" (however parsed): from elsewhere
    if any(m is not None and m.known and m is not ref.mention
           for m in (actors.of(t) for t in doc[ref.phrase[0]:ref.phrase[1]])):
        return ref  # "leaders from the military alliance" are of the alliance
    if head is not None and any(c.dep_ == "poss" and c.pos_ == "PROPN" and actors.of(c) is None
                                for c in head.children):
        return ref  # "the North's leader": of its owner's country, which the base does not know
    return placed(ref, country, doc)
