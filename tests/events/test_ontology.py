"""The CAMEO codebook and CAMEO -> PLOVER map as eventwire ships them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.events.ontology import Ontology, default_data_dir, penta_class, quad_class
from eventwire.model import Cameo, Plover

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def test_reject_military_cooperation(ontology):
    assert ontology.cameo("1212") == Cameo(code="1212", name="Reject military cooperation",
                                           goldstein=-4.0, quad_class=3, penta_class=3)
    assert ontology.plover("1212") == Plover(event="REJECT", mode="assist", context=("military",))


def test_classes_follow_the_root(ontology):
    assert (ontology.cameo("040").quad_class, ontology.cameo("040").penta_class) == (1, 1)
    assert (ontology.cameo("010").quad_class, ontology.cameo("010").penta_class) == (1, 0)
    assert ontology.cameo("192").quad_class == 4
    assert ontology.cameo("192").name == "Occupy territory"
    assert ontology.cameo("192").goldstein == -9.5


def test_class_functions():
    assert [quad_class(c) for c in ("01", "0214", "057", "06", "087", "09", "1385", "14", "20")] \
        == [1, 1, 1, 2, 2, 3, 3, 4, 4]
    assert [penta_class(c) for c in ("010", "0214", "03", "13", "204")] == [0, 0, 1, 3, 4]
    for bad in ("00", "21", "1", "12345", "O3", 12):
        with pytest.raises(ValueError):
            quad_class(bad)


def test_the_whole_codebook_is_there(ontology):
    codes = ontology.codes()
    assert len(codes) == 312
    assert codes == sorted(codes)
    assert ontology.roots() == [f"{n:02d}" for n in range(1, 21)]
    assert codes[:3] == ["01", "010", "011"]


def test_roots_are_in_sentence_case(ontology):
    assert ontology.cameo("01").name == "Make public statement"
    assert ontology.cameo("20").name == "Use unconventional mass violence"
    assert ontology.cameo("02").goldstein == 3.0


def test_children(ontology):
    assert ontology.children("03") == ["030", "031", "032", "033", "034", "035", "036", "037",
                                       "038", "039"]
    assert ontology.children("031") == ["0311", "0312", "0313", "0314"]
    assert ontology.children("1212") == []


def test_texts_are_clean(ontology):
    assert ontology.description("1212") == "Refuse to engage in or expand military ties."
    assert ontology.description("01") == ""
    assert ontology.example("017") == ""  # "NA" in the source
    assert "Moscow’s will to agree" in ontology.example("012")
    assert "Ankara’s Çankaya district" in ontology.example("1233")
    for code in ontology.codes():
        text = ontology.description(code) + ontology.example(code)
        assert "Ä" not in text and "\x82" not in text and "¬" not in text, code
        assert "\t" not in text and "  " not in text and text == text.strip(), code


def test_unknown_codes(ontology):
    assert ontology.is_code("0214") and not ontology.is_code("214") and not ontology.is_code("21")
    with pytest.raises(KeyError, match="not a CAMEO code"):
        ontology.cameo("214")
    with pytest.raises(KeyError):
        ontology.children("999")
    with pytest.raises(KeyError):
        ontology.plover("9999")
    assert not ontology.has_plover("0399")  # its root 03 is mapped, but it is no CAMEO code


def test_appeals_and_statements_have_no_plover_reading(ontology):
    # PLOVER drops CAMEO 01 (statements) and 02 (appeals): 0214 "Appeal for intelligence" is not
    # in CAMEO2PLOVER-2021.txt, nor are 021 and 02.
    assert ontology.cameo("0214").name == "Appeal for intelligence"
    assert not ontology.has_plover("0214")
    with pytest.raises(KeyError, match="drops CAMEO roots 01 and 02"):
        ontology.plover("0214")


def test_every_other_code_maps_to_a_plover_event(ontology):
    unmapped = [code for code in ontology.codes() if not ontology.has_plover(code)]
    assert {code[:2] for code in unmapped} == {"01", "02"}
    assert len(unmapped) == 39  # every code under 01 and 02
    events = {ontology.plover(code).event for code in ontology.codes() if ontology.has_plover(code)}
    assert events == {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
                      "ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE",
                      "SANCTION", "COERCE", "ASSAULT"}


def test_plover_readings_from_the_file(ontology):
    assert ontology.plover("0311") == Plover("AGREE", "", ("economic",))
    assert ontology.plover("094") == Plover("ACCUSE", "investigate", ("military", "legal"))
    assert ontology.plover("084").event == "RETREAT"
    assert ontology.plover("08").event == "CONCEDE"  # the first of the file's two "08" lines
    assert ontology.plover("192") == Plover("COERCE", "seize", ("military",))
    # Listed by PLOVER although the CAMEO codebook has no such code.
    assert not ontology.is_code("1214")
    assert ontology.plover("1214") == Plover("REJECT", "assist", ("intelligence",))


def _copy_data(tmp_path: Path, drop_plover: set[str]) -> Path:
    """The shipped data files in tmp_path, without the PLOVER rows of the codes given."""
    shutil.copy(default_data_dir() / "cameo.tsv", tmp_path / "cameo.tsv")
    lines = (default_data_dir() / "cameo_plover.tsv").read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.split("\t")[0] not in drop_plover]
    (tmp_path / "cameo_plover.tsv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    return tmp_path


def test_unlisted_codes_inherit_from_the_nearest_listed_parent(tmp_path):
    ontology = Ontology.load(_copy_data(tmp_path, drop_plover={"0311", "0312", "031"}))
    assert ontology.plover("0311") == Plover("AGREE", "", ())  # from 03: 031 is gone too
    assert ontology.plover("0331") == Plover("AGREE", "", ("economic",))  # its own row
    assert ontology.has_plover("0312")


def test_load_is_cached_per_folder(tmp_path):
    assert Ontology.load() is Ontology.load(default_data_dir())
    other = Ontology.load(_copy_data(tmp_path, drop_plover=set()))
    assert other is not Ontology.load()
    assert other.cameo("1212") == Ontology.load().cameo("1212")


def test_a_broken_file_reports_every_problem_with_its_line(tmp_path):
    header = "code\tname\tgoldstein\tquad_class\tpenta_class\tdescription\texample"
    (tmp_path / "cameo.tsv").write_text("\n".join([
        "# a comment line",
        header,
        "01\tMake public statement\t0.0\t1\t0\t\t",
        "010\tMake statement\tzero\t1\t0\t\t",           # line 4: goldstein not a number
        "21\tNot a root\t1.0\t4\t4\t\t",                 # line 5: root out of range
        "0311\tOrphan\t5.2\t1\t1\t\t",                   # line 6: parent 031 missing
        "12\tReject\t-40\t3\t3\t\t",                     # line 7: goldstein out of range
        "010\tMake statement again\t0.0\t1\t0\t\t",      # line 8: duplicate
        "11\tDisapprove\t-2.0\t2\t3\t\t",                # line 9: wrong quad class
        "123\ttoo few fields",                           # line 10
    ]) + "\n", encoding="utf-8")
    (tmp_path / "cameo_plover.tsv").write_text(
        "cameo\tevent\tmode\tcontext\n12\treject\t\t\nx1\tREJECT\t\t\n", encoding="utf-8")

    with pytest.raises(DataFileError) as caught:
        Ontology.load(tmp_path)
    problems = caught.value.problems
    cameo_file, plover_file = tmp_path / "cameo.tsv", tmp_path / "cameo_plover.tsv"
    expected = [f"{cameo_file}:{line}:" for line in (4, 5, 6, 7, 8, 9, 10)]
    expected += [f"{plover_file}:{line}:" for line in (2, 3)]
    assert [p.split(" ")[0] for p in problems] == expected
    message = str(caught.value)
    assert message.startswith("9 problems")
    for words in ("'zero' is not a number", "root 21 is not between 01 and 20",
                  "0311 has no parent 031", "outside [-10, 10]", "already on line 4",
                  "quad_class '2' should be 3", "expected 7 tab-separated fields",
                  "'reject' should be an upper-case name", "'x1' is not a CAMEO code"):
        assert words in message


def test_missing_files_are_reported(tmp_path):
    with pytest.raises(DataFileError) as caught:
        Ontology.load(tmp_path)
    assert len(caught.value.problems) == 2
    assert all("file not found" in p for p in caught.value.problems)


@pytest.mark.skipif(not (SHARED_DATA / "cameo" / "cameo-codes.csv").is_file(),
                    reason="../shared/data is not available")
def test_the_data_files_are_what_the_import_script_makes(tmp_path):
    subprocess.run([sys.executable, str(PROJECT_ROOT / "scripts" / "import_codebook.py"),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("cameo.tsv", "cameo_plover.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == \
            (default_data_dir() / name).read_text(encoding="utf-8"), name
