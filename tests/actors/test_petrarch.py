"""The PETRARCH/Phoenix importer on real dictionary lines, copied from ../shared/data/petrarch."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from conftest import shared
from eventwire.actors.kb import Source, build_kb
from eventwire.actors.petrarch import parse_code, parse_date
from eventwire.actors.petrarch_convert import import_dictionaries
from eventwire.actors.petrarch_convert import display_name, drop_reason, english_words
from eventwire.errors import DataFileError


def real_lines(name: str, *anchors: tuple[str, int]) -> list[str]:
    """The opening comments (with the licence) of a real Phoenix file, then, for each anchor,
    the line that starts with it and the lines after it (the count given)."""
    lines = shared("petrarch", name).read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if line and not line.startswith("#"):
            break
        header.append(line)
    picked = list(header)
    for start, count in anchors:
        at = next(i for i, line in enumerate(lines) if line.startswith(start))
        picked += lines[at:at + count] + [""]
    return picked


def write(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def kb_of(paths: list[Path]):
    return build_kb(tuple(Source("petrarch", p) for p in paths))


@pytest.fixture(scope="module")
def countries(tmp_path_factory):
    """Real entries of Phoenix.Countries.actors.txt converted: Afghanistan and its army,
    Brezhnev (names one under another), Putin and Medvedev (synonyms, dated roles)."""
    folder = tmp_path_factory.mktemp("phoenix")
    source = write(folder, "Phoenix.Countries.actors.txt", real_lines(
        "Phoenix.Countries.actors.txt", ("AFGHANISTAN_", 30), ("AFGHAN_NATIONAL_SECURITY_FORCES", 5),
        ("LEONID_BREZHNEV_", 8), ("VLADIMIR_PUTIN_", 17), ("DMITRY_MEDVEDEV_", 24)))
    result = import_dictionaries([source], folder / "out")
    return result, sorted((folder / "out").iterdir())


def test_a_person_gets_synonyms_and_dated_roles(countries):
    result, written = countries
    people = yaml.safe_load(next(p for p in written if p.name.endswith("people.yaml")).read_text())
    putin = next(p for p in people if p["name"] == "Vladimir Putin")
    assert "Vladimir V. Putin" in putin["aliases"] and "Prime Minister Putin" in putin["aliases"]
    assert {"country": "RUS", "sectors": ["ELI"]} == putin["roles"][0]  # the undated fallback
    # [RUSGOV 991231-080507]: both days included, so the role ends (exclusively) on 2008-05-08
    assert {"country": "RUS", "sectors": ["GOV"], "start": date(1999, 12, 31),
            "end": date(2008, 5, 8)} in putin["roles"]
    # DMITRY_MEDVEDEV_ and its synonyms have no codes of their own: they share DMITR_MEDVEDEV_'s
    medvedev = next(p for p in people if p["name"] == "Dmitry Medvedev")
    assert "Dmitri Medvedev" in medvedev["aliases"] and len(medvedev["roles"]) == 4
    # LEONID_ILYICH_BREZHNEV etc. are written under LEONID_BREZHNEV_ before the codes
    brezhnev = next(p for p in people if p["name"] == "Leonid Brezhnev")
    assert "Leonid Ilyich Brezhnev" in brezhnev["aliases"]
    assert result.counts["people"] == 4


def test_putins_dates_as_in_the_phoenix_file(countries):
    """The file says [RUSELI 700101-990809] [RUSGOV 991231-080507] [RUSGOV 990809-000507]
    [RUSGOV >080508] [RUSELI]."""
    _, written = countries
    kb = kb_of(written)
    code = {day: kb.lookup("Vladimir Putin", day)[0].code
            for day in ("1965-01-01", "1995-06-01", "1999-10-01", "2008-05-07", "2008-05-08",
                        "2017-02-16")}
    assert code == {"1965-01-01": "RUSELI", "1995-06-01": "RUSELI", "1999-10-01": "RUSGOV",
                    "2008-05-07": "RUSGOV", "2008-05-08": "RUSGOV", "2017-02-16": "RUSGOV"}
    assert kb.lookup("Prime Minister Vladimir Putin", "2010-01-01")[0].code == "RUSGOV"


def test_countries_and_national_institutions(countries):
    _, written = countries
    kb = kb_of(written)
    assert kb.lookup("Afghanistan")[0].code == "AFG"
    assert kb.lookup("Afghanestan")[0].code == "AFG"  # a synonym
    assert kb.lookup("ANSF")[0].code == "AFGMIL"  # [AFGMIL] becomes a metonym
    assert kb.lookup("Afghan National Army")[0].code == "AFGMIL"
    text = next(p for p in written if p.name.endswith("countries.tsv")).read_text()
    assert "Afghan National Security Forces=MIL" in text


def test_written_files_name_their_source_and_keep_its_licence(countries):
    _, written = countries
    assert {p.name for p in written} == {"Phoenix.Countries.actors.countries.tsv",
                                         "Phoenix.Countries.actors.people.yaml"}
    for path in written:
        head = path.read_text(encoding="utf-8")[:3000]
        assert "Phoenix.Countries.actors.txt" in head
        assert "# The MIT License (MIT)" in head and "Copyright (c) 2014 Open Event Data Alliance" in head
        assert "# THE SOFTWARE." in head


def test_a_file_without_a_notice_takes_the_licence_beside_it(tmp_path: Path):
    lines = real_lines("Phoenix.MilNonState.actors.txt", ("BOKO_HARAM", 1), ("ANGRY_BRIGADE_", 2))
    source = write(tmp_path, "Phoenix.MilNonState.actors.txt", lines)
    (tmp_path / "LICENSE").write_text(shared("petrarch", "LICENSE").read_text(), encoding="utf-8")
    result = import_dictionaries([source], tmp_path / "out")
    text = (tmp_path / "out" / "Phoenix.MilNonState.actors.countries.tsv").read_text()
    assert "# (from LICENSE, beside the source file)" in text and "# The MIT License (MIT)" in text
    assert "Boko Haram=REB" in text and "Angry Brigade=REB" in text
    assert result.problems == []


def test_agents_with_substitution_sets_plurals_and_codes(tmp_path: Path):
    lines = real_lines("Phoenix.agents.txt", ("!PERSON! =", 2), ("CATTLE!PERSON!", 1),
                       ("FARMER ", 1), ("CHAMBER_OF_COMMERCE ", 1), ("ARMED_POLICE ", 1),
                       ("FOREIGN_!MINIST!", 1), ("CONGRESS!PERSON!", 2), ("MAN [~PPL]", 1),
                       ("DEPARMENT_OF_ENVIRONMENT", 1))
    source = write(tmp_path, "Phoenix.agents.txt", lines)
    result = import_dictionaries([source], tmp_path / "out")
    rows = dict(line.split("\t") for line in
                (tmp_path / "out" / "Phoenix.agents.agents.tsv").read_text().splitlines()
                if line and not line.startswith("#"))
    assert rows["cattlemen"] == rows["cattlewomen"] == "AGR"  # !PERSON! expanded, no plural added
    assert rows["farmer"] == rows["farmers"] == "AGR"  # a regular plural
    assert rows["chambers of commerce"] == "BUS"  # the plural in {...}
    assert rows["armed police"] == "COP" and "armed polices" not in rows  # {}: no plural
    assert rows["foreign ministry"] == rows["foreign ministers"] == "GOV"
    assert rows["congresswoman"] == rows["congress"] == "LEG"
    assert "man" not in rows  # [~PPL]: too general to be an actor
    number = lines.index(next(line for line in lines if line.startswith("DEPARMENT"))) + 1
    assert f"Phoenix.agents.txt:{number}: agent 'DEPARMENT_OF_ENVIRONMENT [~ENV}}' has no [code]" \
        in result.problems


def test_dates_pivot_and_every_bad_line_reported(tmp_path: Path):
    assert parse_date("080508") == "2008-05-08"
    assert parse_date("300101") == "2030-01-01" and parse_date("310101") == "1931-01-01"
    assert parse_date("19171109") == "1917-11-09"
    problems: list[str] = []
    assert parse_code("RUSGOV >080508", "f.txt:1", problems).start == "2008-05-08"
    assert parse_code("HTIOPPMED <061231", "f.txt:2", problems).end == "2006-12-31"
    spaced = parse_code("IGOUNO  > 070201", "f.txt:3", problems)
    assert (spaced.code, spaced.start, spaced.end) == ("IGOUNO", "2007-02-01", None)
    assert parse_code("USAELI 700101-990809", "f.txt:4", problems).end == "1999-08-10"
    assert problems == []
    # real lines with broken dates, among good ones; the good entries are still converted
    lines = real_lines("Phoenix.Countries.actors.txt", ("GORDON_BROWN_", 6),
                       ("DAVID_CAMERON_", 4), ("VLADIMIR_PUTIN_", 17))
    source = write(tmp_path, "Phoenix.Countries.actors.txt", lines)
    result = import_dictionaries([source], tmp_path / "out")
    bad = lines.index(next(line for line in lines if ">201005011" in line)) + 1
    assert any(p.startswith(f"Phoenix.Countries.actors.txt:{bad}: [GBRGOV >201005011]: bad date")
               for p in result.problems)
    assert result.counts["people"] == 2  # Gordon Brown and Putin; Cameron has no readable code


def test_names_as_news_writes_them():
    english = english_words()
    assert display_name("VLADIMIR_PUTIN_", kind="person", english=english) == "Vladimir Putin"
    assert display_name("BASHAR_AL-ASSAD_", kind="person", english=english) == "Bashar al-Assad"
    assert display_name("GEORGE_W._BUSH", kind="person", english=english) == "George W. Bush"
    assert display_name("KING_ABDALLAH_II", kind="person", english=english) == "King Abdallah II"
    assert display_name("XI_JINPING", kind="person", english=english) == "Xi Jinping"
    assert display_name("JOHN_MCCAIN", kind="person", english=english) == "John McCain"
    assert display_name("U.S._", kind="place", english=english) == "U.S."
    assert display_name("UNITED_STATES_OF_AMERICA", kind="place", english=english) == \
        "United States of America"
    assert display_name("NATO", kind="org", english=english) == "NATO"
    assert display_name("ANSF", kind="org", english=english) == "ANSF"
    assert display_name("KURDISTAN_WORKERS'_PARTY", kind="org", english=english) == \
        "Kurdistan Workers' Party"


def test_short_and_common_word_phrases_are_left_out():
    english = english_words()
    assert drop_reason("Rice", english, set()) == "common word"
    assert drop_reason("Hope", english, set()) == "common word"
    assert drop_reason("Al", english, set()) == "short"
    assert drop_reason("Medvedev", english, set()) is None
    assert drop_reason("Condoleezza Rice", english, set()) is None


def test_kb_import_petrarch_command(tmp_path: Path):
    lines = real_lines("Phoenix.Countries.actors.txt", ("VLADIMIR_PUTIN_", 17))
    source = write(tmp_path, "Phoenix.Countries.actors.txt", lines)
    out = tmp_path / "kb"
    run = subprocess.run([sys.executable, "-m", "eventwire.cli", "kb", "import-petrarch",
                          str(source), "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "1 people" in run.stdout and "5 roles" in run.stdout
    assert (out / "Phoenix.Countries.actors.people.yaml").exists()
    missing = subprocess.run([sys.executable, "-m", "eventwire.cli", "kb", "import-petrarch",
                              str(tmp_path / "nothing.txt")], capture_output=True, text=True,
                             timeout=120)
    assert missing.returncode == 2 and "nothing.txt" in missing.stderr


def test_a_file_that_is_no_dictionary_is_refused(tmp_path: Path):
    text = tmp_path / "notes.txt"
    text.write_text("Some notes\nabout actors\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        import_dictionaries([text], tmp_path / "out")
    assert "notes.txt: not a PETRARCH/TABARI dictionary" in str(caught.value)
