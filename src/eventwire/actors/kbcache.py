"""The compiled knowledge base, cached in memory and on disk so that a cold start stays fast.

Reading the PETRARCH base set and the curated files takes seconds; unpickling their compiled form
takes a few hundredths of one. The cache lives in ``$EVENTWIRE_CACHE_DIR``, else
``~/.cache/eventwire/``:

- ``kb-KEY.pickle``: every phrase with its entries, each phrase's entries pickled on their own
  and decoded only when a match asks for them; the phrases' kinds, the capitals, the counts per
  layer. KEY is a hash of eventwire's version, this cache's format, and the path, size and
  modification time of every knowledge-base file and of the modules that read them, so that a
  changed file makes a new cache;
- ``tokens-KEY-MODEL.pickle``: the phrases tokenised by the spaCy pipeline MODEL, as the
  attribute hashes that :class:`~spacy.matcher.PhraseMatcher` compares, for the actor component.

A stale, unreadable or unwritable cache is rebuilt (or skipped) silently: the cache can only
make loading faster, never different. At most :data:`KEEP` files of each kind are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from .kb import Entry, KnowledgeBase, Source

#: bump when what is pickled changes shape
FORMAT = 2
#: how many cache files of each kind are kept (the oldest go first)
KEEP = 6
CACHE_DIR_ENV, CACHE_DIR_DEFAULT = "EVENTWIRE_CACHE_DIR", "~/.cache/eventwire"
_MEMORY: dict[str, KnowledgeBase] = {}


def cache_dir() -> Path:
    """``$EVENTWIRE_CACHE_DIR``, else ``~/.cache/eventwire``."""
    return Path(os.environ.get(CACHE_DIR_ENV) or CACHE_DIR_DEFAULT).expanduser()


class PackedPhrases(Mapping):
    """phrase -> entries, each phrase's entries unpickled when first asked for."""

    def __init__(self, blobs: dict[str, bytes], kinds: dict[str, str]):
        self.blobs = blobs
        self.kinds = kinds  # phrase -> kind of its best entry, for the matchers
        self._decoded: dict[str, list[Entry]] = {}

    def __getitem__(self, phrase: str) -> list[Entry]:
        found = self._decoded.get(phrase)
        if found is None:
            found = self._decoded[phrase] = pickle.loads(self.blobs[phrase])
        return found

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.blobs

    def __iter__(self) -> Iterator[str]:
        return iter(self.blobs)

    def __len__(self) -> int:
        return len(self.blobs)


def _version() -> str:
    try:
        return metadata.version("eventwire")
    except metadata.PackageNotFoundError:
        return "unknown"


def _stat(path: Path) -> list:
    try:
        info = path.stat()
        return [str(path.resolve()), info.st_size, info.st_mtime_ns]
    except OSError:
        return [str(path), -1, -1]


def signature(sources: tuple[Source, ...], readers: tuple[Path, ...] = ()) -> str:
    """The cache key of a set of knowledge-base files, of the ``readers`` (the modules that read
    them) and of this module."""
    code = [_stat(Path(p)) for p in readers] + [_stat(Path(__file__))]
    files = [[s.layer, *_stat(s.path)] for s in sources]
    text = json.dumps([_version(), FORMAT, code, files])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _read(path: Path):
    try:
        with path.open("rb") as fh:
            found = pickle.load(fh)
        return found if isinstance(found, dict) and found.get("format") == FORMAT else None
    except Exception:  # a damaged or foreign cache file is simply rebuilt  # noqa: BLE001
        return None


def _write(path: Path, value: dict) -> None:
    """Write atomically; a cache that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        prefix = path.name.split("-", 1)[0]
        old = sorted(path.parent.glob(f"{prefix}-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-KEEP]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass


def pack(kb: KnowledgeBase) -> dict:
    """The picklable form of a compiled knowledge base (its class pickled by reference, so
    that this module needs no import of :mod:`eventwire.actors.kb`, which imports it)."""
    blobs = {p: pickle.dumps(e, protocol=pickle.HIGHEST_PROTOCOL) for p, e in kb.by_phrase.items()}
    return {"format": FORMAT, "type": type(kb), "blobs": blobs, "kinds": dict(kb.phrases()),
            "capitals": kb.capitals, "source_stats": kb.source_stats}


def unpack(value: dict) -> KnowledgeBase:
    """The knowledge base of :func:`pack`'s form, its entries decoded when first asked for."""
    return value["type"](by_phrase=PackedPhrases(value["blobs"], value["kinds"]),
                         capitals=value["capitals"], source_stats=value["source_stats"])


def load_cached(sources: tuple[Source, ...], build: Callable[[tuple], KnowledgeBase],
                folder: Path | None = None) -> KnowledgeBase:
    """The knowledge base of ``sources``: from memory, else from the disk cache, else built by
    ``build(sources)`` and cached; the module defining ``build`` is part of the key."""
    reader = sys.modules.get(getattr(build, "__module__", ""), None)
    key = signature(sources, (Path(reader.__file__),) if getattr(reader, "__file__", None) else ())
    if key in _MEMORY:
        return _MEMORY[key]
    folder = cache_dir() if folder is None else Path(folder)
    path = folder / f"kb-{key}.pickle"
    value = _read(path)
    if value is not None:
        kb = unpack(value)
    else:
        kb = build(sources)
        _write(path, pack(kb))
    kb.cache_key, kb.cache_folder = key, folder
    if len(_MEMORY) >= 8:
        _MEMORY.pop(next(iter(_MEMORY)))
    _MEMORY[key] = kb
    return kb


#: Arabic articles and linking particles that news joins to the next name with a hyphen ("Omar
#: al-Bashir", "Abdel-Aziz ul-Haq") where PETRARCH's dictionaries, which write every space and
#: hyphen as "_", leave a space
_JOINED_PARTICLES = {"al", "el", "ul", "ud", "ad", "ar", "as", "ash", "an", "az", "ur"}
#: given names that French and African news joins to the next given name ("Jean-Bertrand
#: Aristide", "Marie-Madeleine", "Pierre-Andre")
_COMPOUND_GIVEN = {"Jean", "Marie", "Pierre", "Anne", "Louis", "Jean-Marie", "Jean-Pierre",
                   "Paul", "Charles", "Joseph", "Francois", "Michel", "Claude", "Dieu"}


def hyphenated_names(phrase: str) -> list[str]:
    """The spellings news gives a person's name that PETRARCH's dictionaries write with spaces:
    the particle joined ("Omar Hassan Ahmad al-Bashir"), the compound given name joined
    ("Jean-Bertrand Aristide"), and both."""
    words = phrase.split()
    if len(words) < 2:
        return []
    joined = words[:1]
    for word in words[1:]:
        if joined[-1].lower() in _JOINED_PARTICLES and len(joined) > 1 and word[:1].isupper():
            joined[-1] = f"{joined[-1]}-{word}"
        else:
            joined.append(word)
    variants = [" ".join(joined)]
    if len(words) >= 3 and words[0] in _COMPOUND_GIVEN and words[1][:1].isupper():
        variants += [f"{words[0]}-{words[1]} {' '.join(words[2:])}",
                     f"{words[0]}-{' '.join(joined[1:])}"]
    return [v for v in dict.fromkeys(variants) if v != phrase]


#: countries whose people carry a father's and a mother's surname, news using the first
#: ("Augusto Pinochet Ugarte": "Augusto Pinochet"; "Carlos Salinas de Gortari": "Carlos Salinas")
_TWO_SURNAMES = {"ESP", "PRT", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM",
                 "PRI", "COL", "VEN", "ECU", "PER", "BOL", "CHL", "ARG", "URY", "PRY", "BRA"}
#: countries whose given names are two syllables news joins with a hyphen ("Kim Jong-il",
#: "Lee Teng-hui"), and whose names never drop a middle word
_SYLLABLE_NAMES = {"KOR", "PRK", "TWN"}
_SURNAME_PARTICLES = {"de", "del", "da", "do", "dos", "das", "y", "e"}


def short_names(kb: KnowledgeBase, taken: set[str]) -> dict[str, str]:
    """Shorter spellings news uses for the full names of people the base gives (the PETRARCH
    base writes full formal names): without the middle names ("Laurent Desire Kabila":
    "Laurent Kabila"), without the mother's surname where people carry two ("Augusto Pinochet
    Ugarte": "Augusto Pinochet"), and Korean and Taiwanese given names joined ("Kim Dae Jung":
    "Kim Dae-jung"). A spelling two people would share, one the base already has, or one made
    of two given names ("Juan Carlos") is left out. Spelling -> the phrase it stands for."""
    people = [p for p, kind in kb.phrases() if kind == "person"]
    firsts = Counter(p.split()[0] for p in people if " " in p)
    found: dict[str, set[str]] = {}
    for phrase in people:
        words = phrase.split()
        if len(words) < 3 or not all(w[:1].isupper() or w in _SURNAME_PARTICLES for w in words):
            continue
        entries = [e for e in kb.entries(phrase) if e.kind == "person"]
        countries = {r.country for e in entries for r in e.roles if r.country}
        if countries & _SYLLABLE_NAMES:
            if len(words) == 3:
                for joined in (words[2].lower(), words[2]):
                    found.setdefault(f"{words[0]} {words[1]}-{joined}", set()).add(phrase)
            continue
        two_surnames = bool(countries & _TWO_SURNAMES)
        variants = [f"{words[0]} {words[-1]}"] if words[-2] not in _SURNAME_PARTICLES \
            and (len(words) == 3 or not two_surnames) else []
        if two_surnames:
            cut = next((i for i, w in enumerate(words) if i >= 2 and w in _SURNAME_PARTICLES),
                       len(words) - 1)
            if cut >= 2:
                variants.append(" ".join(words[:cut]))
        for variant in variants:
            if not all(w[:1].isupper() for w in variant.split()):
                continue
            first, second = variant.split()[0], variant.split()[1]
            if firsts[second] >= 3 and firsts[first] >= 3 and len(variant.split()) == 2:
                continue  # "Juan Carlos", "Jose Maria": two given names, no one in particular
            found.setdefault(variant, set()).add(phrase)
    return {v: next(iter(ps)) for v, ps in found.items() if len(ps) == 1 and v not in taken}


def matcher_patterns(nlp: Language, kb: KnowledgeBase):
    """The phrases of ``kb`` as :class:`~spacy.matcher.PhraseMatcher` patterns for ``nlp``'s
    tokenizer: (name patterns as ORTH hashes, agent patterns as LOWER hashes, token texts ->
    phrase, and the acronyms spelt as words, "Farc" for "FARC"). Cached beside the knowledge base."""
    model = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
    key = getattr(kb, "cache_key", None)
    path = None
    if key:
        tag = hashlib.sha256(model.encode("utf-8")).hexdigest()[:8]
        path = Path(kb.cache_folder) / f"tokens-{key}-{tag}.pickle"
        value = _read(path)
        if value is not None and value.get("model") == model and "variants" in value:
            return value["names"], value["agents"], value["phrase_of"], value["variants"]
    names, agents = [], []
    acronyms = []
    for phrase, kind in kb.phrases():
        (agents if kind == "agent" else names).append(phrase)
        if kind == "org" and len(phrase) >= 4 and phrase.isalpha() and phrase.isupper():
            acronyms.append(phrase)
    # British style writes acronyms as words ("Farc", "Nato", "Isis"): each organisation's
    # acronym also matches so spelt, as a proper noun or inside a sentence (see resolve.py)
    known = set(names)
    variants = {phrase.capitalize(): phrase for phrase in acronyms if phrase.capitalize() not in known}
    hyphened = {v: phrase for phrase, kind in kb.phrases() if kind == "person"
                for v in hyphenated_names(phrase) if v not in known}
    hyphened.update(short_names(kb, known | set(hyphened)))
    name_docs = list(nlp.tokenizer.pipe(names))
    agent_docs = list(nlp.tokenizer.pipe(agents))
    name_keys = [tuple(t.orth for t in d) for d in name_docs if len(d)]
    agent_keys = [tuple(t.lower for t in d) for d in agent_docs if len(d)]
    # a match is looked up by its tokens, not its text: "al - Sarraj" matches "al-Sarraj"
    phrase_of = {tuple(t.text for t in d): p for d, p in zip(name_docs, names)}
    phrase_of.update({tuple(t.lower_ for t in d): p for d, p in zip(agent_docs, agents)})
    for variant, phrase in variants.items():
        name_keys.append((nlp.vocab.strings.add(variant),))
        phrase_of[(variant,)] = phrase
    for d, phrase in zip(nlp.tokenizer.pipe(list(hyphened)), hyphened.values()):
        name_keys.append(tuple(t.orth for t in d))
        phrase_of.setdefault(tuple(t.text for t in d), phrase)
    variant_keys = frozenset((v,) for v in variants)
    if path is not None:
        _write(path, {"format": FORMAT, "model": model, "names": name_keys,
                      "agents": agent_keys, "phrase_of": phrase_of, "variants": variant_keys})
    return name_keys, agent_keys, phrase_of, variant_keys
