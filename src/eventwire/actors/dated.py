"""A person's role on the day of what the sentence tells, not on the day it was published.

The knowledge base dates people's roles (Jimmy Carter is USA GOV from 1977-01-20 to 1981-01-20,
USA ELI before and after). An actor is resolved on the publication date; when the act an event
reads is dated in the past by words that name a year ("In 1978, President Carter brokered an
accord": 1978), a person whose code came from a dated role is coded by the role held then
(USAGOV, not the USAELI he is today). The act's date is the event's own (events/assemble.py
reads it once); titles and bodies the text names beside the person ("U.N. mediator X") keep
the code they gave.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..context.dates import EventDate
from .kb import KnowledgeBase, resolve_entry
from .mentions import Mention

#: how far before publication an act's date must lie to change a role: today's news
#: ("on Tuesday", "last month") is coded by today's roles
PAST_DAYS = 30
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def act_day(when: EventDate, words: str, published: str | None) -> str | None:
    """The middle day of the period an act's date words name, when they name a year ("in
    1978", "in September 1978") and it ended more than :data:`PAST_DAYS` before publication;
    else None ("a year after", "last week" are too loose to move a person's role by)."""
    if _YEAR.search(words) is None:
        return None
    first, last = date.fromisoformat(when.date), date.fromisoformat(when.last_day)
    if published and (date.fromisoformat(published) - last).days <= PAST_DAYS:
        return None
    return (first + (last - first) / 2).isoformat()


def role_then(m: Mention, kb: KnowledgeBase, day: str, published: str | None) -> Mention:
    """``m`` re-coded by the role its person held on ``day``, when the person's own dated role
    gave its code; else ``m`` unchanged."""
    if m.kind != "person" or not m.entity or not m.code or m.members:
        return m
    people = [e for e in kb.entries(m.entity) if e.kind == "person"]
    if not people:
        return m
    now = resolve_entry(people[0], published, m.sectors)
    then = resolve_entry(people[0], day, m.sectors)
    # only a code the person's own role gave: "U.N. mediator X" stays the U.N.'s
    if now.code == m.code and then.code and then.code != m.code:
        return replace(m, code=then.code, country=then.country, sectors=then.sectors)
    return m
