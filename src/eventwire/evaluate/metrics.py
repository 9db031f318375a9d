"""Scoring produced events against gold: pure functions, no coder, no I/O.

Events are matched one to one within a gold unit (maximum bipartite matching), at five levels
of strictness::

    dyad     source and target agree
    quad     ... and the quad class              (gold needs a CAMEO code or a PLOVER event)
    root     ... and the CAMEO root (2 digits)   (gold needs a CAMEO code)
    code     ... and the full CAMEO code         (gold needs a CAMEO code)
    plover   ... and the PLOVER event            (gold needs a PLOVER event)

Actors agree on their first three letters (the country, or IGO/IMG/NGO/MNC), so ``USAGOV``
matches ``USA``, or on the country an organisation is rooted in (``IMGMUSHAM`` in PSE matches
``PSE``); an actor the gold leaves out matches anything. Consultations (CAMEO root 04,
PLOVER CONSULT) and reciprocal gold events also match with source and target swapped, and once
matched, the event coded in the other direction too is neither a match nor a false positive. A gold
event tied to a sentence (``anchor``) only matches events produced in that sentence.

Every ratio comes with its counts (:class:`Counts`); a ratio with a zero denominator is None.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventwire.evaluate.gold import GoldActor, GoldEvent, GoldSentence
from eventwire.model import Actor, Event

LEVELS = ("dyad", "quad", "root", "code", "plover")
LEVEL_NAMES = {"dyad": "dyad", "quad": "dyad + quad class", "root": "dyad + CAMEO root",
               "code": "dyad + full CAMEO code", "plover": "dyad + PLOVER event"}
#: From the strictest level to the most lenient: the level errors are listed at.
STRICTEST_FIRST = ("code", "plover", "root", "quad", "dyad")
SPAN_ROWS = ("source", "target", "actor")


def ratio(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator``, or None when the denominator is 0."""
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp); None when nothing was produced."""
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn); None when the gold has nothing."""
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """The harmonic mean of precision and recall: 2tp / (2tp + fp + fn); None if all are 0."""
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict:
        """The counts and ratios as a JSON-ready dict."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


def actor_keys(actor: Actor) -> set[str]:
    """What a produced actor may be matched on: its code's first three letters, and the country
    an organisation is rooted in (gold sets code Hamas as PSE, eventwire as IMGMUSHAM in PSE)."""
    keys = {actor.code[:3].upper()}
    if actor.country:
        keys.add(actor.country.upper())
    return keys


def actor_matches(gold: GoldActor | None, produced: Actor | None) -> bool:
    """Whether a produced actor is the gold one: same first three letters (or the country of an
    organisation), or no gold actor."""
    if gold is None:
        return True
    return produced is not None and gold.key in actor_keys(produced)


def actor_presence(gold: Sequence[GoldEvent], produced: Sequence[Event]) -> dict[str, Counts]:
    """Per role, whether a gold actor of the unit is among the produced actors of that role
    ("is the gold source country among the produced sources?"): a found unit counts as tp, a
    missed one as fn; a unit whose gold names no actor in that role is not counted."""
    counts = {}
    for role in ("source", "target"):
        wanted = {getattr(g, role).key for g in gold if getattr(g, role) is not None}
        if not wanted:
            continue
        got = {key for e in produced if getattr(e, role) is not None for key in actor_keys(getattr(e, role))}
        counts[role] = Counts(tp=1, fp=0, fn=0) if wanted & got else Counts(tp=0, fp=0, fn=1)
    return counts


def applies(gold: GoldEvent, level: str) -> bool:
    """Whether the gold event says enough to be judged at ``level``."""
    if level == "quad":
        return gold.quad_class is not None
    if level in ("root", "code"):
        return gold.code is not None
    if level == "plover":
        return gold.plover is not None
    return True


def event_matches(gold: GoldEvent, produced: Event, level: str) -> bool:
    """Whether ``produced`` is ``gold`` at ``level`` (which the gold event must apply to)."""
    if gold.anchor is not None \
            and not produced.sentence_start <= gold.anchor < produced.sentence_end:
        return False
    if level == "quad" and gold.quad_class != produced.cameo.quad_class:
        return False
    if level == "root" and gold.root != produced.cameo.root:
        return False
    if level == "code" and gold.code != produced.cameo.code:
        return False
    if level == "plover" and gold.plover != produced.plover.event:
        return False
    if actor_matches(gold.source, produced.source) and actor_matches(gold.target, produced.target):
        return True
    return gold.either_direction and actor_matches(gold.source, produced.target) \
        and actor_matches(gold.target, produced.source)


def match_events(gold: Sequence[GoldEvent], produced: Sequence[Event],
                 level: str) -> list[tuple[int, int]]:
    """A largest one-to-one matching of gold to produced events at ``level``.

    Returns (gold index, produced index) pairs sorted by gold index. Ties go to the earlier
    produced event, so the result is deterministic.
    """
    options = [[j for j, p in enumerate(produced) if event_matches(g, p, level)] for g in gold]
    owner: dict[int, int] = {}  # produced index -> gold index

    def claim(i: int, seen: set[int]) -> bool:
        # Kuhn's augmenting path: take a free event, or move its owner to another one.
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or claim(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        claim(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass(frozen=True)
class UnitScore:
    """How one gold unit's events fared: counts and matched pairs at each level it applies to."""

    counts: dict[str, Counts]
    pairs: dict[str, tuple[tuple[int, int], ...]]

    def strictest(self) -> str:
        """The strictest level this unit is scored at (errors are listed at it)."""
        return next(level for level in STRICTEST_FIRST if level in self.counts)


def score_unit(gold: Sequence[GoldEvent], produced: Sequence[Event]) -> UnitScore:
    """Score one unit's produced events against its gold events at every level that applies.

    A level applies when every gold event can be judged at it (always, for a unit the gold says
    has no events: everything produced there is a false positive).
    """
    counts: dict[str, Counts] = {}
    pairs: dict[str, tuple[tuple[int, int], ...]] = {}
    for level in LEVELS:
        if not all(applies(g, level) for g in gold):
            continue
        matched = match_events(gold, produced, level)
        used = {j for _, j in matched}
        # "A and B agreed" coded A->B and B->A: the second direction of a matched reciprocal
        # gold event (or consultation) is the same event, not a false positive
        mirrors = sum(1 for j, p in enumerate(produced) if j not in used and any(
            gold[i].either_direction and event_matches(gold[i], p, level) for i, _ in matched))
        counts[level] = Counts(tp=len(matched), fp=len(produced) - len(matched) - mirrors,
                               fn=len(gold) - len(matched))
        pairs[level] = tuple(matched)
    return UnitScore(counts, pairs)


def sum_levels(scores: Iterable[UnitScore]) -> dict[str, Counts]:
    """Counts per level over many units; levels no gold event was judged at are left out.

    The dyad level is always kept.
    """
    total: dict[str, Counts] = {}
    for score in scores:
        for level, counts in score.counts.items():
            total[level] = total.get(level, Counts()) + counts
    return {level: total[level] for level in LEVELS
            if level in total and (level == "dyad" or total[level].tp + total[level].fn > 0)}


#: The rows of :func:`plover_details`, with what each counts.
PLOVER_DETAIL_ROWS = {
    "mode": "mode (an event: same mode)",
    "context_event": "context (an event: a gold context produced)",
    "context": "context (each context name)",
}


def plover_details(gold: Sequence[GoldEvent], produced: Sequence[Event],
                   pairs: Sequence[tuple[int, int]]) -> dict[str, Counts]:
    """How the PLOVER mode and contexts of matched events agree with the gold's.

    ``pairs`` are the (gold, produced) matches at the PLOVER level, so only events of the right
    category and dyad are judged, and only where the gold gives a mode or contexts:

    - ``mode``: an event whose mode is the gold's is a tp; otherwise a fn, and a fp too when a
      (wrong) mode was produced. Recall is the share of events whose mode agrees.
    - ``context_event``: an event that produced at least one gold context is a tp; otherwise a
      fn, and a fp too when it produced contexts. Recall is the per-event agreement.
    - ``context``: each context name, over the matched events: produced and in the gold (tp),
      produced only (fp), in the gold only (fn).
    """
    mode, event, names = Counts(), Counts(), Counts()
    for i, j in pairs:
        want, got = gold[i], produced[j].plover
        if want.mode is not None:
            right = got.mode == want.mode
            mode += Counts(tp=int(right), fp=int(bool(got.mode) and not right), fn=int(not right))
        if want.context is not None:
            wanted, made = set(want.context), set(got.context)
            found = bool(wanted & made)
            event += Counts(tp=int(found), fp=int(bool(made) and not found), fn=int(not found))
            names += Counts(tp=len(wanted & made), fp=len(made - wanted), fn=len(wanted - made))
    return {"mode": mode, "context_event": event, "context": names}


def per_root(units: Iterable[tuple[Sequence[GoldEvent], Sequence[Event], Sequence[tuple[int, int]]]]
             ) -> dict[str, Counts]:
    """Counts per CAMEO root from root-level matchings: (gold, produced, matched pairs) a unit.

    A matched pair counts for its (shared) root; an unmatched gold event is a false negative of
    its root, an unmatched produced event a false positive of its own.
    """
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, produced, pairs in units:
        matched_gold = {i for i, _ in pairs}
        matched_produced = {j for _, j in pairs}
        for i, _ in pairs:
            tp[gold[i].root] += 1
        for i, g in enumerate(gold):
            if i not in matched_gold:
                fn[g.root] += 1
        for j, p in enumerate(produced):
            if j not in matched_produced:
                fp[p.cameo.root] += 1
    roots = sorted(set(tp) | set(fp) | set(fn))
    return {root: Counts(tp[root], fp[root], fn[root]) for root in roots}


def predicted_class(events: Sequence[Event], scheme: str = "penta") -> int | None:
    """A unit's predicted class: that of its most confident event (the first, on ties).

    ``scheme`` is ``"penta"`` or ``"quad"``; None when no event was produced.
    """
    if not events:
        return None
    best = max(events, key=lambda e: e.confidence)  # max keeps the first of equals
    return best.cameo.penta_class if scheme == "penta" else best.cameo.quad_class


@dataclass(frozen=True)
class ClassScores:
    """Sentence-class scores: accuracy, per-class P/R/F1, macro-F1 and the confusion matrix.

    ``confusion[gold][predicted]`` counts units; ``predicted`` None means no event (a miss).
    Misses count as wrong answers in ``accuracy``.
    """

    labels: tuple[int, ...]
    total: int
    correct: int
    missed: int
    per_class: dict[int, Counts]
    confusion: dict[int, dict[int | None, int]]

    @property
    def accuracy(self) -> float | None:
        """correct / total (misses are wrong)."""
        return ratio(self.correct, self.total)

    @property
    def answered_accuracy(self) -> float | None:
        """correct / units with an event produced."""
        return ratio(self.correct, self.total - self.missed)

    @property
    def macro_f1(self) -> float | None:
        """The unweighted mean of the per-class F1 (an undefined F1 counts as 0)."""
        if not self.labels:
            return None
        return sum(self.per_class[c].f1 or 0.0 for c in self.labels) / len(self.labels)

    def to_dict(self) -> dict:
        """The scores as a JSON-ready dict (confusion keys are strings; ``none`` = no event)."""
        return {"total": self.total, "correct": self.correct, "missed": self.missed,
                "accuracy": self.accuracy, "answered_accuracy": self.answered_accuracy,
                "macro_f1": self.macro_f1,
                "per_class": {str(c): self.per_class[c].to_dict() for c in self.labels},
                "confusion": {str(g): {("none" if p is None else str(p)): n
                                       for p, n in row.items()}
                              for g, row in self.confusion.items()}}


def class_scores(gold: Sequence[int], predicted: Sequence[int | None]) -> ClassScores:
    """Score predicted classes (None = no event) against gold classes, unit by unit.

    The labels are every class seen in either; each row of the confusion matrix lists every
    label and None.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold classes but {len(predicted)} predictions")
    labels = tuple(sorted(set(gold) | {p for p in predicted if p is not None}))
    per_class = {}
    for c in labels:
        per_class[c] = Counts(
            tp=sum(1 for g, p in zip(gold, predicted) if g == c and p == c),
            fp=sum(1 for g, p in zip(gold, predicted) if g != c and p == c),
            fn=sum(1 for g, p in zip(gold, predicted) if g == c and p != c))
    confusion: dict[int, dict[int | None, int]] = {
        g: {p: 0 for p in (*labels, None)} for g in sorted(set(gold))}
    for g, p in zip(gold, predicted):
        confusion[g][p] += 1
    return ClassScores(labels=labels, total=len(gold),
                       correct=sum(1 for g, p in zip(gold, predicted) if g == p),
                       missed=sum(1 for p in predicted if p is None),
                       per_class=per_class, confusion=confusion)


def _tokens_over(tokens: Sequence[tuple[int, int]], spans: Iterable[tuple[int, int]]) -> set[int]:
    """Indices of the tokens that overlap any of ``spans`` (character ``[start, end)``)."""
    spans = list(spans)
    return {i for i, (a, b) in enumerate(tokens) if any(a < e and s < b for s, e in spans)}


def span_counts(sentence: GoldSentence, produced: Sequence[Event]) -> dict[str, Counts]:
    """Token-level counts of produced actor spans against the gold S/T/R spans of a sentence.

    ``source``: gold S tokens against produced source tokens; ``target``: T against target
    (tokens of reciprocal R spans are left out of both); ``actor``: every gold actor token
    (S, T or R) against every produced source or target token. A token is produced when it
    overlaps a produced actor's characters.
    """
    spans = sentence.spans or ()
    tokens = sentence.tokens

    def gold(*roles: str) -> set[int]:
        return _tokens_over(tokens, ((s.start, s.end) for s in spans if s.role in roles))

    reciprocal = gold("R")
    source = _tokens_over(tokens, ((e.source.start, e.source.end) for e in produced))
    target = _tokens_over(tokens, ((e.target.start, e.target.end)
                                   for e in produced if e.target is not None))

    def counts(want: set[int], got: set[int]) -> Counts:
        return Counts(tp=len(want & got), fp=len(got - want), fn=len(want - got))

    return {"source": counts(gold("S") - reciprocal, source - reciprocal),
            "target": counts(gold("T") - reciprocal, target - reciprocal),
            "actor": counts(gold("S", "T", "R"), source | target)}


@dataclass(frozen=True)
class ErrorCase:
    """One sentence the coder got wrong: what the gold expects, what was produced, and why.

    ``rules`` are the patterns that fired (empty when none did); ``errors`` is how wrong it is
    (missed plus spurious events, or wrong tokens), for ranking.
    """

    where: str
    sentence: str
    expected: tuple[str, ...]
    produced: tuple[str, ...]
    rules: tuple[str, ...]
    errors: int
    kind: str = "events"  # events, class or spans

    def to_dict(self) -> dict:
        """The case as a JSON-ready dict."""
        return {"where": self.where, "sentence": self.sentence, "kind": self.kind,
                "expected": list(self.expected), "produced": list(self.produced),
                "rules": list(self.rules) or ["no rule fired"], "errors": self.errors}


def worst_errors(cases: Iterable[ErrorCase], n: int) -> list[ErrorCase]:
    """The ``n`` cases with the most errors, in gold order among equals."""
    return sorted((c for c in cases if c.errors > 0), key=lambda c: -c.errors)[:max(n, 0)]


def sum_rows(rows: Iterable[dict[str, Counts]]) -> dict[str, Counts]:
    """Counts added up row by row (span rows, per-class rows...), keeping first-seen row order."""
    total: dict[str, Counts] = {}
    for counts in rows:
        for row, value in counts.items():
            total[row] = total.get(row, Counts()) + value
    return total
