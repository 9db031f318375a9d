"""References within one article: what "Mattis", "he", "the minister", "the group" and "the two
countries" stand for.

Rules, not a model, applied in the order of the text:

- a surname names the person whose full name the article gives ("Mattis" -> Jim Mattis);
- a personal pronoun names the last person named before it, preferring one that was the
  subject of a clause (the person the story is about), within a few sentences; "they" names
  the last country, organisation or group named close before it; "it" as a subject names the
  last country or organisation that was a subject close before it ("Farc said it would ...");
- a definite title ("the minister", "the president") names the last person whose own words
  carry that title;
- "the ministry", "the group", "the alliance" name the last government ministry, armed or
  other group, or international organisation named before;
- "the two countries", "both sides" name the last two countries (or governments) named.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from spacy.tokens import Doc, Token

from .kb import Entry, KnowledgeBase, compose_code, resolve_entry
from .mentions import Mention, syntactic_head

PERSONAL_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
#: plural pronouns name the last group, country or organisation (not a person)
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
#: "it" (as a doer) names the last country or organisation, not a group noun ("rebels"). Not
#: "its": an owner resolved to the doer ("lifted its blockade") would make the event reflexive
NEUTER_PRONOUNS = {"it"}
#: verbs whose subject "it" is a dummy ("it seems", "it remains to be seen", "it takes time")
DUMMY_IT_VERBS = {"seem", "appear", "remain", "take", "look", "emerge", "happen"}
#: what "it is ..." says of a clause, not of a doer ("it is likely that", "it is time to")
DUMMY_PREDICATES = {"likely", "unlikely", "clear", "unclear", "possible", "impossible", "important",
                    "necessary", "time", "true", "obvious", "essential", "vital", "crucial",
                    "difficult", "hard", "easy", "certain", "uncertain", "doubtful", "evident",
                    "apparent", "worth", "right", "wrong", "better", "best", "good", "bad",
                    "enough", "fair", "critical", "imperative", "urgent", "up", "a", "one"}
PLURAL_REACH = 300
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: how far back (in characters) a pronoun or a reference looks for what it names
PRONOUN_REACH = 700
REFERENCE_REACH = 1500
#: a definite noun that names the last organisation of a kind: noun -> what to look for
GROUP_NOUNS = {
    "group": "IMG", "militants": "IMG", "militia": "IMG", "insurgents": "IMG", "movement": "IMG",
    "organisation": "ORG", "organization": "ORG", "alliance": "IGO", "bloc": "IGO",
    "union": "IGO", "agency": "ORG", "ministry": "MINISTRY", "company": "MNC", "firm": "MNC",
}
#: a definite noun that names the author of the last such thing ("opposed the plan": the plan's
#: author is what is opposed)
PROPOSAL_NOUNS = {"plan", "plans", "proposal", "proposals", "initiative", "offer", "idea", "deal",
                  "policy", "decision", "demand", "demands", "request"}
#: nouns that, with "two" or "both", name the last two countries
PAIR_NOUNS = {"countries", "sides", "nations", "governments", "states", "neighbours", "neighbors",
              "capitals", "leaders"}
#: of them, those that name the countries themselves, and those that name their governments:
#: "fishermen held in Libya ... a standoff between the two countries" is Italy and Libya, not
#: the fishermen; "the two leaders", "both sides" are whom they were named as
PAIR_COUNTRIES = {"countries", "nations", "states", "neighbours", "neighbors"}
PAIR_GOVERNMENTS = {"governments", "capitals"}
DEFINITE = {"the", "this", "that"}
#: prepositions whose object is where something happens ("demonstrators in Baghdad ... their
#: anger" is the demonstrators', not Baghdad's); the actor stage comes before context.places
WHERE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout"}


def link_references(doc: Doc, mentions: list[Mention], kb: KnowledgeBase,
                    date: str | None) -> list[Mention]:
    """Return ``mentions`` with surnames, pronouns, titles and definite references linked to
    what they name."""
    people = _named_people(mentions, kb)
    linked = [_with_surname(m, people, kb, date) for m in mentions]
    taken = {i for m in linked for i in range(m.start, m.end)}
    for token in doc:
        entry = people.get(token.text) if token.pos_ == "PROPN" and token.i not in taken else None
        if entry is None and token.i not in taken and _lone_name(token) and not _a_place(token):
            entry = known_by_surname(kb, token.text, date)
        if entry is not None:
            code = resolve_entry(entry, date)
            linked.append(Mention(token.i, token.i + 1, code.code, code.country, code.sectors,
                                  code.entity, "person", via="surname",
                                  head=syntactic_head(doc, token.i, token.i + 1)))
            taken.add(token.i)
    linked.sort(key=lambda m: m.start)
    result: list[Mention] = []
    for m in linked:
        if m.kind == "agent" and not m.code and not m.entity:  # "the minister", "the ministry"
            head = doc[m.head]
            if head.lower_ in GROUP_NOUNS or head.lower_ in PAIR_NOUNS:
                m = _definite_reference(doc, head, result) or m
            else:
                m = _title_reference(doc, m, result) or _repeated_noun(doc, m, result) or m
        result.append(m)
    references = []
    for token in doc:
        if token.i in taken:
            continue
        if token.lower_ in NEUTER_PRONOUNS and _refers(token):
            # only a subject: "it makes coordination less likely" is no NATO named as an object
            # a country, an organisation, or one body ("the government"), never "rebels"
            named = [m for m in result if (m.kind != "agent" or doc[m.head].tag_ == "NN")
                     and doc[m.head].dep_ in SUBJECT_DEPS]
            antecedent = _antecedent(doc, token.i, named, plural=True)
            if antecedent is not None:
                references.append(_pronoun(antecedent, token))
        elif token.lower_ in PERSONAL_PRONOUNS or token.lower_ in PLURAL_PRONOUNS:
            antecedent = _antecedent(doc, token.i, result, plural=token.lower_ in PLURAL_PRONOUNS)
            if antecedent is not None:
                references.append(_pronoun(antecedent, token))
        elif token.lower_ in GROUP_NOUNS or token.lower_ in PAIR_NOUNS:
            reference = _definite_reference(doc, token, result)
            if reference is not None:
                references.append(reference)
        elif token.lower_ in PROPOSAL_NOUNS and _is_definite(token):
            reference = _author_of(doc, token, result)
            if reference is not None:
                references.append(reference)
    return sorted(result + references, key=lambda m: m.start)


def _pronoun(antecedent: Mention, token: Token) -> Mention:
    """The mention a pronoun makes: its antecedent's code, at the pronoun, remembering where
    the antecedent is (an event's actor text names it when it is in the same sentence)."""
    return replace(antecedent, start=token.i, end=token.i + 1, via="pronoun", head=token.i,
                   refers=antecedent.refers or (antecedent.start, antecedent.end,
                                                antecedent.head))


def _with_surname(m: Mention, people: dict[str, Entry], kb: KnowledgeBase,
                  date: str | None) -> Mention:
    """A titled person the knowledge base did not know by this name, known by surname: named
    in full in the article, or the one person of the base with that surname ("President
    Bouteflika")."""
    if m.kind != "person" or m.code or not m.entity:
        return m
    words = m.entity.split()
    entry = people.get(words[-1])
    if entry is None:
        # "Joseph Kabila" is not the base's Laurent Kabila; "President Omar El Bashir" is the one
        # Bashir called Omar
        entry = known_by_surname(kb, words[-1], date, curated_only=False,
                                 first=words[0] if len(words) > 1 else None)
        if entry is not None and not set(m.sectors) & set(resolve_entry(entry, date,
                                                                        m.sectors).sectors):
            entry = None
    if entry is None:
        return m
    code = resolve_entry(entry, date, m.sectors)
    return replace(m, code=code.code, country=code.country, sectors=code.sectors,
                   entity=code.entity, via="surname")


#: where a proper noun the tagger did not call a person may still be one: a doer or done-to
_NAMED_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"}


def _lone_name(token: Token) -> bool:
    """Whether ``token`` may be a person's name on its own ("Sessions said", "Biden defended"):
    a one-word PERSON, or a proper noun the tagger calls an organisation or nothing."""
    if token.ent_type_ == "PERSON" or token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "") \
            and token.dep_ in _NAMED_DEPS:  # not "Qassem" of "Qassem rockets"
        return token.ent_iob_ in ("B", "O", "") and (
            token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I") and (
            token.i == 0 or token.doc[token.i - 1].pos_ != "PROPN")
    return False


def _a_place(token: Token) -> bool:
    """Whether a lone proper noun is named as a place ("a refugee centre in Kerry", the
    county): a surname the article has not given in full is no one there ("at" is also where
    acts aim, "shouted at Trump")."""
    return token.dep_ == "pobj" and token.head.lower_ in WHERE_PREPS - {"at"}


#: words before an Arabic patronymic: "Abdulaziz" alone is not Muqrin bin Abdulaziz
_PATRONYMIC = {"bin", "ibn", "bint", "ben"}


def _fold(word: str) -> str:
    """A name without case or accents: "François" and "Francois" are one."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def known_by_surname(kb: KnowledgeBase, surname: str, date: str | None, *,
                     curated_only: bool = True, first: str | None = None) -> Entry | None:
    """The person the base knows by ``surname`` alone, if it is not ambiguous: among the people
    of the curated files (whose roles carry titles: the people in the news), or with
    ``curated_only`` false among all when the curated files name nobody, the one person with it,
    or the first of people who all resolve to the same code on ``date``. The PETRARCH base
    alone is too full of namesakes (a Croatian minister Milosevic, not Slobodan) for a bare
    surname."""
    if not surname[:1].isupper():
        return None
    found = [e for e in kb.people_named(surname)
             if not _PATRONYMIC & {w.lower() for w in e.entity.split()[-2:-1]}
             and (first is None or _fold(e.entity.split()[0]) == _fold(first))]
    curated = [e for e in found if any(r.title for r in e.roles)]
    found = curated or ([] if curated_only else found)
    # a bare surname names someone in public life at the time: "Mladenov" in 2017 is the UN
    # envoy, not the Bulgarian leader of 1989
    found = [e for e in found if _in_public_life(e, date)]
    if not found:
        return None
    codes = {resolve_entry(e, date).code for e in found}
    return found[0] if len(codes) == 1 else None


#: how long after a person's last role a bare surname may still name them
_SURNAME_YEARS = 10


def _in_public_life(entry: Entry, date: str | None) -> bool:
    """Whether ``entry`` held a role on ``date``, or one within :data:`_SURNAME_YEARS` years of
    it (a nominee before taking office, a former minister), or any date when none is given."""
    if date is None or not entry.roles:
        return True
    year = int(date[:4])
    return any((not r.start or int(r.start[:4]) - _SURNAME_YEARS < year)
               and (r.end is None or int(r.end[:4]) + _SURNAME_YEARS > year) for r in entry.roles)


def _named_people(mentions: list[Mention], kb: KnowledgeBase) -> dict[str, Entry]:
    """Surname -> knowledge-base entry, for every person the article names in full."""
    people: dict[str, Entry] = {}
    for m in mentions:
        if m.kind == "person" and m.code and m.entity:
            entries = [e for e in kb.entries(m.entity) if e.kind == "person"]
            if entries:
                people.setdefault(entries[0].surname or m.entity.split()[-1], entries[0])
    return people


def _antecedent(doc: Doc, i: int, mentions: list[Mention], plural: bool = False) -> Mention | None:
    """The person (or, for "they", the group, country or organisation) a pronoun at token ``i``
    refers to: the one who says what the pronoun's clause tells ("X said he would", "X
    rejected it, saying he"), else the last subject named close before, else the last
    candidate."""
    reach = doc[i].idx - (PLURAL_REACH if plural else PRONOUN_REACH)
    if plural:
        candidates = [m for m in mentions if m.end <= i and m.kind != "person" and m.known
                      and not m.members and doc[m.start].idx >= reach and not _where(doc, m)]
    else:
        candidates = [m for m in mentions if m.end <= i and doc[m.start].idx >= reach
                      and (m.kind == "person" and m.code or _one_person(doc, m))]
    speaker = _speaker(doc[i])
    said = next((m for m in candidates if speaker is not None and m.start <= speaker.i < m.end),
                None)
    if said is not None:
        return said
    # a title is a candidate only as the teller: "the minister ... he" is otherwise often
    # someone else named in between
    candidates = [m for m in candidates if m.kind == "person" or plural]
    own = _own_subject(doc[i])
    if own is not None:  # "X called Y and urged him": "him" is not X, who would be "himself"
        candidates = [m for m in candidates if not m.start <= own.i < m.end]
    if not candidates:
        return None
    subjects = [m for m in candidates if doc[m.head].dep_ in SUBJECT_DEPS]
    chosen = (subjects or candidates)[-1]
    if _unknown_between(doc, chosen.end, i, mentions, plural):
        return None
    return chosen


def _where(doc: Doc, m: Mention) -> bool:
    """Whether a country or capital is named only as where something is or happens."""
    head = doc[m.head]
    return m.kind in ("country", "metonym", "place") and head.dep_ == "pobj" \
        and head.head.lower_ in WHERE_PREPS


#: singular nouns for one person that a title of the base heads: "the opposition leader ...
#: he" (not "the government", "the ministry", bodies that "it" names)
PERSON_TITLES = {
    "leader", "minister", "president", "premier", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "official", "chief", "head", "envoy", "ambassador", "diplomat", "secretary",
    "commander", "general", "governor", "mayor", "king", "queen", "prince", "monarch", "emir",
    "sultan", "activist", "lawyer", "judge", "prosecutor", "businessman", "businesswoman",
    "tycoon", "lawmaker", "senator", "congressman", "congresswoman", "legislator", "candidate",
    "ruler", "negotiator", "mediator", "officer", "cleric", "imam", "bishop", "pope", "priest",
    "director", "chairman", "chairwoman", "founder", "adviser", "advisor", "aide", "deputy",
    "dissident", "politician", "opponent", "journalist", "editor", "mp", "vice-president",
}


def _one_person(doc: Doc, m: Mention) -> bool:
    """Whether a title mention names one person ("Mali's opposition leader", "the
    businessman"), who may be a "he" or "she"."""
    head = doc[m.head]
    # placed ("the incoming president" of no country is better left to the person named), and
    # alone ("an MP and former minister told the BBC he": often another)
    return m.kind == "agent" and bool(m.code) and head.tag_ in ("NN", "NNP") \
        and head.lower_ in PERSON_TITLES and not any(c.dep_ == "conj" for c in head.children)


#: verbs of saying whose subject a pronoun subject of their complement stands for
SAYING = {"say", "tell", "add", "announce", "insist", "claim", "state", "declare", "warn",
          "argue", "explain", "vow", "pledge", "promise", "deny", "confirm", "reply", "stress"}


def _speaker(pronoun: Token) -> Token | None:
    """The subject of the saying whose complement the pronoun is the subject of: "X said [he]
    would ...", "X rejected the result, saying [he] would ...", "X told reporters [she] ..."."""
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.dep_ != "ccomp":
        return None
    saying = pronoun.head.head
    if saying.lemma_.lower() not in SAYING:
        return None
    for _ in range(3):
        subject = next((c for c in saying.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject if subject.pos_ != "PRON" else None
        if saying.dep_ not in ("advcl", "conj", "xcomp") or saying.head is saying:
            return None
        saying = saying.head  # "saying" of "rejected the result, saying ...": who rejected
    return None


def _own_subject(pronoun: Token) -> Token | None:
    """The subject of the clause an object "him" or "her" is the object of, through the verbs
    that share it ("called Y [to congratulate] him", "met Y and [urged] him"). Not "them",
    which is as often things ("released clips but later pulled them")."""
    if pronoun.dep_ not in ("dobj", "dative") or pronoun.lower_ not in ("him", "her"):
        return None
    verb = pronoun.head
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _unknown_between(doc: Doc, start: int, i: int, mentions: list[Mention], plural: bool) -> bool:
    """Whether a subject the knowledge base does not know stands between a candidate and the
    pronoun: "Mr Bercow said he was opposed" is about Bercow, not the last known person;
    "the protesters ... they continued" about the protesters, not the last country."""
    covered = {t for m in mentions if m.code for t in range(m.start, m.end)}
    for t in doc[start:i]:
        if t.dep_ not in SUBJECT_DEPS or t.i in covered or t.pos_ == "PRON":
            continue
        if not plural and (t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON")):
            return True
        # a person the base does not know, by a title it does not place: "Dalian Wanda's
        # founder Wang Jianlin grabbed headlines when he urged the US ..."
        if not plural and t.tag_ == "NN" and t.lower_ in PERSON_TITLES and any(
                c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in t.children):
            return True
        if plural and t.tag_ in ("NNS", "NNPS"):
            return True
    return False


def _refers(token: Token) -> bool:
    """Whether "it" stands for a doer, not a dummy ("it is likely that")."""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    if lemma == "be":
        # "it is skeptical", "it is ready to talk" describe it; "it is likely that ...", "it is
        # time to ..." and "it is that ..." have a clause where a subject would be
        said = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
        return not any(c.lemma_.lower() in DUMMY_PREDICATES for c in said) and not any(
            c.dep_ in ("ccomp", "csubj") for c in verb.children)
    return lemma not in DUMMY_IT_VERBS


def _is_definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)


def _title_reference(doc: Doc, m: Mention, before: list[Mention]) -> Mention | None:
    """ "the minister": the last person whose own words carry the title."""
    head = doc[m.head]
    if not _is_definite(head):
        return None
    title = doc[m.start:m.end].text.lower()
    reach = doc[m.start].idx - REFERENCE_REACH
    for candidate in reversed(before):
        if candidate.kind == "person" and candidate.code and doc[candidate.start].idx >= reach \
                and title in doc[candidate.start:candidate.end].text.lower():
            return replace(candidate, start=min(m.start, head.left_edge.i), end=m.end,
                           via="title", head=m.head)
    return None


def _repeated_noun(doc: Doc, m: Mention, before: list[Mention]) -> Mention | None:
    """ "the commanders" after "Iran's air force commanders": a definite group noun of no
    country that repeats the noun of an actor named close before is that actor (IRNMIL), not
    the country the article names most."""
    head = doc[m.head]
    if not _is_definite(head) or any(c.dep_ in ("amod", "compound", "poss") for c in head.children):
        return None
    reach = doc[m.start].idx - REFERENCE_REACH
    for candidate in reversed(before):
        if doc[candidate.start].idx < reach:
            break
        if candidate.kind == "agent" and candidate.known and not candidate.members \
                and candidate.head >= 0 and doc[candidate.head].lemma_.lower() == head.lemma_.lower() \
                and doc[candidate.head].tag_ == head.tag_ and candidate.sectors == m.sectors:
            return replace(candidate, start=m.start, end=m.end, via="reference", head=m.head)
    return None


def _as_pair_noun(m: Mention, noun: str) -> Mention:
    """One of "the two countries" (or "governments"), from the mention that named its
    country: the country itself (or its government), whatever the mention named of it."""
    if noun in PAIR_COUNTRIES:
        if m.kind == "country" and not m.sectors:
            return m
        return replace(m, code=compose_code(m.country, None, ()), sectors=(), kind="country",
                       entity=m.entity if m.kind in ("country", "demonym") else None)
    if noun in PAIR_GOVERNMENTS and m.sectors != ("GOV",):
        return replace(m, code=compose_code(m.country, None, ("GOV",)), sectors=("GOV",))
    return m


def _definite_reference(doc: Doc, token: Token, before: list[Mention]) -> Mention | None:
    """ "the group", "the alliance", "the ministry", "the two countries", "both sides"."""
    reach = token.idx - REFERENCE_REACH
    earlier = [m for m in before if m.end <= token.i and m.code and doc[m.start].idx >= reach
               and not m.members]
    start = token.left_edge.i
    if token.lower_ in PAIR_NOUNS:
        paired = any((c.dep_ == "nummod" and c.lower_ == "two") or c.lower_ == "both"
                     for c in token.children)
        if not paired:
            return None
        countries: list[Mention] = []
        for m in reversed(earlier):
            if m.country and all(c.country != m.country for c in countries):
                countries.append(m)
            if len(countries) == 2:
                break
        if len(countries) < 2:
            return None
        pair = tuple(_as_pair_noun(m, token.lower_) for m in reversed(countries))
        return Mention(start, token.i + 1, "", None, (), None, "reference", via="reference",
                       head=token.i, members=pair)
    if not _is_definite(token) or _names_a_body(token):
        return None
    wanted = GROUP_NOUNS[token.lower_]
    for m in reversed(earlier):
        if (wanted == "ORG" and m.kind == "org") or m.code.startswith(wanted) or (
                wanted == "MINISTRY" and "ministry" in doc[m.start:m.end].text.lower()):
            return replace(m, start=start, end=token.i + 1, via="reference", head=token.i)
    return None


def _names_a_body(token: Token) -> bool:
    """Whether a capitalised group noun is the head of a name the base does not know, not a
    reference back: "the Swiss Agency for Development", "the Palestinian Liberation
    Organization" ("the Agency" alone still refers back)."""
    if not token.is_title or token.is_sent_start:
        return False
    named_before = any(c.i < token.i and c.dep_ != "det" and c.text[:1].isupper()
                       for c in token.children)
    named_after = any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
        o.dep_ == "pobj" and o.text[:1].isupper() for o in c.children) for c in token.children)
    return named_before or named_after


def _author_of(doc: Doc, token: Token, before: list[Mention]) -> Mention | None:
    """ "the plan": whoever the article last said had such a plan ("the Obama administration
    considered plans to ..."; "Iran's proposal")."""
    lemma = token.lemma_.lower()
    reach = token.idx - REFERENCE_REACH
    for earlier in reversed(doc[:token.i]):
        if earlier.idx < reach:
            return None
        if earlier.lemma_.lower() != lemma or earlier.i == token.i:
            continue
        owner = next((c for c in earlier.children if c.dep_ == "poss"), None)
        if owner is None and earlier.dep_ in ("dobj", "nsubjpass"):
            owner = next((c for c in earlier.head.children if c.dep_ == "nsubj"), None)
        if owner is None:
            continue
        author = next((m for m in before if m.start <= owner.i < m.end and m.code), None)
        if author is None:
            author = next((m for m in before if m.head == owner.i and m.code), None)
        if author is not None:
            return replace(author, start=token.left_edge.i, end=token.i + 1, via="reference",
                           head=token.i)
        return None
    return None
