"""The gold readers on small real fixtures (lines copied from ../shared/data), on the full files,
and on malformed gold: every problem reported with its file and line, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, shared
from eventwire.errors import InputError, UnknownFormat
from eventwire.evaluate.gold import GoldActor, GoldSentence
from eventwire.evaluate.readers import KINDS, guess_kind, read_gold

# A validation file in the PETRARCH / UniversalPetrarch format (PETR.UnitTest.records.xml), with
# real sentences: the AP story of 2017-02-16 and an ICEWS codebook example.
PETRARCH_XML = """<Validation>
<!--
#   eventwire test records in the PETRARCH validation format -- real news sentences
-->
<Environment>
    <Verbfile>CAMEO.2.0.txt</Verbfile>
    <Include>valid DEMO</Include>
</Environment>

<Sentences>

<Sentence date="20170216" id="AP-0001" category="DEMO" sentence="true">
<!-- negated cooperation is a rejection: 1212 -->
<EventCoding sourcecode="USAGOV" targetcode="RUS" eventcode="1212"></EventCoding>
<Text>
The U.S. is not ready to collaborate militarily with Russia, Defense Secretary
Jim Mattis said Thursday.
</Text>
<Parse>
(ROOT (S (NP (DT The) (NNP U.S.)) (VP (VBZ is) (RB not) (ADJP (JJ ready))) (. .)))
</Parse>
</Sentence>

<Sentence date="20170216" id="AP-0002" category="DEMO" sentence="true">
<EventCoding sourcecode="USAGOV" targetcode="RUSGOV" eventcode="040" plover="CONSULT"></EventCoding>
<Text>
Secretary of State Rex Tillerson met with Russian Foreign Minister Sergey Lavrov
in Bonn, Germany.
</Text>
</Sentence>

<Sentence date="20170216" id="AP-0003" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>
Lavrov was asked if Russia is concerned about turmoil in the Trump administration.
</Text>
</Sentence>

<Sentence date="20170216" id="AP-0004" category="DEMO" sentence="false">
<!-- not evaluated, as in PETRARCH's own suites -->
<EventCoding sourcecode="RUS" targetcode="---" eventcode="016"></EventCoding>
<Text>
He repeated Moscow's standard line that Russia &quot;does not interfere in the domestic
matters of other countries.&quot;
</Text>
</Sentence>

<Sentence date="19950103" id="ICEWS-0005" category="DEMO" sentence="true">
<EventCoding sourcecode="NGO" targetcode="" eventcode="0233"></EventCoding>
<Text>
Oxfam Canada today called on the world community to help save tens of thousands of Afghan
civilians threatened with starvation.
</Text>
</Sentence>
"""

BROKEN_XML = """<Sentences>
<Sentence date="20170216" id="BAD-1" category="DEMO" sentence="true">
<EventCoding sourcecode="USAGOV" targetcode="RUS" eventcode="12x"></EventCoding>
<Text>
The U.S. is not ready to collaborate militarily with Russia.
</Text>
</Sentence>
<Sentence date="20170216" id="BAD-2" category="DEMO" sentence="true">
<EventCoding sourcecode="USAGOV" targetcode="RUS" eventcode="1212"></EventCoding>
<Sentence date="20170216" id="BAD-3" category="DEMO" sentence="true">
<EventCoding sourcecode="USAGOV" targetcode="RUS" eventcode="1212"></EventCoding>
</Sentence>
<Sentence date="20170216" id="GOOD" category="DEMO" sentence="true">
<EventCoding sourcecode="USAGOV" targetcode="RUSGOV" eventcode="040"></EventCoding>
<Text>Secretary of State Rex Tillerson met with Russian Foreign Minister Sergey Lavrov.</Text>
</Sentence>
</Sentences>
"""


def read(path: Path, kind: str | None = None) -> tuple[list[GoldSentence], list[InputError]]:
    problems: list[InputError] = []
    return list(read_gold(path, kind, on_problem=problems.append)), problems


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def plover_array(records: int) -> str:
    """The start of PLOVER_GSR_CAMEO.txt: its first ``records`` records, as a closed array."""
    lines = lines_of(shared("plover", "PLOVER_GSR_CAMEO.txt"))
    starts = [i for i, line in enumerate(lines) if line.rstrip() == "{"]
    kept = lines[:starts[records]]
    kept[-1] = kept[-1].rstrip().rstrip(",") + "\n"
    return "".join(kept) + "]\n"


# --- PLOVER -------------------------------------------------------------------------------

def test_plover_array_records_start_lines_and_actors(tmp_path: Path):
    gold = tmp_path / "PLOVER_GSR_CAMEO.txt"
    gold.write_text(plover_array(4), encoding="utf-8")  # DOCUMENT and three AGREE records
    assert guess_kind(gold) == "plover"
    sentences, problems = read(gold)
    assert problems == []
    assert [s.id for s in sentences] == ["PLOVER-GSR01-AGREE-000%d" % n for n in (1, 2, 3)]
    assert [s.where for s in sentences] == [f"{gold}:14", f"{gold}:31", f"{gold}:47"]
    hungary = sentences[0].events
    # SRC/TAR actors with no target: one reciprocal event for the pair.
    assert len(hungary) == 1 and hungary[0].reciprocal
    assert (hungary[0].source.code, hungary[0].target.code) == ("HUNGOV", "ROUGOV")
    apec = sentences[1].events[0]
    assert apec.source == GoldActor("IGO", ("Asia-Pacific Economic Cooperation",))
    assert apec.target.code == "JPN"  # the gold's JAP, read as ISO 3166's JPN
    assert (apec.plover, apec.code, apec.quad_class) == ("AGREE", None, 1)
    assert sentences[1].quad_class == 1 and sentences[1].penta_class is None


def test_plover_array_with_a_broken_record(tmp_path: Path):
    text = plover_array(4).splitlines(keepends=True)
    assert text[35].strip() == '"event": "AGREE",'  # line 36, inside AGREE-0002
    text[35] = '    "event": "AGREE,\n'
    gold = tmp_path / "broken.json"
    gold.write_text("".join(text), encoding="utf-8")
    sentences, problems = read(gold, "plover")
    assert [s.id for s in sentences] == ["PLOVER-GSR01-AGREE-0001", "PLOVER-GSR01-AGREE-0003"]
    assert len(problems) == 1 and problems[0].where == f"{gold}:36"
    assert "line 31" in problems[0].reason


def test_plover_jsonl_cameo_codes_renamed_events_and_problems(tmp_path: Path):
    lines = lines_of(shared("plover", "plover_gsr_with_cameo.jsonl"))
    fight = next(line for line in lines if '"event": "FIGHT"' in line and "SANCTION-0010" in line)
    odd = json.loads(lines[0])
    odd["event"] = "SHRUG"
    gold = tmp_path / "plover.jsonl"
    gold.write_text(lines[0] + lines[6] + fight + "{not json\n" + json.dumps(odd) + "\n",
                    encoding="utf-8")
    assert guess_kind(gold) == "plover"
    sentences, problems = read(gold)
    hungary, cyprus, russia = sentences
    assert hungary.events[0].code == "030" and hungary.penta_class == 1
    # AGREE-0007 gives "diplomatic" as its target: reported, and read as no target, which
    # leaves its two SRC/TAR actors as one reciprocal event.
    assert [(str(e.source), str(e.target), e.reciprocal) for e in cyprus.events] == [
        ("TUR", "GRC", True)]
    # FIGHT (0.5b1) is ASSAULT now; two targets make two events.
    assert [(e.plover, e.target.code) for e in russia.events] == [("ASSAULT", "IRN"),
                                                                  ("ASSAULT", "TUR")]
    assert [p.where for p in problems] == [f"{gold}:2", f"{gold}:4", f"{gold}:5"]
    assert "'diplomatic'" in problems[0].reason and "bad JSON" in problems[1].reason
    assert "unknown PLOVER event 'SHRUG'" in problems[2].reason


def test_plover_mode_and_context_in_current_names(tmp_path: Path):
    # eventwire's own records in the PLOVER gold layout, with 0.5b1 mode and context names.
    def record(n: int, event: str, text: str, **more) -> str:
        return json.dumps({"id": f"T-{n}", "event": event, "text": text,
                           "source": [{"actorText": "Kenya", "code": "KEN"}], **more}) + "\n"

    gold = tmp_path / "plover.jsonl"
    gold.write_text(
        record(1, "PROTEST", "Kenyan doctors began a hunger strike on Monday.",
               mode="strike-hun", context="rights, refugees") +
        record(2, "FIGHT", "Kenyan troops shelled the border town.", mode="heavy-weapons",
               context="military") +
        record(3, "AGREE", "Kenya agreed to talks.", mode="", context="None"), encoding="utf-8")
    sentences, problems = read(gold, "plover")
    assert problems == []
    strike, shelling, talks = (s.events[0] for s in sentences)
    assert (strike.mode, strike.context) == ("hunger", ("human_rights", "migration"))
    assert (shelling.plover, shelling.mode, shelling.context) == (
        "ASSAULT", "heavy-weapons", ("military",))
    assert (talks.mode, talks.context) == (None, None)


def test_plover_full_files():
    for name in ("PLOVER_GSR_CAMEO.txt", "plover_gsr_with_cameo.jsonl"):
        sentences, problems = read(shared("plover", name))
        assert len(sentences) == 322
        assert [p.reason.split(" is ")[0] for p in problems] == ["target 'diplomatic'"]
        assert all(s.events and s.quad_class for s in sentences)
    coded = [s for s in sentences if all(e.code for e in s.events)]
    assert len(coded) == 226


# --- ConfliBERT -----------------------------------------------------------------------------

def test_conflibert_class(tmp_path: Path):
    lines = lines_of(shared("conflibert", "cameo_class", "train.tsv"))
    gold = tmp_path / "dev.tsv"
    gold.write_text("".join(lines[:3]) + "A sentence with no label\n" + "Turkey condemned "
                    "Israel.\t7\n" + lines[8], encoding="utf-8")
    assert guess_kind(gold) == "conflibert-class"
    sentences, problems = read(gold)
    assert [(s.penta_class, s.quad_class) for s in sentences] == [(4, 4), (3, 3), (4, 4), (0, 1)]
    assert sentences[3].text.startswith("On Nov. 2, US Secretary of State Rex Tillerson")
    assert sentences[0].events is None and sentences[0].where == f"{gold}:1"
    assert [p.where for p in problems] == [f"{gold}:4", f"{gold}:5"]
    assert "label '7'" in problems[1].reason


def test_conflibert_ner_spans_and_offsets(tmp_path: Path):
    lines = lines_of(shared("conflibert", "cameo_ner", "train.txt"))
    blank = [i for i, line in enumerate(lines) if not line.strip()]
    two = "".join(lines[:blank[1] + 1])  # the first two sentences
    gold = tmp_path / "dev.txt"
    gold.write_text(two + "Turkey B-S\ncondemned X-Q\nIsrael B-T\n\nToo many fields O\n\n"
                    + two.split("\n\n")[0] + "\n", encoding="utf-8")
    assert guess_kind(gold) == "conflibert-ner"
    sentences, problems = read(gold)
    first, second, again = sentences
    assert first.text == ("In September , a car bomb in Kiev killed another ethnic Chechen who "
                          "had fought on the Ukrainian side .")
    assert [(s.role, first.text[s.start:s.end]) for s in first.spans] == [
        ("S", "a car bomb"), ("T", "another ethnic Chechen")]
    assert [first.text[a:b] for a, b in first.tokens[:3]] == ["In", "September", ","]
    assert [(s.role, second.text[s.start:s.end]) for s in second.spans] == [
        ("S", "a Swiss court"), ("T", "Croatian government 's request")]
    assert again.text == first.text and again.where == f"{gold}:{blank[1] + 8}"
    assert [p.where for p in problems] == [f"{gold}:{blank[1] + 3}", f"{gold}:{blank[1] + 6}"]
    assert "tag 'X-Q'" in problems[0].reason


def test_conflibert_full_files():
    classes, problems = read(shared("conflibert", "cameo_class", "train.tsv"))
    assert len(classes) == 1349 and problems == []
    assert sorted({s.penta_class for s in classes}) == [0, 1, 2, 3, 4]
    spans, problems = read(shared("conflibert", "cameo_ner", "train.txt"))
    assert len(spans) == 1153 and problems == []
    assert all(s.text[a:b] and " " not in s.text[a:b] for s in spans[:50] for a, b in s.tokens)


# --- PETRARCH validation XML -------------------------------------------------------------------

def test_petrarch_validation_records(tmp_path: Path):
    gold = tmp_path / "validation.xml"
    gold.write_text(PETRARCH_XML, encoding="utf-8")
    assert guess_kind(gold) == "petrarch"
    sentences, problems = read(gold)
    assert problems == []
    assert [s.id for s in sentences] == ["AP-0001", "AP-0002", "AP-0003", "ICEWS-0005"]
    mattis, tillerson, lavrov, oxfam = sentences
    assert mattis.text == ("The U.S. is not ready to collaborate militarily with Russia, Defense "
                           "Secretary Jim Mattis said Thursday.")
    assert mattis.date == "2017-02-16" and mattis.where == f"{gold}:12"
    assert [(str(e.source), str(e.target), e.code) for e in mattis.events] == [
        ("USAGOV", "RUS", "1212")]
    assert tillerson.events[0].plover == "CONSULT" and tillerson.events[0].either_direction
    assert lavrov.events == ()  # noevents="True"
    assert oxfam.events[0].target is None and oxfam.penta_class == 0


def test_petrarch_malformed_records(tmp_path: Path):
    gold = tmp_path / "broken.xml"
    gold.write_text(BROKEN_XML, encoding="utf-8")
    sentences, problems = read(gold, "petrarch")
    assert [s.id for s in sentences] == ["GOOD"]
    assert [p.where for p in problems] == [f"{gold}:2", f"{gold}:8", f"{gold}:10"]
    assert "eventcode '12x'" in problems[0].reason
    assert "no </Sentence>" in problems[1].reason and "no <Text>" in problems[2].reason


# --- CAMEO codebook examples -----------------------------------------------------------------

def test_codebook_csv_rows(tmp_path: Path):
    lines = lines_of(shared("cameo", "cameo-codes.csv"))
    wanted = ("\"Make statement\"", "\"Express intent to mediate\"", "\"Appeal for humanitarian")
    rows = [line for line in lines if any(w in line for w in wanted)]
    gold = tmp_path / "cameo-codes.csv"
    gold.write_text(lines[0] + lines[1] + "".join(rows), encoding="utf-8")  # root 01 has no example
    assert guess_kind(gold) == "codebook"
    sentences, problems = read(gold)
    assert problems == []
    assert [s.id for s in sentences] == ["cameo-010", "cameo-0233", "cameo-039"]
    statement, oxfam, gambia = sentences
    assert statement.text == ("U.S. military chief General Colin Powell said on Wednesday NATO "
                              "would need to remain strong.")
    assert statement.events[0].code == "010" and statement.events[0].source is None
    assert (statement.penta_class, statement.quad_class) == (0, 1)
    assert gambia.text.endswith("diplomatic sources said on Wednesday.")  # the Note is cut off
    assert oxfam.where == f"{gold}:4"


def test_codebook_full_files():
    csv_rows, problems = read(shared("cameo", "cameo-codes.csv"))
    assert len(csv_rows) == 277 and problems == []
    assert not any("Äô" in s.text or "Note:" in s.text for s in csv_rows)
    tsv_rows, problems = read(ROOT / "src" / "eventwire" / "data" / "cameo.tsv")
    assert guess_kind(ROOT / "src" / "eventwire" / "data" / "cameo.tsv") == "codebook"
    assert [s.id for s in tsv_rows] == [s.id for s in csv_rows] and problems == []


# --- native gold ---------------------------------------------------------------------------

def test_seed_gold_with_its_article(tmp_path: Path):
    for name in ("ap-2017-02-16-mattis-russia.gold.json", "ap-2017-02-16-mattis-russia.jsonl"):
        (tmp_path / name).write_bytes(shared("seed", name).read_bytes())
    gold = tmp_path / "ap-2017-02-16-mattis-russia.gold.json"
    assert guess_kind(gold) == "native"
    (article,), problems = read(gold)
    assert problems == [] and article.date == "2017-02-16"
    assert len(article.events) == 13
    first = article.events[0]
    assert (first.source.code, first.target.code, first.code, first.anchor) == (
        "USAGOV", "RUS", "1212", 0)
    assert first.source.text == ("Defense Secretary Jim Mattis", "The U.S.")
    tillerson = article.events[-1]
    assert article.text[tillerson.anchor:].startswith("Also Thursday, Secretary of State")
    # Without the article file beside it, the gold cannot be scored: said, not raised.
    (tmp_path / "ap-2017-02-16-mattis-russia.jsonl").unlink()
    articles, problems = read(gold)
    assert articles == [] and problems[0].where == f"{gold}:1"
    assert "no 'text'" in problems[0].reason


def test_native_jsonl_for_users(tmp_path: Path):
    text = ("Turkey condemned Israel on Monday. Secretary of State Rex Tillerson met with "
            "Russian Foreign Minister Sergey Lavrov.")
    good = {"id": "mine-1", "date": "2017-02-16", "text": text, "events": [
        {"source": "TUR", "target": "ISR", "cameo": "111"},
        {"sentence_starts_with": "Secretary of State", "source": {"code": "USAGOV",
         "text": "Rex Tillerson"}, "target": "RUSGOV", "cameo": "040", "plover": "consult"},
        {"sentence_starts_with": "Nowhere", "source": "USA", "cameo": "040"},
        {"source": "TUR", "cameo": "999"},
        {"source": "T1", "cameo": "111"},
        {"source": "TUR"},
    ]}
    gold = tmp_path / "mine.jsonl"
    gold.write_text(json.dumps(good) + "\n\n{broken\n" + json.dumps({"id": "no-events",
                    "text": text}) + "\n" + json.dumps({"id": "empty", "text": text,
                                                        "events": []}) + "\n", encoding="utf-8")
    assert guess_kind(gold) == "native"
    sentences, problems = read(gold)
    mine, empty = sentences
    assert [e.code for e in mine.events] == ["111", "040", "040"]
    turkey, tillerson, nowhere = mine.events
    assert turkey.anchor is None and tillerson.anchor == text.index("Secretary")
    assert tillerson.plover == "CONSULT" and tillerson.source.text == ("Rex Tillerson",)
    assert nowhere.anchor is None
    assert empty.events == ()
    assert [p.where for p in problems] == [f"{gold}:1"] * 4 + [f"{gold}:3", f"{gold}:4"]
    reasons = " | ".join(p.reason for p in problems)
    for said in ("event 3: sentence_starts_with 'Nowhere'", "event 4: cameo '999'",
                 "event 5: source code 'T1'", "event 6: the event has neither", "bad JSON",
                 "no 'events' list"):
        assert said in reasons


# --- kinds and whole-file errors ------------------------------------------------------------

def test_kinds_and_files_that_cannot_be_read(tmp_path: Path):
    assert KINDS == ("plover", "conflibert-class", "conflibert-ner", "petrarch", "codebook",
                     "native")
    notes = tmp_path / "notes.txt"
    notes.write_text("Some notes about the gold standard.\nNothing to score here.\n")
    with pytest.raises(UnknownFormat, match="--kind"):
        read(notes)
    with pytest.raises(UnknownFormat, match="unknown kind of gold 'tabari'"):
        read(notes, "tabari")
    with pytest.raises(InputError, match="no such gold file"):
        read(tmp_path / "missing.jsonl", "native")
    # JSON lines are told apart by their first record, however long its text.
    long = tmp_path / "long.jsonl"
    long.write_text(json.dumps({"id": "x", "text": "Turkey condemned Israel. " * 600,
                                "events": []}) + "\n", encoding="utf-8")
    assert guess_kind(long) == "native"
    latin = tmp_path / "latin.tsv"
    latin.write_bytes("Le ministre a condamné l'attaque.\t3\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        read(latin, "conflibert-class")
