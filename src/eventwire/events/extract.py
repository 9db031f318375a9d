"""Matching patterns on the dependency parse: predicates and the frames that govern them.
Whether a pattern's words are there is read in events/wording.py, who fills an event's slots in
events/slots.py (and whom an act is aimed at beyond them in events/aims.py), whether it happened
and in what mode in events/modality.py.

A registered spaCy component, ``eventwire_events``: it reads the parse and ``doc._.actors`` and
writes ``doc._.predications``, one :class:`Predication` per event found: the pattern that fired,
the frame that governs it, the code, the source and target mentions, the trigger tokens and
whether the chain was negated or made future or hypothetical.

How a chain is read (a predicate and the frames that govern it) is in events/chains.py.

Beyond the chain: "demanded that Y ..." and "said Y must ..." name Y through the ``clause``
slot; a wrongdoing told by someone else is also the teller's act (``reported_as``); when no
slot names a target, one aimed at deeper under the object is taken ("lift embargoes on sales to
Iran"); an actor of unknown country takes the country of the event's place, else the one
country its clause names; a frame whose act made no event codes its own words or code; and words
one pattern reads as its own ("carried out air strikes") make no second event. The office a doer
holds is never its target (events/offices.py: "resigned as president of Bolivia").

When the subject names no actor by itself, events/doers.py says who may stand for it ("X says
it ...", "an Estonian MEP", "the humanitarian wing of the Government of Ethiopia"); when no one
is named at all, events/unnamed.py codes by convention: a bomb's doer is the country's
unidentified armed force ("a roadside bomb killed three soldiers near Samarra": IRQUAF, 1833),
a passive arrest's the authorities of where it was done. An event
needs an actor the knowledge base places, or a state, armed or political doer (sectors
``STATE_SECTORS``) doing what its sentence reports ("Authorities eased the curfew").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..actors.kb import ARMED_SECTORS
from ..actors.mentions import ActorIndex
from ..context.places import location_of
from .aims import (FRAME_AIMED_PREPS, MOVING_ROOTS, aimed_by_kind, asked_of,
                   deeper_target, moved_forces, same_actor)
from .chains import (Chain, climb, find_pattern, frames_clause, governing,
                     is_main_predicate, vows, wants_of_another)
from .claims import CLAIM_CODE, claimer_of
from .doers import (busy_verb, followers_acted_on, giving_verb, local, occasion_verb, owned,
                    sole_country, stand_in)
from .modality import conditional_threat, modality_of, negated
from .offices import own_office
from .ontology import INVESTIGATE_ROOT, PROTEST_ROOT, VIOLENCE_ROOTS
from .patterns import NO_EVENT, PATTERN_DIR, Pattern, PatternSet, load_patterns
from .slots import ActorRef, fill, is_passive, placed, speaker_of, teller_of
from .unnamed import authorities, bombing_code, forces_moved, unidentified_bomber
from .wording import domain_of, worded_tokens

if not Doc.has_extension("predications"):
    Doc.set_extension("predications", default=None)



@dataclass(frozen=True)
class Predication:
    """One event found in a sentence, before it becomes an :class:`~eventwire.model.Event`."""

    pattern: Pattern
    frame: Pattern | None
    code: str
    source: ActorRef
    target: ActorRef | None
    trigger: tuple[int, int]  # token span [start, end)
    chain: tuple[int, ...]  # token indices from the predicate up to the frame
    negated: bool
    modality: str  # asserted, future, hypothetical
    rule: str


#: roots of acts two actors do together: "A and B agreed / met / cooperated" are reciprocal
SHARED_ROOTS = {"03", "04", "05", "06"}

#: sectors of actors whose act is political news even when no country is named for them
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "INS", "OPP", "PTY", "SPY", "UAF",
                 "LAB", "ELI"}
#: nouns of what is asked, offered or moved towards: a frame over one governs what it names
#: ("rejected a proposal to expand trade", "called for impetus towards free trade")
ASKED = frozenset("proposal request call demand offer plan appeal ultimatum bid idea suggestion "
                  "initiative impetus progress push move step return commitment".split())
#: acts whose noun's "of" phrase is who does them ("the withdrawal of Serbian forces"), unlike
#: "the extradition of Gulen [from the United States]": a demand for one is made of the doer
DOER_OF_NOUNS = {"withdrawal", "pullout", "resignation", "departure", "retreat", "removal",
                 "ouster", "disarmament", "surrender", "apology"}


def drop_consumed(doc: Doc, found: list[Predication]) -> list[Predication]:
    """Without the events of words another pattern read as part of its own ("carried out air
    strikes" is one aerial attack, not also an attack by the noun "strikes"). Where one of
    PETRARCH's patterns reads words one of ours codes, ours stands and PETRARCH's goes."""
    curated_at = {p.chain[0] for p in found if not p.pattern.imported}
    consumed, yielding = set(), set()
    for p in found:
        words = worded_tokens(doc[p.chain[0]], p.pattern)
        if p.pattern.imported and words & curated_at:
            yielding.add(id(p))  # PETRARCH's "launch diplomatic offensive" yields to our own reading
        else:
            consumed |= words
    return [p for p in found if p.chain[0] not in consumed and id(p) not in yielding]


# --- the component ---------------------------------------------------------------------------

class EventMatcher:
    """The ``eventwire_events`` component: writes ``doc._.predications``."""

    def __init__(self, patterns: PatternSet):
        self.patterns = patterns

    def __call__(self, doc: Doc) -> Doc:
        actors: ActorIndex = doc._.actors or ActorIndex()
        found: list[Predication] = []
        governed: set[int] = set()
        predicates = []
        fallbacks = []  # a frame word's own multi-word pattern ("rejected accusations")
        for token in doc:
            pattern = find_pattern(token, self.patterns, frame=False)
            if pattern is not None and pattern.imported and self._frame_at(token) is not None:
                # our own frame for this word ("rejected") wins over PETRARCH's
                if find_pattern(token, self.patterns, frame=False, worded=True) is pattern:
                    fallbacks.append((token, pattern, climb(token, self.patterns)))
                pattern = None
            if pattern is not None:
                chain = climb(token, self.patterns)
                if self._idle(token, pattern, chain):
                    continue  # "changes to the deal": a frame-only word without its field
                if pattern.code != NO_EVENT or chain.tokens[0].dep_ != "conj":
                    # but "must drop barriers or [face] penalties" leaves the demand standing
                    governed.update(frame_token.i for _, frame_token in chain.frames)
                predicates.append((token, pattern, chain))
        for token, pattern, chain in predicates:
            if token.i not in governed:  # a word that frames another ("called for") is its frame
                found.extend(self._code(token, pattern, chain, actors))
        # a frame whose governed words made no event is read by its own words: "declined to
        # comment" is 011, "rejected accusations of racism" 016, where reject+accuse made nothing
        made = list(found)  # every reading coded, before any is dropped as consumed
        found = drop_consumed(doc, found)
        framed = {i for p in found for i in p.chain}
        fallbacks += [(t, p, c) for t, p, c in predicates if t.i in governed
                      and find_pattern(t, self.patterns, frame=False, worded=True) is p]
        for token, pattern, chain in fallbacks:
            if token.i in governed and token.i not in framed:
                found.extend(self._code(token, pattern, chain, actors))
        # a fallback that only rereads words our own pattern codes goes now, not at the end, so
        # its frame keeps its own reading: "demanded that the US match the EU's support" is
        # still a demand of the US when PETRARCH's "match support" yields to our "support"
        made += found
        found = drop_consumed(doc, found)
        framed = {i for p in found for i in p.chain}
        kept = {id(p) for p in found}
        # frames whose governed act was read as part of another pattern's words: the act is
        # no event of its own, but the frame ("said Y must ...") still is
        emptied = {i for p in made if id(p) not in kept for i in p.chain} - framed
        # frames that govern nothing, or whose governed act made nothing ("Kuwait agreed to
        # stage a joint exercise": 030), are events of their own ("urged X")
        for token in doc:
            if token.i in framed:
                continue
            frame = self._frame_at(token)
            if frame is not None and frame.frame == "reject" and self._refuses_refusal(token):
                continue  # "declined to rule out military action" refuses nothing: it keeps it open
            if frame is not None and frame.frame != "pass" and frame.code and (
                    token.i not in governed or (frame.frame != "deny" and (
                        not frame.clause_aux or token.i in emptied))):
                found.extend(self._code(token, frame, Chain([token], []), actors))
        doc._.predications = sorted(drop_consumed(doc, found), key=lambda p: p.trigger)
        return doc

    def _refuses_refusal(self, token: Token) -> bool:
        """Whether a refusal frame refuses another or is refused ("declined to rule out",
        "refused to reject"): two refusals leave the act open, no rejection of anyone."""
        refusing = [c for c in token.children if c.dep_ == "xcomp"] + (
            [token.head] if token.dep_ == "xcomp" else [])
        return any((f := self._frame_at(t)) is not None and f.frame == "reject" for t in refusing)

    def _idle(self, token: Token, pattern: Pattern, chain: Chain) -> bool:
        """Whether a word of a frame-only family (no ``do`` code: "trade", "a free-trade
        pact") codes nothing under its frames here, or is only a part of what they govern
        ("rejected changes to the deal"); then it leaves them their own reading."""
        family = self.patterns.families.get(pattern.family or "")
        if family is None or "do" in family.codes or pattern.code:
            return False
        framing = {t.i for _, t in chain.frames}
        if token.pos_ in ("NOUN", "PROPN") and any(
                t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in ASKED and t.i not in framing
                for t in chain.tokens[1:]):
            return True  # but "rejected a proposal to expand trade" rejects the trade
        ruling = governing(chain)
        return self._decide(token, pattern, ruling[0] if ruling else None, chain) is None

    def _frame_at(self, token: Token) -> Pattern | None:
        """Our frame at ``token``, if one can stand there (one that needs a "must" clause only
        when it has one: "declared a ceasefire" stays PETRARCH's)."""
        frame = find_pattern(token, self.patterns, frame=True)
        if frame is None or (frame.clause_aux and not any(
                frames_clause(frame, c) for c in token.children)):
            return None
        return frame

    def _code(self, token: Token, pattern: Pattern, chain: Chain,
              actors: ActorIndex) -> list[Predication]:
        """The events one predicate makes: its code under its frames, then its actors."""
        ruling = governing(chain)
        frame, frame_token = ruling if ruling else (None, None)
        decided = self._decide(token, pattern, frame, chain)
        told = self._told(token, pattern, chain, actors) if pattern.reported_as else []
        if decided is None:
            return told
        code, is_negated, modality, rule = decided
        # a protest without a named target may still have one by convention (events/protests.py)
        pairs = self._pairs(token, pattern, frame, frame_token, chain, actors, self.patterns, code)
        # a bomb with no one named does violence only ("the blast damaged the embassy": no act)
        pairs = [(s, t) for s, t in pairs if s.mention.via != "blast" or code[:2] in VIOLENCE_ROOTS]
        if pairs and pairs[0][0].mention.via == "blast":  # "a car bomb killed": 1832
            code = bombing_code(list(token.doc[slice(*pairs[0][0].phrase)]))
        if code[:2] in MOVING_ROOTS and any(moved_forces(t, token, pattern) for _, t in pairs):
            # "offered to send soldiers to help ...": the forces moved are no target; whom
            # they are sent to may be, deeper under the act ("sent troops to Mali")
            sources = list(dict.fromkeys(s for s, _ in pairs))
            deeper = [t for t in deeper_target(token, actors, sources) if t.known]
            pairs = [(s, t) for s in sources for t in deeper or [None]]
        if pairs and all(t is None for _, t in pairs):  # "unless Israel", "in the West Bank"
            pairs = [(s, aimed_by_kind(code, chain.tokens, actors, [s for s, _ in pairs])) for s, _ in pairs]
        sources = [s for s, t in pairs if t is None]
        if len(sources) > 1 and len(sources) == len(pairs) and code[:2] in SHARED_ROOTS:
            # "Armenia and Azerbaijan reached a consensus": each is the other's partner
            pairs = [(s, t) for s in sources for t in sources if s is not t]
        trigger_tokens = [t.i for t in chain.tokens] + [
            c.i for t in chain.tokens for c in t.children if c.dep_ in ("neg", "aux", "prt")]
        span = (min(trigger_tokens), max(trigger_tokens) + 1)
        indices = tuple(t.i for t in chain.tokens)
        speakers = speaker_of(chain.tokens, actors)
        out = []
        place, country = None, None
        if any(not ref.known for pair in pairs for ref in pair if ref is not None):
            place = location_of(chain.tokens, actors)
            # else the one country the sentence names ("Organisers of the teachers'
            # union agreed to call off the march in Tbilisi")
            country = place.country if place is not None and place.country else sole_country(
                token, actors)
        for source, target in pairs:
            if code == "010" and target is not None and (
                    not target.known or "MED" in target.mention.sectors):
                # "told reporters", "telling his art teacher": no statement to an actor; nor
                # "told TASS", "told Al Jazeera": the press carries what is said, it is not
                # whom it is said to
                continue
            if place is not None and place.country:
                # but not those said to be from elsewhere ("foreign correspondents were detained
                # in Tehran" are no Iranian journalists)
                source, target = (placed(ref, place.country, token.doc) for ref in (source, target))
            elif country:
                # the one country of the sentence places those it names without one ("Egyptian
                # police dispersed demonstrators": EGYCVL), but not a private doer ("Civilians
                # threatened with starvation fled Aleppo" is no Syrian threat) nor foreigners
                if set(source.mention.sectors) & STATE_SECTORS and not source.known:
                    # not by the country of the people it acts on ("rebels abducted two Indian
                    # nationals"), but by that of a state ("the opposition called on Maduro")
                    people = target is not None and not set(target.mention.sectors) & STATE_SECTORS \
                        and (target.mention.kind not in ("country", "metonym")
                             or token.doc[target.mention.head].dep_ in ("amod", "compound"))
                    # nor by that of a country it acts on as a whole ("The prime minister issued
                    # an ultimatum to Iran" is no Iranian ultimatum; but "boycott Tunisia's
                    # elections" is of Tunisia's own politics)
                    whole = target is not None and target.mention.kind == "country" \
                        and not target.mention.sectors and target.mention.via != "place" \
                        and token.doc[target.mention.head].dep_ in ("dobj", "pobj")
                    own = sole_country(token, actors,
                                       skip=target.phrase if people or whole else (0, 0))
                    source = local(source, own, token.doc, actors) if own else source
                target = local(target, country, token.doc, actors)
            if target is not None and target.mention.kind == "country" and target.mention.code \
                    == source.mention.country and len(pairs) > 1 and target.mention.via != "place":
                continue  # "at talks between France, Germany and Poland, Macron ...": not France
            if target is not None and own_office(source, target, token.doc):
                # "resigned as president of Bolivia": the office the doer holds is no one it
                # acts on; the act stands without it, unless it needs a target or has another
                start = source.mention.start
                if pattern.requires_target or (frame is not None and frame.requires_target) or any(
                        s.mention.start == start and t is not None and t.phrase != target.phrase
                        for s, t in pairs) or any(
                        p.source.mention.start == start and p.target is None for p in out):
                    continue
                target = None
            if target is not None and same_actor(source, target) and not _two_unnamed(source, target):
                if pattern.requires_target or (frame is not None and frame.requires_target) \
                        or len(pairs) > 1 or target.mention.start == source.mention.start:
                    continue
                # its own weapons, its own forces ("said they would hand in their rifles"): the
                # act stands without a target
                target = None
            if not source.known and not (target is not None and target.known) and not (
                    set(source.mention.sectors) & STATE_SECTORS and is_main_predicate(chain.tokens[-1])):
                # an event needs an actor the knowledge base places, or a state, armed or
                # political actor doing what its sentence reports ("Authorities eased the
                # curfew", "The union will not end the strike"): farmers paying for land,
                # residents migrating or a writer contributing to a report are no event
                continue
            # attributed to someone who does not speak for the source: reported, not asserted
            said_by_other = speakers and all(
                s.mention.code[:3] != source.mention.code[:3] for s in speakers)
            attack = self.patterns.families["attack"]
            vowed = frame is not None and frame.frame == "intend" and code == attack.code("threaten", "")
            if pattern.family == "attack" and (code == attack.code("do", "") or vowed) \
                    and (source.mention.kind == "person" or _political(source)) and not (
                        target is not None and set(target.mention.sectors) & ARMED_SECTORS):
                # a politician's or party's "attacks on judges" are words: 111, unless aimed
                # at armed men; and so is a vow to fight them ("vowed to fight corruption"), not
                # a threat ("threatened to attack the United States")
                code = attack.code("do", "verbal")
            out.append(Predication(pattern, frame, code, source, target, span, indices, is_negated,
                                   "reported" if said_by_other and modality == "asserted" else modality,
                                   rule))
        # "claimed that they had attacked": the doer's claim of responsibility too (events/claims.py)
        claims = [replace(p, code=CLAIM_CODE, source=found[0], trigger=(found[1].i, found[1].i + 1),
                          chain=(found[1].i,), modality="asserted", rule=f"claim+{p.rule}")
                  for p in out if not p.negated and p.modality == "asserted"
                  for found in [claimer_of(chain.tokens[-1], p.code, p.source, actors)] if found]
        return out + claims + told

    @staticmethod
    def _told(token: Token, pattern: Pattern, chain: Chain, actors: ActorIndex) -> list[Predication]:
        """A wrongdoing told by another ("X said Y meddled", "saying there is little doubt that
        they interfered") is the teller's act towards the doer: ``reported_as`` (accuse, 112)."""
        if negated(chain.tokens) or modality_of(chain.tokens) == "hypothetical":
            return []
        doers = fill(token, pattern.source, actors)
        tellers = [t for t in teller_of(chain.tokens[-1], actors) if t.known]
        span = (token.i, token.i + 1)
        return [Predication(pattern, None, pattern.reported_as, teller, doer, span, (token.i,),
                            False, "asserted", f"say+{pattern.id}")
                for teller in tellers for doer in doers
                if doer.known and teller.mention.code[:3] != doer.mention.code[:3]]

    def _decide(self, token: Token, pattern: Pattern, frame: Pattern | None,
                chain: Chain) -> tuple[str, bool, str, str] | None:
        """(code, negated, modality, rule) of a predicate under its governing frame, or None
        when it makes no event."""
        if pattern.code == NO_EVENT:
            return None  # words that are no event stay none under a frame too ("planned to use")
        family = self.patterns.families.get(pattern.family or "")
        domain = domain_of(token, self.patterns)
        if family is None and frame is not None and pattern.code:
            # an imported act under a frame: its family from its code ("offered to aid")
            found = self.patterns.family_of_code(pattern.code)
            if found is not None:
                family, domain = found[0], domain or found[1]
        is_negated = negated(chain.tokens)
        if frame is not None and frame.frame == "reject":
            # "failed to reach an agreement" under the fail frame: the failure is the rejection,
            # not a negation of it; only words from the frame up can negate it
            at = next((t for f, t in chain.frames if f is frame), None)
            if at in chain.tokens:
                is_negated = negated(chain.tokens[chain.tokens.index(at):])
        said = chain.tokens
        if frame is not None and frame.frame in ("appeal", "demand", "threaten", "deny", "intend"):
            # what is asked for, threatened, intended or denied is not what happens: "urged Iran to stop",
            # "said Iraq should cooperate", "threatened to respond if ..." are asserted; only the
            # words from the frame up give the mode
            at = next((t for f, t in chain.frames if f is frame), None)
            said = chain.tokens[chain.tokens.index(at):] if at in chain.tokens else said
        modality = modality_of(said)
        kind = frame.frame if frame and frame.frame != "pass" else "do"
        if kind == "do" and family is not None and "do" not in family.codes and not pattern.code:
            return None  # a frame-only family's words ("will hold elections") are no act alone
        if kind == "deny":  # "denied using chemical weapons": the denial is the event
            return frame.code, negated(said), modality, f"{frame.id}+{pattern.id}"
        if family is None and modality == "future" and pattern.code:
            # "will sign the agreement", "will host": the family its code belongs to gives the intent
            found = self.patterns.family_of_code(pattern.code)
            if found is not None:
                family, domain = found[0], domain or found[1]
        if kind == "intend" and family is not None and family.code("appeal", domain) \
                and wants_of_another(frame, chain):
            # "Israel wants Germany to pay compensation": asked of Germany (025); "would like
            # Washington to lift the sanctions" is a wish stated now
            kind, modality = "appeal", "asserted" if modality == "future" else modality
        if family is not None and family.code("threaten", domain) and "intend" not in family.codes \
                and not is_negated and (
                    (kind == "intend" and vows(frame, chain))
                    or (kind == "do" and conditional_threat(said))):
            # a vow to fight ("the rebels vowed to attack the army") is a threat of force, not
            # the fight; an act held over someone on a condition ("may halt its mediation if
            # the talks founder") is a threat made now (13x), not a supposed act
            kind, modality = "threaten", "asserted"
        if kind == "intend" or (kind == "do" and modality == "future"):
            kind = "intend" if family and family.code("intend", domain) else "do"
        rule = pattern.id if frame is None else f"{frame.id}+{pattern.id}"
        code = None
        # "not ready to meet", "refused to talk", "did not cooperate": a rejection. Other
        # negated events did not happen ("did not meet") and are kept only as negated.
        refusal = kind == "intend" or (kind == "do" and family is not None and family.refusable)
        if is_negated and refusal and family and family.code("reject", domain):
            code, is_negated, rule = family.code("reject", domain), False, rule + ".neg"
        elif family:
            code = family.code(kind, domain)
        if code is None and family is not None and "do" not in family.codes and not pattern.code:
            return None  # a family of frame codes only ("a free-trade pact") has none here
        if code is None:
            code = (frame.code if frame else None) or pattern.code or (
                family.code("do", domain) if family else None)
        if code is None or code == NO_EVENT:
            return None
        if kind == "intend" and modality == "future":
            modality = "asserted"  # the intent is the event, stated now
        return code, is_negated, modality, rule

    @staticmethod
    def _pairs(token: Token, pattern: Pattern, frame: Pattern | None, frame_token: Token | None,
               chain: Chain, actors: ActorIndex, patterns: PatternSet,
               code: str = "") -> list[tuple[ActorRef, ActorRef | None]]:
        """(source, target) pairs: the source is the subject of the outermost frame, else of the
        predicate; the target the frame's own ("urged Iran to"), else the predicate's. A subject
        that names no actor by itself may stand for one (events/doers.py: "X says it ...",
        "an Estonian MEP"), and an act only a state does, told in the passive, is the authorities'
        of where it was done. For a protest (``code`` 14), pairs without a target are kept
        even where the pattern requires one: the caller decides (its target by convention)."""
        untargeted = code[:2] == PROTEST_ROOT
        sources = fill(frame_token, frame.source, actors) if frame else []
        if not sources and frame is not None and frame.frame == "demand" \
                and frame_token.pos_ == "NOUN" and frame_token.dep_ == "dobj":
            # "Chirac issued a stern reminder to Iraq that it must ...": the demand is the sender's
            sources = fill(frame_token.head, ("subject",), actors)
        if not sources and frame is not None and "subject" in frame.source:
            sources = stand_in(frame_token, actors, patterns)  # the frame's doer, before the act's
        framer_found = bool(sources)
        if not sources:
            sources = fill(token, pattern.source, actors)
        if not sources and "subject" in (frame.source if frame else pattern.source):
            sources = stand_in(frame_token if frame else token, actors, patterns)
        giver = None
        if not sources and token.pos_ == "NOUN":
            giver = giving_verb(token) or busy_verb(token) or (
                occasion_verb(token) if pattern.reciprocal else None)
        if giver is not None:  # "The EU has allocated 95 million euros in humanitarian aid"
            sources = fill(giver, ("subject",), actors) or stand_in(giver, actors, patterns)
        if not sources and frame is None:
            sources = unidentified_bomber(token, actors) or authorities(  # "a roadside bomb
                token, code, chain.tokens, actors)  # killed": IRQUAF; "were detained in Istanbul"
        moved = [] if sources or frame is not None \
            else forces_moved(token, code, actors)  # "French troops were withdrawn from Mali"
        sources = sources or moved
        # the frame's own object; through "continued [their attacks]" whose attacks they are is
        # no target (but the author of "rejected [an Australian ultimatum]" is)
        skip = tuple(chain.tokens) if frame and frame.frame == "pass" else ()
        # a demand for an act named by a noun is made of whom its "of" phrase names: "demanded
        # the withdrawal [of Rwandan troops] from eastern Congo", "the resignation [of the president]"
        asked = frame is not None and frame.frame in ("demand", "appeal") \
            and token.lemma_.lower() in DOER_OF_NOUNS
        targets = fill(token, ("object",), actors) if asked else []
        if not targets and frame is not None and frame_token.pos_ == "NOUN" \
                and frame_token.dep_ == "dobj" and "to" in frame.target:
            # "issued a reminder on Monday [to Serbia] that it must ...": whom a noun frame is sent
            # to, the parser hangs on the verb that sends it
            targets = [t for t in fill(frame_token.head, ("iobj", "to"), actors) if t.known]
        if not targets and frame is not None and frame.target:
            targets = [t for t in fill(frame_token, frame.target, actors, skip=skip)  # "Egypt
                       if not is_passive(frame_token)  # is opposed to": the doer, not the object
                       or all(t.mention.start != s.mention.start for s in sources)]
        if not targets and frame is not None and frame.frame in ("demand", "appeal"):
            # "demanded an admission by Moscow that ...": of the doer of what is asked
            asked_words = chain.tokens[:chain.tokens.index(frame_token)] \
                if frame_token in chain.tokens else chain.tokens
            targets = asked_of(asked_words, actors)
        if not targets:
            targets = fill(token, pattern.target, actors)
            if pattern.imported and targets and all(not t.known for t in targets):
                # "launched artillery fire against rebel camps", "sent troops to Mali": an
                # object PETRARCH's words name is the act's means, not whom it is aimed at
                means = tuple(token.doc[i] for i in worded_tokens(token, pattern))
                targets = fill(token, pattern.target, actors, skip=means) or targets
        if frame is None and pattern.reciprocal and all(not t.known for t in targets):
            targets = _partner_of_purpose(token, actors) or targets
        if frame is None and code[:2] == INVESTIGATE_ROOT and not targets:
            # "sent 21 personnel to Bosnia to investigate ...": where they are sent is what is
            # looked into, when the investigation names no one itself (not even one of unknown
            # country: "to investigate abuses by security forces" is aimed at the forces)
            targets = _aim_of_purpose(token, actors) or targets
        if frame is not None and frame.frame in ("demand", "appeal") and not framer_found:
            # "[an unplaced body] said French and Malian forces must ...": those asked are not the
            # askers, whatever the act's own subject would make them
            the_asked = {(t.mention.start, t.mention.end, t.mention.country) for t in targets}
            sources = [s for s in sources
                       if (s.mention.start, s.mention.end, s.mention.country) not in the_asked]
        if not sources:
            return []
        if moved:  # the forces moved are their own doers, no target
            targets = [t for t in targets
                       if all(t.mention.start != s.mention.start for s in sources)]
        # "their forces", "his government": of the owner's country
        sources = [owned(ref, token, actors) for ref in sources]
        targets = [owned(ref, token, actors) for ref in targets]
        if not (len(sources) > 1 and pattern.reciprocal) and all(not t.known for t in targets):
            # "sent 21 military personnel to Bosnia": whom it is aimed at, over what is moved
            targets = [t for t in deeper_target(giver or token, actors, sources) if t.known] or (
                # or under the frame's words: "reneged on its pledge to the African Union"
                [t for t in deeper_target(frame_token, actors, sources, FRAME_AIMED_PREPS) if t.known]
                # of a refusal only: others' frames name whom they are aimed at in their slots
                if frame is not None and frame.frame == "reject" else []) or targets
        fans = followers_acted_on(token, actors)
        if fans:  # "released two followers of Riek Machar": SSDCVL, not Machar
            inside = range(fans[0].phrase[0], token.doc[fans[0].mention.head].right_edge.i + 1)
            targets = [t for t in targets if t.mention.start not in inside] + fans
        if targets and all(s.mention.via == "convention" for s in sources):
            # "journalists were expelled from Iran": the country whose authorities act by
            # convention is where they act, not whom they act on
            homes = {s.mention.country for s in sources}
            targets = [t for t in targets if not (t.mention.country in homes and not t.mention.sectors
                                                  and t.mention.kind in ("country", "metonym"))] \
                or [t for t in fill(token, ("object",), actors) if t.mention.country not in homes]
        pairs = [(s, t) for s in sources for t in targets or [None]]
        if not targets and len(sources) > 1 and (pattern.reciprocal or (frame and frame.reciprocal)):
            pairs = [(s, t) for s in sources for t in sources if s is not t]  # "A and B met"
        if frame is not None and frame.frame == "deny":
            return pairs  # a denial stands without a target ("denied the accusation")
        if not targets and not untargeted and needs_target(pattern, chain.tokens):
            return [(s, t) for s, t in pairs if t is not None]
        return pairs


def _partner_of_purpose(token: Token, actors: ActorIndex) -> list[ActorRef]:
    """Whom a shared act in a purpose clause, or joined to a verb without a subject of its
    own, is done with: the object of the verb it is the purpose of or joined to ("called
    Lavrov [to discuss] Syria", "met Erdogan in Sochi and [signed] an agreement on Idlib"):
    the one met, not the topic."""
    if token.pos_ != "VERB" or token.head is token:
        return []
    purpose = token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    joined = token.dep_ == "conj" and token.head.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    if not (purpose or joined):
        return []
    return [ref for ref in fill(token.head, ("object",), actors) if ref.known]


def _aim_of_purpose(token: Token, actors: ActorIndex) -> list[ActorRef]:
    """Whom a purpose clause's act is aimed at through the verb it is the purpose of, when it
    names no one itself: the one that verb is done to, else where it sends ("sent a team to
    Syria [to investigate] the attack": SYR)."""
    if token.pos_ != "VERB" or token.head is token or not (
            token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
        return []
    head = token.head
    return [ref for ref in fill(head, ("object",), actors) if ref.known] or [
        ref for ref in fill(head, ("to", "into"), actors) if ref.known]


def needs_target(pattern: Pattern, chain: list[Token]) -> bool:
    """Whether a predicate makes no event without a target. PETRARCH's bare verbs need one:
    coded without one they over-produce on news ("millions of Chinese have risked smog" 130,
    "the regime came to power" 040). Only a worded PETRARCH pattern ("supply arms") codes the
    sentence's own act without one."""
    return pattern.requires_target and not (
        pattern.imported and any(p.extra for p in pattern.predicates)
        and is_main_predicate(chain[-1]))


@Language.factory("eventwire_events", default_config={"patterns_dir": None})
def make_event_matcher(nlp: Language, name: str, patterns_dir: str | None):
    """Build the event component from the pattern files in ``patterns_dir`` (default: bundled)."""
    return EventMatcher(load_patterns(Path(patterns_dir) if patterns_dir else PATTERN_DIR))


def _political(actor: ActorRef) -> bool:
    """A party or legislature with no armed sector: its attacks and targets are words."""
    sectors = set(actor.mention.sectors)
    return bool(sectors & {"PTY", "LEG"}) and not sectors & ARMED_SECTORS


def _two_unnamed(source: ActorRef, target: ActorRef) -> bool:
    """Two people or groups named only by what they are ("Indian villagers beat a Muslim man"):
    the same code but not the same actor, unlike "their weapons" (a pronoun)."""
    s, t = source.mention, target.mention
    return s.entity is None and t.entity is None and t.kind == "agent" and t.via != "pronoun" \
        and s.start != t.start
