"""The command line: ``eventwire code``, ``eventwire eval``, ``eventwire explain``, ``eventwire kb``
(lookup, stats, import-petrarch) and ``eventwire patterns check``.

Library code raises :class:`~eventwire.errors.EventwireError`; only this module prints and sets
the exit status: 0 all went well, 1 some input records were skipped, 2 the command could not run.
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from typing import Sequence

from .errors import EventwireError, InputError

EXIT_OK, EXIT_SKIPPED, EXIT_FAILED = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    from .export import FORMATS

    parser = argparse.ArgumentParser(prog="eventwire",
                                     description="Code news text into CAMEO/PLOVER political events.")
    sub = parser.add_subparsers(dest="command", required=True)

    code = sub.add_parser("code", help="code articles into events")
    code.add_argument("inputs", nargs="+", metavar="INPUT",
                      help=".txt, .jsonl/.json, .csv, .parquet, a folder, or - for standard input")
    code.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    code.add_argument("--format", default="jsonl", choices=FORMATS, help="output format (default: jsonl)")
    code.add_argument("--date", help="publication date (YYYY-MM-DD) for articles that have none")
    code.add_argument("--keep-negated", action="store_true",
                      help="also output events the text says did not happen (negated: true)")
    code.add_argument("--keep-hypothetical", action="store_true",
                      help="also output acts the text only supposes, hopes or asks about "
                           "(modality: hypothetical)")
    code.add_argument("--kb-extra", action="append", default=[], metavar="FILE",
                      help="your own knowledge-base file, named by its format like the files "
                           "of your knowledge-base folder (e.g. mine.people.yaml; see "
                           "'eventwire kb --help'); it takes precedence")
    code.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm if installed)")
    code.add_argument("--progress", action="store_true", help="show a progress bar on standard error")
    code.add_argument("--on-error", choices=("skip", "stop"), default="skip",
                      help="an article the coder fails on: report it and go on (skip, the "
                           "default; exit 1 at the end) or stop at once")

    from .evaluate.readers import KINDS

    evaluation = sub.add_parser("eval", help="score the coder on gold-standard data",
                                description="Code the sentences of gold files and print precision, "
                                            "recall and F1 tables (see docs/gold-format.md).")
    evaluation.add_argument("gold", nargs="+", metavar="GOLD",
                            help="gold files: PLOVER records, ConfliBERT cameo_class/cameo_ner, "
                                 "PETRARCH validation XML, CAMEO codebook, or native gold JSONL")
    evaluation.add_argument("--kind", choices=KINDS,
                            help="what kind of gold the files hold (default: guessed per file)")
    evaluation.add_argument("--json", action="store_true",
                            help="print one JSON object instead of tables")
    evaluation.add_argument("--errors", type=_count, default=10, metavar="N",
                            help="list the N worst sentences (default: 10)")
    evaluation.add_argument("--limit", type=_count, metavar="N",
                            help="score only the first N sentences of each file")
    evaluation.add_argument("--date", help="publication date (YYYY-MM-DD) for gold sentences "
                                           "that have none")
    evaluation.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm if "
                                            "installed)")
    evaluation.add_argument("--progress", action="store_true",
                            help="show a progress bar on standard error")

    kb = sub.add_parser(
        "kb", help="the actor knowledge base",
        description="The actor knowledge base: eventwire's files (the PETRARCH base set, then "
                    "the curated files of eventwire/data/actors/), then the files of your "
                    "folder, $EVENTWIRE_KB_DIR or ~/.config/eventwire/kb, then the files given "
                    "to 'eventwire code --kb-extra'; a later file wins for the same phrase. A "
                    "file's kind is told by the end of its name: countries.tsv, "
                    "organisations.tsv, agents.tsv, people.yaml, peoples.tsv (peoples without a "
                    "state) or places.tsv (regions and cities coded as their country), e.g. "
                    "mine.people.yaml; each bundled file's header gives its columns.")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    lookup = kb_sub.add_parser("lookup", help="what a name resolves to")
    lookup.add_argument("name")
    lookup.add_argument("--date", help="the story's date, YYYY-MM-DD (default: the latest role)")
    kb_sub.add_parser("stats", help="how many entries of each kind, per source")
    importer = kb_sub.add_parser(
        "import-petrarch", help="convert PETRARCH/TABARI/Phoenix dictionaries into your own "
                                "knowledge-base files",
        description="Convert PETRARCH/TABARI/Phoenix actor, agent and discard dictionaries into "
                    "eventwire's formats (people.yaml, organisations.tsv, agents.tsv, "
                    "countries.tsv). Files in your knowledge-base folder are loaded after "
                    "eventwire's own and take precedence.")
    importer.add_argument("files", nargs="+", metavar="FILE", help="dictionary files (.txt)")
    importer.add_argument("-o", "--output", metavar="DIR",
                          help="folder to write into (default: your knowledge-base folder, "
                               "$EVENTWIRE_KB_DIR or ~/.config/eventwire/kb)")

    patterns = sub.add_parser("patterns", help="the event pattern dictionary")
    p_sub = patterns.add_subparsers(dest="patterns_command", required=True)
    check = p_sub.add_parser("check", help="validate every pattern file, reporting all problems, "
                                           "and count the CAMEO codes and roots their examples show")
    check.add_argument("--dir", help="a pattern folder to check instead of the bundled one")

    explain = sub.add_parser("explain", help="show how a sentence is coded: the parse, the "
                                             "actors, every pattern tried, the events")
    explain.add_argument("text", help="the sentence (or short text) to explain")
    explain.add_argument("--date", help="publication date, YYYY-MM-DD")
    return parser


def _count(value: str) -> int:
    """An argparse type: a whole number, 0 or more."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return number


def reporter(what: str):
    """A list of input problems and the function that adds one and says so on standard error."""
    problems: list[InputError] = []

    def report(problem: InputError) -> None:
        problems.append(problem)
        print(f"eventwire: {what} {problem}", file=sys.stderr)

    return problems, report


def run_code(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .coder import Coder, Settings
    from .export import Writer
    from .sources import read_articles

    problems, report = reporter("skipped")

    coder = Coder(Settings(model=args.model, kb_extra=tuple(args.kb_extra),
                           keep_negated=args.keep_negated,
                           keep_hypothetical=args.keep_hypothetical, on_error=args.on_error))
    articles = read_articles(args.inputs, default_date=args.date, on_problem=report)
    with ExitStack() as stack:
        if args.format == "parquet":
            writer = Writer("parquet", path=args.output)
        elif args.output == "-":
            writer = Writer(args.format, sys.stdout)
        else:
            stream = stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
            writer = Writer(args.format, stream)
        bar = tqdm(unit=" articles", file=sys.stderr, disable=not args.progress)
        for article, events in coder.code_articles(articles):
            writer.write(article, events)
            bar.update(1)
        bar.close()
        writer.close()
    for article_id, failure in coder.failures:
        print(f"eventwire: article {article_id} not coded ({failure}); please report it",
              file=sys.stderr)
    if problems or coder.failures:
        print(f"eventwire: {len(problems)} input record(s) skipped, {len(coder.failures)} "
              f"article(s) the coder failed on", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def run_eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tqdm import tqdm

    from .coder import Coder, Settings
    from .evaluate.readers import guess_kind, read_gold
    from .evaluate.report import json_report, text_report
    from .evaluate.run import evaluate
    from .sources import normalise_date

    problems, report = reporter("gold problem:")

    date = None
    if args.date is not None:
        try:
            date = normalise_date(args.date)
        except ValueError as error:
            raise InputError("--date", str(error)) from None
    # Check every file and its kind before the model loads, so a typo fails at once.
    golds = []
    for name in args.gold:
        sentences = read_gold(name, args.kind, on_problem=report)  # raises for a missing file
        golds.append((name, args.kind or guess_kind(Path(name)), sentences))
    coder = Coder(Settings(model=args.model, on_error="skip"))
    evaluations = []
    for name, kind, sentences in golds:
        bar = tqdm(unit=" sentences", desc=Path(name).name, file=sys.stderr,
                   disable=not args.progress)
        result = evaluate(sentences, coder, name=name, kind=kind, default_date=date,
                          limit=args.limit, progress=lambda done: bar.update(1))
        bar.close()
        evaluations.append(result)
        if not args.json:
            print(text_report(result, errors=args.errors))
    if args.json:
        print(json.dumps(json_report(evaluations, errors=args.errors), indent=2,
                         ensure_ascii=False))
    failures = sum(len(e.failures) for e in evaluations)
    if failures:
        print(f"eventwire: the coder failed on {failures} gold sentence(s), scored as producing "
              f"no event; they are listed in the report", file=sys.stderr)
    if problems:
        print(f"eventwire: {len(problems)} gold record problem(s) reported above",
              file=sys.stderr)
    return EXIT_SKIPPED if problems or failures else EXIT_OK


def run_kb(args: argparse.Namespace) -> int:
    from .actors.kb import LAYERS, load_kb

    if args.kb_command == "import-petrarch":
        return run_import_petrarch(args)
    kb = load_kb()
    if args.kb_command == "stats":
        by_source = kb.source_stats or {"total": kb.stats()}
        columns = [c for c in (*LAYERS, "total") if c in by_source]
        names = {"petrarch": "petrarch base", "curated": "curated", "user": "user",
                 "total": "total"}
        print(f"{'kind':10}" + "".join(f"{names[c]:>15}" for c in columns))
        for kind in by_source[columns[-1]]:
            print(f"{kind:10}" + "".join(f"{by_source[c].get(kind, 0):>15}" for c in columns))
        print("(distinct entries; 'total' counts what the merged base can still reach, a phrase "
              "of a later source replacing the same phrase of an earlier one)")
        return EXIT_OK
    found = kb.lookup(args.name, args.date)
    if not found:
        print(f"{args.name!r} is not in the knowledge base", file=sys.stderr)
        return EXIT_SKIPPED
    for code in found:
        sectors = ",".join(code.sectors) or "-"
        print(f"{code.code or '-':12} {code.kind:8} country={code.country or '-':4} "
              f"sectors={sectors:8} {code.entity}")
    return EXIT_OK


def run_import_petrarch(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .actors.kb import user_kb_dir
    from .actors.petrarch_convert import import_dictionaries

    out = Path(args.output) if args.output else user_kb_dir()
    missing = [name for name in args.files if not Path(name).is_file()]
    if missing:
        raise InputError(missing[0], "no such file")
    result = import_dictionaries([Path(name) for name in args.files], out)
    for problem in result.problems:
        print(f"eventwire: cannot read {problem}", file=sys.stderr)
    for path in result.written:
        print(f"wrote {path}")
    print(", ".join(f"{count} {what}" for what, count in result.counts.items() if count))
    dropped = ", ".join(f"{count} {why}" for why, count in result.dropped.most_common() if count)
    if dropped:
        print(f"left out: {dropped}")
    if result.problems:
        print(f"eventwire: {len(result.problems)} line(s) could not be read (listed above)",
              file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def run_patterns(args: argparse.Namespace) -> int:
    from .events.patterns import load_patterns

    from pathlib import Path

    patterns = load_patterns(Path(args.dir)) if args.dir else load_patterns()
    examples = sum(len(p.examples) for p in patterns.patterns)
    imported = sum(1 for p in patterns.patterns if p.imported)
    print(f"{len(patterns.patterns)} patterns ({imported} imported from PETRARCH), "
          f"{len(patterns.families)} families, {examples} examples: no problems")
    shown = sorted({event["code"] for p in patterns.patterns for ex in p.examples for event in ex.events})
    roots = sorted({code[:2] for code in shown})
    print(f"{len(shown)} CAMEO codes shown by an example, in {len(roots)} of 20 roots "
          f"(missing roots: {', '.join(r for r in (f'{n:02d}' for n in range(1, 21)) if r not in roots) or 'none'})")
    return EXIT_OK


def run_explain(args: argparse.Namespace) -> int:
    from .coder import Coder
    from .events.explain import explain

    print(explain(Coder(), args.text, args.date), end="")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "code":
            return run_code(args)
        if args.command == "eval":
            return run_eval(args)
        if args.command == "kb":
            return run_kb(args)
        if args.command == "explain":
            return run_explain(args)
        return run_patterns(args)
    except EventwireError as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
