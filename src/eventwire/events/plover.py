"""The PLOVER reading of an event: its event category, mode and contexts.

The event category comes from the CAMEO code alone, through the CAMEO -> PLOVER map that
:class:`~eventwire.events.ontology.Ontology` reads. The mode and the contexts start from the
code's row of that map and are then refined by the words of the event's clause, with two word
tables under ``eventwire/data/`` (each documents its sources in its ``#`` lines):

- ``plover_modes.tsv`` (``event mode words``): the words that show each mode the PLOVER manual
  defines for an event, most specific mode first.
- ``plover_contexts.tsv`` (``context words``): the words that show each PLOVER context.

How the words are used, conservatively:

- The **clause** of an event is the words under the topmost word of its chain (the predicate
  with its subject, objects, complements and the phrases on them: "killed *in an airstrike*",
  "demanded *that it give up its nuclear programme*", "called *to discuss trade*"), leaving out
  clauses of their own hanging there ("..., *after rebels shelled the town*", "the plan, *which
  ...*"). Words inside dates and person names never count ("in *March*" is no march).
- **Mode**: the row's mode stands when it is specific. When the row gives none, the first mode
  of the event's table rows that the clause or the phrases naming its source and target show
  is taken ("*gunmen* killed", "*warplanes* struck the town, killing five"); when the row gives a mode that the
  code's subcodes split further (183 "suicide, car or other bombing" is suicide-attack, its 1832
  car bombing explosives), the clause may choose among those subcodes' modes. Events the mode
  table has no rows for (the verbal REQUEST, REJECT, ACCUSE...) keep their code's mode.
- **Context**: the row's contexts, then every context whose words are in the clause outside the
  words that name the source and the target ("the *defense minister*" names an actor; it is not
  a military context). When neither gives one, what two states (countries, their governments,
  international bodies) of different countries say to, agree with, demand of, reject, accuse,
  threaten or sanction each other is ``diplomatic``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from eventwire.errors import DataFileError
from eventwire.model import Plover

from .slots import ActorRef
from .ontology import Ontology, default_data_dir

MODES_FILE = "plover_modes.tsv"
CONTEXTS_FILE = "plover_contexts.tsv"
MODE_COLUMNS = ("event", "mode", "words")
CONTEXT_COLUMNS = ("context", "words")

#: Dependents that start a clause of their own: their words are not the event's. (A clausal
#: complement is what is demanded, rejected or threatened, and stays.)
CLAUSE_DEPS = frozenset({"advcl", "relcl", "parataxis", "csubj", "csubjpass"})
#: Entities whose words never show a mode or context ("March", "Bill Clinton").
SKIPPED_ENTITIES = frozenset({"DATE", "TIME", "PERSON"})

#: the context of relations between states when a clause shows no other (PLOVER manual:
#: "diplomatic" is the relations of states with each other), and the events of words and
#: cooperation it is given to (not force, where it would hide a military context)
DIPLOMATIC = "diplomatic"
DIPLOMATIC_EVENTS = frozenset({"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT",
                               "THREATEN", "SANCTION"})

_NAME = re.compile(r"[a-z][a-z_-]*")
# spaCy splits a hyphen between letters ("cease-fire" -> cease - fire) and a final "'s".
_PIECES = re.compile(r"(?<=[a-z])(-)(?=[a-z])|(?=')")

Phrase = tuple[str, ...]


def phrase(words: str) -> Phrase:
    """A table's phrase as the tokens spaCy makes of it: ``"cease-fire"`` -> cease, -, fire."""
    pieces: list[str] = []
    for word in words.lower().split():
        pieces.extend(piece for piece in _PIECES.split(word) if piece)
    return tuple(pieces)


@dataclass(frozen=True)
class WordRow:
    """One row of a word table: a mode or context name and the phrases that show it."""

    name: str
    phrases: tuple[Phrase, ...]

    def shown_in(self, words: Sequence[Token]) -> bool:
        """Whether one of the phrases is in ``words`` (doc-order tokens), each word matching
        a token's lower-case form or lemma, the words of a phrase on adjacent tokens."""
        for start, first in enumerate(words):
            for wanted in self.phrases:
                if len(wanted) > len(words) - start:
                    continue
                if all(_same(words[start + k], word) and words[start + k].i == first.i + k
                       for k, word in enumerate(wanted)):
                    return True
        return False


def _same(token: Token, word: str) -> bool:
    return token.lower_ == word or token.lemma_.lower() == word


@dataclass(frozen=True)
class PloverWords:
    """The two word tables: each event's modes in the order they are tried, and the contexts."""

    modes: dict[str, tuple[WordRow, ...]]
    contexts: tuple[WordRow, ...]

    @classmethod
    def load(cls, data_dir: Path | str | None = None) -> "PloverWords":
        """Read and check ``plover_modes.tsv`` and ``plover_contexts.tsv`` from ``data_dir``
        (the package's data folder by default; a folder without them uses the package's).

        Cached per folder. Raises :class:`~eventwire.errors.DataFileError` listing every
        problem, each with its file and line.
        """
        folder = Path(data_dir) if data_dir is not None else default_data_dir()
        if not (folder / MODES_FILE).is_file() and not (folder / CONTEXTS_FILE).is_file():
            folder = default_data_dir()
        return _load_cached(folder.resolve())

    def modes_shown(self, event: str, words: Sequence[Token]) -> list[str]:
        """The modes of ``event`` that ``words`` show, most specific first."""
        return [row.name for row in self.modes.get(event, ()) if row.shown_in(words)]

    def contexts_shown(self, words: Sequence[Token]) -> list[str]:
        """The contexts that ``words`` show, in table order."""
        return [row.name for row in self.contexts if row.shown_in(words)]


@functools.cache
def _load_cached(folder: Path) -> PloverWords:
    problems: list[str] = []
    modes: dict[str, list[WordRow]] = {}
    for line, (event, mode, words) in _rows(folder / MODES_FILE, MODE_COLUMNS, problems):
        row = _row(mode, words, f"{folder / MODES_FILE}:{line}", problems)
        if not re.fullmatch(r"[A-Z][A-Z_]*", event):
            problems.append(f"{folder / MODES_FILE}:{line}: event {event!r} should be an "
                            f"upper-case PLOVER event such as ASSAULT")
        elif row is not None:
            if any(other.name == row.name for other in modes.get(event, ())):
                problems.append(f"{folder / MODES_FILE}:{line}: mode {mode} of {event} is "
                                f"already listed")
            modes.setdefault(event, []).append(row)
    contexts: list[WordRow] = []
    for line, (context, words) in _rows(folder / CONTEXTS_FILE, CONTEXT_COLUMNS, problems):
        row = _row(context, words, f"{folder / CONTEXTS_FILE}:{line}", problems)
        if row is not None:
            if any(other.name == row.name for other in contexts):
                problems.append(f"{folder / CONTEXTS_FILE}:{line}: context {context} is "
                                f"already listed")
            contexts.append(row)
    if problems:
        raise DataFileError(problems)
    return PloverWords({event: tuple(rows) for event, rows in modes.items()}, tuple(contexts))


def _rows(path: Path, columns: tuple[str, ...], problems: list[str]
          ) -> Iterable[tuple[int, list[str]]]:
    """The data rows of a word table with their line numbers, after its comments and header."""
    if not path.is_file():
        problems.append(f"{path}: file not found")
        return []
    rows = []
    header = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = tuple(fields)
            if header != columns:
                problems.append(f"{path}:{number}: header should be {' '.join(columns)!r} "
                                f"(tab-separated), found {' '.join(fields)!r}")
                return []
            continue
        if len(fields) != len(columns):
            problems.append(f"{path}:{number}: expected {len(columns)} tab-separated fields, "
                            f"found {len(fields)}")
            continue
        rows.append((number, fields))
    return rows


def _row(name: str, words: str, where: str, problems: list[str]) -> WordRow | None:
    phrases = tuple(dict.fromkeys(phrase(w) for w in words.split(";") if w.strip()))
    if not _NAME.fullmatch(name):
        problems.append(f"{where}: {name!r} should be a lower-case PLOVER name such as firearms")
        return None
    if not phrases:
        problems.append(f"{where}: {name} has no words; list them separated by ';'")
        return None
    return WordRow(name, phrases)


def table_reading(ontology: Ontology, code: str) -> Plover:
    """The PLOVER reading of a code from the CAMEO -> PLOVER map alone.

    PLOVER has no category for CAMEO 01 (statements): their reading is empty. Appeals (02) are
    PLOVER's REQUEST, read like the matching demand (10) code.
    """
    if ontology.has_plover(code):
        return ontology.plover(code)
    if code.startswith("02"):
        demand = "10" + code[2:]
        base = ontology.plover(demand) if ontology.is_code(demand) and ontology.has_plover(demand) \
            else Plover("REQUEST")
        return Plover("REQUEST", base.mode, base.context)
    return Plover("", "", ())


def open_modes(ontology: Ontology, code: str) -> frozenset[str] | None:
    """The modes the words may choose for ``code``: None for any mode of its event (its row
    gives none); the row's mode and its subcodes' when they differ; empty when the row's mode
    stands."""
    reading = table_reading(ontology, code)
    if not reading.mode:
        return None
    if not ontology.is_code(code):
        return frozenset()
    below = set()
    for sub in _descendants(ontology, code):
        sub_reading = table_reading(ontology, sub)
        if sub_reading.event == reading.event and sub_reading.mode:
            below.add(sub_reading.mode)
    return frozenset(below | {reading.mode}) if below - {reading.mode} else frozenset()


def _descendants(ontology: Ontology, code: str) -> list[str]:
    found = []
    for child in ontology.children(code):
        found.append(child)
        found.extend(_descendants(ontology, child))
    return found


def clause_words(chain: Sequence[Token]) -> list[Token]:
    """The words of an event's clause, in text order: all under the topmost word of its chain,
    within its sentence, but for clauses of their own hanging there (see the module's
    docstring). Empty for an empty chain."""
    if not chain:
        return []
    indices = {t.i for t in chain}
    top = next((t for t in chain if not any(a.i in indices for a in t.ancestors)), chain[0])
    sentence = top.sent
    words: list[Token] = []
    stack = [top]
    while stack:
        token = stack.pop()
        words.append(token)
        for child in token.children:
            if _own_clause(child) and not any(t.i in indices for t in child.subtree):
                continue
            stack.append(child)
    return sorted((t for t in words if sentence.start <= t.i < sentence.end
                   and t.ent_type_ not in SKIPPED_ENTITIES), key=lambda t: t.i)


def _own_clause(token: Token) -> bool:
    """Whether ``token`` heads a clause of its own: an adverbial clause other than a purpose
    ("telephoned him *to discuss trade*" says why, which is PLOVER's context), a relative
    clause, or a verb joined by "and" with a subject of its own."""
    if token.dep_ == "advcl":
        return not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ in CLAUSE_DEPS:
        return True
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def plover_reading(ontology: Ontology, code: str, chain: Sequence[Token] = (),
                   actors: Sequence[ActorRef] = (), words: PloverWords | None = None) -> Plover:
    """The PLOVER reading of an event of ``code`` whose chain is ``chain`` (the tokens from
    its predicate up to its frame) and whose source and target are ``actors``.

    Without a chain this is the map's reading of the code. ``words`` defaults to the tables in
    the ontology's data folder.
    """
    reading = table_reading(ontology, code)
    if not reading.event or not chain:
        return reading
    tables = words or PloverWords.load(ontology.data_dir)
    doc = chain[0].doc
    clause = clause_words(chain)
    named = {i for ref in actors for i in range(ref.mention.start, ref.mention.end)}
    mode = reading.mode
    allowed = open_modes(ontology, code)
    if allowed is None or allowed:
        # the actors' own words show how they act ("gunmen", "warplanes") even where the
        # clause only borrows them from the one it hangs on ("..., killing five")
        doers = [t for ref in actors for t in doc[ref.phrase[0]:ref.phrase[1]]
                 if t.ent_type_ not in SKIPPED_ENTITIES]
        seen = {t.i for t in clause}
        words = sorted([*clause, *(t for t in doers if t.i not in seen)], key=lambda t: t.i)
        shown = [m for m in tables.modes_shown(reading.event, words)
                 if allowed is None or m in allowed]
        mode = shown[0] if shown else mode
    context = tables.contexts_shown([t for t in clause if t.i not in named])
    contexts = tuple(dict.fromkeys((*reading.context, *context)))
    if not contexts and reading.event in DIPLOMATIC_EVENTS and _between_states(actors):
        contexts = (DIPLOMATIC,)
    return Plover(reading.event, mode, contexts)


def _between_states(actors: Sequence[ActorRef]) -> bool:
    """Whether an event's two actors are states (a country, its government) or international
    bodies, not of one country: what they say and do to each other is diplomacy."""
    if len(actors) != 2:
        return False
    countries = []
    for ref in actors:
        m = ref.mention
        if m.code.startswith("IGO"):
            countries.append(m.code)
        elif m.known and m.country and m.code.startswith(m.country) and (
                not m.sectors or m.sectors[0] == "GOV"):
            countries.append(m.country)
        else:
            return False
    return countries[0] != countries[1]
