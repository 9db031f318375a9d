"""Running the coder over gold and scoring what it produces: one :class:`Evaluation` a gold file.

Each gold unit becomes one :class:`~eventwire.model.Article` (its text, its gold date or the
default date), coded in batches through :meth:`Coder.code_articles`. The metrics that the gold
supports are then computed (see :mod:`eventwire.evaluate.metrics`):

- event P/R/F1 at each level, and per CAMEO root, for gold that codes events;
- for PLOVER gold with modes and contexts, how the PLOVER mode and contexts of the events
  matched at the PLOVER level agree with the gold's;
- penta and quad class accuracy, macro-F1 and confusion, for gold that gives a sentence class
  (the prediction is the class of the most confident event produced; none produced is a miss);
- token P/R/F1 of actor spans, for actor-span gold;
- every sentence with errors, worst first.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from eventwire.errors import CodingError
from eventwire.evaluate.gold import PENTA_NAMES, GoldEvent, GoldSentence
from eventwire.evaluate.metrics import (ClassScores, Counts, ErrorCase, UnitScore, actor_presence,
                                        class_scores, per_root, plover_details, predicted_class,
                                        score_unit, span_counts, sum_levels, sum_rows)
from eventwire.model import Article, Event

if TYPE_CHECKING:  # only for the annotations: importing the coder loads spaCy
    from eventwire.coder import Coder

_SHOWN = 300  # characters of a sentence shown in an error listing



@dataclass(frozen=True)
class Evaluation:
    """The scores of the coder on one gold file, with the counts behind every ratio."""

    name: str
    kind: str
    sentences: int
    produced: int
    seconds: float
    events: dict[str, Counts] = field(default_factory=dict)
    units_scored: dict[str, int] = field(default_factory=dict)
    roots: dict[str, Counts] = field(default_factory=dict)
    penta: ClassScores | None = None
    quad: ClassScores | None = None
    spans: dict[str, Counts] = field(default_factory=dict)
    presence: dict[str, Counts] = field(default_factory=dict)
    plover: dict[str, Counts] = field(default_factory=dict)
    errors: tuple[ErrorCase, ...] = ()
    failures: tuple[ErrorCase, ...] = ()

    def to_dict(self, errors: int | None = None) -> dict:
        """The whole evaluation as a JSON-ready dict, with the ``errors`` worst cases (all when
        None)."""
        return {
            "name": self.name, "kind": self.kind, "sentences": self.sentences,
            "produced_events": self.produced, "seconds": round(self.seconds, 2),
            "events": {level: c.to_dict() for level, c in self.events.items()},
            "units_scored": dict(self.units_scored),
            "per_root": {root: c.to_dict() for root, c in self.roots.items()},
            "penta_class": self.penta.to_dict() if self.penta else None,
            "quad_class": self.quad.to_dict() if self.quad else None,
            "spans": {row: c.to_dict() for row, c in self.spans.items()},
            "actor_presence": {role: c.to_dict() for role, c in self.presence.items()},
            "plover_mode_context": {row: c.to_dict() for row, c in self.plover.items()},
            "errors": [case.to_dict() for case in self.errors[:errors]],
            "coder_failures": [case.to_dict() for case in self.failures],
        }


def evaluate(sentences: Iterable[GoldSentence], coder: Coder, *, name: str = "gold",
             kind: str = "", default_date: str | None = None, limit: int | None = None,
             progress: Callable[[int], None] | None = None) -> Evaluation:
    """Code every gold unit with ``coder`` (a :class:`~eventwire.coder.Coder`) and score it.

    ``limit`` keeps only the first units; ``progress`` is called with the number of units done.
    """
    started = time.perf_counter()
    units = list(islice(sentences, limit) if limit is not None else sentences)
    articles = [Article(id=f"{n}:{unit.id}", text=unit.text, date=unit.date or default_date)
                for n, unit in enumerate(units)]
    tally = _Tally()
    for done, (unit, produced) in enumerate(zip(units, _code(coder, articles)), 1):
        if isinstance(produced, Exception):
            tally.failed(unit, produced)
            produced = []
        tally.add(unit, produced)
        if progress is not None:
            progress(done)
    return tally.result(name, kind, len(units), time.perf_counter() - started)


def _code(coder: Coder, articles: list[Article]) -> Iterator[list[Event] | Exception]:
    """The events of each article, in order, or the failure the coder reported on it.

    Run the coder with ``on_error="skip"`` so that a coder bug on one sentence shows up as that
    sentence's failure, not as a lost evaluation; with ``"stop"`` the bug stops the run.
    """
    before = len(coder.failures)
    for article, events in coder.code_articles(articles):
        failed = [what for which, what in coder.failures[before:] if which == article.id]
        yield CodingError(f"article {article.id}: {failed[0]}") if failed else events


@dataclass
class _Tally:
    """What the scoring has seen so far."""

    unit_scores: list[UnitScore] = field(default_factory=list)
    root_units: list[tuple[Sequence[GoldEvent], Sequence[Event], Sequence[tuple[int, int]]]] = \
        field(default_factory=list)
    classes: dict[str, tuple[list[int], list[int | None]]] = field(
        default_factory=lambda: {"penta": ([], []), "quad": ([], [])})
    span_rows: list[dict[str, Counts]] = field(default_factory=list)
    presence_rows: list[dict[str, Counts]] = field(default_factory=list)
    plover_rows: list[dict[str, Counts]] = field(default_factory=list)
    errors: list[ErrorCase] = field(default_factory=list)
    failures: list[ErrorCase] = field(default_factory=list)
    produced: int = 0

    def failed(self, unit: GoldSentence, error: Exception) -> None:
        """Record that the coder raised ``error`` on ``unit`` (which is then scored as empty)."""
        self.failures.append(ErrorCase(
            where=unit.where, sentence=_shown(unit.text), expected=(),
            produced=(f"the coder failed: {type(error).__name__}: {error}",), rules=(),
            errors=1, kind="coder failure"))

    def add(self, unit: GoldSentence, produced: list[Event]) -> None:
        self.produced += len(produced)
        if unit.events is not None:
            score = score_unit(unit.events, produced)
            self.unit_scores.append(score)
            if "root" in score.pairs:
                self.root_units.append((unit.events, produced, score.pairs["root"]))
            self.errors.extend(event_errors(unit, produced, score))
            self.presence_rows.append(actor_presence(unit.events, produced))
            if "plover" in score.pairs and any(g.mode is not None or g.context is not None
                                               for g in unit.events):
                self.plover_rows.append(plover_details(unit.events, produced,
                                                       score.pairs["plover"]))
        for scheme, gold in (("penta", unit.penta_class), ("quad", unit.quad_class)):
            if gold is not None:
                self.classes[scheme][0].append(gold)
                self.classes[scheme][1].append(predicted_class(produced, scheme))
        if unit.events is None and unit.penta_class is not None:
            guess = predicted_class(produced, "penta")
            if guess != unit.penta_class:
                self.errors.append(class_error(unit, produced, guess))
        if unit.spans is not None:
            counts = span_counts(unit, produced)
            self.span_rows.append(counts)
            wrong = counts["actor"].fp + counts["actor"].fn
            if wrong:
                self.errors.append(span_error(unit, produced, wrong))

    def result(self, name: str, kind: str, sentences: int, seconds: float) -> Evaluation:
        units_scored: dict[str, int] = {}
        for score in self.unit_scores:
            for level in score.counts:
                units_scored[level] = units_scored.get(level, 0) + 1
        events = sum_levels(self.unit_scores)
        ranked = sorted(self.errors, key=lambda c: -c.errors)
        return Evaluation(
            name=name, kind=kind, sentences=sentences, produced=self.produced, seconds=seconds,
            events=events, units_scored={lv: units_scored[lv] for lv in events},
            roots=per_root(self.root_units) if "root" in events else {},
            penta=class_scores(*self.classes["penta"]) if self.classes["penta"][0] else None,
            quad=class_scores(*self.classes["quad"]) if self.classes["quad"][0] else None,
            spans=sum_rows(self.span_rows) if self.span_rows else {},
            presence=sum_rows(self.presence_rows) if self.presence_rows else {},
            plover=sum_rows(self.plover_rows) if self.plover_rows else {},
            errors=tuple(ranked), failures=tuple(self.failures))


def describe(event: Event) -> str:
    """One produced event in a line: ``USAGOV -> RUS 1212 REJECT [rule collaborate.neg]``."""
    target = event.target.code if event.target else "-"
    plover = f" {event.plover.event}" if event.plover.event else ""
    return (f"{event.source.code} -> {target} {event.cameo.code}{plover} "
            f"[{event.evidence.rule}] \"{event.source.text}\" / "
            f"\"{event.target.text if event.target else ''}\"")


def _rules(produced: Iterable[Event]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e.evidence.rule for e in produced))


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN else text[:_SHOWN - 3] + "..."


def event_errors(unit: GoldSentence, produced: Sequence[Event],
                 score: UnitScore) -> list[ErrorCase]:
    """The error cases of one unit at its strictest level: one a sentence of the unit.

    A sentence-sized unit is one case. In an article whose gold events are tied to sentences,
    each sentence with a missed or spurious event is a case of its own.
    """
    level = score.strictest()
    pairs = score.pairs[level]
    missed = {i for i in range(len(unit.events)) if i not in {g for g, _ in pairs}}
    spurious = {j for j in range(len(produced)) if j not in {p for _, p in pairs}}
    if not missed and not spurious:
        return []
    if all(g.anchor is None for g in unit.events):
        buckets = {(0, len(unit.text)): (list(range(len(unit.events))), list(range(len(produced))))}
    else:
        buckets = _sentence_buckets(unit, produced)
    cases = []
    for (start, end), (gold_ids, produced_ids) in sorted(buckets.items()):
        wrong = len(missed & set(gold_ids)) + len(spurious & set(produced_ids))
        if not wrong:
            continue
        here = [produced[j] for j in produced_ids]
        cases.append(ErrorCase(
            where=unit.where, sentence=_shown(unit.text[start:end]),
            expected=tuple(f"{unit.events[i]}" + ("" if i in missed else "  (found)")
                           for i in gold_ids),
            produced=tuple(describe(p) + ("  (spurious)" if j in spurious else "")
                           for j, p in zip(produced_ids, here)),
            rules=_rules(here), errors=wrong, kind=f"events ({level})"))
    return cases


def _sentence_buckets(unit: GoldSentence, produced: Sequence[Event]
                      ) -> dict[tuple[int, int], tuple[list[int], list[int]]]:
    """Gold and produced event indices grouped by the sentence they are in."""
    buckets: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
    for j, event in enumerate(produced):
        buckets.setdefault((event.sentence_start, event.sentence_end), ([], []))[1].append(j)
    for i, gold in enumerate(unit.events):
        if gold.anchor is None:
            key = (0, len(unit.text))
        else:
            key = next((k for k in buckets if k[0] <= gold.anchor < k[1]), None) \
                or (gold.anchor, _sentence_end(unit.text, gold.anchor))
        buckets.setdefault(key, ([], []))[0].append(i)
    return buckets


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence starting at ``start`` ends, roughly: for showing it, not scoring."""
    ends = [i + 1 for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    return min(ends) if ends else len(text)


def class_error(unit: GoldSentence, produced: Sequence[Event], guess: int | None) -> ErrorCase:
    """The error case of a class-gold sentence whose predicted penta class is wrong."""
    return ErrorCase(
        where=unit.where, sentence=_shown(unit.text),
        expected=(f"penta {unit.penta_class}: {PENTA_NAMES[unit.penta_class]}",),
        produced=tuple(describe(p) for p in produced) or ("no event",),
        rules=_rules(produced), errors=1,
        kind="class" if guess is not None else "class (no event)")


def span_error(unit: GoldSentence, produced: Sequence[Event], wrong: int) -> ErrorCase:
    """The error case of an actor-span sentence with ``wrong`` mislabelled tokens."""
    return ErrorCase(
        where=unit.where, sentence=_shown(unit.text),
        expected=tuple(f"{s.role}: {unit.text[s.start:s.end]}" for s in unit.spans or ()),
        produced=tuple(describe(p) for p in produced) or ("no event",),
        rules=_rules(produced), errors=wrong, kind="spans")
