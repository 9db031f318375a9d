"""A person's role on the day of what the sentence tells, not on the day it was published.

The knowledge base dates people's roles (Jimmy Carter is USA GOV from 1977-01-20 to 1981-01-20,
USA ELI before and after). A mention is first resolved on the publication date; when its
clause is dated in the past ("In 1978, President Carter brokered an accord": 1978), a person
whose code came from a dated role is coded by the role held then (USAGOV, not the USAELI he
is today). Titles and bodies the text names beside the person ("U.N. mediator X") keep the
code they gave.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from ..context.dates import date_words, resolve
from .kb import KnowledgeBase, resolve_entry
from .mentions import Mention

#: how far before publication a clause's date must lie to change a role: today's news
#: ("on Tuesday", "last month") is coded by today's roles
PAST_DAYS = 30
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def act_date(doc: Doc, m: Mention, published: str | None) -> str | None:
    """The day of the clause a mention acts in, when its date words lie in the past ("in
    1978", "in September 1978"), as the middle of the period they name; else None. Only words
    that name a year date a clause for this."""
    if m.head < 0:
        return None
    words = date_words([doc[m.head]])
    if not words:
        return None
    year = _YEAR.search(words)
    if year is None:  # "a year after", "last week": too loose to move a person's role by
        return None
    when = resolve(words, published or f"{year.group(1)}-12-31")
    if when is None:
        return None
    first, last = date.fromisoformat(when.date), date.fromisoformat(when.last_day)
    middle = first + (last - first) / 2
    if published and (date.fromisoformat(published) - last).days <= PAST_DAYS:
        return None
    return middle.isoformat()


def redate(doc: Doc, mentions: list[Mention], kb: KnowledgeBase,
           published: str | None) -> list[Mention]:
    """``mentions`` with every person coded by a dated role re-coded by the role held on the
    date of the clause it acts in, when that lies in the past (see :func:`act_date`)."""
    out = []
    for m in mentions:
        if m.kind == "person" and m.entity and m.code and not m.members:
            people = [e for e in kb.entries(m.entity) if e.kind == "person"]
            when = act_date(doc, m, published) if people else None
            if when is not None:
                now = resolve_entry(people[0], published, m.sectors)
                then = resolve_entry(people[0], when, m.sectors)
                # only a code the person's own role gave: "U.N. mediator X" stays the U.N.'s
                if now.code == m.code and then.code and then.code != m.code:
                    m = replace(m, code=then.code, country=then.country, sectors=then.sectors)
        out.append(m)
    return out
