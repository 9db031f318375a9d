"""Whether a chain of the parse says an act happened: negation, and its mode (asserted, future,
hypothetical), read from auxiliaries, "if"/"whether" clauses, questions, opinions and reported
speech.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context.quotes import SPEECH_VERBS
from .slots import MAX_CLIMB, SUBJECT_DEPS


FUTURE_AUX = {"will", "shall"}


HYPOTHETICAL_AUX = {"would", "could", "may", "might", "can", "should"}


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
    if any((c.dep_ == "mark" and c.lower_ == "if") or (c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ == "if" for g in c.children)
            and not any(g.lower_ == "even" for g in c.children))  # "even if": it holds anyway
           for t in tokens for c in t.children) or in_if_clause(tokens[-1]) \
            or tokens[-1].sent.text.rstrip(' "\'\u201d\u2019').endswith("?"):  # a question asserts nothing
        return "hypothetical"  # "if it is attacked", "would attack Serbia [if it refused]"
    future = False
    for t in [*tokens, *_governors(tokens[-1])]:
        for c in t.children:
            if c.dep_ != "aux":
                continue
            if c.lower_ == "would" and (_reported(t) or t.lemma_.lower() == "like"):
                future = True  # "said it would", and "would like to" is a wish stated now
            elif c.lower_ in HYPOTHETICAL_AUX:
                return "hypothetical"
            elif c.lower_ in FUTURE_AUX:
                future = True
    return "future" if future else "asserted"


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
