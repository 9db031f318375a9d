"""When an event happened: the date words attached to it, resolved against the publication date.

"Thursday" is the last Thursday on or before publication, "last year" the year before, "in 2014"
that year, "March 23" that day of the publication year (or of the year before, when that day is
still to come). What these rules do not know ("two days ago", "three years ago", "last week")
goes to dateparser, with the publication date as its base and past dates preferred. An event
whose date lies wholly more than 30 days before publication is historical. A length of time
("after four years", "over the past three years") dates nothing; "three years after", "two
days ago" do.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

HISTORICAL_AFTER_DAYS = 30
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")


@dataclass(frozen=True)
class EventDate:
    """A resolved date: the day (or first day of the month or year), its precision and the
    period's last day."""

    date: str
    precision: str  # day, month, year
    last_day: str
    text: str | None = None

    def historical(self, published: str) -> bool:
        cutoff = date.fromisoformat(published) - timedelta(days=HISTORICAL_AFTER_DAYS)
        return date.fromisoformat(self.last_day) < cutoff


def _day(d: date, text: str | None) -> EventDate:
    return EventDate(d.isoformat(), "day", d.isoformat(), text)


def _month(year: int, month: int, text: str | None) -> EventDate:
    last = calendar.monthrange(year, month)[1]
    return EventDate(date(year, month, 1).isoformat(), "month", date(year, month, last).isoformat(), text)


def _year(year: int, text: str | None) -> EventDate:
    return EventDate(f"{year}-01-01", "year", f"{year}-12-31", text)


def resolve(text: str, published: str, future: bool = False) -> EventDate | None:
    """Resolve a date expression against the publication date (YYYY-MM-DD); None if unknown.
    A day or month without a year that is still to come is taken in the past year, unless the
    event is ``future`` ("Xi will visit Switzerland on January 15")."""
    pub = date.fromisoformat(published)
    words = text.lower().replace(",", " ").split()
    if not words:
        return None
    if "today" in words or "tonight" in words:
        return _day(pub, text)
    if "yesterday" in words:
        return _day(pub - timedelta(days=1), text)
    for word in words:
        if word in WEEKDAYS:
            back = (pub.weekday() - WEEKDAYS[word]) % 7
            return _day(pub - timedelta(days=back + (7 if "last" in words and back == 0 else 0)), text)
    if "year" in words:
        if "last" in words or "previous" in words:
            return _year(pub.year - 1, text)
        if "this" in words:
            return _year(pub.year, text)
    if "month" in words and ("last" in words or "previous" in words):
        first = pub.replace(day=1) - timedelta(days=1)
        return _month(first.year, first.month, text)
    if "week" in words and "last" in words:
        return _day(pub - timedelta(days=7), text)
    year = _YEAR.search(text)
    month = next((MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS), None)
    if month:
        y = int(year.group(1)) if year else pub.year
        day = next((int(m.group(1)) for m in _DAY.finditer(text)
                    if 1 <= int(m.group(1)) <= 31 and m.group(1) != (year.group(1) if year else None)), None)
        if day and day <= calendar.monthrange(y, month)[1]:
            d = date(y, month, day)
            if not year and d > pub and not future:
                d = date(y - 1, month, day)
            return _day(d, text)
        if not year and date(y, month, 1) > pub and not future:
            y -= 1
        return _month(y, month, text)
    if year:
        return _year(int(year.group(1)), text)
    if words[-1] in ("earlier", "before"):
        # told from a time of the story's own, which lies before publication: "twenty years
        # earlier" is at least that far back, so read from publication it is past enough to
        # be history (its day is only approximate); "two years later" has no such bound
        return _dateparser(" ".join(words[:-1] + ["ago"]), pub)
    if words[-1] in ("later", "after"):
        return None
    return _dateparser(text, pub)


def _dateparser(text: str, pub: date) -> EventDate | None:
    """dateparser's reading of ``text`` relative to the publication date, or None."""
    from datetime import datetime

    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day), "PREFER_DATES_FROM": "past"})
    try:
        found = parser.get_date_data(text)
    except (ValueError, OverflowError):
        return None
    when = found.date_obj
    if when is None or (when.date() == pub and (when.hour, when.minute) != (0, 0)):
        return None  # nothing it could read: it answers with the base date and the clock time
    if found.period == "year":
        return _year(when.year, text)
    if found.period == "month":
        return _month(when.year, when.month, text)
    return _day(when.date(), text)


def date_words(tokens: list[Token]) -> str | None:
    """The date expression attached to a chain of tokens, or to the verbs above it
    ("said Thursday", "in 2014", "Moscow's 2014 annexation")."""
    for n, t in enumerate(_climbed(tokens)):
        if n and t.i != tokens[0].i and _date_entity(t) and t.pos_ in ("NOUN", "PROPN", "NUM"):
            return _date_entity(t)  # "back to [2011] when the UK and China signed": the clause's date
        for child in t.children:
            ent = _date_entity(child)
            if ent is None and child.dep_ == "prep":
                ent = next((_date_entity(g) for g in child.children if _date_entity(g)), None)
            if ent is None and child.dep_ == "advmod":  # "back [to 2011]", "earlier [in 2015]"
                ent = next((_date_entity(g) for p in child.children if p.dep_ == "prep"
                            for g in p.children if _date_entity(g)), None)
            if ent is not None:
                return ent
    return None


def _climbed(tokens: list[Token]) -> list[Token]:
    """The chain's tokens and every head above them up to the sentence root."""
    climbed: list[Token] = list(tokens)
    top = tokens[-1]
    while top.head.i != top.i and len(climbed) < 12:
        if top.dep_ == "conj" and (any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children)
                                   or any(c.lower_ in ("but", "yet") for c in top.head.children if c.dep_ == "cc")):
            break  # "has been in decline [since 2011], but still launches attacks": its own time
        top = top.head
        climbed.append(top)
    return climbed


#: a length of time, not a point in it ("after four years", "for the past three years", "in
#: two years"): it dates nothing
_DURATION = re.compile(
    r"^(?:the\s+)?(?:past|last|next|coming|previous|first|following)?\s*(?:\d+|a|an|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|"
    r"hundred|several|few|many|some|couple\s+of)\s+(?:more\s+|full\s+)?"
    r"(?:day|week|month|year|decade|century|hour)s?$", re.IGNORECASE)


#: words after a length of time that make it a point ("three years after", "two days ago")
_FROM_NOW = frozenset({"ago", "after", "before", "earlier", "later"})


def _date_entity(token: Token) -> str | None:
    """The date expression ``token`` lies in, unless it only measures a length of time."""
    if token.ent_type_ != "DATE":
        return None
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            after = token.doc[ent.end].lower_ if ent.end < len(token.doc) else ""
            if _DURATION.match(ent.text.strip()):
                # "twenty years earlier" is a point, though its words outside the entity
                return ent.text + " " + after if after in _FROM_NOW else None
            return ent.text
    return None


def capacity_words(tokens: list[Token]) -> str | None:
    """The capacity an act was done in ("As a candidate, Trump praised Putin"): the noun of an
    "as" phrase on the predicate, for dating the act by the role the actor then held."""
    for t in _climbed(tokens):
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                noun = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
                if noun is not None:
                    return noun.lemma_.lower()
    return None


def role_period(roles, word: str, published: str) -> EventDate | None:
    """The time a person held the role whose title names ``word`` (the latest one that began
    before publication), as the year in its middle: "as a candidate" -> 2016 for Trump."""
    held = [r for r in roles if word in (r.title or "").lower() and (r.start or "") <= published]
    if not held:
        return None
    role = max(held, key=lambda r: r.start or "")
    start = date.fromisoformat(role.start) if role.start else date.fromisoformat(published)
    end = min(date.fromisoformat(role.end), date.fromisoformat(published)) if role.end \
        else date.fromisoformat(published)
    middle = start + (end - start) / 2
    return _year(middle.year, f"as {word}")
