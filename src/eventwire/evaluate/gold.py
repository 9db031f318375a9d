"""The gold-standard records every reader yields and every metric reads.

A :class:`GoldSentence` is one unit the coder is run on: usually one sentence, for native gold a
whole article whose events are anchored to their sentences. It says what a perfect coder would
find there, in as much detail as its dataset gives:

- ``events``: the expected :class:`GoldEvent` records; ``()`` when the gold says there are none,
  ``None`` when the dataset does not code events at all (class and actor-span datasets);
- ``penta_class`` / ``quad_class``: the sentence's event class, when the dataset gives one;
- ``spans``: the source/target/reciprocal actor spans (:class:`GoldSpan`), when it gives them.

An actor the gold leaves out (``None``) is not compared: gold files often leave out targets, and
codebook examples code no actors at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.events.ontology import penta_class as _penta_of
from eventwire.events.ontology import quad_class as _quad_of

#: Span roles of actor-span gold: source, target, reciprocal (both at once).
SPAN_ROLES = ("S", "T", "R")

#: The penta classes (ConfliBERT's cameo_class labels) and the quad classes, by number.
PENTA_NAMES = {0: "statement or appeal (01-02)", 1: "verbal cooperation (03-05)",
               2: "material cooperation (06-08)", 3: "verbal conflict (09-13)",
               4: "material conflict (14-20)"}
QUAD_NAMES = {1: "verbal cooperation (01-05)", 2: "material cooperation (06-08)",
              3: "verbal conflict (09-13)", 4: "material conflict (14-20)"}


@dataclass(frozen=True)
class GoldActor:
    """An expected actor: its CAMEO-style code and, when the gold gives them, the words naming it.

    Only the first three letters of ``code`` are compared (the country, or IGO/IMG/NGO/MNC):
    gold files disagree too much on roles to compare more.
    """

    code: str
    text: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """What is compared: the code's first three letters, upper case."""
        return self.code[:3].upper()

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True)
class GoldEvent:
    """One expected event: source, target and what happened (CAMEO code and/or PLOVER event).

    ``anchor`` is the character offset, in the sentence's text, of the sentence the event is in
    (native gold's ``sentence_starts_with``); None when the event may be anywhere in the text.
    ``reciprocal`` events (PLOVER's SRC/TAR actors) match in either direction, as consultations
    (CAMEO root 04, PLOVER CONSULT) always do. ``plover_quad`` is the quad class the PLOVER
    category implies, for gold that has no CAMEO code. ``mode`` and ``context`` are the PLOVER
    mode and contexts the gold gives, in current PLOVER names; None when it gives none.
    """

    source: GoldActor | None
    target: GoldActor | None
    code: str | None = None
    plover: str | None = None
    anchor: int | None = None
    reciprocal: bool = False
    plover_quad: int | None = None
    mode: str | None = None
    context: tuple[str, ...] | None = None

    @property
    def root(self) -> str | None:
        """The CAMEO root (first two digits), or None without a code."""
        return self.code[:2] if self.code else None

    @property
    def quad_class(self) -> int | None:
        """The quad class, from the CAMEO code or else from the PLOVER category; None if neither."""
        return _quad_of(self.code) if self.code else self.plover_quad

    @property
    def either_direction(self) -> bool:
        """Whether source and target may be swapped: reciprocal events and consultations."""
        return self.reciprocal or self.root == "04" or self.plover == "CONSULT"

    def __str__(self) -> str:
        what = self.code or "?"
        if self.plover:
            what = f"{what} {self.plover}" if self.code else self.plover
        arrow = "<->" if self.either_direction else "->"
        return f"{self.source or '*'} {arrow} {self.target or '*'} {what}"


@dataclass(frozen=True)
class GoldSpan:
    """An actor span of actor-span gold: role S, T or R and ``[start, end)`` character offsets."""

    role: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldSentence:
    """One unit of gold: the text to code and what a perfect coder finds in it.

    ``where`` is ``file:line`` of the record in its gold file, for error listings.
    ``tokens`` are the ``[start, end)`` offsets of the gold's own tokens, for token-level span
    scores; empty when the dataset is not tokenised.
    """

    id: str
    text: str
    date: str | None = None
    events: tuple[GoldEvent, ...] | None = None
    penta_class: int | None = None
    quad_class: int | None = None
    spans: tuple[GoldSpan, ...] | None = None
    tokens: tuple[tuple[int, int], ...] = ()
    where: str = ""


def penta_of(code: str) -> int:
    """The penta class of a CAMEO code (0 statements and appeals, 1-4 as quad)."""
    return _penta_of(code)


def quad_of_penta(penta: int) -> int:
    """The quad class a penta class falls in: penta 0 and 1 are both verbal cooperation."""
    return 1 if penta == 0 else penta


def classes_of(events: tuple[GoldEvent, ...]) -> tuple[int | None, int | None]:
    """The sentence-level (penta, quad) classes of gold events: defined when every event agrees.

    Penta needs CAMEO codes; quad can also come from PLOVER categories. (None, None) for no
    events or events of different classes.
    """
    pentas = {penta_of(e.code) if e.code else None for e in events}
    quads = {e.quad_class for e in events}
    penta = pentas.pop() if len(pentas) == 1 else None
    quad = quads.pop() if len(quads) == 1 else None
    return penta, quad
