"""From what the parse says to the event record: codes, actors, dates, modality, evidence.

Turns each :class:`~eventwire.events.extract.Predication` of a parsed article into a frozen
:class:`~eventwire.model.Event` as CONTRACT.md defines it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..context.dates import capacity_words, date_words, resolve, role_period
from ..context.places import location_of
from ..context.quotes import find_quotes, quote_at
from ..actors.dated import act_day, role_then
from ..actors.kb import KnowledgeBase
from ..actors.mentions import ActorIndex
from ..model import Actor, Article, Event, Evidence, Location, Plover, Span
from .slots import ActorRef
from .ontology import Ontology
from .plover import plover_reading
from .extract import Predication
from .modality import OPINION_HEADS
from .protests import aimed, by_convention
from .prune import prune
from .words import record_words

#: how sure the coder is of an actor, by how its words were linked to it
CONFIDENCE = {"name": 0.8, "surname": 0.75, "pronoun": 0.6, "title": 0.6, "reference": 0.6,
              "place": 0.45, "convention": 0.5}


#: dependency labels of a clause under another: a purpose, a condition, a relative clause, a
#: reported clause, a later conjoined clause
CLAUSES = frozenset({"advcl", "xcomp", "acl", "relcl", "pcomp", "ccomp", "conj", "csubj"})
#: how much each clause between an event's words and the sentence's main verb lowers its
#: confidence: the main clause's act is what the sentence reports; what it wants, conditions,
#: or mentions in passing is less sure to be the news
CLAUSE_FACTOR = 0.8


def clause_depth(token: Token) -> int:
    """How many clauses an event's word sits under, from its sentence's main verb ("rejected
    Erdogan's call" in the main clause: 0; "to prevent ..." under it: 1)."""
    depth = 0
    while token.dep_ != "ROOT" and token.head is not token:
        depth += token.dep_ in CLAUSES
        token = token.head
    return depth


def _then(ref: ActorRef | None, kb: KnowledgeBase, day: str, published: str | None) -> ActorRef | None:
    """An actor coded by the role its person held on ``day`` (actors/dated.py)."""
    return ref if ref is None else replace(ref, mention=role_then(ref.mention, kb, day, published))


def confidence(ref: ActorRef) -> float:
    """How sure the coder is of an actor: an actor of unknown country counts for little."""
    return CONFIDENCE.get(ref.mention.via, 0.5) if ref.known else 0.4


def actor_record(doc: Doc, ref: ActorRef, others: frozenset[int] = frozenset()) -> Actor:
    """The record of an event's actor: its code, and the phrase that names it, with character
    offsets into the article (the rules' phrase, as :mod:`.words` gives it to the record;
    ``others``: the head tokens of the other actors of its sentence's events)."""
    m = ref.mention
    span = doc[slice(*record_words(doc, ref.phrase, m, others))]
    return Actor(text=span.text, start=span.start_char, end=span.end_char, code=m.code,
                 country=m.country, sectors=m.sectors, entity=m.entity)


def plover_of(ontology: Ontology, code: str, chain: Sequence[Token] = (),
              actors: Sequence[ActorRef] = ()) -> Plover:
    """The PLOVER reading of an event: the event from its code; mode and context from the
    code's row, refined by the words of the event's clause (see :mod:`.plover`)."""
    return plover_reading(ontology, code, chain, actors)


def events_of(doc: Doc, article: Article, ontology: Ontology, *, keep_negated: bool = False,
              keep_hypothetical: bool = False, kb: KnowledgeBase | None = None) -> list[Event]:
    """The events of one parsed article, in text order. Acts the text says did not happen
    come only with ``keep_negated``, acts it only supposes (modality ``hypothetical``) only
    with ``keep_hypothetical``. With the knowledge base, an act done "as a candidate" is dated
    by the role."""
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]
    quotes = find_quotes(doc, doc._.actors) if doc._.actors else []
    events: list[Event] = []
    seen: set[tuple] = set()
    first: dict[tuple, str] = {}  # (source, target, code) -> id of its first event
    in_sentence: Counter[int] = Counter()  # events so far in each sentence, for their ids
    actors = doc._.actors or ActorIndex()
    found = [q for p in (_stated_now(doc, p) for p in doc._.predications or [])
             if (keep_negated or not p.negated) and (keep_hypothetical or p.modality != "hypothetical")
             for q in aimed(doc, p, actors)]  # whom each protest is against, if it says
    kept = [by_convention(doc, p, actors) for p in prune(doc, found)]
    # each actor's head, so that a phrase joining two actors gives each its own words
    heads = {r.mention.head for p in kept for r in (p.source, p.target) if r is not None}
    for p in kept:
        number = bisect_right(starts, p.trigger[0]) - 1
        sentence = sentences[number]
        chain = [doc[i] for i in p.chain]
        location = location_of(chain, doc._.actors)
        p = _third_location(p, location)
        dyad = (p.source.mention.code, p.target.mention.code if p.target else None, p.code)
        if (number, *dyad) in seen:  # one sentence saying one thing twice is one event
            continue
        seen.add((number, *dyad))
        event_id = f"{article.id}:{number}:{in_sentence[number]}"
        in_sentence[number] += 1
        words = date_words(chain)
        ahead = p.modality in ("future", "hypothetical") or p.code.startswith("03") or any(
            c.dep_ == "aux" and c.lower_ in ("will", "to", "shall") for t in chain for c in t.children)
        when = resolve(words, article.date, future=ahead) if words and article.date else None
        capacity = capacity_words(chain)
        if capacity and kb is not None and article.date and p.source.mention.entity:
            people = [e for e in kb.entries(p.source.mention.entity) if e.kind == "person"]
            by_role = role_period(people[0].roles, capacity, article.date) if people else None
            if by_role is not None:
                when, words = by_role, by_role.text
        day = act_day(when, words, article.date) if when is not None and kb is not None else None
        if day is not None:  # the people acting then, in the roles they held then
            p = replace(p, source=_then(p.source, kb, day, article.date),
                        target=_then(p.target, kb, day, article.date))
        modality = p.modality
        if when is not None and modality == "asserted" and when.historical(article.date):
            modality = "historical"
        trigger = doc[p.trigger[0]:p.trigger[1]]
        events.append(Event(
            id=event_id,
            doc_id=article.id,
            sentence=number,
            sentence_start=sentence.start_char,
            sentence_end=sentence.end_char,
            date=when.date if when else article.date,
            date_text=words if when else None,
            source=actor_record(doc, p.source, frozenset(heads - {p.source.mention.head})),
            target=actor_record(doc, p.target, frozenset(heads - {p.target.mention.head}))
            if p.target else None,
            cameo=ontology.cameo(p.code),
            plover=plover_of(ontology, p.code, chain, [r for r in (p.source, p.target) if r]),
            evidence=Evidence(Span(trigger.text, trigger.start_char, trigger.end_char), p.rule),
            negated=p.negated,
            modality=modality,
            location=location,
            quote=quote_at(quotes, trigger.start_char),
            confidence=round(min(confidence(p.source), confidence(p.target) if p.target else 0.7)
                             * CLAUSE_FACTOR ** clause_depth(doc[p.chain[-1]]), 3),
            first_mention=first.get(dyad),
        ))
        first.setdefault(dyad, event_id)  # later sentences saying it again link to this one
    return events


#: roots of stances taken now whatever their condition: intents and offers (03), threats (13)
STANCE_ROOTS = frozenset({"03", "13"})
#: words that make an act only supposed, beyond the condition it is made on
SUPPOSING = frozenset({"would", "could", "may", "might", "can", "should", "if", "whether"})


def _stated_now(doc: Doc, p: Predication) -> Predication:
    """A threat or an offer with a condition ("threatened to shell the city if Israel hits
    Beirut", "is prepared to pull out its soldiers if requested") is made now, as CAMEO codes it:
    asserted. Only the "if" clause it governs may have made it hypothetical: not a modal,
    an "if" or "whether" around it, a question, or an opinion."""
    if p.modality != "hypothetical" or p.code[:2] not in STANCE_ROOTS:
        return p
    token = doc[p.chain[0]]
    if token.sent.text.rstrip(' "\'\u201d\u2019').endswith("?"):
        return p
    for _ in range(12):  # from the act up to its sentence's root
        if any(c.dep_ in ("aux", "mark") and c.lower_ in SUPPOSING for c in token.children) \
                or (token.dep_ == "ccomp" and token.head.lemma_.lower() in OPINION_HEADS):
            return p
        if token.head is token:
            break
        token = token.head
    return replace(p, modality="asserted")


def _third_location(p: Predication, location: Location | None) -> Predication:
    """A meeting (040) in a country that is neither side's is CAMEO's 044, "meet at a third
    location" ("Tillerson met Lavrov in Bonn")."""
    if p.code != "040" or p.target is None or location is None or not location.country:
        return p
    sides = {p.source.mention.country, p.target.mention.country}
    if None in sides or location.country in sides:
        return p
    return replace(p, code="044", rule=p.rule + "+third_location")
