"""The command line as users run it: a real process, real files, real exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import SEED


def eventwire(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_code_seed_story_jsonl_to_stdout():
    run = eventwire("code", str(SEED))
    assert run.returncode == 0, run.stderr
    events = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(events) >= 10
    first = events[0]
    assert first["doc_id"] == "ap-2017-02-16-mattis-russia"
    assert first["cameo"]["code"] == "1212" and first["target"]["code"] == "RUS"
    assert first["evidence"]["rule"].endswith(".neg")
    text = json.loads(SEED.read_text(encoding="utf-8"))["text"]
    for e in events:  # offsets point into the article as given
        assert text[e["source"]["start"]:e["source"]["end"]] == e["source"]["text"]


@pytest.mark.parametrize("fmt", ["plover", "cameo", "csv"])
def test_formats(fmt, tmp_path: Path):
    out = tmp_path / f"events.{fmt}"
    run = eventwire("code", str(SEED), "--format", fmt, "-o", str(out))
    assert run.returncode == 0, run.stderr
    body = out.read_text(encoding="utf-8")
    if fmt == "plover":
        records = [json.loads(line) for line in body.splitlines()]
        assert records[0]["event"] == "REJECT" and records[0]["source"][0]["code"] == "USA"
        assert "not ready to collaborate" in records[0]["text"]
    else:
        rows = list(csv.DictReader(io.StringIO(body), delimiter="\t" if fmt == "cameo" else ","))
        assert len(rows) >= 10
        code = rows[0]["EventCode"] if fmt == "cameo" else rows[0]["cameo_code"]
        assert code == "1212"


def test_gdelt_event_table(tmp_path: Path):
    from eventwire.export import GDELT_COLUMNS

    out = tmp_path / "events.gdelt.tsv"
    run = eventwire("code", str(SEED), "--format", "gdelt", "-o", str(out))
    assert run.returncode == 0, run.stderr
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(GDELT_COLUMNS) == 61 and all(len(r) == 61 for r in rows)
    first = dict(zip(GDELT_COLUMNS, rows[0]))
    assert (first["SQLDATE"], first["Actor1Code"], first["Actor2Code"]) == ("20170216", "USA", "RUS")
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == ("1212", "121", "12")
    assert (first["QuadClass"], first["GoldsteinScale"]) == ("3", "-4.0")


def test_parquet_output(tmp_path: Path):
    out = tmp_path / "events.parquet"
    run = eventwire("code", str(SEED), "--format", "parquet", "-o", str(out))
    assert run.returncode == 0, run.stderr
    table = pq.read_table(out)
    assert table.num_rows >= 10 and "cameo_code" in table.column_names


def test_plain_text_from_stdin_with_date():
    run = eventwire("code", "-", "--date", "2017-02-16",
                    stdin="Secretary of State Rex Tillerson held talks with Chinese Foreign Minister Wang Yi "
                          "in Beijing.")
    assert run.returncode == 0, run.stderr
    event = json.loads(run.stdout.splitlines()[0])
    assert event["doc_id"] == "stdin" and event["cameo"]["root"] == "04"
    assert (event["source"]["code"], event["target"]["code"]) == ("USAGOV", "CHNGOV")


def test_bad_records_are_reported_skipped_and_exit_1(tmp_path: Path):
    src = tmp_path / "news.jsonl"
    src.write_text(
        '{"id": "a", "text": "Turkey condemned Israel on Monday.", "date": "2017-02-16"}\n'
        'not json\n'
        '{"id": "c", "text": ""}\n'
        '{"id": "d", "text": "China warned the United States on Friday.", "date": "2017-02-16"}\n',
        encoding="utf-8")
    run = eventwire("code", str(src))
    assert run.returncode == 1
    assert f"{src}:2" in run.stderr and f"{src}:3" in run.stderr
    docs = {json.loads(line)["doc_id"] for line in run.stdout.splitlines()}
    assert docs == {"a", "d"}


def test_missing_input_exits_1_and_says_so(tmp_path: Path):
    run = eventwire("code", str(tmp_path / "nowhere.jsonl"))
    assert run.returncode == 1
    assert "nowhere.jsonl" in run.stderr


def test_kb_lookup_by_date():
    run = eventwire("kb", "lookup", "Donald Trump", "--date", "2017-02-16")
    assert run.returncode == 0
    assert run.stdout.split()[0] == "USAGOV"
    run = eventwire("kb", "lookup", "Donald Trump", "--date", "2016-05-01")
    assert run.stdout.split()[0] == "USAELI"
    run = eventwire("kb", "lookup", "Nobody Atall")
    assert run.returncode == 1


def test_patterns_check():
    run = eventwire("patterns", "check")
    assert run.returncode == 0 and "no problems" in run.stdout


def test_explain_command():
    run = eventwire("explain", "Turkey condemned Israel on Monday.", "--date", "2017-02-16")
    assert run.returncode == 0, run.stderr
    assert "* criticize" in run.stdout and "111 Criticize or denounce" in run.stdout


def test_patterns_check_reports_every_problem_of_a_bad_folder(tmp_path: Path):
    (tmp_path / "bad.yaml").write_text("patterns:\n  - id: x\n    code: '999'\n", encoding="utf-8")
    run = eventwire("patterns", "check", "--dir", str(tmp_path))
    assert run.returncode == 2
    assert "needs verbs, nouns or adjectives" in run.stderr and "needs at least one example" in run.stderr
