"""Evaluations for people (plain-text tables, a count beside every ratio) and for machines (JSON).

:func:`text_report` renders one :class:`~eventwire.evaluate.run.Evaluation`; :func:`json_report`
gathers several into one JSON-ready dict; :func:`headline_rows` gives one summary row a gold file.
Nothing here prints: callers write the strings where they like.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import metadata

from eventwire.evaluate.gold import PENTA_NAMES, QUAD_NAMES
from eventwire.evaluate.metrics import (LEVEL_NAMES, PLOVER_DETAIL_ROWS, STRICTEST_FIRST,
                                        ClassScores, Counts, ErrorCase)
from eventwire.evaluate.run import Evaluation
from eventwire.events.ontology import Ontology

SPAN_NAMES = {"source": "source (S tokens)", "target": "target (T tokens)",
              "actor": "any actor (S, T, R tokens)"}


def percent(numerator: int, denominator: int) -> str:
    """``51.2% (105/205)``, or ``- (0/0)`` when the denominator is 0."""
    if not denominator:
        return f"- ({numerator}/{denominator})"
    return f"{100 * numerator / denominator:.1f}% ({numerator}/{denominator})"


def plural(count: int, noun: str) -> str:
    """``1 sentence``, ``2 sentences``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def score(value: float | None) -> str:
    """A ratio as a percentage with one decimal, ``-`` when undefined."""
    return "-" if value is None else f"{100 * value:.1f}%"


def table(header: Sequence[str], rows: Sequence[Sequence[str]], right_from: int = 1) -> str:
    """A plain-text table: columns padded to their widest cell, numbers right-aligned."""
    cells = [list(map(str, header)), *[list(map(str, row)) for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: list[str]) -> str:
        return "  ".join(cell.rjust(w) if i >= right_from else cell.ljust(w)
                         for i, (cell, w) in enumerate(zip(row, widths))).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *map(line, cells[1:])])


def _prf_row(label: str, counts: Counts) -> list[str]:
    return [label, str(counts.tp + counts.fn), str(counts.tp + counts.fp), str(counts.tp),
            percent(counts.tp, counts.tp + counts.fp), percent(counts.tp, counts.tp + counts.fn),
            score(counts.f1)]


_PRF_HEADER = ("", "gold", "produced", "matched", "precision", "recall", "F1")


def events_table(evaluation: Evaluation) -> str:
    """Event precision, recall and F1 at each level, with the units scored at it."""
    rows = []
    for level, counts in evaluation.events.items():
        row = _prf_row(LEVEL_NAMES[level], counts)
        rows.append([row[0], str(evaluation.units_scored.get(level, 0)), *row[1:]])
    header = ("events", "scored", *_PRF_HEADER[1:])
    return table(header, rows)


def presence_table(evaluation: Evaluation) -> str:
    """Per role, the share of units whose gold actor is among the produced actors."""
    rows = [[f"gold {role} among produced {role}s", str(c.tp + c.fn),
             percent(c.tp, c.tp + c.fn)] for role, c in evaluation.presence.items()]
    return table(("actors", "units", "found"), rows)


def plover_table(evaluation: Evaluation) -> str:
    """How the PLOVER mode and contexts of the events matched at the PLOVER level agree with
    the gold's (see :func:`~eventwire.evaluate.metrics.plover_details`)."""
    rows = [_prf_row(PLOVER_DETAIL_ROWS[row], counts) for row, counts in evaluation.plover.items()]
    return table(("PLOVER, on events matched at dyad + PLOVER event", *_PRF_HEADER[1:]), rows)


def roots_table(evaluation: Evaluation) -> str:
    """Event scores per CAMEO root (dyad + root level)."""
    ontology = Ontology.load()
    rows = []
    for root, counts in evaluation.roots.items():
        name = ontology.cameo(root).name.capitalize() if ontology.is_code(root) else ""
        rows.append(_prf_row(f"{root} {name[:34]}", counts))
    return table(("per CAMEO root", *_PRF_HEADER[1:]), rows)


def class_table(title: str, scores: ClassScores, names: dict[int, str]) -> str:
    """Accuracy, macro-F1, per-class P/R/F1 and the confusion matrix of one class scheme."""
    head = (f"{title}: accuracy {percent(scores.correct, scores.total)}; "
            f"no event produced for {percent(scores.missed, scores.total)}; "
            f"accuracy where an event was produced "
            f"{percent(scores.correct, scores.total - scores.missed)}; "
            f"macro-F1 {score(scores.macro_f1)}")
    rows = [_prf_row(f"{c} {names.get(c, '')}", scores.per_class[c]) for c in scores.labels]
    per_class = table(("class", *_PRF_HEADER[1:]), rows)
    columns = [*scores.labels, None]
    confusion = table(("gold \\ produced", *("none" if c is None else str(c) for c in columns),
                       "total"),
                      [[f"{g} {names.get(g, '')}", *(str(row.get(c, 0)) for c in columns),
                        str(sum(row.values()))] for g, row in scores.confusion.items()])
    return "\n\n".join([head, per_class, confusion])


def spans_table(evaluation: Evaluation) -> str:
    """Token-level precision, recall and F1 of produced actor spans against gold spans."""
    rows = [_prf_row(SPAN_NAMES[row], counts) for row, counts in evaluation.spans.items()]
    return table(("actor spans (tokens)", *_PRF_HEADER[1:]), rows)


def errors_text(cases: Sequence[ErrorCase]) -> str:
    """The listed error cases, numbered, each with sentence, expected, produced and rules."""
    blocks = []
    for number, case in enumerate(cases, start=1):
        lines = [f"{number}. {case.where}  [{case.kind}; {case.errors} "
                 f"error{'s' if case.errors != 1 else ''}]",
                 f"   sentence: {case.sentence}"]
        lines += [f"   expected: {item}" for item in case.expected or ("no event",)]
        lines += [f"   produced: {item}" for item in case.produced or ("no event",)]
        lines.append(f"   rules:    {', '.join(case.rules) if case.rules else 'no rule fired'}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def failures_text(evaluation: Evaluation, unit: str, shown: int) -> str:
    """The gold units the coder raised an exception on (a bug to fix), the first ``shown``."""
    failures = evaluation.failures
    lines = [f"THE CODER FAILED on {plural(len(failures), unit)}, scored as producing no event"
             f"{f'; the first {shown}' if len(failures) > shown else ''}:"]
    for case in failures[:shown]:
        lines += [f"  {case.where}: {case.produced[0].removeprefix('the coder failed: ')}",
                  f"    {case.sentence}"]
    return "\n".join(lines)


def text_report(evaluation: Evaluation, errors: int = 10) -> str:
    """Every table the evaluation has, then its ``errors`` worst cases, as plain text."""
    unit = "article" if evaluation.kind == "native" else "sentence"
    parts = [f"{evaluation.name} ({evaluation.kind}): {plural(evaluation.sentences, unit)}, "
             f"{plural(evaluation.produced, 'event')} produced, {evaluation.seconds:.1f} s"]
    if evaluation.failures:
        parts.append(failures_text(evaluation, unit, max(errors, 3)))
    if evaluation.events:
        parts.append(events_table(evaluation))
    if evaluation.plover:
        parts.append(plover_table(evaluation))
    if evaluation.presence:
        parts.append(presence_table(evaluation))
    if evaluation.roots:
        parts.append(roots_table(evaluation))
    if evaluation.penta:
        parts.append(class_table("penta class", evaluation.penta, PENTA_NAMES))
    if evaluation.quad:
        parts.append(class_table("quad class", evaluation.quad, QUAD_NAMES))
    if evaluation.spans:
        parts.append(spans_table(evaluation))
    shown = [case for case in evaluation.errors[:errors]]
    if shown:
        parts.append(f"worst {len(shown)} of {len(evaluation.errors)} sentences with errors\n\n"
                     + errors_text(shown))
    return "\n\n".join(parts) + "\n"


def json_report(evaluations: Sequence[Evaluation], errors: int = 10) -> dict:
    """Every evaluation as one JSON-ready dict, each with its ``errors`` worst cases."""
    try:
        version = metadata.version("eventwire")
    except metadata.PackageNotFoundError:
        version = None
    return {"tool": "eventwire", "version": version,
            "gold": [e.to_dict(errors=errors) for e in evaluations]}


def headline_rows(evaluations: Sequence[Evaluation]) -> tuple[tuple[str, ...], list[list[str]]]:
    """A summary table: one row a gold file with its main scores (counts beside ratios).

    Event scores are given at the dyad level and at the strictest level the gold supports
    (the full CAMEO code, else the PLOVER event, the root or the quad class).
    """
    header = ("gold", "units", "event F1, dyad", "strictest level", "event P", "event R",
              "event F1", "source found", "target found", "penta accuracy", "penta macro-F1",
              "no event", "actor-token F1")
    rows = []
    for e in evaluations:
        dyad = e.events.get("dyad")
        level = next((lv for lv in STRICTEST_FIRST if lv in e.events and lv != "dyad"), None)
        strict = e.events[level] if level else None
        rows.append([
            e.name, str(e.sentences),
            score(dyad.f1) if dyad else "",
            LEVEL_NAMES[level] if level else "",
            percent(strict.tp, strict.tp + strict.fp) if strict else "",
            percent(strict.tp, strict.tp + strict.fn) if strict else "",
            score(strict.f1) if strict else "",
            *(percent(e.presence[role].tp, e.presence[role].tp + e.presence[role].fn)
              if role in e.presence else "" for role in ("source", "target")),
            percent(e.penta.correct, e.penta.total) if e.penta else "",
            score(e.penta.macro_f1) if e.penta else "",
            percent(e.penta.missed, e.penta.total) if e.penta else "",
            score(e.spans["actor"].f1) if e.spans else "",
        ])
    return header, rows
