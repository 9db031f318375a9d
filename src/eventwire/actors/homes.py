"""The country an actor of no stated country belongs to: the one the article is about.

"the government", "the police" with no country named are the state the article names most;
"the Supreme Court", "the Senate" are the United States' in the knowledge base (its news
names them bare), but another country's where the story is about that country.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .kb import compose_code, normalise
from .mentions import Mention

#: sectors of the state: "the government", "the police" belong to the article's country
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def home_country(mentions: list[Mention]) -> str | None:
    """The country an article names most often (first named on a tie), or None if it names
    none at least twice."""
    counts: dict[str, int] = {}
    for m in mentions:
        # "the Senate" bare says nothing of where the story is (see local_institution)
        if m.country and m.via != "pronoun" and not _generic(m):
            counts[m.country] = counts.get(m.country, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    return next(c for c in counts if counts[c] == best) if best >= 2 else None


#: institutions many states have, which the knowledge base gives the United States because its
#: news names them bare: elsewhere they are the institution of the country the story is about
GENERIC_INSTITUTIONS = {"supreme court", "senate", "congress", "house of representatives",
                        "justice department", "department of justice", "treasury department",
                        "national guard", "department of education", "education department"}


def local_institution(doc: Doc, m: Mention, mentions: list[Mention], home: str | None) -> Mention:
    """A bare "Supreme Court", "Senate" or "Congress" in a sentence about another country is
    that country's ("Kenya's opposition leader ... would challenge the result in the Supreme
    Court": KENJUD): the article's country (see :func:`home_country`), unless that is the
    institution's own or the sentence names its own country too."""
    if not _generic(m) or home is None or home == m.country:
        return m
    sentence = doc[m.start].sent
    if any(x.country == m.country and x is not m and sentence.start <= x.start < sentence.end
           for x in mentions):
        return m  # "the U.S. ... the Senate"
    return replace(m, code=compose_code(home, None, m.sectors), country=home, via="home")


def _generic(m: Mention) -> bool:
    return m.kind == "metonym" and m.via == "name" and m.entity is not None \
        and normalise(m.entity).lower() in GENERIC_INSTITUTIONS
