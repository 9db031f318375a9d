"""Converting parsed PETRARCH/TABARI/Phoenix dictionaries into eventwire's knowledge-base files.

How codes, names and entries are carried over is told in :mod:`eventwire.actors.petrarch`; this
module does it: :func:`split_code` and :func:`agent_sectors` for codes, :func:`display_name` for
names, :func:`convert` for a whole dictionary, :func:`write_conversion` for its files, and
:func:`import_dictionaries` for the whole import (read, convert, write).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .kb import ORG_KINDS, SECTORS
from .petrarch import DISCARD, AgentLine, Block, Code, Dictionary, read_dictionary

#: CAMEO role codes that eventwire has no sector for, mapped to the nearest one it has
SECTOR_MAP = {"INS": "REB", "SEP": "REB", "RAD": "REB", "UAF": "REB", "HRI": "NGO", "NGM": "NGO",
              "MNC": "BUS"}
#: CAMEO country codes that ISO 3166 has replaced, and the ISO3 (or XKX) eventwire uses
LEGACY_COUNTRIES = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"}
#: agent nouns too general to make an actor (PETRARCH's [~PPL], and its provisional WOMAN)
_GENERIC_AGENTS = frozenset("man men woman women person persons people peoples individual "
                            "individuals child children boy boys girl girls".split())
#: civilian craft that PETRARCH codes BUS or CVL: the actor is the craft's country, as in the
#: curated files (warships and warplanes stay MIL)
_CRAFT = re.compile(r"\b(?:(?:super)?tankers?|freighters?|ships?|vessels?|containerships?|"
                    r"(?:air|jet)liners?|aerospaces?)$")
#: CAMEO religion codes: dropped (eventwire has no religious sector)
RELIGIONS = frozenset("REL MUS CHR JEW HIN BUD JAN SHI SUN CTH PRO ORT SFI ALE DRZ ATH SIK "
                      "CON TAO SHN ZRO BAH MOS ITH UDM".split())
#: words that show an entry with dated codes is an institution or a place, not a person
_INSTITUTION_WORDS = frozenset(
    "OF THE AND FOR PARTY COUNCIL MINISTRY MINISTER ARMY FORCE FORCES GOVERNMENT REPUBLIC SOVIET "
    "COMMITTEE ASSEMBLY PARLIAMENT COURT FRONT MOVEMENT UNION LEAGUE ORGANIZATION ORGANISATION "
    "NATIONAL STATE STATES CONGRESS SENATE BANK COMMISSION AUTHORITY ADMINISTRATION CABINET "
    "KINGDOM EMPIRE FEDERATION FEDERAL OFFICE AGENCY DEPARTMENT POLICE GUARD MILITARY PRESIDENCY "
    "CHAMBER BUREAU PEOPLE'S PEOPLES DEMOCRATIC ISLAMIC COUNCILS PRESIDIUM POLITBURO DUMA "
    "PROVINCE REGION TERRITORY ISLANDS COLONY PROTECTORATE".split())
#: small words written in lower case inside a name
_SMALL = frozenset("of the and for in on at to a an by with from de del della di da das dos du des "
                   "la le les el al bin ibn bint von van der den ter y e et".split())
#: abbreviations that look like acronyms (no vowel) but are written in Title Case
_ABBREVIATIONS = frozenset("MR MRS MS DR ST JR SR LT SGT MT FT".split())
#: acronyms that are also English words, so that only this list tells them apart
_ACRONYMS = frozenset("UN EU AU US UK UAE USA NATO OPEC IAEA ASEAN FARC ISIS ISIL PLO ANC CIA "
                      "FBI NSA IMF WTO OAS GCC SCO ECOWAS UNICEF UNESCO".split())

# --- codes and names --------------------------------------------------------------------------

@dataclass(frozen=True)
class CodeParts:
    """A CAMEO actor code split into eventwire's parts."""

    country: str | None
    org: str | None
    sectors: tuple[str, ...]


def split_code(code: str) -> CodeParts | None:
    """``RUSGOV`` -> country RUS, sectors (GOV,); ``IGOUNOKID`` -> org; None for a discard or a
    code eventwire cannot read."""
    if code == DISCARD or not code:
        return None
    if code[:3] in ORG_KINDS:
        return CodeParts(None, code, ())
    if len(code) % 3 or not code.isalpha():
        return None
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = None
    # MUS and SUN lead actor codes as countries (Mauritius, the Soviet Union), not religions
    if chunks[0] not in SECTORS and chunks[0] not in SECTOR_MAP and (
            chunks[0] not in RELIGIONS or chunks[0] in ("MUS", "SUN")):
        country = chunks.pop(0)
        country = LEGACY_COUNTRIES.get(country, country)
    return CodeParts(country, None, sectors_of(chunks))


def sectors_of(chunks: Iterable[str]) -> tuple[str, ...]:
    """eventwire sectors of CAMEO role codes, in order, mapped by :data:`SECTOR_MAP`."""
    found = []
    for chunk in chunks:
        sector = SECTOR_MAP.get(chunk, chunk)
        if sector in SECTORS and sector not in found:
            found.append(sector)
    return tuple(found)


def agent_sectors(code: str) -> tuple[str, ...]:
    """The sectors of an agent code (``~GOVMED``, ``NGO~``); none for a religion alone
    (``~MUS``: eventwire has no religious sector, and "Muslim", "Jewish" are adjectives that
    would give "Islamic militants" a civilian code)."""
    bare = code.replace("~", "")
    return sectors_of(bare[i:i + 3] for i in range(0, len(bare), 3))


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """The ISO3 codes of eventwire's countries.tsv: codes of other "countries" in CAMEO (regions
    such as WEU, INT, and the Soviet Union's SUN) are not carried over."""
    from .kb import DATA_DIR

    codes = set()
    with (DATA_DIR / "countries.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            code = line.split("\t", 1)[0]
            if re.fullmatch(r"[A-Z]{3}", code):
                codes.add(code)
    return frozenset(codes)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words: the lemmas of WordNet that the spaCy pipeline's lemmatizer
    ships, and spaCy's stop words."""
    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS

    from ..nlp import find_model

    nlp = spacy.load(find_model(), exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                             "ner", "senter"])
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = set(STOP_WORDS)
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(w for w in table.get(pos, []) if w.isalpha())
    return frozenset(words)


def _title(word: str) -> str:
    """One upper-case word in Title Case: O'BRIEN -> O'Brien, MCCAIN -> McCain."""
    if re.match(r"^[A-Z]'[A-Z]{2,}", word):
        return word[:2] + word[2:].capitalize()
    if re.match(r"^MC[A-Z]{2,}$", word):
        return "Mc" + word[2:].capitalize()
    return word.capitalize()


def _word_case(word: str, *, first: bool, kind: str, single: bool,
               english: frozenset[str]) -> str:
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", word) or any(ch.isdigit() for ch in word) or (
            not first and re.fullmatch(r"[IVX]{2,}", word)):
        return word  # initials and dotted acronyms (U.S., V.), codes with digits, Abdallah II
    for joiner in ("-", "/"):
        if joiner in word and word.strip(joiner):
            return joiner.join(_word_case(part, first=first and i == 0, kind=kind,
                                          single=single, english=english) if part else part
                               for i, part in enumerate(word.split(joiner)))
    letters = re.sub(r"[^A-Z]", "", word)
    lower = word.lower()
    if not letters:
        return word
    if not first and lower in _SMALL:
        return lower
    if kind != "person" and lower not in _SMALL and letters not in _ABBREVIATIONS:
        if letters in _ACRONYMS or (not re.search(r"[AEIOU]", letters) and len(letters) > 1):
            return word  # UN, PKK, CNN, YPG
        if kind == "org" and single and len(letters) <= 7 and lower not in english:
            return word  # a one-word organisation name: ICJ, ANSF, UNAMID
    return _title(word)


def display_name(raw: str, *, kind: str, english: frozenset[str]) -> str:
    """A dictionary name as news writes it (``kind``: person, org or place): VLADIMIR_PUTIN_ ->
    Vladimir Putin, UNITED_STATES_OF_AMERICA -> United States of America, U.S._ -> U.S."""
    words = raw.replace("_", " ").split()
    return " ".join(_word_case(w.upper(), first=i == 0, kind=kind, single=len(words) == 1,
                               english=english) for i, w in enumerate(words))


def _expand(raw: str) -> list[str]:
    """A name without its parenthesis, and the acronym inside it: ``ETA`` of
    ``BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_``."""
    inner = re.findall(r"\(([^()]*)\)", raw)
    bare = re.sub(r"\([^()]*\)", " ", raw).replace("_", " ").strip()
    names = [bare] if bare else []
    names += [i.replace("_", " ").strip() for i in inner if re.fullmatch(r"[A-Z][A-Z./\-]{1,7}", i)]
    return names


def drop_reason(phrase: str, english: frozenset[str], discards: set[str]) -> str | None:
    """Why a phrase is dropped (a short key for the counts), or None to keep it. A leading "the"
    does not count: the knowledge base matches "The Foundation" as "Foundation"."""
    phrase = re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE)
    if len(phrase.replace(" ", "")) <= 2:
        return "short"
    if any(ch in phrase for ch in ";=\t"):
        return "bad characters"
    if " " not in phrase and phrase.lower() in english and not phrase.isupper():
        return "common word"
    if phrase.lower() in discards:
        return "discard"
    return None


# --- converting -------------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonRole:
    """One role of a person, as written to people.yaml."""

    country: str | None
    org: str | None
    sectors: tuple[str, ...]
    start: str | None
    end: str | None


@dataclass
class Person:
    name: str
    aliases: list[str]
    roles: list[PersonRole]


@dataclass
class CountryRow:
    iso3: str
    names: list[str] = field(default_factory=list)
    metonyms: list[tuple[str, str]] = field(default_factory=list)  # (phrase, sector)


@dataclass
class Conversion:
    """What one dictionary file becomes, in eventwire's formats."""

    source: Dictionary
    countries: dict[str, CountryRow] = field(default_factory=dict)
    organisations: list[tuple[str, list[str]]] = field(default_factory=list)  # (code, names)
    agents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    dropped: Counter = field(default_factory=Counter)
    unknown_countries: Counter = field(default_factory=Counter)  # CAMEO codes not carried over


def _is_person(block: Block, codes: list[Code]) -> bool:
    words = block.name.replace("_", " ").split()
    if not 1 <= len(words) <= 6 or any(w.upper() in _INSTITUTION_WORDS for w in words):
        return False
    for code in codes:
        parts = split_code(code.code)
        if parts is not None and parts.country and not parts.sectors:
            return False  # a dated plain country code: a state or territory
    return True


def _current(codes: list[Code]) -> Code | None:
    """The code an entry without dates in eventwire stands for: the open-ended dated code that
    began last, else the first undated one; None when every code has ended."""
    open_ended = [c for c in codes if c.start is not None and c.end is None]
    if open_ended:
        return max(open_ended, key=lambda c: c.start)
    return next((c for c in codes if not c.dated), None)


def _hyphen_variant(name: str) -> str | None:
    """Ban Ki-Moon -> Ban Ki-moon (how news writes most hyphenated given names)."""
    variant = re.sub(r"\b([A-Z][a-z]+)-([A-Z])([a-z])",
                     lambda m: f"{m.group(1)}-{m.group(2).lower()}{m.group(3)}", name)
    return variant if variant != name else None


class _Converter:
    def __init__(self, source: Dictionary, english: frozenset[str], discards: set[str],
                 problems: list[str]):
        self.out = Conversion(source)
        self.countries = known_countries()
        self.english, self.discards, self.problems = english, discards, problems
        self.countries_file = "countr" in source.path.name.lower()

    def names(self, raws: list[str], kind: str) -> list[str]:
        """The names of an entry as news writes them, filtered; the head name of a country is
        kept even when it is an English word (Chad, Turkey)."""
        found: list[str] = []
        for number, raw in enumerate(raws):
            english = frozenset() if kind == "place" and number == 0 else self.english
            for bare in _expand(raw):
                name = display_name(bare, kind=kind, english=self.english)
                variant = _hyphen_variant(name) if kind == "person" else None
                for form in [name, *([variant] if variant else [])]:
                    why = drop_reason(form, english, self.discards)
                    if why:
                        self.out.dropped[f"phrase: {why}"] += 1
                    elif form not in found:
                        found.append(form)
        return found

    def block(self, block: Block) -> None:
        where = f"{self.out.source.path.name}:{block.line}"
        dropped = self.out.dropped
        if not block.codes:
            self.problems.append(f"{where}: {block.name!r} has no code")
            return
        codes = [c for c in block.codes if c.code != DISCARD]
        if not codes:
            dropped["entry: discard [---]"] += 1
            return
        raws = [block.name, *block.synonyms]
        if any(c.dated for c in codes) and _is_person(block, codes):
            self.person(block, codes, raws)
            return
        current = _current(codes)
        if current is None:
            dropped["entry: historical institution (every code has ended)"] += 1
            return
        parts = split_code(current.code)
        if parts is None:
            self.problems.append(f"{self.out.source.path.name}:{current.line}: code "
                                 f"{current.code!r} is not a CAMEO actor code")
            return
        if parts.country and parts.country not in self.countries:
            dropped["entry: country code not in countries.tsv"] += 1
            self.out.unknown_countries[parts.country] += 1
            return
        plain = bool(parts.country and not parts.sectors)
        names = self.names(raws, "place" if plain else "org")
        if not names:
            dropped["entry: no usable name"] += 1
        elif parts.org:
            self.out.organisations.append((parts.org, names))
        elif parts.country and not parts.sectors:
            if self.countries_file:
                row = self.out.countries.setdefault(parts.country, CountryRow(parts.country))
                row.names += [n for n in names if n not in row.names]
            else:
                dropped["entry: plain country code outside a Countries file"] += 1
        elif parts.country:
            row = self.out.countries.setdefault(parts.country, CountryRow(parts.country))
            row.metonyms += [(n, parts.sectors[0]) for n in names]
        else:
            dropped["entry: code without a country or organisation"] += 1

    def person(self, block: Block, codes: list[Code], raws: list[str]) -> None:
        roles: list[PersonRole] = []
        for code in sorted(codes, key=lambda c: c.dated):  # the undated fallback first
            parts = split_code(code.code)
            if parts is None or not (parts.country or parts.org):
                self.out.dropped["role: no country or organisation"] += 1
                continue
            if parts.country and parts.country not in self.countries:
                self.out.dropped["role: country code not in countries.tsv"] += 1
                self.out.unknown_countries[parts.country] += 1
                continue
            role = PersonRole(parts.country, parts.org, parts.sectors, code.start, code.end)
            if role not in roles:
                roles.append(role)
        names = self.names(raws, "person")
        if not roles or not names:
            self.out.dropped["person: no usable role or name"] += 1
            return
        self.out.people.append(Person(names[0], names[1:], roles))

    def agent(self, line: AgentLine) -> None:
        if line.phrase in self.out.agents:
            return
        sectors = agent_sectors(line.code)
        why = "too general" if line.phrase in _GENERIC_AGENTS else drop_reason(
            line.phrase, frozenset(), self.discards)
        if not why and _CRAFT.search(line.phrase) and set(sectors) <= {"BUS", "CVL"}:
            why = "a civilian craft"
        if why:
            self.out.dropped[f"agent: {why}"] += 1
        elif not sectors:
            self.out.dropped["agent: no eventwire sector"] += 1
        else:
            self.out.agents[line.phrase] = sectors


def convert(source: Dictionary, *, english: frozenset[str], discards: set[str],
            problems: list[str]) -> Conversion:
    """Turn one parsed dictionary into eventwire's formats (see the module docstring)."""
    converter = _Converter(source, english, discards, problems)
    for block in source.blocks:
        converter.block(block)
    for line in source.agents:
        converter.agent(line)
    return converter.out


def drop_ambiguous_aliases(conversions: list[Conversion]) -> int:
    """Remove one-word names that cannot stand for one actor: aliases that several people share
    ("Sharif", "Kim"), and aliases, country names and organisation names that are some person's
    given name ("Abdullah", "Hassan", the city of "Vladimir"); how many."""
    owners: dict[str, int] = Counter()
    given: set[str] = set()
    for conv in conversions:
        for person in conv.people:
            for phrase in {person.name, *person.aliases}:
                if " " not in phrase:
                    owners[phrase] += 1
            if " " in person.name:
                given.add(person.name.split()[0])

    def ambiguous(phrase: str) -> bool:
        return " " not in phrase and (owners[phrase] > 1 or phrase in given)

    removed = 0
    for conv in conversions:
        for person in conv.people:
            kept = [a for a in person.aliases if not ambiguous(a)]
            removed += len(person.aliases) - len(kept)
            person.aliases = kept
        for row in conv.countries.values():
            kept = [n for n in row.names if not ambiguous(n)]
            removed += len(row.names) - len(kept)
            row.names = kept
        for i, (code, names) in enumerate(conv.organisations):
            kept = [n for n in names if not ambiguous(n)]
            removed += len(names) - len(kept)
            conv.organisations[i] = (code, kept)
        conv.organisations = [(code, names) for code, names in conv.organisations if names]
    return removed


# --- writing ----------------------------------------------------------------------------------

_COLUMNS = {
    "countries.tsv": "iso3\tname\taliases\tdemonyms\tcapital\tmetonyms",
    "organisations.tsv": "code\tname\taliases\tkind\tcountry",
    "agents.tsv": "phrase\tsectors",
}
_PLAIN_YAML = re.compile(r"[A-Za-z][A-Za-z0-9 .'\-]*[A-Za-z0-9.]")
_YAML_WORDS = {"yes", "no", "true", "false", "null", "on", "off", "y", "n"}


def _yaml_str(text: str) -> str:
    if _PLAIN_YAML.fullmatch(text) and text.lower() not in _YAML_WORDS and ": " not in text:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _people_yaml(people: list[Person]) -> list[str]:
    lines = []
    for person in people:
        lines.append(f"- name: {_yaml_str(person.name)}")
        if person.aliases:
            lines.append(f"  aliases: [{', '.join(_yaml_str(a) for a in person.aliases)}]")
        lines.append("  roles:")
        for role in person.roles:
            parts = [f"country: {role.country}" if role.country else f"org: {role.org}",
                     f"sectors: [{', '.join(role.sectors)}]"]
            parts += [f"start: {role.start}"] if role.start else []
            parts += [f"end: {role.end}"] if role.end else []
            lines.append("    - {" + ", ".join(parts) + "}")
    return lines


def _rows(conv: Conversion, kind: str) -> list[str]:
    if kind == "countries.tsv":
        return [f"{r.iso3}\t{r.names[0] if r.names else ''}\t{';'.join(r.names[1:])}\t\t\t"
                + ";".join(f"{phrase}={sector}" for phrase, sector in r.metonyms)
                for r in conv.countries.values()]
    if kind == "organisations.tsv":
        return [f"{code}\t{names[0]}\t{';'.join(names[1:])}\t{code[:3]}\t"
                for code, names in conv.organisations]
    if kind == "agents.tsv":
        return [f"{phrase}\t{';'.join(sectors)}" for phrase, sectors in conv.agents.items()]
    return _people_yaml(conv.people)


def source_notice(source: Dictionary) -> list[str]:
    """The licence notice to copy: the file's own, else the LICENSE file beside it."""
    if source.notice:
        return source.notice
    for name in ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE"):
        path = source.path.parent / name
        if path.is_file():
            return [f"(from {name}, beside the source file)", "",
                    *path.read_text(encoding="utf-8").strip().splitlines()]
    return ["The source file carries no licence notice."]


def write_conversion(conv: Conversion, out_dir: Path, origin: str | None = None) -> list[Path]:
    """Write the files one dictionary became, each headed by its source and licence notice."""
    stem = conv.source.path.name.removesuffix(".txt")
    written = []
    for kind in ("countries.tsv", "organisations.tsv", "agents.tsv", "people.yaml"):
        rows = _rows(conv, kind)
        if not rows:
            continue
        path = Path(out_dir) / f"{stem}.{kind}"
        header = [f"{stem}.{kind}: converted by eventwire's PETRARCH importer "
                  "(eventwire.actors.petrarch) from the",
                  f"PETRARCH/TABARI/Phoenix dictionary {conv.source.path.name}"
                  + (f" ({origin})." if origin else "."),
                  "Do not edit by hand: convert the source again (`eventwire kb import-petrarch`, or",
                  "scripts/import_petrarch.py for the bundled set). Format: see eventwire/actors/kb.py.",
                  "", "Licence notice of the source file:", "", *source_notice(conv.source)]
        text = [("# " + line).rstrip() for line in header]
        text += [_COLUMNS[kind]] if kind in _COLUMNS else []
        path.write_text("\n".join(text + rows) + "\n", encoding="utf-8")
        written.append(path)
    return written


@dataclass
class ImportResult:
    """What an import wrote, what it converted and dropped, and every line it could not read."""

    written: list[Path] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    dropped: Counter = field(default_factory=Counter)
    unknown_countries: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


def import_dictionaries(paths: Iterable[Path], out_dir: Path, *, origin: str | None = None,
                        english: frozenset[str] | None = None) -> ImportResult:
    """Convert PETRARCH/TABARI/Phoenix dictionaries into knowledge-base files in ``out_dir``.

    Lines that cannot be read are listed in ``result.problems``; raises DataFileError only for
    a file that cannot be used at all."""
    result = ImportResult()
    dictionaries = [read_dictionary(Path(p), result.problems) for p in paths]
    discards = set().union(*(d.discards for d in dictionaries))
    english = english_words() if english is None else english
    conversions = [convert(d, english=english, discards=discards, problems=result.problems)
                   for d in dictionaries if d.kind != "discards"]
    result.dropped["phrase: one word shared by several people, or a given name"] = \
        drop_ambiguous_aliases(conversions)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for conv in conversions:
        result.written += write_conversion(conv, Path(out_dir), origin)
        result.dropped.update(conv.dropped)
        result.unknown_countries.update(conv.unknown_countries)
        result.counts["countries"] += sum(1 for r in conv.countries.values() if r.names)
        result.counts["country names"] += sum(len(r.names) for r in conv.countries.values())
        result.counts["metonyms"] += sum(len(r.metonyms) for r in conv.countries.values())
        result.counts["organisations"] += len(conv.organisations)
        result.counts["agents"] += len(conv.agents)
        result.counts["people"] += len(conv.people)
        result.counts["roles"] += sum(len(p.roles) for p in conv.people)
    result.counts["discard phrases"] = len(discards)
    return result
