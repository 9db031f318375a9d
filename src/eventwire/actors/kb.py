"""The actor knowledge base: names and phrases, and the codes they stand for on a given date.

The base is data, kept in ``eventwire/data/actors/`` (each file documents its columns):

- ``countries.tsv``: ISO3, names, demonyms, capital, and metonyms for the government
  ("the Kremlin", "the Pentagon=MIL"); former states too, with ISO 3166-3 codes (SUN, YUG);
- ``organisations.tsv``: IGOs, armed groups, NGOs and companies with CAMEO-style codes;
- ``agents.tsv``: nouns and titles that give a sector ("defense secretary" GOV;MIL, "troops" MIL);
- ``people.yaml``: named people with roles bounded by dates;
- ``peoples.tsv``: peoples without a state of their own ("Kurdish", "Tamils") and the countries
  they live in, the one news most often means first;
- ``places.tsv``: regions, provinces and cities ("Mosul", "Florida"), each coded as its country.

It is read in three layers, weakest first; a phrase of a later layer replaces the same phrase
of the layers before it:

1. the PETRARCH base set, ``eventwire/data/actors/petrarch/``: the Phoenix actor and agent
   dictionaries converted by :mod:`eventwire.actors.petrarch` (``scripts/import_petrarch.py``);
   about 18,000 people with dated roles, stale after 2016;
2. the curated files above, which win over PETRARCH for the same phrase (a PETRARCH person whom
   they name in full becomes the curated person);
3. the user's entries: every file of the user's folder, ``~/.config/eventwire/kb/`` (or
   ``$EVENTWIRE_KB_DIR``), whose name ends in one of the six names above (``mine.people.yaml``,
   ``work.countries.tsv``), in name order, then any ``--kb-extra`` file. The files of
   ``eventwire kb import-petrarch`` go there by default.

The compiled base is cached (:mod:`eventwire.actors.kbcache`), so a cold start stays fast.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from ..errors import DataFileError
from .kbcache import load_cached

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

SECTORS = frozenset("GOV MIL LEG JUD COP OPP PTY REB SPY MED BUS CVL ELI REF LAB EDU HLH NGO CRM "
                    "AGR DEV ENV IGO".split())
#: sectors of those who carry arms: force aimed at them stays force, and the forces an act
#: moves are its means, not its target
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SPY", "COP", "CRM"})
ORG_KINDS = ("IGO", "IMG", "NGO", "MNC")
#: kinds of entry, in the order they win when one phrase names several things
KINDS = ("person", "org", "metonym", "country", "place", "demonym", "agent")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: libyaml's safe loader when PyYAML has it (ten times faster on the PETRARCH people)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Role:
    """One role a person held between two dates (``end`` None: still held)."""

    country: str | None
    org: str | None
    sectors: tuple[str, ...]
    start: str | None
    end: str | None
    title: str = ""

    def holds_on(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True)
class Entry:
    """One thing a phrase can name: a country, a government metonym, an organisation, an agent
    noun or a person."""

    kind: str
    entity: str  # canonical name: "Russia", "NATO", "Jim Mattis", "defense secretary"
    country: str | None = None
    org: str | None = None  # organisation code: IGOWSTNAT
    sectors: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    surname: str | None = None
    #: a people without a state ("Kurdish"): every country it lives in, ``country`` first; the
    #: text says which one it means (see :mod:`eventwire.actors.resolve`)
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorCode:
    """What an entry resolves to on a date: the CAMEO-style code with its parts."""

    code: str
    country: str | None
    sectors: tuple[str, ...]
    entity: str
    kind: str


def compose_code(country: str | None, org: str | None, sectors: Iterable[str]) -> str:
    """The CAMEO-style code: an organisation's own code, or ISO3 plus at most one role."""
    if org:
        return org
    sectors = tuple(sectors)
    return (country or "") + (sectors[0] if sectors else "")


#: without a date, a person is coded by the highest office held: news names people mostly
#: while they hold it (Shinzo Abe as prime minister, not as the member of parliament he was after)
UNDATED_PREFERENCE = ("GOV",)


def role_on(entry: Entry, date: str | None, prefer: Iterable[str] = ()) -> Role | None:
    """The role a person held on ``date``; without a date, the latest role in one of the
    ``prefer`` sectors (those of a title the text gives: "Senator Biden"), else the latest
    government role, else the latest role.

    Between roles, the last role that ended before the date still speaks for the person
    (a former president is coded by what he was, not left unknown)."""
    if not entry.roles:
        return None
    ordered = sorted(entry.roles, key=lambda r: r.start or "")
    if date is None:
        for wanted in (set(prefer), set(UNDATED_PREFERENCE)):
            chosen = [r for r in ordered if wanted & set(r.sectors)]
            if chosen:
                return chosen[-1]
        return ordered[-1]
    for role in reversed(ordered):
        if role.holds_on(date):
            return role
    earlier = [r for r in ordered if (r.start or "") <= date]
    return earlier[-1] if earlier else ordered[0]


def resolve_entry(entry: Entry, date: str | None, prefer: Iterable[str] = ()) -> ActorCode:
    """The code an entry stands for on ``date`` (for a person without a date, a role in the
    ``prefer`` sectors if any: see :func:`role_on`)."""
    if entry.kind == "person":
        role = role_on(entry, date, prefer)
        if role is None:
            return ActorCode("", None, (), entry.entity, entry.kind)
        return ActorCode(compose_code(role.country, role.org, role.sectors),
                         None if role.org else role.country, role.sectors, entry.entity, entry.kind)
    if entry.kind == "org":  # its code is its own; its country (Hamas: PSE) is where it is rooted
        return ActorCode(entry.org or "", entry.country, entry.sectors, entry.entity, entry.kind)
    return ActorCode(compose_code(entry.country, None, entry.sectors), entry.country,
                     entry.sectors, entry.entity, entry.kind)


def normalise(phrase: str) -> str:
    """The key a phrase is stored under: straight apostrophes, single spaces, no leading 'the'."""
    phrase = phrase.replace("\u2019", "'").replace("\u2018", "'").strip()
    phrase = re.sub(r"\s+", " ", phrase)
    if phrase.lower().startswith("the "):
        phrase = phrase[4:]
    return phrase


@dataclass
class KnowledgeBase:
    """Every phrase the coder knows, each mapped to the entries it can name."""

    #: phrase -> entries; a read-only mapping that decodes on demand when loaded from the cache
    by_phrase: dict[str, list[Entry]] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # capital name -> ISO3
    #: layer (petrarch, curated, user, total) -> the counts of :meth:`stats` for that layer
    source_stats: dict[str, dict[str, int]] = field(default_factory=dict)
    cache_key: str = ""  # set by the cache (eventwire.actors.kbcache) when it loaded or saved it
    cache_folder: Path | None = None
    #: surname -> the full-name phrases of people with it, built when first asked for
    _surnames: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)

    def add(self, phrase: str, entry: Entry, *, first: bool = False) -> None:
        key = normalise(phrase)
        if not key:
            return
        if entry.kind == "agent":
            key = key.lower()
        entries = self.by_phrase.setdefault(key, [])
        if entry not in entries:
            entries.insert(0, entry) if first else entries.append(entry)

    def phrases(self) -> Iterator[tuple[str, str]]:
        """(phrase, kind of its best entry) for every phrase, for building matchers."""
        kinds = getattr(self.by_phrase, "kinds", None)  # known without decoding, when cached
        if kinds is not None:
            yield from kinds.items()
            return
        for phrase, entries in self.by_phrase.items():
            yield phrase, best(entries).kind

    def entries(self, phrase: str) -> list[Entry]:
        """The entries a phrase names, best first; case-insensitive for agent nouns."""
        key = normalise(phrase)
        found = self.by_phrase.get(key) or self.by_phrase.get(key.lower()) or []
        return sorted(found, key=lambda e: KINDS.index(e.kind))

    def lookup(self, name: str, date: str | None = None) -> list[ActorCode]:
        """What ``name`` resolves to on ``date`` (YYYY-MM-DD), best first."""
        return [resolve_entry(e, date) for e in self.entries(name)]

    def people_named(self, surname: str) -> list[Entry]:
        """The distinct people whose surname is ``surname`` ("Mattis": Jim Mattis)."""
        if self._surnames is None:
            index: dict[str, list[str]] = {}
            for phrase, kind in self.phrases():
                if kind == "person" and " " in phrase:
                    index.setdefault(surname_of(phrase), []).append(phrase)
            self._surnames = index
        found: list[Entry] = []
        for phrase in self._surnames.get(surname, ()):
            for e in self.by_phrase[phrase]:
                if e.kind == "person" and (e.surname or surname_of(e.entity)) == surname \
                        and e not in found:
                    found.append(e)
        return found

    def stats(self) -> dict[str, int]:
        """How many distinct entries of each kind, and how many phrases."""
        if "total" in self.source_stats:
            return dict(self.source_stats["total"])
        seen: dict[str, set] = {k: set() for k in KINDS}
        for entries in self.by_phrase.values():
            for e in entries:
                seen[e.kind].add(e.entity if e.kind != "agent" else e.entity.lower())
        counts = {k: len(v) for k, v in seen.items()}
        counts["phrases"] = len(self.by_phrase)
        return counts


def best(entries: list[Entry]) -> Entry:
    return min(entries, key=lambda e: KINDS.index(e.kind))


# --- reading the data files -------------------------------------------------------------------

def _rows(path: Path, columns: int, problems: list[str]) -> Iterator[tuple[int, list[str]]]:
    with path.open(encoding="utf-8") as fh:
        header_seen = False
        for number, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.rstrip("\n").split("\t")]
            if not header_seen:
                header_seen = True
                continue
            if len(cells) < columns:
                cells += [""] * (columns - len(cells))
            if len(cells) > columns:
                problems.append(f"{path.name}:{number}: {len(cells)} columns, expected {columns}")
                continue
            yield number, cells


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _sectors(cell: str, where: str, problems: list[str]) -> tuple[str, ...]:
    sectors = tuple(s.upper() for s in _split(cell))
    for s in sectors:
        if s not in SECTORS:
            problems.append(f"{where}: unknown sector {s!r}")
    return sectors


def read_countries(kb: KnowledgeBase, path: Path, problems: list[str]) -> None:
    for number, (iso3, name, aliases, demonyms, capital, metonyms) in _rows(path, 6, problems):
        where = f"{path.name}:{number}"
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            problems.append(f"{where}: bad ISO3 code {iso3!r}")
            continue
        country = Entry("country", name, country=iso3)
        for phrase in [name, *_split(aliases)]:
            kb.add(phrase, country)
        demonym = Entry("demonym", name, country=iso3)
        for phrase in _split(demonyms):
            kb.add(phrase, demonym)
        if capital:
            kb.capitals[normalise(capital)] = iso3
        for item in _split(metonyms):
            phrase, _, sector = item.partition("=")
            sectors = _sectors(sector or "GOV", where, problems)
            kb.add(phrase, Entry("metonym", normalise(phrase), country=iso3, sectors=sectors))


def read_organisations(kb: KnowledgeBase, path: Path, problems: list[str]) -> None:
    for number, (code, name, aliases, kind, country) in _rows(path, 5, problems):
        where = f"{path.name}:{number}"
        if kind not in ORG_KINDS or not code.startswith(kind):
            problems.append(f"{where}: kind {kind!r} must be one of {', '.join(ORG_KINDS)} "
                            f"and begin the code {code!r}")
            continue
        entry = Entry("org", name, country=country or None, org=code)
        for phrase in [name, *_split(aliases)]:
            kb.add(phrase, entry)


def read_agents(kb: KnowledgeBase, path: Path, problems: list[str]) -> None:
    for number, (phrase, sectors) in _rows(path, 2, problems):
        where = f"{path.name}:{number}"
        entry = Entry("agent", phrase.lower(), sectors=_sectors(sectors, where, problems))
        if not entry.sectors:
            problems.append(f"{where}: agent {phrase!r} has no sector")
        kb.add(phrase, entry)


def read_peoples(kb: KnowledgeBase, path: Path, problems: list[str]) -> None:
    for number, (names, countries) in _rows(path, 2, problems):
        where = f"{path.name}:{number}"
        codes = tuple(_split(countries))
        bad = [c for c in codes if not re.fullmatch(r"[A-Z]{3}", c)]
        if not codes or bad:
            problems.append(f"{where}: needs ';'-separated ISO3 codes, found {countries!r}")
            continue
        forms = _split(names)
        if not forms:
            problems.append(f"{where}: no name")
            continue
        entry = Entry("demonym", forms[0], country=codes[0], countries=codes)
        for phrase in forms:
            kb.add(phrase, entry)


def read_places(kb: KnowledgeBase, path: Path, problems: list[str]) -> None:
    for number, (names, iso3) in _rows(path, 2, problems):
        where = f"{path.name}:{number}"
        forms = _split(names)
        if not re.fullmatch(r"[A-Z]{3}", iso3) or not forms:
            problems.append(f"{where}: needs a name and an ISO3 code, found {names!r}, {iso3!r}")
            continue
        entry = Entry("place", forms[0], country=iso3)
        for phrase in forms:
            kb.add(phrase, entry)


def _date(value, where: str, problems: list[str]) -> str | None:
    if value is None or value == "":
        return None
    text = str(value)
    if not _DATE.match(text):
        problems.append(f"{where}: bad date {text!r} (want YYYY-MM-DD)")
        return None
    return text


def read_people(kb: KnowledgeBase, path: Path, problems: list[str]) -> None:
    try:
        people = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or []
    except yaml.YAMLError as exc:
        problems.append(f"{path.name}: not valid YAML: {exc}")
        return
    for number, person in enumerate(people, 1):
        where = f"{path.name}: person {number}"
        if not isinstance(person, dict) or not person.get("name"):
            problems.append(f"{where}: needs a name")
            continue
        where = f"{path.name}: {person['name']}"
        roles = []
        for raw in person.get("roles") or []:
            country, org = raw.get("country"), raw.get("org")
            if not country and not org:
                problems.append(f"{where}: a role needs a country or an org")
                continue
            roles.append(Role(country=country, org=org,
                              sectors=_sectors(";".join(raw.get("sectors") or []), where, problems),
                              start=_date(raw.get("start"), where, problems),
                              end=_date(raw.get("end"), where, problems),
                              title=str(raw.get("title") or "")))
        if not roles:
            problems.append(f"{where}: no roles")
            continue
        name = str(person["name"])
        entry = Entry("person", name, roles=tuple(roles),
                      surname=str(person.get("surname") or surname_of(name)))
        for phrase in [name, *(str(a) for a in person.get("aliases") or [])]:
            kb.add(phrase, entry, first=True)


NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def surname_of(name: str) -> str:
    """The word news uses alone for a person: the last word, suffixes such as "Jr." aside.
    Names whose family name comes first (Xi Jinping) say so with a ``surname`` key."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in NAME_SUFFIXES:
        words.pop()
    return words[-1].rstrip(",")


#: curated files a knowledge-base folder may leave out
OPTIONAL = {"peoples.tsv", "places.tsv"}
READERS = {"countries.tsv": read_countries, "organisations.tsv": read_organisations,
           "agents.tsv": read_agents, "people.yaml": read_people, "peoples.tsv": read_peoples,
           "places.tsv": read_places}


def read_file(kb: KnowledgeBase, path: Path, problems: list[str]) -> None:
    """Read one knowledge-base file into ``kb``; its kind is told by its name's ending."""
    for suffix, reader in READERS.items():
        if path.name.endswith(suffix):
            reader(kb, path, problems)
            return
    problems.append(f"{path}: unknown knowledge-base file (names end in {', '.join(READERS)})")


# --- the layers: PETRARCH base, curated files, user files -----------------------------------------

#: where knowledge-base files come from, weakest first: a phrase of a later layer replaces it
LAYERS = ("petrarch", "curated", "user")
#: the user's folder: $EVENTWIRE_KB_DIR, else this
USER_DIR_ENV, USER_DIR_DEFAULT = "EVENTWIRE_KB_DIR", "~/.config/eventwire/kb"


@dataclass(frozen=True)
class Source:
    """One knowledge-base file and the layer it belongs to."""

    layer: str  # petrarch, curated, user
    path: Path


def user_kb_dir() -> Path:
    """The user's knowledge-base folder: ``$EVENTWIRE_KB_DIR``, else ``~/.config/eventwire/kb``."""
    return Path(os.environ.get(USER_DIR_ENV) or USER_DIR_DEFAULT).expanduser()


def kb_files(folder: Path) -> list[Path]:
    """The knowledge-base files of a folder, by name: those whose names end in countries.tsv,
    organisations.tsv, agents.tsv, people.yaml, peoples.tsv or places.tsv (``mine.people.yaml``);
    others are ignored."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(tuple(READERS)))


def kb_sources(data_dir: Path = DATA_DIR, extra: tuple[Path, ...] = (),
               user_dir: Path | None = None) -> tuple[Source, ...]:
    """Every file of the knowledge base, weakest first: the PETRARCH base set
    (``data_dir/petrarch/``), the curated files of ``data_dir``, the files of the user's folder,
    then the ``extra`` files."""
    base = [Source("petrarch", p) for p in kb_files(Path(data_dir) / "petrarch")]
    curated = [Source("curated", Path(data_dir) / name) for name in READERS]
    user = [Source("user", p) for p in kb_files(Path(user_dir))] if user_dir else []
    return tuple(base + curated + user + [Source("user", Path(p)) for p in extra])


def load_kb(data_dir: Path = DATA_DIR, extra: tuple[Path, ...] = (), *,
            user_dir: Path | None = None, cache_dir: Path | None = None) -> KnowledgeBase:
    """Load the knowledge base: the PETRARCH base set, then the curated files, then the user's
    folder (``user_dir``, default :func:`user_kb_dir`), then ``extra`` files; each layer's
    phrases replace the same phrases of the layers before it.

    The compiled base is cached in memory and on disk (see :mod:`eventwire.actors.kbcache`).
    Raises DataFileError listing every problem in every file."""
    sources = kb_sources(Path(data_dir), tuple(Path(p) for p in extra),
                         user_kb_dir() if user_dir is None else user_dir)
    return load_cached(sources, build_kb, cache_dir)


def build_kb(sources: Iterable[Source]) -> KnowledgeBase:
    """Read and merge the files of every layer (no cache). Raises DataFileError."""
    problems: list[str] = []
    base, curated, user = KnowledgeBase(), KnowledgeBase(), KnowledgeBase()
    overrides: list[KnowledgeBase] = []
    for source in sources:
        if source.layer == "petrarch":
            read_file(base, source.path, problems)
        elif source.layer == "curated":
            if source.path.exists():
                read_file(curated, source.path, problems)
            elif source.path.name not in OPTIONAL:
                problems.append(f"{source.path}: missing")
        else:
            layer = KnowledgeBase()
            read_file(layer, source.path, problems)
            read_file(user, source.path, [])
            overrides.append(layer)
    if problems:
        raise DataFileError(problems)
    kb = overlay(base, curated)
    for layer in overrides:
        for phrase, entries in layer.by_phrase.items():
            kb.by_phrase[phrase] = entries  # the user's word wins over ours
        kb.capitals.update(layer.capitals)
    kb.source_stats = {"petrarch": base.stats(), "curated": curated.stats(), "user": user.stats(),
                       "total": kb.stats()}
    return kb


def overlay(base: KnowledgeBase, curated: KnowledgeBase) -> KnowledgeBase:
    """The PETRARCH base under the curated files: a curated phrase replaces the base's, a base
    person whom the curated files name in full becomes the curated person (all of the base's
    spellings then name the curated person), a base country takes the curated country's name,
    and base names that are a curated capital (a place) or an agent title ("Prime Minister")
    are left out."""
    country_names: dict[str, str] = {}
    people: dict[str, Entry] = {}
    for phrase, entries in curated.by_phrase.items():
        for e in entries:
            if e.kind == "country":
                country_names.setdefault(e.country, e.entity)
            elif e.kind == "person" and " " in phrase:
                people.setdefault(phrase, e)
    agents = {p for kb in (base, curated) for p, es in kb.by_phrase.items()
              if any(e.kind == "agent" for e in es)}
    spellings: dict[Entry, list[str]] = {}
    for phrase, entries in base.by_phrase.items():
        for e in entries:
            if e.kind == "person":
                spellings.setdefault(e, []).append(phrase)
    same: dict[Entry, Entry] = {}
    for e, phrases in spellings.items():
        mine = {r.country or r.org for r in e.roles}
        for phrase in phrases:
            known = people.get(phrase)
            if known is not None and mine & {r.country or r.org for r in known.roles}:
                same[e] = known
                break
    merged = KnowledgeBase(capitals=dict(base.capitals))
    for phrase, entries in base.by_phrase.items():
        title = phrase.lower() in agents and not any(e.kind == "agent" for e in entries)
        if title or (phrase in curated.capitals and phrase not in curated.by_phrase):
            continue
        kept: list[Entry] = []
        for e in entries:
            e = same.get(e, e)
            if e.kind in ("country", "demonym") and e.country in country_names:
                e = replace(e, entity=country_names[e.country])
            if e not in kept:
                kept.append(e)
        merged.by_phrase[phrase] = kept
    merged.by_phrase.update(curated.by_phrase)
    merged.capitals.update(curated.capitals)
    return merged
