"""How a pattern's words are found on the parse: whether the further words of a predicate
("call *for*", "cut *ties*", "cease-fire") hang under a token, which tokens they matched, and
which domain words ("military", "humanitarian") qualify it. Used by the event matcher
(events/extract.py) and ``eventwire explain``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .patterns import Pattern, PatternSet, Predicate, lemma_of
from .phrases import WHEN
from .prepositions import as_preposition
from .slots import subject_of

def matches(token: Token, pred: Predicate, near: frozenset[str] | None = None) -> bool:
    """Whether the further words of a predicate ("call *for*", "cut *ties*") hang under it,
    after it. A word may give alternatives ("food|relief") and stems ("cooperat*"). ``near``:
    the words under the token, when the caller has them already (see :func:`words_near`)."""
    if not pred.extra:
        return True
    if near is None:
        near = words_near(token)
    direct = None
    for word in pred.extra:
        if word == CLAUSE:
            if not has_clause(token):
                return False
            continue
        if word == PERSON:
            if not has_person_object(token):
                return False
            continue
        if word in PARTICLES:  # "call for": the preposition hangs on the verb, or follows it
            if direct is None:
                following = token.i + 1
                while following < len(token.doc) and token.doc[following].pos_ == "ADV":
                    following += 1
                # not a time phrase: "called Modi [on Tuesday]" is no "call on"
                direct = frozenset(c.lower_ for c in token.children
                                   if c.i > token.i and c.dep_ in ("prep", "prt", "agent")
                                   and not _of_time(c)) | (
                    {token.doc[following].lower_} if following < len(token.doc) else set())
            if word not in direct:
                return False
            continue
        if not any(_fits(word, w) for w in near):
            return False
    return True


#: the pattern word for a clause with its own subject under the predicate ("agreed [there was a
#: need ...]"): what is agreed so is a view, not an act agreed to
CLAUSE = "<clause>"


def has_clause(token: Token) -> bool:
    """Whether a clause with a subject of its own hangs under the token: a "that" clause ("agreed
    (that) the plan was flawed", "wants Germany to pay", parsed with Germany its subject), or an
    object with its own infinitive ("wants [Germany] [to pay]")."""
    if any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
           and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
           for c in token.children):
        return True
    return any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in token.children)


#: the pattern word for people as the object ("release <person>"): whom the act is done to are
#: people, known to the knowledge base or not ("freed Pablo Moncayo", "will release two
#: policemen"), not things ("released a statement", "released funds")
PERSON = "<person>"

#: nouns of people held, taken or let go, that name no actor by themselves
CAPTIVE_NOUNS = frozenset("hostage prisoner detainee captive abductee inmate victim kidnappee "
                          "homeguard guard crew crewman crewmember sailor fisherman national "
                          "citizen tourist worker engineer man woman child boy girl people "
                          "person".split())


def has_person_object(token: Token) -> bool:
    """Whether the object of ``token`` (or one joined to it) names people: a person the
    parser tags as one, an actor mention of a person or of people by their role ("two
    ex-ministers", "three soldiers"), or a noun of people held or let go ("the hostages")."""
    actors = token.doc._.actors if token.doc.has_extension("actors") else None

    def of_people(head: Token) -> bool:
        mention = actors.of(head) if actors else None
        return mention is not None and mention.kind in ("person", "agent")

    for obj in (c for c in token.children if c.dep_ == "dobj"):
        for head in (obj, *(c for c in obj.children if c.dep_ == "conj")):
            if head.ent_type_ == "PERSON" or of_people(head) or head.lemma_.lower() in CAPTIVE_NOUNS:
                return True
    return False


def _of_time(prep: Token) -> bool:
    """Whether a preposition heads a point in time only ("on Friday", "at dawn"); not a
    duration: "pounded the town for a sixth straight day" is PETRARCH's "attack ... for"."""
    objects = list(prep.children)
    if prep.lower_ not in ("on", "upon", "at", "in"):
        return False
    return bool(objects) and all(g.ent_type_ in WHEN for g in objects)


def _fits(word: str, form: str) -> bool:
    """Whether a word form is one a pattern word stands for ("food|relief*": "relief", "reliefs")."""
    exact, stems = _options(word)
    return form in exact or any(form[:size] in prefixes for size, prefixes in stems)


#: prepositions and particles of a verb ("call for", "call on", "set up")
PARTICLES = frozenset("for on upon to with against from into about over up down off out in at by "
                      "as toward towards".split())


#: nouns of a ban or restriction: what they bear on ("on the press") is part of the act's wording
RESTRICTION_NOUNS = frozenset("restriction ban curb censorship limit control".split())


#: nouns of how many times or how much of an act there is ("a round of joint exercises"): the
#: words qualifying their "of" phrase are the act's own
SERIES_NOUNS = frozenset("round series wave spate string set week day month".split())

#: nouns of a part or quantity of what is acted on ("froze [part] of its security assistance",
#: "[$5 million worth] of medical supplies"): the words qualifying their "of" phrase are the act's
#: own, as those of the object itself are
PARTITIVE_NOUNS = frozenset("part parts portion share half bulk rest remainder some most much all "
                            "worth amount quantity % percent".split())
COUNTING_NOUNS = SERIES_NOUNS | PARTITIVE_NOUNS


def words_near(token: Token) -> frozenset[str]:
    """The lemmas and lower-case forms of the words hanging under a token, after it, and the
    joined forms of hyphenated compounds ("cease-fire": also "ceasefire")."""
    return frozenset(w for t in _near(token) if t.i > token.i
                     for w in (t.lemma_.lower(), t.lower_, *joined_forms(t)))


def joined_forms(token: Token) -> tuple[str, ...]:
    """The forms of a hyphenated compound whose last part is ``token``: the tokenizer splits
    "cease-fire" into cease / - / fire, and "fire" alone is not what a pattern's "cease-fire" or
    "ceasefire" means. Empty for a token that ends no such compound."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_ \
            or not doc[i - 2].is_alpha:
        return ()
    first = doc[i - 2].lower_
    return tuple(dict.fromkeys(f"{first}{sep}{last}" for last in (token.lower_, token.lemma_.lower())
                               for sep in ("-", "")))


@lru_cache(maxsize=None)
def _options(word: str) -> tuple[frozenset[str], tuple[tuple[int, frozenset[str]], ...]]:
    """The exact words a pattern word stands for, and its stems grouped by length:
    "aid|relief*|food*" -> ({aid}, ((4, {food}), (6, {relief})))."""
    parts = word.split("|")
    stems: dict[int, set[str]] = {}
    for p in parts:
        if p.endswith("*"):
            stems.setdefault(len(p) - 1, set()).add(p[:-1])
    return (frozenset(p for p in parts if not p.endswith("*")),
            tuple((size, frozenset(group)) for size, group in sorted(stems.items())))


def _near(token: Token) -> list[Token]:
    """Children and grandchildren: where a particle, preposition or object noun hangs, and
    the "of" phrase of the object ("accused Myanmar [of abuses]", "declared a state [of
    emergency]") or of a particle ("pulled out [of the deal]", parsed out -> of -> deal); not a
    time phrase ("on Friday" is no "call on"), nor a verb joined to this one ("rejected the
    offer and [dismissed allegations]": the allegations are the other verb's)."""
    out = []
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            continue
        grandchildren = list(child.children)
        if (child.ent_type_ in WHEN and not _counted_span(child)) or (
                child.dep_ == "prep" and grandchildren and all(g.ent_type_ in WHEN for g in grandchildren)):
            continue
        out.append(child)
        out.extend(grandchildren)
        if child.dep_ in ("prep", "prt") and child.lower_ in PARTICLES:
            out.extend(g for p in grandchildren if p.dep_ == "prep"
                       for g in p.children if g.dep_ == "pobj")
            if child.lower_ == "as":  # "died as a result [of] torture"
                out.extend(g for r in grandchildren if r.dep_ == "pobj"
                           and r.lemma_.lower() in RESULT_NOUNS for p in r.children
                           if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj")
            # the noun compounded with what the act is "on" or "in" names it ("went on
            # [hunger] strike", "took part in [hunger] strikes"), as it does for an object
            if child.lower_ in ("on", "in"):  # not "against [human rights] abuses": a topic
                out.extend(m for g in grandchildren if g.dep_ == "pobj"
                           for m in g.children if m.dep_ == "compound")
        if child.dep_ == "prep" and child.lower_ in CAUSE_HEADS:  # "died due [to] torture"
            out.extend(g for p in grandchildren if p.dep_ in ("pcomp", "prep")
                       for g in p.children if g.dep_ == "pobj")
        if child.dep_ == "dobj":
            # what the object is a round, series or part of ("held a fresh round [of joint
            # drills]", "carried out a series [of air strikes]"), with the words that
            # qualify it: the act is the "of" phrase's
            counted = [g for p in grandchildren if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
            out.extend(counted)
            if child.lemma_.lower() in COUNTING_NOUNS:
                out.extend(m for g in counted for m in g.children if m.dep_ in ("amod", "compound"))
            if child.lemma_.lower() in RESTRICTION_NOUNS:
                # what a ban or restriction bears on says what is eased ("lifted its ban [on
                # the opposition party]": a party ban, 0812; "restrictions on [the press]": 0811)
                borne = [g for p in grandchildren if p.dep_ == "prep" and p.lower_ in ("on", "against")
                         for g in p.children if g.dep_ == "pobj"]
                out.extend(borne)
                out.extend(m for g in borne for m in g.children
                           if m.dep_ in ("amod", "compound", "prep")
                           or m.dep_ == "pobj")
                # "restrictions on the sale [of the newspaper]": the of-phrase of what it bears on
                out.extend(o for g in borne for m in g.children if m.dep_ == "prep" and m.lower_ == "of"
                           for o in m.children if o.dep_ == "pobj")
    return out


#: prepositions of several words that give a cause: what they name hangs a step deeper than
#: a preposition's object ("died [due to] torture", "[as a result of] torture")
CAUSE_HEADS = frozenset({"due", "owing"})
RESULT_NOUNS = frozenset({"result", "consequence"})


def _counted_span(child: Token) -> bool:
    """Whether a time phrase is the object that counts out an act ("launched [five days] of
    war games"): a span of time with an "of" phrase, not a point in time ("on Friday")."""
    return child.dep_ == "dobj" and child.lemma_.lower() in SERIES_NOUNS and any(
        p.dep_ == "prep" and p.lower_ == "of" for p in child.children)


def worded_tokens(token: Token, pattern: Pattern) -> set[int]:
    """The tokens under ``token`` that a multi-word predicate of ``pattern`` matched on
    ("carry out air strike*": the noun "strikes"); particles and prepositions are not counted."""
    for pred in pattern.predicates:
        if pred.lemma != lemma_of(token.lemma_.lower()) or not pred.extra or not matches(token, pred):
            continue
        words = [w for w in pred.extra if w not in PARTICLES]
        found = set()
        for t in _near(token):
            for word in words:
                if _fits(word, t.lemma_.lower()) or _fits(word, t.lower_):
                    found.add(t.i)
                    if t.dep_ in ("compound", "amod") and t.head.i != token.i:
                        found.add(t.head.i)  # "air" of "air strikes": the strikes too
        return found
    return set()


def domain_of(token: Token, patterns: PatternSet) -> str:
    """The domain a predicate is qualified by ("militarily", "intelligence cooperation"), or
    its object is ("provided humanitarian aid")."""
    heads = [token] + [c for c in token.children if c.dep_ in ("dobj", "attr")]
    # what a quantity is of ("25,000 tons of food aid", "$5 million of aid"), what the act is
    # for ("aid for agricultural development") and the force or body it goes to ("troops to a
    # peacekeeping force") qualify it too; the word after "for" itself counts as well
    purposes = []
    # what the act's doers or goods are sent or serve as ("deployed [as peacekeeping forces]",
    # "sent as humanitarian aid"): the word itself counts, as after "for"
    purposes.extend(g for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
                    for g in c.children if g.dep_ == "pobj")
    heads.extend(purposes)
    for head in list(heads):
        for prep in head.children:
            # (also the "to" the parser makes a dative: "sent a contingent [to] the force")
            if as_preposition(prep) and prep.lower_ in ("of", "for", "to") and (
                    head is not token or prep.lower_ != "of"):
                pobjs = [g for g in prep.children if g.dep_ == "pobj"]
                heads.extend(pobjs)
                if prep.lower_ == "for":
                    purposes.extend(pobjs)
            elif prep.dep_ == "prep" and prep.lower_ == "on":
                # the mission or operation it is on ("sent troops to Mali on a peacekeeping
                # mission"); not "sanctions on military exports", what it bears on
                heads.extend(g for g in prep.children
                             if g.dep_ == "pobj" and g.lemma_.lower() in MISSION_NOUNS)
    for head in heads:
        words = list(head.children) + ([head] if head in purposes else [])
        # the words qualifying a compound modifier of a light head ("a [military] aid program")
        words += [m for c in head.children if c.dep_ == "compound" and head is not token
                  for m in c.children if m.dep_ in ("amod", "compound")]
        for child in words:
            if child is head or child.dep_ in ("advmod", "amod", "compound", "npadvmod", "nmod"):
                domain = patterns.domains.get(child.lower_) or patterns.domains.get(child.lemma_.lower())
                if domain:
                    return domain
    # peacekeepers who arrive or deploy make it peacekeeping ("Chinese peacekeepers arrived in
    # South Sudan": 074, not a visit); no other domain is read from who acts ("military
    # officials agreed to cooperate" is no military cooperation)
    doer = subject_of(token)
    if doer is None and token.lemma_.lower() in MOVING_VERBS:
        # and peacekeepers deployed or sent in the passive ("are being deployed"), who move
        # themselves; not those an act is done to ("peacekeepers were attacked")
        doer = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if doer is not None and (doer.dep_ != "nsubjpass" or token.lemma_.lower() in MOVING_VERBS):
        kin = [doer] + [g for p in doer.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"]
        for head in kin:
            for word in [head, *head.children]:
                if (word is head or word.dep_ in ("amod", "compound")) and PEACEKEEPING == (
                        patterns.domains.get(word.lower_) or patterns.domains.get(word.lemma_.lower())):
                    return PEACEKEEPING
    return ""


#: what an act is "on" that says its domain ("on a peacekeeping mission")
MISSION_NOUNS = frozenset({"mission", "operation", "deployment", "tour"})

#: verbs of forces moved, whose passive subject is who moves (domain_of)
MOVING_VERBS = frozenset({"deploy", "redeploy", "send", "dispatch", "station", "post"})

#: the one domain read from who acts (domain_of)
PEACEKEEPING = "peacekeeping"
