"""Tests for eventwire.sources: every input kind, every bad-record case, with real news text."""

from __future__ import annotations

import datetime
import io
import itertools
import json
import sys
import zipfile
from pathlib import Path

import pyarrow
import pyarrow.parquet
import pytest

from eventwire.errors import InputError
from eventwire.model import Article
from eventwire.sources import INPUT_SUFFIXES, normalise_date, read_articles
from eventwire.sources.parquet import read_parquet_file
from eventwire.sources.records import ArticleBuilder

TILLERSON = ("Secretary of State Rex Tillerson met with Russian Foreign Minister Sergey Lavrov "
             "on Thursday.")
MATTIS = ("The U.S. is not ready to collaborate militarily with Russia, Defense Secretary "
          "Jim Mattis said Thursday.")
PUTIN = ("Russian President Vladimir Putin called for increased intelligence cooperation with "
         "the U.S. and NATO.")
CRIMEA = ("The U.S. ceased military to military relations with Russia in the wake of Moscow's "
          "2014 annexation of Ukraine's Crimea region.")
BONN = ("Tillerson did not speak at the meeting on the sidelines of a conference of foreign "
        "ministers of Group of 20 major powers in Bonn, Germany.")
DEVOS = ("Michigan billionaire education activist Betsy DeVos was confirmed today to serve as "
         "the secretary of education in President Trump's administration.")
PENCE = "Vice President Mike Pence cast a tie-breaking vote in the Senate."

CORPUS_ZIP = Path("/work/shared/data/news/NewsArticles.zip")


def read(*inputs: object,
         default_date: str | None = None) -> tuple[list[Article], list[InputError]]:
    """Read every input; return the articles and the problems reported."""
    problems: list[InputError] = []
    articles = list(read_articles([str(i) for i in inputs], default_date=default_date,
                                  on_problem=problems.append))
    return articles, problems


def jsonl_line(**fields: object) -> bytes:
    return json.dumps(fields).encode("utf-8") + b"\n"


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- .txt -------------------------------------------------------------------------------------

def test_text_file_is_one_article_named_by_its_stem(tmp_path):
    path = tmp_path / "ap-2017-02-16-tillerson.txt"
    path.write_text(TILLERSON + "\n" + BONN + "\n", encoding="utf-8")

    articles, problems = read(path)

    assert problems == []
    assert articles == [Article(id="ap-2017-02-16-tillerson", text=TILLERSON + "\n" + BONN + "\n")]


def test_text_file_gets_the_default_date(tmp_path):
    path = tmp_path / "mattis.txt"
    path.write_text(MATTIS, encoding="utf-8")

    articles, _ = read(path, default_date="2017/2/16")

    assert articles[0].date == "2017-02-16"


def test_text_file_with_a_byte_order_mark_loses_the_mark(tmp_path):
    path = tmp_path / "putin.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PUTIN.encode("utf-8"))

    articles, _ = read(path)

    assert articles[0].text == PUTIN


def test_text_file_not_in_utf8_is_reported_and_the_next_input_still_read(tmp_path):
    latin = tmp_path / "lavrov.txt"
    latin.write_bytes("Lavrov said the talks in Bonn were très utiles.".encode("latin-1"))
    good = tmp_path / "tillerson.txt"
    good.write_text(TILLERSON, encoding="utf-8")

    articles, problems = read(latin, good)

    assert [p.where for p in problems] == [str(latin)]
    assert "not valid UTF-8" in problems[0].reason
    assert [a.id for a in articles] == ["tillerson"]


def test_empty_text_file_is_reported(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")

    articles, problems = read(path)

    assert articles == []
    assert [p.where for p in problems] == [str(path)]
    assert "empty 'text'" in problems[0].reason


# --- .jsonl -----------------------------------------------------------------------------------

def test_jsonl_reads_every_field(tmp_path):
    path = tmp_path / "ap.jsonl"
    path.write_bytes(
        jsonl_line(id="ap-2017-02-16-mattis-russia", text=MATTIS, date="2017-02-16",
                   title="Mattis: US not ready to collaborate militarily with Russia",
                   url="https://apnews.com/mattis-russia", source="AP")
        + jsonl_line(id=42, text=TILLERSON)
    )

    articles, problems = read(path)

    assert problems == []
    assert articles == [
        Article(id="ap-2017-02-16-mattis-russia", text=MATTIS, date="2017-02-16",
                title="Mattis: US not ready to collaborate militarily with Russia",
                url="https://apnews.com/mattis-russia", source="AP"),
        Article(id="42", text=TILLERSON),
    ]


def test_jsonl_bad_records_are_reported_by_line_and_skipped(tmp_path):
    path = tmp_path / "week.jsonl"
    path.write_bytes(
        jsonl_line(id="tillerson", text=TILLERSON, date="2017-02-16")   # 1 good
        + b"\n"                                                           # 2 blank: ignored
        + b'{"id": "broken", "text": "Mattis said\n'                      # 3 bad JSON
        + b'["Putin", "NATO"]\n'                                          # 4 not an object
        + jsonl_line(id="no-text", title="Mattis on Russia")             # 5 no text
        + jsonl_line(id="blank-text", text="   ")                        # 6 empty text
        + jsonl_line(text=PUTIN)                                          # 7 no id
        + jsonl_line(id="bad-date", text=MATTIS, date="16 February 2017")  # 8 bad date
        + '{"id": "latin", "text": "Lavrov called the talks très utiles."}\n'.encode("latin-1")
        + jsonl_line(id=17, text=CRIMEA)                                  # 10 good
        + jsonl_line(id="tillerson", text=BONN)                           # 11 duplicate id
        + jsonl_line(id="bonn", text=BONN, date=None)                     # 12 good
    )

    articles, problems = read(path)

    assert [a.id for a in articles] == ["tillerson", "17", "bonn"]
    assert [p.where for p in problems] == [f"{path}:{n}" for n in (3, 4, 5, 6, 7, 8, 9, 11)]
    reasons = [p.reason for p in problems]
    assert reasons[0].startswith("bad JSON")
    assert "not an object" in reasons[1]
    assert reasons[2].startswith("no 'text'")
    assert reasons[3].startswith("empty 'text'")
    assert reasons[4].startswith("no 'id'")
    assert "16 February 2017" in reasons[5] and "YYYY-MM-DD" in reasons[5]
    assert "not valid UTF-8 (byte 0xe8" in reasons[6]
    assert "duplicate id 'tillerson'" in reasons[7] and f"{path}:1" in reasons[7]
    assert str(problems[0]) == f"{path}:3: {reasons[0]}"


def test_jsonl_record_date_wins_over_the_default_date(tmp_path):
    path = tmp_path / "ap.jsonl"
    path.write_bytes(jsonl_line(id="mattis", text=MATTIS, date="2017-02-16")
                     + jsonl_line(id="devos", text=DEVOS))

    articles, _ = read(path, default_date="2017-02-07")

    assert [(a.id, a.date) for a in articles] == [("mattis", "2017-02-16"), ("devos", "2017-02-07")]


def test_newsarticles_alias_fields_are_accepted(tmp_path):
    path = tmp_path / "abc.jsonl"
    path.write_bytes(
        jsonl_line(article_id=1, publish_date="2017/2/7", text=DEVOS,
                   article_source_link="http://abcnews.go.com/Politics/devos")
        # The canonical name wins when both are given...
        + jsonl_line(id="pence", article_id=2, date="2017-02-07", publish_date="2017/2/6",
                     text=PENCE, url="http://abcnews.go.com/Politics/pence",
                     article_source_link="http://example.com/elsewhere")
        # ...and the alias is used when the canonical field is empty.
        + jsonl_line(id="", article_id=3, url="", article_source_link="http://abcnews.go.com/3",
                     text=TILLERSON)
    )

    articles, problems = read(path)

    assert problems == []
    assert articles == [
        Article(id="1", text=DEVOS, date="2017-02-07", url="http://abcnews.go.com/Politics/devos"),
        Article(id="pence", text=PENCE, date="2017-02-07",
                url="http://abcnews.go.com/Politics/pence"),
        Article(id="3", text=TILLERSON, url="http://abcnews.go.com/3"),
    ]


# --- dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("written, expected", [
    ("2017-02-16", "2017-02-16"),
    ("2017/2/7", "2017-02-07"),
    ("2017/12/30", "2017-12-30"),
    ("2017-02-16T10:30:00Z", "2017-02-16"),
    ("2017-02-16T23:30:00-05:00", "2017-02-16"),
    ("2017-02-16 10:30:00.123+01:00", "2017-02-16"),
    ("          2016/12/30 7:11", "2016-12-30"),  # as in the NewsArticles corpus
    (datetime.date(2017, 2, 16), "2017-02-16"),
    (datetime.datetime(2017, 2, 16, 10, 30), "2017-02-16"),
])
def test_dates_are_normalised(written, expected):
    assert normalise_date(written) == expected


@pytest.mark.parametrize("written", ["16 February 2017", "2017-13-01", "2017-02-30", "2017-02",
                                     "2017-02/16", "20170216", 20170216])
def test_bad_dates_are_refused(written):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        normalise_date(written)


def test_date_normalisation_applies_to_records(tmp_path):
    path = tmp_path / "dates.jsonl"
    path.write_bytes(jsonl_line(id="a", text=DEVOS, date="2017/2/7")
                     + jsonl_line(id="b", text=MATTIS, date="2017-02-16T09:15:00+01:00"))

    articles, _ = read(path)

    assert [a.date for a in articles] == ["2017-02-07", "2017-02-16"]


def test_a_bad_default_date_is_refused_at_once():
    with pytest.raises(InputError, match="default date"):
        read_articles(["-"], default_date="Thursday", on_problem=lambda problem: None)


# --- .json ------------------------------------------------------------------------------------

def test_json_array_elements_are_reported_by_the_line_they_start_on(tmp_path):
    path = tmp_path / "array.json"
    path.write_text(
        "[\n"
        f'  {{"id": "tillerson", "text": "{TILLERSON}"}},\n'
        '  "Lavrov repeated Moscow\'s standard line",\n'
        "  {\n"
        '    "id": "mattis",\n'
        f'    "text": "{MATTIS}"\n'
        "  },\n"
        '  {"id": "no-text"}\n'
        "]\n",
        encoding="utf-8",
    )

    articles, problems = read(path)

    assert [a.id for a in articles] == ["tillerson", "mattis"]
    assert [p.where for p in problems] == [f"{path}:3", f"{path}:8"]
    assert "a string, not an object" in problems[0].reason


def test_json_array_with_a_syntax_error_stops_there(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(f'[{{"id": "a", "text": "{PUTIN}"}},\n {{"id": "b" "text": "x"}}]',
                    encoding="utf-8")

    articles, problems = read(path)

    assert [a.id for a in articles] == ["a"]
    assert [p.where for p in problems] == [f"{path}:2"]
    assert "the rest of the file was skipped" in problems[0].reason


def test_json_file_may_hold_one_object_a_line(tmp_path):
    path = tmp_path / "lines.json"
    path.write_bytes(b"\n" + jsonl_line(id="crimea", text=CRIMEA) + b"[1, 2]\n")

    articles, problems = read(path)

    assert [a.id for a in articles] == ["crimea"]
    assert [p.where for p in problems] == [f"{path}:3"]


# --- .csv -------------------------------------------------------------------------------------

def test_csv_bad_records_are_reported_by_their_line_and_skipped(tmp_path):
    path = tmp_path / "news.csv"
    path.write_bytes(
        b"id,date,title,text\n"                                                   # 1
        + f'1,2017/2/16,Mattis on Russia,"{MATTIS}"\n'.encode()                   # 2
        + b'2,2017-02-16,Tillerson meets Lavrov,"Secretary of State Rex Tillerson'  # 3
        + b' met with Russian Foreign Minister Sergey Lavrov\non Thursday."\n'     # 4
        + b"3,2017-02-16,No text,\n"                                              # 5
        + f',2017-02-16,No id,"{PUTIN}"\n'.encode()                               # 6
        + f'5,yesterday,Bad date,"{PENCE}"\n'.encode()                            # 7
        + b"\n"                                                                   # 8
        + '6,2017-02-07,DeVos,"Betsy DeVos visited a caf\xe9."\n'.encode("latin-1")  # 9
        + f'7,2017-02-07,DeVos confirmed,"{DEVOS}"\n'.encode()                    # 10
        + b"8,2017-02-16,Crimea,The U.S. ceased relations with Russia, citing Crimea\n"  # 11
        + f'9,,Bonn,"{BONN}"\n'.encode()                                          # 12
    )

    articles, problems = read(path, default_date="2017-02-17")

    assert [(a.id, a.date) for a in articles] == [
        ("1", "2017-02-16"), ("2", "2017-02-16"), ("7", "2017-02-07"), ("9", "2017-02-17")]
    assert articles[0].title == "Mattis on Russia"
    assert articles[1].text == ("Secretary of State Rex Tillerson met with Russian Foreign "
                                "Minister Sergey Lavrov\non Thursday.")
    assert [p.where for p in problems] == [f"{path}:{n}" for n in (5, 6, 7, 9, 11)]
    reasons = [p.reason for p in problems]
    assert reasons[0].startswith("empty 'text'")
    assert reasons[1].startswith("no 'id'")
    assert "'yesterday'" in reasons[2]
    assert "not valid UTF-8 (byte 0xe9" in reasons[3]
    assert "5 fields but the header names 4" in reasons[4]


def test_csv_without_a_text_column_is_reported_once(tmp_path):
    path = tmp_path / "headlines.csv"
    path.write_text("id,title\n1,Mattis: US not ready to collaborate militarily with Russia\n",
                    encoding="utf-8")

    articles, problems = read(path)

    assert articles == []
    assert [p.where for p in problems] == [f"{path}:1"]
    assert "no 'text' column" in problems[0].reason


def test_csv_with_newsarticles_columns(tmp_path):
    path = tmp_path / "NewsArticles.csv"
    path.write_text(
        "article_id,publish_date,article_source_link,title,subtitle,text\n"
        f'1,2017/2/7,http://abcnews.go.com/Politics/devos,"Betsy DeVos Confirmed",,"{DEVOS}"\n',
        encoding="utf-8",
    )

    articles, problems = read(path)

    assert problems == []
    assert articles == [Article(id="1", text=DEVOS, date="2017-02-07",
                                title="Betsy DeVos Confirmed",
                                url="http://abcnews.go.com/Politics/devos")]


# --- .parquet ---------------------------------------------------------------------------------

def test_parquet_file(tmp_path):
    path = tmp_path / "news.parquet"
    pyarrow.parquet.write_table(pyarrow.table({
        "article_id": [1, 2, 3, 4, 5],
        "publish_date": [datetime.date(2017, 2, 16), None, datetime.date(2017, 2, 16),
                         datetime.date(2017, 2, 16), datetime.date(2017, 2, 7)],
        "title": ["Tillerson meets Lavrov", "Mattis on Russia", None, None, "DeVos"],
        "text": [TILLERSON, MATTIS, None, "  ", DEVOS],
        "subtitle": ["ignored", None, None, None, None],
    }), path)

    articles, problems = read(path, default_date="2017-02-17")

    assert [(a.id, a.date, a.title) for a in articles] == [
        ("1", "2017-02-16", "Tillerson meets Lavrov"),
        ("2", "2017-02-17", "Mattis on Russia"),
        ("5", "2017-02-07", "DeVos"),
    ]
    assert [p.where for p in problems] == [f"{path}:row 3", f"{path}:row 4"]


def test_parquet_rows_are_counted_across_batches(tmp_path):
    path = tmp_path / "batches.parquet"
    texts = [TILLERSON, MATTIS, PUTIN, CRIMEA, "", BONN, DEVOS]
    pyarrow.parquet.write_table(pyarrow.table({
        "id": [f"ap-{n}" for n in range(1, 8)],
        "date": ["2017/2/16"] * 7,
        "text": texts,
    }), path)
    problems: list[InputError] = []

    articles = list(read_parquet_file(path, ArticleBuilder(on_problem=problems.append),
                                      batch_rows=2))

    assert [a.id for a in articles] == ["ap-1", "ap-2", "ap-3", "ap-4", "ap-6", "ap-7"]
    assert {a.date for a in articles} == {"2017-02-16"}
    assert [p.where for p in problems] == [f"{path}:row 5"]


def test_a_file_that_is_not_parquet_is_reported(tmp_path):
    path = tmp_path / "fake.parquet"
    path.write_text(TILLERSON, encoding="utf-8")

    articles, problems = read(path)

    assert articles == []
    assert [p.where for p in problems] == [str(path)]


# --- folders ----------------------------------------------------------------------------------

def test_folder_is_read_recursively_in_sorted_order_ignoring_other_files(tmp_path):
    root = tmp_path / "inbox"
    (root / "a" / "nested").mkdir(parents=True)
    (root / "b.txt").write_text(MATTIS, encoding="utf-8")
    (root / "a" / "2017-02-16-tillerson.txt").write_text(TILLERSON, encoding="utf-8")
    (root / "a" / "nested" / "more.jsonl").write_bytes(
        jsonl_line(id="putin", text=PUTIN) + jsonl_line(id="crimea", text=CRIMEA))
    (root / "data.csv").write_text(f'id,text\ndevos,"{DEVOS}"\n', encoding="utf-8")
    (root / "notes.md").write_text("# Reading list", encoding="utf-8")
    (root / "a" / "page.html").write_text(f"<p>{BONN}</p>", encoding="utf-8")
    (root / "._b.txt").write_bytes(b"\x00\x05\x16\x07\xff")  # a macOS resource fork

    articles, problems = read(root)

    assert problems == []
    assert [a.id for a in articles] == ["2017-02-16-tillerson", "putin", "crimea", "b", "devos"]


def test_missing_path_and_unknown_suffix_are_reported_and_the_run_goes_on(tmp_path):
    missing = tmp_path / "no-such-file.jsonl"
    html = tmp_path / "page.html"
    html.write_text(f"<p>{BONN}</p>", encoding="utf-8")
    good = tmp_path / "tillerson.txt"
    good.write_text(TILLERSON, encoding="utf-8")

    articles, problems = read(missing, html, good)

    assert [a.id for a in articles] == ["tillerson"]
    assert [p.where for p in problems] == [str(missing), str(html)]
    assert problems[0].reason == "no such file or folder"
    assert "unknown kind of input '.html'" in problems[1].reason
    assert all(suffix in problems[1].reason for suffix in INPUT_SUFFIXES)


def test_duplicate_ids_across_inputs_keep_the_first(tmp_path):
    text = tmp_path / "tillerson.txt"
    text.write_text(TILLERSON, encoding="utf-8")
    lines = tmp_path / "more.jsonl"
    lines.write_bytes(jsonl_line(id="tillerson", text=BONN) + jsonl_line(id="bonn", text=BONN))

    articles, problems = read(text, lines)

    assert [(a.id, a.text) for a in articles] == [("tillerson", TILLERSON), ("bonn", BONN)]
    assert [p.where for p in problems] == [f"{lines}:1"]
    assert f"first seen at {text}" in problems[0].reason


def test_a_raising_on_problem_stops_the_run(tmp_path):
    path = tmp_path / "week.jsonl"
    path.write_bytes(jsonl_line(id="a", text=PUTIN) + b"not json\n" + jsonl_line(id="b", text=BONN))

    def stop(problem: InputError) -> None:
        raise problem

    articles = read_articles([str(path)], on_problem=stop)
    assert next(articles).id == "a"
    with pytest.raises(InputError, match=":2: bad JSON"):
        next(articles)


# --- standard input ---------------------------------------------------------------------------

def test_stdin_json_lines(monkeypatch):
    set_stdin(monkeypatch, b"\n  \n" + jsonl_line(id="tillerson", text=TILLERSON)
              + b"{broken\n" + jsonl_line(id="mattis", text=MATTIS, date="2017/2/16"))

    articles, problems = read("-")

    assert [(a.id, a.date) for a in articles] == [("tillerson", None), ("mattis", "2017-02-16")]
    assert [p.where for p in problems] == ["<stdin>:4"]


def test_stdin_plain_text_is_one_article(monkeypatch):
    set_stdin(monkeypatch, (MATTIS + "\n" + TILLERSON + "\n").encode("utf-8"))

    articles, problems = read("-", default_date="2017-02-16")

    assert problems == []
    assert articles == [Article(id="stdin", text=MATTIS + "\n" + TILLERSON + "\n",
                                date="2017-02-16")]


def test_stdin_not_in_utf8_is_reported(monkeypatch):
    set_stdin(monkeypatch, "Lavrov called the talks très utiles.".encode("latin-1"))

    articles, problems = read("-")

    assert articles == []
    assert [p.where for p in problems] == ["<stdin>"]


# --- the NewsArticles corpus ------------------------------------------------------------------

def test_first_rows_of_the_newsarticles_corpus(tmp_path):
    if not CORPUS_ZIP.exists():
        pytest.skip(f"{CORPUS_ZIP} is not here")
    with zipfile.ZipFile(CORPUS_ZIP) as archive:
        csv_path = Path(archive.extract("NewsArticles.csv", tmp_path))
    problems: list[InputError] = []

    articles = list(itertools.islice(
        read_articles([str(csv_path)], on_problem=problems.append), 20))

    assert problems == []
    assert [a.id for a in articles] == [str(n) for n in range(1, 21)]
    assert {a.date for a in articles} == {"2017-02-07"}
    assert articles[0].title.startswith("Betsy DeVos Confirmed as Education Secretary")
    assert articles[0].text.startswith("Michigan billionaire education activist Betsy DeVos")
    assert all(a.url.startswith("http") for a in articles)
