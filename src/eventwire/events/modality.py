"""Whether a chain of the parse says an act happened: negation, and its mode (asserted, future,
hypothetical), read from auxiliaries, "if"/"whether" clauses, questions, opinions and reported
speech; and the mode of an act only asked for (:func:`asked_for`), which is no event at all:
the asking is.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.quotes import SPEECH_VERBS
from .slots import DEMAND_NOUNS, MAX_CLIMB, SUBJECT_DEPS, asks


FUTURE_AUX = {"will", "shall"}


HYPOTHETICAL_AUX = {"would", "could", "may", "might", "can", "should"}
#: "can" negated ("cannot", "can't": "ca" + "n't") says what will not be done, now
REFUSING_AUX = {"can", "ca"}


NEGATORS = {"not", "n't", "never", "no", "zero"}
#: verbs whose "to" clause did not happen: "failed to reach agreement"
FAILING = {"fail"}


def negated(tokens: list[Token]) -> bool:
    """Whether the chain says the act did not happen: "not", "never", "no attacks", "zero
    attacks", "failed to"."""
    # "does not produce or use chemical weapons": a conjoined verb without its own subject
    # shares the negation of the verb it is joined to
    shared = [t.head for t in tokens if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
              and not any(c.dep_ in SUBJECT_DEPS for c in t.children)]
    if any(t.dep_ == "xcomp" and t.head.lemma_.lower() in FAILING for t in tokens):
        return True  # "the two sides failed to reach agreement": no agreement was reached
    return any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "det", "nummod"))
               for t in [*tokens, *shared] for c in t.children)


def modality_of(tokens: list[Token]) -> str:
    """asserted, future ("will") or hypothetical ("may", "could", "if"). "Would" in what someone
    said is their "will" told in the past ("Russia said it would expel ..."), unless an "if"
    makes it a condition. The auxiliaries of the verbs that govern the chain count too ("the
    tariffs could mean Beijing will need to negotiate": hypothetical)."""
    conditioned = any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "if"
                                                for g in c.children)
                      and not any(g.lower_ == "even" for g in c.children)  # "even if": it holds
                      for t in tokens for c in t.children)
    if any(c.dep_ == "mark" and c.lower_ == "if" for t in tokens for c in t.children) \
            or (conditioned and not pledged(tokens)) or in_if_clause(tokens[-1]) \
            or tokens[-1].sent.text.rstrip(' "\'\u201d\u2019').endswith("?"):  # a question asserts nothing
        return "hypothetical"  # "if it is attacked", "would attack Serbia [if it refused]"
    future = False
    for t in [*tokens, *_governors(tokens[-1])]:
        for c in t.children:
            if c.dep_ != "aux":
                continue
            if c.lower_ == "would" and (_reported(t) or t.lemma_.lower() == "like"):
                future = True  # "said it would", and "would like to" is a wish stated now
            elif c.lower_ in REFUSING_AUX and any(g.dep_ == "neg" for g in t.children):
                continue  # "cannot accept", "can't allow": a refusal stated now, not supposed
            elif c.lower_ in HYPOTHETICAL_AUX:
                return "hypothetical"
            elif c.lower_ in FUTURE_AUX:
                future = True
    return "future" if future else "asserted"


#: pronouns by which a speaker tells what it will do itself: "Jordan says [it] will not accept"
OWN_PRONOUNS = {"it", "they", "we", "i", "he", "she"}


def pledged(tokens: list[Token]) -> bool:
    """Whether a chain is what its doer says it will do on a condition, a pledge or threat made
    now ("Lebanon says it will close its border crossings if the shelling goes on", "the rebels
    said they would meet the envoy if the army withdrew"): "will" or "would" in a clause a speech
    verb says, whose subject is a pronoun for the speaker; not what others say someone would
    do ("analysts said Russia would attack if ...")."""
    top = tokens[-1]
    if not _reported(top) or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall")
                                     for t in tokens for c in t.children):
        return False
    subject = next((c for c in top.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.lower_ in OWN_PRONOUNS


#: words that open the condition of a threat ("will halt its mediation if ...", "will withdraw
#: its force unless ...")
CONDITION_MARKS = {"if", "unless"}
#: auxiliaries of an act its doer holds over another on a condition; "would", "could" and
#: "might" only when the doer says it of itself ("they would ... if"): of others they speculate
THREAT_AUX = {"will", "shall", "may"}


def conditional_threat(tokens: list[Token]) -> bool:
    """Whether a chain is an act held over someone on a condition, a threat made now as CAMEO
    codes it ("The EU may halt its mediation if the talks founder", "Ankara will close the
    border crossing unless the shelling stops", "the rebels said they would attack if the army
    advanced"): a future or modal act with its own "if" or "unless" clause, not itself
    supposed (in an "if" clause, a question or an opinion); not "even if"."""
    condition = any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS
                                              for g in c.children)
                    and not any(g.lower_ == "even" for g in c.children)
                    for t in tokens for c in t.children)
    if not condition or in_if_clause(tokens[-1]) \
            or tokens[-1].sent.text.rstrip(' "\'\u201d\u2019').endswith("?"):
        return False
    auxes = {c.lower_ for t in tokens for c in t.children if c.dep_ == "aux"}
    return bool(auxes & THREAT_AUX) or (bool(auxes & {"would", "could", "might"})
                                        and pledged(tokens))


def _governors(token: Token) -> list[Token]:
    """The verbs above a chain that govern it as their complement but are no frame ("could
    [mean] ...", "will [need] to ..."), up to a speech verb, whose clause is what is said."""
    found = []
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i:
            break
        if token.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
            token = token.head  # "need to sit down and [negotiate]": governed as "sit" is
            continue
        if token.dep_ not in ("xcomp", "ccomp"):
            break
        token = token.head
        if token.lemma_.lower() in SPEECH_VERBS:
            break
        found.append(token)
    return found


#: words whose "that" clause is an opinion or expectation, not something that happened
OPINION_HEADS = {"hope", "hopeful", "expect", "believe", "think", "fear", "worry", "doubt",
                 "suspect", "confident", "optimistic", "pessimistic", "sure", "afraid",
                 "concerned", "worried", "likely", "possible", "predict", "wonder", "imagine"}


def in_if_clause(token: Token) -> bool:
    """Whether ``token`` sits inside a clause opened by "if" or "whether", or one that is an
    opinion ("If Russia takes further steps to ease visa restrictions, we will welcome it";
    "asked whether Iran attacked"; "fears that Russia will attack")."""
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in token.children):
            return True
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in OPINION_HEADS:
            return True  # "hopeful that the administration will work with me": a hope, no event
        if token.head.i == token.i:
            return False
        token = token.head
    return False


#: verbs that tell, as speech does, what their subject will do: "confirmed it would send
#: troops", "promised it would withdraw" state a future, no supposition
TELLING_VERBS = {"confirm", "promise", "pledge", "vow", "assure", "indicate", "signal",
                 "disclose", "reveal", "inform", "notify"}


def _reported(token: Token) -> bool:
    """Whether ``token`` heads what a speech verb says ("said [it would expel]")."""
    return token.dep_ in ("ccomp", "parataxis") \
        and token.head.lemma_.lower() in SPEECH_VERBS | TELLING_VERBS


#: verbs whose clause says what someone wants done, not what is done ("demanded that Turkey
#: free the journalists", "urged Russia to stop", "hopes both sides cooperate")
ASKING_VERBS = frozenset({"demand", "insist", "urge", "ask", "request", "call", "appeal", "plead",
                          "press", "pressure", "implore", "exhort", "beg", "hope", "wish", "want"})
#: nouns whose clause is what is asked or hoped for ("its call for Saudi Arabia to end air
#: strikes", "the demand that the government raise wages"): the nouns of a demand, and hopes
ASKING_NOUNS = frozenset(DEMAND_NOUNS | {"hope", "wish"})
#: kinds of frame that make a reading the asking itself ("urged Russia to stop": the appeal)
ASKING_FRAMES = frozenset({"demand", "appeal", "intend", "threaten"})
#: the links climbed from a wanted act to the word that asks for it: clauses, and the "for" of
#: "called for the government to resign"
CLIMBED_DEPS = frozenset({"conj", "xcomp", "ccomp", "advcl", "acl", "pcomp"})


#: verbs that say an act must be done ("needs to withdraw", "has to release"): it is not done
OBLIGING = {"need", "have"}


def asked_for(chain: list[Token], frame: str | None) -> bool:
    """Whether the act of a chain (its predicate first, up to its frame, of kind ``frame``) is
    only what someone asks, demands or hopes for ("Germany demanded that Turkey free the
    journalists and [stop arresting] reporters", "its call for Saudi Arabia to [end] air
    strikes"), or what the text says must be done ("Kiev [must agree] to talks", said Moscow):
    it has not happened. A chain whose own words include the asking (the demand) is the asking,
    and is done."""
    if frame is None and any(c.dep_ == "aux" and c.lower_ == "must"
                             for t in chain for c in t.children):
        return True
    own = {t.i for t in chain}
    token = chain[0]
    for _ in range(10):  # clauses a sentence nests
        head = token.head
        if head is token or not (token.dep_ in CLIMBED_DEPS
                                 or (token.dep_ == "prep" and token.lower_ == "for")):
            return False
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in OBLIGING and token.dep_ == "xcomp" \
                and head.i not in own and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
                and not any(c.dep_ in ("dobj", "aux") for c in head.children):
            # "Russia [needs to withdraw] its troops", "has to release": as "must"; not what one
            # has to do it with ("have good infrastructure to support their growth"), nor a need
            # foreseen ("will need to negotiate": future or supposed, as its auxiliary says)
            return True
        if _asks_for(head, token) and not (head.i in own and (
                head.pos_ == "NOUN" or frame in ASKING_FRAMES)):
            # the asking is the reading's own ("urged Russia to stop", "rejected a request to
            # interrogate"), but not when a refusal under a demand frames it ("demanded that
            # its partners refuse to recognize")
            return True
        token = head
    return False


def _asks_for(word: Token, clause: Token) -> bool:
    """Whether ``clause`` is what ``word`` asks or hopes for: the clause of an asking noun, the
    "that" clause, "to" clause or "for" phrase or clause of an asking verb (a "that" clause
    only when it says what should happen: "insisted that the army [had fired]" claims; a "to"
    clause that is a purpose is not asked for: "called the governor [to ask] ...")."""
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN":
        return lemma in ASKING_NOUNS and clause.dep_ in ("acl", "advcl", "ccomp")
    if word.pos_ != "VERB" or lemma not in ASKING_VERBS:
        return False
    if clause.dep_ == "ccomp":
        return asks(clause) or lemma in ("hope", "wish")
    return clause.dep_ in ("xcomp", "prep") or clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)  # "call for X to V"
