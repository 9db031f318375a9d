"""Chains: a predicate and the frames that govern it, read on the dependency parse for the event
matcher (events/extract.py) and ``eventwire explain``.

How a chain is read. From a predicate ("collaborate") the parse is climbed through controlling
words ("ready", "is", "called for", "considered", "plans") as long as each is a frame pattern,
a noun, a copula or a light verb ("carried out [attacks]"). The outermost frame with a subject
gives the source; its kind (appeal, intend, reject, demand, threaten, consider, deny) chooses the
predicate family's code; a denial is its own event (016), not the act denied. A negation
anywhere on the chain turns cooperation into its REJECT code ("is not ready to collaborate
militarily" is 1212); other negated events are kept with ``negated`` set, for callers who ask.
What an intent frame's own word says of its kind is read here too: a vow (:func:`vows`, "vowed
to attack": a threat of force) and a wish that another act (:func:`wants_of_another`, "wants
Germany to pay": an appeal).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..context.quotes import SPEECH_VERBS
from .patterns import Pattern, PatternSet
from .slots import LIGHT_VERBS, MAX_CLIMB, asks
from .wording import joined_forms, matches, words_near

#: frames in the order they win when several govern one predicate
FRAME_PRECEDENCE = ("deny", "consider", "reject", "threaten", "demand", "appeal", "intend", "pass")
#: arcs climbed from a predicate towards what governs it
CLIMB_DEPS = {"xcomp", "acomp", "acl", "pobj", "prep", "dobj", "ccomp", "conj", "pcomp"}
#: prepositions through which a frame governs ("called for", "ready for", "era of", "plans on");
#: not "after", "in", "since": those introduce circumstances, not what is governed
CLIMB_PREPS = {"for", "to", "on", "of", "about", "toward", "towards"}
_KIND_OF_POS = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}


@dataclass
class Chain:
    """A predicate and the frames that govern it."""

    tokens: list[Token]
    frames: list[tuple[Pattern, Token]]


def find_pattern(token: Token, patterns: PatternSet, frame: bool,
                 worded: bool = False) -> Pattern | None:
    """The first pattern (a frame, or not) whose predicate matches ``token``; with ``worded``,
    only one whose predicate has further words ("decline comment", "reject accusation*")."""
    kind = _KIND_OF_POS.get(token.pos_)
    if kind is None or (kind == "noun" and token.dep_ in ("attr", "oprd")):
        return None  # "Russia is considered a threat", "it is a threat": a description, no act
    near = None
    entries = patterns.candidates(token.lemma_.lower(), kind)
    for form in joined_forms(token):  # "cease-fire" is the noun "ceasefire" / "cease-fire"
        entries = entries + patterns.candidates(form, kind)
    for pattern, pred in entries:
        if bool(pattern.frame) != frame or (worded and not pred.extra):
            continue
        if pred.extra and near is None:
            near = words_near(token)
        if matches(token, pred, near):
            return pattern
    return None


def climb(token: Token, patterns: PatternSet) -> Chain:
    """Climb from a predicate to the frames that govern it."""
    chain = Chain([token], [])
    current = token
    for _ in range(MAX_CLIMB):
        if current.head.i == current.i or current.dep_ not in CLIMB_DEPS and not (
                _infinitive(current) and find_pattern(current.head, patterns, frame=True)):
            # but "threatened on Monday [to resume] attacks", parsed as an adjunct when words
            # stand between, is governed by its frame as "threatened to resume" is
            break
        if current.dep_ == "acl" and current.tag_ == "VBN":
            break  # "a tax on cars [imported from Mexico]" describes the cars; it is not governed
        if current.dep_ == "conj" and current.pos_ in ("VERB", "AUX") \
                and current.head.pos_ in ("VERB", "AUX"):
            # "threatened Ukraine and [attacked] Georgia": a verb of its own, not one the first
            # governs; but it shares what governs the first ("vowed to fight and [win]")
            current = current.head
            chain.tokens.append(current)
            continue
        head = current.head
        if head.dep_ == "prep" and head.lower_ not in CLIMB_PREPS:
            break
        frame = find_pattern(head, patterns, frame=True)
        if frame is not None and frame.clause_aux and not frames_clause(frame, current):
            frame = None  # "said Iraq cooperated" is a report; "said Iraq must cooperate" a demand
        if frame is not None and frame.frame in ("demand", "appeal") and current.dep_ == "ccomp" \
                and not asks(current):
            frame = None  # "insisted that Obama wiretapped him" claims; it demands nothing
        if frame is not None and frame.frame == "pass" and any(
                c.dep_ == "dobj" and c.i != current.i for c in head.children):
            frame = None  # "began [a hunger strike] to demand ...": its own act, not an aspect
        if frame is not None and frame.frame == "pass":
            own = find_pattern(head, patterns, frame=False, worded=True)
            if own is not None and not own.imported:
                frame = None  # "renewed the detention of": a phrase of its own, no aspect
        if current.dep_ == "ccomp" and frame is None:
            break  # "X said (that) ...": speech is not a frame
        if frame is not None:
            chain.frames.append((frame, head))
        elif head.pos_ in ("VERB",) and head.lemma_ != "be" and not (
                head.lemma_.lower() in LIGHT_VERBS and current.dep_ == "dobj"):
            break  # but "threatened to [carry out] attacks" climbs through the light verb
        chain.tokens.append(head)
        current = head
    # keep the words up to the outermost frame (and the copula of "is ready to"), not the
    # nouns and prepositions climbed past it looking for one
    last = max((chain.tokens.index(t) for _, t in chain.frames), default=0)
    # and the light verb that carries an event noun ("will [make] a state visit": its "will")
    for n, t in enumerate(chain.tokens[1:], 1):
        if t.lemma_.lower() in LIGHT_VERBS and chain.tokens[n - 1].dep_ == "dobj":
            last = max(last, n)
        else:
            break
    if last + 1 < len(chain.tokens) and chain.tokens[last].dep_ == "acomp" \
            and chain.tokens[last + 1].lemma_ == "be":
        last += 1
    chain.tokens = chain.tokens[:last + 1]
    return chain


def _infinitive(token: Token) -> bool:
    """Whether a clause is a "to" infinitive hung on its head as an adjunct (advcl)."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def frames_clause(frame: Pattern, clause: Token) -> bool:
    """Whether a frame that needs an auxiliary in its clause (``clause_aux``) governs ``clause``:
    a verb's "that" clause, or a noun's ("a reminder to Serbia [that it must cooperate]")."""
    return (clause.dep_ == "ccomp" or (clause.dep_ == "acl" and clause.head.pos_ == "NOUN")) and any(
        c.dep_ == "aux" and c.lower_ in frame.clause_aux for c in clause.children)


def governing(chain: Chain) -> tuple[Pattern, Token] | None:
    """The frame that decides the code: the strongest kind, outermost first."""
    if not chain.frames:
        return None
    ranked = sorted(enumerate(chain.frames),
                    key=lambda item: (FRAME_PRECEDENCE.index(item[1][0].frame), -item[0]))
    return ranked[0][1]


def is_main_predicate(token: Token) -> bool:
    """Whether a predicate is what its sentence reports: the root, or what the root speech verb
    says ("X attacked Y, officials said")."""
    if token.dep_ == "ROOT":
        return True
    return token.dep_ in ("ccomp", "parataxis") and token.head.dep_ == "ROOT" \
        and token.head.lemma_.lower() in SPEECH_VERBS


#: verbs of a vow: what they promise to do to someone else is held over them ("vowed to
#: avenge", "swore to fight"), unlike a plan ("plans to attack the funding")
VOWING = {"vow", "swear", "pledge", "promise"}


def vows(frame: Pattern | None, chain: Chain) -> bool:
    """Whether the intent frame that governs a chain is a vow ("vowed to", "swore to")."""
    at = next((t for f, t in chain.frames if f is frame), None)
    return at is not None and at.lemma_.lower() in VOWING


#: verbs of wanting: what they want someone else to do is asked of them
WANTING = {"want", "wish", "like"}


def wants_of_another(frame: Pattern | None, chain: Chain) -> bool:
    """Whether a wish frame wants another to act ("Israel wants Germany to pay compensation",
    "would like Tehran to reopen talks"): the act under it has its own subject, or the wish
    an object ahead of its "to" clause. What the subject wants to do itself is its intent."""
    at = next((t for f, t in chain.frames if f is frame), None)
    if at is None or at.lemma_.lower() not in WANTING or at not in chain.tokens[1:]:
        return False
    clause = chain.tokens[chain.tokens.index(at) - 1]
    if clause.dep_ == "ccomp":
        asked = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        asked = [c for c in at.children if c.dep_ == "dobj"] if clause.dep_ == "xcomp" else []
    return any(_named(t) for t in asked)


def _named(token: Token) -> bool:
    """Whether a phrase names whom it means ("Germany", "Turkish authorities", "its own
    companies"), not only a kind of people ("wants patients to receive care": a policy aim,
    asked of no one)."""
    return token.pos_ == "PROPN" or any(
        c.dep_ in ("poss", "compound", "amod") and (c.pos_ in ("PROPN", "PRON") or c.text[:1].isupper())
        for c in token.children)
