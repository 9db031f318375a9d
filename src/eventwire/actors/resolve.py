"""Finding actor mentions in a parsed article and resolving them to codes.

A registered spaCy component, ``eventwire_actors``: it reads the tokens, the parse and the
entities, and writes ``doc._.actors`` (an :class:`ActorIndex`). Names are found with two phrase
matchers over the knowledge base (names by their exact spelling, agent nouns in any case); the
longest match wins; adjacent matches form one mention ("Russian Foreign Minister Sergey Lavrov"
is a demonym, a title and a person, resolved together to RUSGOV). Coreference (surnames,
pronouns) is added by :mod:`eventwire.actors.coref`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .coref import link_references
from .mentions import UNKNOWN, ActorIndex, Mention, syntactic_head
from .homes import STATE_SECTORS, home_country, local_institution
from .peoples import (a_crowd, a_settlement_reached, people_of, people_of_country,
                      where_people_live)
from .kb import ActorCode, Entry, KnowledgeBase, compose_code, load_kb, resolve_entry

if not Doc.has_extension("pub_date"):
    Doc.set_extension("pub_date", default=None)
if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)

#: tokens that may join two matches into one mention: "Putin 's government"
_JOINERS = {"'s", "\u2019s", "'"}


def combine(parts: list[tuple[Span, Entry]], date: str | None) -> ActorCode:
    """Resolve the matches of one mention together: a person's role wins, then an organisation,
    then a country (from a name, metonym or demonym) with the sectors of titles and metonyms."""
    titles = [s for _, entry in parts if entry.kind == "agent" for s in entry.sectors]
    codes = [(entry, resolve_entry(entry, date, titles)) for _, entry in parts]
    # "U.N. mediator Diego Cordovez", "Arab League Secretary-General Amr Moussa": the body the
    # text names beside a person is what the person acts for, over a role the base dates
    # otherwise (not a demonym: "Albanian leader Ibrahim Rugova" names a people, not a state)
    named = next((code for entry, code in codes if entry.kind in ("org", "country", "metonym")
                  and code.code), None)
    for entry, code in codes:
        if entry.kind == "person" and code.code:
            if named is None or named.code[:3] in (code.code[:3], code.country) \
                    or named.country and named.country == code.country:
                return code
            sectors = tuple(dict.fromkeys([*titles, *code.sectors]))
            if named.kind == "org":
                return ActorCode(named.code, named.country, sectors, code.entity, "org")
            return ActorCode(compose_code(named.country, None, sectors), named.country, sectors,
                             code.entity, "person")
    agent_sectors = [s for entry, code in codes if entry.kind == "agent" for s in code.sectors]
    for entry, code in codes:
        if entry.kind == "org":
            sectors = tuple(dict.fromkeys([*code.sectors, *agent_sectors]))
            return ActorCode(code.code, code.country, sectors, code.entity, "org")
    country = next((code for entry, code in codes if code.country), None)
    if country is not None:
        own = [s for entry, code in codes if entry.kind == "metonym" for s in code.sectors]
        sectors = tuple(dict.fromkeys([*own, *agent_sectors]))
        entity = country.entity if country.kind != "demonym" else None
        kind = "metonym" if own else ("country" if not agent_sectors else "agent")
        return ActorCode(compose_code(country.country, None, sectors), country.country, sectors,
                         entity, kind)
    return ActorCode("", None, tuple(agent_sectors), None, "agent")


#: agent nouns that are acronyms: written "Ngo", "Mp" they are part of a name ("Ngo Xuan Lich")
_ACRONYMS = {"ngo", "ngos", "mp", "mps", "ceo", "ceos"}

#: how many people of the base must share a given name for it to name no one alone
_COMMON_GIVEN = 5

#: words for people that never stand as a title before a name
_NO_TITLES = {"man", "woman", "child", "youth", "teenager"}

#: prefixes that make a name a stance: "anti-Syria", "pro-Russian"
_STANCES = {"anti", "pro"}

#: agent nouns that, as adjectives, mean something else: "a general strike", "official figures"
_ADJECTIVE_SENSES = {"general", "official"}

#: agent nouns that name someone only as a common noun: "a US national" (not "national
#: security", "the National Party", "National Guard")
_NOUN_ONLY = {"national"}

#: prepositions whose place is what is acted on, not where: "a curfew on Basra", "strikes
#: against Mosul"
_AIMED_AT = {"on", "against"}

class ActorResolver:
    """The ``eventwire_actors`` component: writes ``doc._.actors``."""

    def __init__(self, nlp: Language, kb: KnowledgeBase):
        from .kbcache import matcher_patterns

        self.kb = kb
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.agents = PhraseMatcher(nlp.vocab, attr="LOWER")
        # the phrases come tokenised (as the hashes the matchers compare) from the cache beside
        # the knowledge base: tokenising tens of thousands of them would cost seconds
        name_keys, agent_keys, self.phrase_of, self.acronym_words = matcher_patterns(nlp, kb)
        self.names.add("NAME", name_keys)
        # one-word names of people that are also the given name of many others ("Abdullah",
        # "Hassan"): alone they name no one in particular ("King Abdullah" still does)
        persons = [p for p, kind in kb.phrases() if kind == "person"]
        given = Counter(p.split()[0] for p in persons if " " in p)
        self.given_names = {p for p in persons if " " not in p and given[p] >= _COMMON_GIVEN}
        self.agents.add("AGENT", agent_keys)

    def entry_of(self, span: Span) -> Entry:
        """The knowledge-base entry a matched span names."""
        if span.label_ == "PA":
            return self.kb.entries("Palestinian Authority")[0]
        key = tuple(t.lower_ if span.label_ == "AGENT" else t.text for t in span)
        return self.kb.entries(self.phrase_of.get(key, span.text))[0]

    def __call__(self, doc: Doc) -> Doc:
        date = doc._.pub_date
        spans = [Span(doc, s, e, label="NAME") for _, s, e in self.names(doc)]
        agents = [(s, e) for _, s, e in self.agents(doc)]
        spans += _palestinian_authority(doc)
        # a PERSON entity made only of what the base knows is no one's name: "Delhi Police"
        known = {i for span in spans for i in range(span.start, span.end)}
        known.update(i for s, e in agents for i in range(s, e))
        # ("Sri Lanka's" is tagged a person now and then: the possessive is no part of a name)
        persons = [e for e in (e[:-1] if e[-1].text in _JOINERS else e for e in doc.ents
                               if e.label_ == "PERSON")
                   if len(e) > 1 and any(t.i not in known for t in e)]
        # "Farc" is FARC as a proper noun or inside a sentence; "Shape" opening one is no SHAPE,
        # and "Amit" of "Amit Shah" no AMIT
        spans = [s for s in spans if (s[0].text,) not in self.acronym_words
                 or (s[0].pos_ == "PROPN" or not s[0].is_sent_start or s[0].dep_ == "compound")
                 and s[0].ent_type_ != "PERSON"]  # "Isis fighters" opening a sentence
        # "anti-Syria journalist", "pro-Russian separatists": a stance toward a country, not its
        # people (nor an actor of its own)
        spans = [s for s in spans if not (s.start >= 2 and doc[s.start - 1].text == "-"
                                          and doc[s.start - 2].lower_ in _STANCES)]
        # "South America", "Latin American leaders", "Central American migrants": a region,
        # not the United States
        spans = [s for s in spans if not _in_a_region(s)]
        # a place inside a longer person's name is no actor: "Virginia" of "Virginia Raggi"
        spans = [s for s in spans if not _within_a_name(s, persons)
                 or self.entry_of(s).kind not in ("country", "place")]
        # a group named after a man begins a longer name of a man: "Abu Musab" (a kunya) of
        # "Abu Musab al-Zarqawi" is no group
        spans = [s for s in spans if len(s) < 2 or not any(
            e.start == s.start and s.end < e.end for e in persons)
            or self.entry_of(s).kind != "org"]
        # a title that is also an adjective of another sense names nobody: "a general strike"
        spans += [span for span in (Span(doc, s, e, label="AGENT") for s, e in agents)
                  if not (span.text.lower() in _ACRONYMS and not span.text[:2].isupper())
                  and (len(span) > 1 or span[0].lower_ not in _ADJECTIVE_SENSES
                      or span[0].pos_ != "ADJ") and not _ends_a_name(span, persons)
                  and (span.text.lower() not in _NOUN_ONLY or span[0].pos_ != "PROPN"
                       and span[0].dep_ not in ("amod", "compound"))
                  and not _opens_a_company(span, known) and not a_settlement_reached(span)
                  and not (set(self.entry_of(span).sectors[:1]) & (STATE_SECTORS | {"ELI"})
                           and _of_an_unknown_body(span, known))
                  # "advocates" of "which advocates Israel's destruction" is a verb
                  and not (len(span) == 1 and span[0].tag_.startswith("VB"))
                  # a word for ordinary people inside or before a name is part of it: "Man
                  # Haron Monis" ("Activist Joshua Wong" is a title, "Man" is no title)
                  and not (self.entry_of(span).sectors[:1] == ("CVL",) and (
                      _within_a_name(span, persons) or span.text.lower() in _NO_TITLES
                      and span[0].is_title and span.end < len(doc)
                      and doc[span.end].ent_type_ == "PERSON"))]
        found: list[Mention] = []
        peoples: dict[int, tuple[str, ...]] = {}  # mention start -> the countries it may mean
        taken_to = 0  # the end of the last mention, which a name after a title may have grown
        for group in self._groups(doc, filter_spans(spans)):
            if group[0].start < taken_to:
                continue  # "King" of "Defence Secretary Tom King", taken in with the name
            parts = [(span, self.entry_of(span)) for span in group]
            if len(parts) == 1 and parts[0][1].kind == "person" \
                    and group[0].text in self.given_names:
                continue
            if all(e.countries for _, e in parts) and not a_crowd(
                    doc[syntactic_head(doc, group[0].start, group[-1].end)]):
                # "the Kurds" alone is a people, not yet an actor: in "Turkey's ceasefire with
                # the Kurds" they are Turkey's own; "Kurdish fighters" are one, and so are
                # "thousands of Kurds" (civilians of the country they are in)
                continue
            start, end = group[0].start, group[-1].end
            end = self._extend_with_name(doc, end, parts)
            taken_to = end
            code = combine(parts, date)
            if _a_society_named_by_the_state(doc[start:end], code):
                continue
            person = next((e for _, e in parts if e.kind == "person"), None)
            entity = person.entity if person else code.entity
            if entity is None and code.kind == "agent" and end > group[-1].end:
                entity = doc[group[-1].end:end].text  # a titled person the base does not know
            if code.kind != "org" and any(e.kind == "agent" for _, e in parts) and start >= 2 and doc[start - 1].text == "-" \
                    and doc[start - 2].lower_ == "ex":
                # "ex-ministers", "an ex-president": former officials are elites, as CAMEO
                # codes them, no longer the office
                start -= 2
                code = replace(code, code=compose_code(code.country, None, ("ELI",))
                               if code.country else "", sectors=("ELI",))
            head = syntactic_head(doc, start, end)
            if code.kind in ("country", "demonym") and code.country and not code.sectors \
                    and a_crowd(doc[head]):
                # "thousands of Iraqi Kurds", "800,000 Afghans", "young Algerians": people
                # counted or described are civilians of the country, not the state
                code = replace(code, code=compose_code(code.country, None, ("CVL",)),
                               sectors=("CVL",), kind="agent")
            if all(e.kind == "place" for _, e in parts) and doc[head].dep_ == "pobj" \
                    and doc[head].head.lower_ not in _AIMED_AT:
                # "into Aleppo", "from Crimea": where something happens, not who is acted on;
                # it still places the event and what it owns ("police in Mosul")
                code = replace(code, code="")
            found.append(Mention(start, end, code.code, code.country, code.sectors, entity,
                                 "person" if person or code.kind == "agent" and end > group[-1].end
                                 else code.kind, head=head))
            where = people_of(doc, start, parts)
            if where is not None and found[-1].country:
                peoples[start] = where
        found = [where_people_live(doc, m, peoples[m.start], found, peoples)
                 if m.start in peoples else m for m in found]
        found = [self._country_of_title(doc, m, found) for m in found]
        # "a Beirut-based newspaper": the city places the newspaper; it does nothing itself
        found = [m for m in found if not _names_a_base(doc, m)]
        found = [people_of_country(doc, _ruler_of(doc, _office_in_apposition(doc, m, found),
                                                   found), found) for m in found]
        found = sorted(found + _named_in_apposition(doc, found), key=lambda m: m.start)
        linked = link_references(doc, found, self.kb, date)
        home = home_country(linked)
        index = ActorIndex()
        for mention in (local_institution(doc, m, linked, home) for m in linked):
            if not mention.code and mention.sectors:
                if home and mention.sectors[0] in STATE_SECTORS and doc[mention.head].pos_ == "NOUN" \
                        and any(c.lower_ == "the" for c in doc[mention.head].children):
                    # "the government", "the police": the state the article is about
                    mention = replace(mention, code=compose_code(home, None, mention.sectors),
                                      country=home, via="home")
                else:  # "police", "rebels": a sector, no country
                    mention = replace(mention, code=UNKNOWN + mention.sectors[0])
            index.add(mention)
        doc._.actors = index
        return doc

    def _country_of_title(self, doc: Doc, m: Mention, mentions: list[Mention]) -> Mention:
        """A title whose country or organisation follows it takes it: "the foreign minister of
        Jordan", "officials from Iran" (the title's sector), "the spokesman of the Russian
        foreign ministry", "the chairman of the foreign affairs committee of the German
        Bundestag" (the institution's code, through nested "of"), "top diplomats of the
        member states of ASEAN" (the organisation)."""
        if m.country or m.kind not in ("agent", "person") or not m.sectors or m.code:
            return m
        head = doc[m.head]
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "NOUN":
            head = head.head  # "deputy" of "the deputy chairman of ..."
        owner = _based_at(doc, head, mentions) or _owner_after(doc, head, mentions, m,
                                                               self.kb.capitals)
        if owner is None:
            return m
        if owner.kind == "org" or owner.code[:3] in ("IGO", "IMG", "NGO", "MNC"):
            return replace(m, code=owner.code, country=None)
        # an institution's people are of its sector ("the spokesman of the Kremlin"); a
        # country's, a city's or a person's have the title's ("workers of a company of Tehran",
        # "the government of President Avril")
        place = owner.kind in ("country", "demonym", "person") or _a_capital(doc, owner,
                                                                             self.kb.capitals)
        sectors = m.sectors if place or not owner.sectors else owner.sectors
        return replace(m, code=compose_code(owner.country, None, sectors), country=owner.country,
                       sectors=sectors)

    def _groups(self, doc: Doc, spans: list[Span]) -> list[list[Span]]:
        """Adjacent matches (or a title or institution joined by a possessive 's: "Putin's
        government", "Israel's Supreme Court") form one mention."""
        groups: list[list[Span]] = []
        for span in sorted(spans, key=lambda s: s.start):
            if groups:
                last = groups[-1][-1]
                gap = doc[last.end:span.start]
                joined = len(gap) == 1 and gap[0].text in _JOINERS or (
                    # "Algeria's leading human rights activist", "Iran's supreme leader"
                    len(gap) > 1 and gap[0].text in _JOINERS and span.label_ == "AGENT"
                    and self._describes(gap[1:], span))
                if span.start == last.end or (joined and (  # "Israel's Supreme Court"
                        span.label_ == "AGENT" or self.entry_of(span).kind == "metonym")) or (
                        span.label_ == "AGENT" and self.entry_of(last).kind in (
                            "country", "demonym", "org") and self._describes(
                            gap, span, office=self.entry_of(last).kind == "org")):
                    # "the Ethiopian central government", "Malian transitional authorities",
                    # "the U.N. war crimes tribunal"
                    groups[-1].append(span)
                    continue
            groups.append([span])
        return groups

    @staticmethod
    def _describes(gap: Span, agent: Span, office: bool = False) -> bool:
        """Whether the words between a country and an agent noun only describe the agent
        ("central", "federal", "interim", "new"): at most two lowercase modifiers of it; with
        ``office``, up to three capitalised words of an office's name ("the United Nations
        Emergency Relief Coordinator")."""
        if office and agent[0].is_title and 0 < len(gap) <= 3 and all(
                t.pos_ == "PROPN" and t.is_title and t.dep_ == "compound"
                and gap.start <= t.head.i < agent.end for t in gap):
            return True
        # a capitalised adjective describes too: "Rohingya Muslim insurgents", "Nigerian
        # Christian leaders" (the words between two matches name nothing the base knows)
        return 0 < len(gap) <= 2 and all(
            (t.is_lower and t.pos_ in ("ADJ", "VERB", "NOUN")
             or t.is_title and t.pos_ in ("ADJ", "PROPN") and t.tag_ in ("JJ", "NNP"))
            and t.dep_ in ("amod", "compound") and gap.start <= t.head.i < agent.end for t in gap)

    @staticmethod
    def _extend_with_name(doc: Doc, end: int, parts: list[tuple[Span, Entry]]) -> int:
        """A title followed by an unknown name ("Foreign Minister Ayman Safadi") takes the name."""
        if parts[-1][1].kind != "agent":
            return end
        while end < len(doc) and doc[end].ent_type_ == "PERSON" and (
                doc[end].pos_ == "PROPN" or doc[end].text == "-" and end + 1 < len(doc)
                and doc[end + 1].ent_type_ == "PERSON"):
            end += 1  # "Jean-Pierre Lacroix", also tokenised "Jean - Pierre Lacroix"
        return end


#: prepositions after a title that name whom it belongs to; "for" only an institution or inside
#: the chain ("the Commission for Culture of the Italian Chamber")
_OWNER_PREPS = ("of", "from")
_INNER_PREPS = ("of", "from", "for")
#: sectors whose people are often abroad: "troops in Afghanistan" are not Afghanistan's
_ABROAD = {"MIL", "REF", "IGO", "NGO", "DEV", "MED"}


#: prepositions that say where a title or group is: "rebels in Darfur", "students throughout
#: Indonesia"
_LOCATED_PREPS = {"in", "throughout", "across"}


def _a_capital(doc: Doc, m: Mention, capitals: dict[str, str]) -> bool:
    """Whether a metonym is a capital's name ("Baghdad", "New Delhi"): a city, where people
    are, not the seat of government that "the Kremlin" is."""
    return m.kind == "metonym" and capitals.get(doc[m.start:m.end].text) == m.country


def _owner_after(doc: Doc, token, mentions: list[Mention], title: Mention,
                 capitals: dict[str, str], depth: int = 0) -> Mention | None:
    """The placed actor (country, institution or organisation) named by an "of" or "from"
    phrase after ``token``, following nested phrases ("of the member states of ASEAN") through
    words that place nothing themselves; or the country or capital an "in" phrase places it
    in."""
    if depth > 3:
        return None
    for prep in token.children:
        located = not depth and prep.lower_ in _LOCATED_PREPS and title.sectors[0] not in _ABROAD
        if prep.dep_ != "prep" or prep.lower_ not in _INNER_PREPS and not located:
            continue
        # "a spokesman for the ministry" is the ministry's, "the envoy for Syria" not Syria's
        institution_only = not depth and prep.lower_ not in _OWNER_PREPS and not located
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            found = next((x for x in mentions if x.start <= obj.i < x.end and x is not title),
                         None)
            if located:  # "rebels in Darfur", "a court in Istanbul": the country they are in
                # ("protesters in Caracas": a capital places people as any city does)
                if found is not None and found.country and (
                        found.kind == "country" or _a_capital(doc, found, capitals)):
                    return found
                continue
            if found is not None and (found.kind == "org" or found.country and not (
                    institution_only and found.kind in ("country", "demonym"))):
                return found
            if found is None:  # "the government of Sindh province", "police of Anbar province";
                # before a name, any placed body: "Chief of South Korea's Constitutional Court
                # Park Han-Chul", "president of the Swiss Confederation Johann Schneider-Ammann"
                # (the parse makes the body a modifier of the name)
                name = obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "")
                found = next((x for c in (obj.subtree if name else obj.children)
                              if c.dep_ == "compound" and c.i < obj.i for x in mentions
                              if x.start <= c.i < x.end and x.country and (
                                  x.kind in ("country", "place") or name and x.kind == "agent")),
                             None)
                if found is not None:
                    return found
            if found is not None and found.kind not in ("agent", "person"):
                continue
            deeper = _owner_after(doc, obj, mentions, title, capitals, depth + 1)
            if deeper is not None:
                return deeper
    return None


_BODIES = ("IGO", "NGO", "IMG", "MNC")


def _office_in_apposition(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention:
    """A person named beside an office of an organisation acts for it: "Kenzo Oshima, the United
    Nations Emergency Relief Coordinator", "the U.N. envoy, Staffan de Mistura"."""
    if m.kind != "person" or not m.code or m.code[:3] in _BODIES:
        return m
    head = doc[m.head]
    near = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        near.append(head.head)
    for token in near:
        office = next((x for x in mentions if x.start <= token.i < x.end and x is not m), None)
        if office is not None and office.code[:3] in _BODIES and doc[office.head].i == token.i:
            return replace(m, code=office.code, country=None)
    return m


def _ruler_of(doc: Doc, m: Mention, mentions: list[Mention]) -> Mention:
    """A titled person "of" a country acts for it, whatever else the base knows of a namesake:
    "King Hassan of Morocco", "Prince Faisal of Saudi Arabia"."""
    head = doc[m.head]
    if m.kind != "person" or not m.code or m.code[:3] in _BODIES or head.dep_ == "pobj":
        return m
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            country = next((x for x in mentions if x.start <= obj.i < x.end and x.country
                            and x.kind == "country"), None)
            if obj.dep_ == "pobj" and country is not None and country.country != m.country:
                return replace(m, code=compose_code(country.country, None, m.sectors),
                               country=country.country)
    return m


#: words that say where an actor is based or who leads it: "a London-based group", "a company
#: based in Oslo", "Saudi-led forces"
_BASED = {"based", "headquartered", "led"}


def _based_at(doc: Doc, token, mentions: list[Mention]) -> Mention | None:
    """The country or place an actor is said to be based in: "a Beirut-based newspaper",
    "a rights group based in London"."""
    for based in token.children:
        if based.lower_ not in _BASED or based.dep_ not in ("amod", "acl"):
            continue
        places = [c for c in based.children if c.dep_ in ("npadvmod", "compound", "nmod")]
        if based.lower_ != "led":  # "led by" names a leader, not a home
            places += [g for c in based.children if c.dep_ == "prep" and c.lower_ == "in"
                       for g in c.children if g.dep_ == "pobj"]
        for place in places:
            found = next((m for m in mentions if m.start <= place.i < m.end and m.country), None)
            if found is not None and found.kind in ("country", "metonym", "place", "demonym"):
                return found
    return None


def _names_a_base(doc: Doc, m: Mention) -> bool:
    """Whether a mention only says where an actor is based ("Beirut" of "a Beirut-based
    newspaper")."""
    head = doc[m.head]
    return head.head.lower_ in _BASED and head.dep_ in ("npadvmod", "compound", "nmod") \
        and m.kind in ("country", "metonym", "place", "demonym")


#: words that show an article is about Palestinians, so that "the PA" is their Authority
_PALESTINIAN = ("palestin", "ramallah", "gaza", "hamas", "fatah", "abbas", "jenin", "nablus",
                "hebron")


def _palestinian_authority(doc: Doc) -> list[Span]:
    """"the PA" where the article is about Palestinians: their Authority ("PA" alone is also
    Pennsylvania, and "the PA" a British news agency)."""
    found = [Span(doc, t.i, t.i + 1, label="PA") for t in doc
             if t.text == "PA" and t.i > 0 and doc[t.i - 1].lower_ == "the"]
    if found and any(t.lower_.startswith(_PALESTINIAN) for t in doc):
        return found
    return []


#: words that make "America" a part of the continents, not the United States
_AMERICAS = {"latin", "south", "north", "central", "meso", "pan", "ibero", "hispano"}


def _in_a_region(span: Span) -> bool:
    """Whether a country word is part of a region's name: "America", "American(s)" after
    "South", "Latin", "Central"... ("Latin American leaders"; also hyphened: "Latin-American")."""
    if span[0].lower_ not in ("america", "american", "americans"):
        return False
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == "-":
        i -= 1
    return i >= 0 and doc[i].lower_ in _AMERICAS


def _ends_a_name(span: Span, persons: list[Span]) -> bool:
    """Whether a capitalised agent word ends a person's name, as a surname: "King" of
    "Tom King", "Bishop" of "Julie Bishop"."""
    return span[0].is_title and any(
        e.start < span.start and span.end == e.end for e in persons)


#: nouns of bodies that are no part of a state, whatever country they are named after
#: nouns that name a society, club or company, no office of state ("the Russian Ski
#: Federation", "the White House Press Association")
SOCIETIES = {"federation", "association", "club", "league", "union", "academy", "society",
              "foundation", "institute", "university", "company", "corporation", "federations",
              "associations", "clubs", "unions"}


def _a_society_named_by_the_state(span: Span, code: ActorCode) -> bool:
    """Whether a name the base reads as a state office or its seat ends in a society's noun
    ("the White House Press Association", "the Kremlin Pool Club"): a body the base does not
    know, which does not speak for the state."""
    last = span[-1]
    return last.pos_ == "PROPN" and last.lower_ in SOCIETIES and len(span) > 1 and (
        code.kind == "metonym" or bool(set(code.sectors) & STATE_SECTORS))


def _of_an_unknown_body(span: Span, known: set[int]) -> bool:
    """Whether a state title is an office of an organisation the base does not know, named
    by its letters just before it ("IBF President Daryl Peoples", "German FA (DFB) President")
    or by its name after "of" ("the president of the Russian Ski Federation"): no state's
    president, and guessing the nearest country's government for them makes wrong events."""
    doc = span.doc
    head = doc[syntactic_head(doc, span.start, span.end)]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            # the body's own name is unknown, whatever country word it holds, and its noun
            # says it is a society, not an office of state ("the Ministry of Employment", "the
            # Commission for Culture of the Chamber of Deputies" stay the state's)
            return any(o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ == "ORG"
                       and o.i not in known and o.lower_ in SOCIETIES for o in prep.children)
    i = span.start - 1
    while i >= 0 and doc[i].text in ("(", ")"):
        i -= 1
    if i < 0 or i in known:
        return False
    before = doc[i]
    # (a bracketed short name hangs on the name it shortens: "German FA (DFB) President")
    named = before.head if before.dep_ == "appos" and before.head.i < i else before
    if not (before.ent_type_ == "ORG" or before.is_upper and not before.ent_type_) \
            or before.pos_ != "PROPN" \
            or not span.start <= named.head.i < span.end + 3:
        return False
    # a body named with words the base knows stays someone's ("House Intelligence Committee
    # Chairman": a legislator)
    body = next((e for e in doc.ents if e.start <= i < e.end), doc[i:i + 1])
    # and only a body named by its letters is surely not the state's: "Fleet spokesman" after
    # "the Baltic Fleet" speaks for a navy, though the base knows no "Fleet"
    return not any(t.i in known for t in body) \
        and any(sum(c.isupper() for c in t.text) > 1 for t in body)


def _opens_a_company(span: Span, known: set[int]) -> bool:
    """Whether a capitalised one-word title opens an organisation's name the base does not
    know, with a word that is no title or name either: "General" of "General Motors",
    "General Electric" (not "General Staff", a title of its own, nor "Police Scotland")."""
    doc = span.doc
    if len(span) != 1 or not span[0].is_title or span.end >= len(doc):
        return False
    after = doc[span.end]
    return span[0].ent_type_ == "ORG" and span[0].ent_iob_ == "B" and after.ent_iob_ == "I" \
        and after.is_title and after.i not in known


def _within_a_name(span: Span, persons: list[Span]) -> bool:
    """Whether ``span`` lies inside a longer person's name ("Virginia" of "Virginia Raggi")."""
    return any(e.start <= span.start and span.end <= e.end and len(e) > len(span)
               for e in persons)


def _named_in_apposition(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """People the knowledge base does not know, named beside their title: "Qari Hekmatullah,
    the group's chief", "its president, Jeff Mason". The name takes the title's code."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        root = ent.root
        title = None
        if root.dep_ == "appos":
            title = next((m for m in mentions if m.start <= root.head.i < m.end), None)
        if title is None:
            title = next((m for m in mentions if doc[m.head].dep_ == "appos"
                          and ent.start <= doc[m.head].head.i < ent.end), None)
        # an office of an organisation too: "Jan Egeland, the UN Emergency Relief Coordinator"
        if title is None or title.kind not in ("agent", "person", "org") or not title.sectors \
                or title.members or title.via != "name":
            continue
        start = ent.start
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                and ent.start <= doc[start - 1].head.i < ent.end and start - 1 not in taken:
            start -= 1  # "Flavia" of "Flavia Nardelli Piccoli", left out of the entity
        found.append(Mention(start, ent.end, title.code, title.country, title.sectors,
                             doc[start:ent.end].text, "person", via="title", head=root.i))
    return found


@Language.factory("eventwire_actors", default_config={"kb_dir": None, "extra": []})
def make_actor_resolver(nlp: Language, name: str, kb_dir: str | None, extra: list[str]):
    """Build the actor component from the knowledge base in ``kb_dir`` (default: the bundled one)
    and the user's ``extra`` files."""
    from pathlib import Path

    from .kb import DATA_DIR

    kb = load_kb(Path(kb_dir) if kb_dir else DATA_DIR, tuple(Path(p) for p in extra))
    return ActorResolver(nlp, kb)
