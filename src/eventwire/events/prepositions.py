"""What a preposition governs, where the parser labels it oddly: a "to" phrase it marks as the
verb's dative ("sent a message [to] the chief of the IAEA"), and a preposition joined to another
that carries the object for both ("restrictions on flights [to and from] Beijing"), and "out
of", which says "from". Read by the slot rules (events/slots.py) and the search for a deeper
target (events/aims.py)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def as_preposition(token: Token) -> bool:
    """Whether ``token`` is a preposition heading a phrase: a ``prep``, or the ``dative``
    preposition the parser makes of "to" before or after the object ("sent a letter [to] the
    president")."""
    return token.dep_ == "prep" or (token.dep_ == "dative" and token.pos_ == "ADP")


def objects_of(prep: Token) -> list[Token]:
    """The objects of a preposition; of "out of", those of its "of"; when it has none of its
    own, those of the preposition joined to it, which the parser gives the object ("to and
    from Beijing": Beijing for "to" too)."""
    found = [g for g in prep.children if g.dep_ == "pobj"]
    if found:
        return found
    if out_of(prep):
        return [g for c in prep.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return [g for c in prep.conjuncts if c.pos_ == "ADP" for g in c.children if g.dep_ == "pobj"]


def out_of(prep: Token) -> bool:
    """Whether ``prep`` is the "out" of "out of", which says what "from" says ("were shipped
    out of the enclave", "pulled its troops out of Mali")."""
    return prep.lower_ == "out" and prep.dep_ == "prep" \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in prep.children)


def reads_as(prep: Token, words: Collection[str]) -> bool:
    """Whether preposition ``prep`` says one of ``words``: itself, or "out of" for "from"."""
    return prep.lower_ in words or ("from" in words and out_of(prep))
