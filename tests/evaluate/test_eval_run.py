"""Evaluation end to end: real gold through the real coder, the reports, and `eventwire eval`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from spacy.language import Language

from conftest import shared
from test_eval_readers import PETRARCH_XML

from eventwire.coder import Coder, Settings
from eventwire.evaluate.readers import read_gold
from eventwire.evaluate.report import headline_rows, json_report, text_report
from eventwire.evaluate.run import evaluate

SEED_GOLD = ("seed", "ap-2017-02-16-mattis-russia.gold.json")


def eventwire(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], capture_output=True,
                          text=True, timeout=300)


def gold_of(path: Path, kind: str | None = None) -> list:
    problems: list = []
    sentences = list(read_gold(path, kind, on_problem=problems.append))
    assert problems == []
    return sentences


def test_seed_story(coder):
    article, = gold_of(shared(*SEED_GOLD))
    result = evaluate([article], coder, name="seed", kind="native")
    assert list(result.events) == ["dyad", "quad", "root", "code"]
    for counts in result.events.values():
        assert counts.tp + counts.fn == 13  # the gold's 13 events, at every level
        assert counts.tp + counts.fp == result.produced
    tps = [result.events[level].tp for level in ("code", "root", "quad", "dyad")]
    assert tps == sorted(tps) and tps[0] >= 1  # stricter levels match no more
    assert sum(c.tp + c.fn for c in result.roots.values()) == 13
    for case in result.errors:
        assert case.where.endswith(":1") and case.sentence in " ".join(article.text.split())
        assert case.errors >= 1 and (case.expected or case.produced)
    report = text_report(result, errors=3)
    code = result.events["code"]
    assert f"({code.tp}/{code.tp + code.fp})" in report and "dyad + full CAMEO code" in report
    assert "per CAMEO root" in report
    json.dumps(json_report([result]))


def test_petrarch_validation_file(coder, tmp_path: Path):
    gold = tmp_path / "validation.xml"
    gold.write_text(PETRARCH_XML, encoding="utf-8")
    result = evaluate(gold_of(gold), coder, name="petrarch", kind="petrarch")
    assert result.sentences == 4
    assert result.events["code"].tp + result.events["code"].fn == 3
    assert result.units_scored["code"] == 4  # the no-event sentence is scored too
    assert result.penta.total == 3  # the no-event sentence has no class
    assert sum(sum(row.values()) for row in result.penta.confusion.values()) == 3


def test_class_gold(coder, tmp_path: Path):
    lines = shared("conflibert", "cameo_class", "train.tsv").read_text(encoding="utf-8")
    gold = tmp_path / "dev.tsv"
    gold.write_text("".join(lines.splitlines(keepends=True)[:20]), encoding="utf-8")
    result = evaluate(gold_of(gold), coder, name="classes", kind="conflibert-class")
    assert result.events == {} and result.spans == {}
    assert result.penta.total == result.quad.total == 20
    assert result.penta.correct + sum(c.errors for c in result.errors) == 20
    assert {c.kind for c in result.errors} <= {"class", "class (no event)"}
    assert "penta class: accuracy" in text_report(result)


def test_actor_span_gold(coder, tmp_path: Path):
    lines = shared("conflibert", "cameo_ner", "train.txt").read_text(encoding="utf-8")
    blocks = lines.split("\n\n")[:10]
    gold = tmp_path / "dev.txt"
    gold.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    tags = [line.split()[1] for block in blocks for line in block.splitlines()]
    result = evaluate(gold_of(gold), coder, name="spans", kind="conflibert-ner")
    rows = result.spans
    assert rows["source"].tp + rows["source"].fn == sum(t.endswith("-S") for t in tags)
    assert rows["target"].tp + rows["target"].fn == sum(t.endswith("-T") for t in tags)
    assert rows["actor"].tp + rows["actor"].fn == sum(t != "O" for t in tags)
    assert "any actor (S, T, R tokens)" in text_report(result)
    header, (row,) = headline_rows([result])
    assert row[header.index("actor-token F1")].endswith("%")


@Language.component("fails_on_boom")
def fails_on_boom(doc):
    """A stage that breaks on any text with BOOM in it (standing in for a coder bug)."""
    if "BOOM" in doc.text:
        raise IndexError("list index out of range")
    return doc


def test_a_coder_failure_costs_one_sentence(tmp_path: Path):
    gold = tmp_path / "dev.tsv"
    gold.write_text("Turkey condemned Israel on Monday.\t3\nBOOM went the parser.\t4\n"
                    "Iraqi troops attacked the rebels.\t4\n", encoding="utf-8")
    coder = Coder(Settings(on_error="skip"))
    coder.nlp.add_pipe("fails_on_boom", before="eventwire_events")
    result = evaluate(gold_of(gold), coder, name="x", kind="conflibert-class")
    assert result.penta.total == 3 and result.penta.missed >= 1
    (failure,) = result.failures
    assert failure.where == f"{gold}:2" and "IndexError" in failure.produced[0]
    assert "THE CODER FAILED on 1 sentence" in text_report(result)


def test_cli_eval_seed_story_tables_and_json():
    gold = shared(*SEED_GOLD)
    run = eventwire("eval", str(gold), "--errors", "2")
    assert run.returncode == 0, run.stderr
    assert "dyad + full CAMEO code" in run.stdout and "worst 2 of" in run.stdout
    run = eventwire("eval", str(gold), "--json", "--errors", "1")
    assert run.returncode == 0, run.stderr
    (report,) = json.loads(run.stdout)["gold"]
    assert report["kind"] == "native" and report["sentences"] == 1
    code = report["events"]["code"]
    assert code["tp"] + code["fn"] == 13 and 0 <= code["f1"] <= 1
    assert len(report["errors"]) <= 1


def test_cli_eval_reports_bad_gold_lines_and_missing_files(tmp_path: Path):
    gold = tmp_path / "mine.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "Turkey condemned Israel on Monday.",
                                "events": [{"source": "TUR", "target": "ISR", "cameo": "111"}]})
                    + "\n{oops\n", encoding="utf-8")
    run = eventwire("eval", str(gold), "--kind", "native", "--limit", "5")
    assert run.returncode == 1
    assert f"{gold}:2: bad JSON" in run.stderr and "Traceback" not in run.stderr
    assert "dyad + full CAMEO code" in run.stdout
    run = eventwire("eval", str(tmp_path / "absent.jsonl"))
    assert run.returncode == 2 and "no such gold file" in run.stderr
    assert "Traceback" not in run.stderr
