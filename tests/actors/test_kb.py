from pathlib import Path

import pytest

from eventwire.actors.kb import DATA_DIR, KnowledgeBase, load_kb, read_agents, read_organisations
from eventwire.errors import DataFileError


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def first(kb, name, date=None):
    found = kb.lookup(name, date)
    assert found, f"{name!r} not in the knowledge base"
    return found[0]


def test_countries_by_name_alias_and_demonym(kb):
    assert first(kb, "Russia").code == "RUS"
    assert first(kb, "U.S.").code == "USA"
    assert first(kb, "the United States").code == "USA"
    assert first(kb, "Burma").code == "MMR"
    assert first(kb, "Russian").country == "RUS"
    stats = kb.stats()
    assert stats["country"] >= 240


def test_seats_of_government_stand_for_governments(kb):
    assert first(kb, "Moscow").code == "RUSGOV"
    assert first(kb, "the Kremlin").code == "RUSGOV"
    assert first(kb, "Washington").code == "USAGOV"
    assert first(kb, "the White House").code == "USAGOV"
    assert first(kb, "the Pentagon").code == "USAMIL"


def test_organisations_and_groups(kb):
    assert first(kb, "NATO").code == "IGOWSTNAT"
    assert first(kb, "Islamic State").code == "IMGMUSISI"
    assert first(kb, "ISIS").code == "IMGMUSISI"
    for name in ["UN", "EU", "G20"]:
        assert first(kb, name).code.startswith("IGO"), name


def test_agent_nouns_give_sectors(kb):
    assert set(first(kb, "defense secretary").sectors) == {"GOV", "MIL"}
    assert first(kb, "troops").sectors == ("MIL",)
    assert first(kb, "Rebels").sectors == ("REB",)  # any case


def test_roles_follow_the_story_date(kb):
    assert first(kb, "Donald Trump", "2016-05-01").code == "USAELI"
    assert first(kb, "Donald Trump", "2017-02-16").code == "USAGOV"
    assert first(kb, "Jim Mattis", "2017-02-16").code == "USAGOV"
    assert set(first(kb, "Jim Mattis", "2017-02-16").sectors) >= {"GOV", "MIL"}
    assert first(kb, "Vladimir Putin", "2017-02-16").code == "RUSGOV"
    assert first(kb, "Rex Tillerson", "2015-01-01").code == "USABUS"
    assert first(kb, "Sergey Lavrov", "2017-02-16").code == "RUSGOV"


def test_user_file_takes_precedence(tmp_path: Path):
    extra = tmp_path / "mine.people.yaml"
    extra.write_text("- name: Vladimir Putin\n  roles: [{country: RUS, sectors: [ELI], start: 1990-01-01}]\n",
                     encoding="utf-8")
    kb = load_kb(extra=(extra,))
    assert kb.lookup("Vladimir Putin", "2017-02-16")[0].code == "RUSELI"


def test_bad_file_reports_every_problem(tmp_path: Path):
    bad = tmp_path / "bad.agents.tsv"
    bad.write_text("phrase\tsectors\nwarlord\tWAR\nspy\t\nx\ty\tz\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_kb(extra=(bad,))
    problems = caught.value.problems
    assert any("bad.agents.tsv:2: unknown sector 'WAR'" in p for p in problems)
    assert any("bad.agents.tsv:3" in p and "no sector" in p for p in problems)
    assert any("bad.agents.tsv:4: 3 columns" in p for p in problems)


def test_peoples_without_a_state_name_every_country_they_live_in(kb):
    entry = kb.entries("Kurdish")[0]
    assert entry.kind == "demonym" and entry.country == "IRQ"
    assert set(entry.countries) == {"IRQ", "SYR", "TUR", "IRN"}
    assert first(kb, "Tamils").country == "LKA"


def test_historical_leaders_and_armed_groups(kb):
    assert first(kb, "Slobodan Milosevic", "1995-06-01").code == "SRBGOV"
    assert first(kb, "Slobodan Milosevic", "1999-06-01").code == "YUGGOV"
    assert first(kb, "Suharto", "1990-01-01").code == "IDNGOV"
    assert first(kb, "UNITA").code == "IMGUNITA"
    assert first(kb, "Edward Snowden", "2017-02-16").kind == "person"


def test_us_state_and_city_leaders_are_known(coder):
    from eventwire.model import Article

    text = "Governor Gavin Newsom met Mayor Karen Bass, and Josh Shapiro criticised the ruling."
    (_, doc), = list(coder.parse([Article(id="t", text=text, date="2024-03-01")]))
    codes = {doc[m.start:m.end].text: m.code for m in doc._.actors.mentions}
    assert codes["Governor Gavin Newsom"] == "USAGOV"
    assert codes["Mayor Karen Bass"] == "USAGOV"
    assert codes["Josh Shapiro"] == "USAGOV"


def test_older_and_other_spellings_of_countries_and_peoples():
    from eventwire.actors.kb import load_kb

    kb = load_kb()
    assert [(e.kind, e.country) for e in kb.entries("Khatmandu")] == [("metonym", "NPL")]
    assert kb.entries("Zairian")[0].country == "COD"
    assert kb.entries("West German")[0].country == "DEU"
    assert kb.entries("Bombay")[0].country == "IND"
    assert kb.entries("Greek Cypriots")[0].country == "CYP"
    assert kb.entries("Kosovo Albanians")[0].country == "XKX"


def test_dissidents_in_exile_and_the_movements_they_lead(kb):
    assert first(kb, "Fethullah Gulen", "2017-02-07").code == "TUROPP"
    assert first(kb, "the Gulen movement").code == "TUROPP"
    assert first(kb, "FETO").code == "TUROPP"


def test_romanian_leaders_by_their_dated_roles(kb):
    assert first(kb, "Klaus Iohannis", "2017-02-07").code == "ROUGOV"
    assert first(kb, "Klaus Iohannis", "2010-05-01").code == "ROUGOV"  # mayor of Sibiu
    assert first(kb, "Liviu Dragnea", "2017-02-07").code == "ROULEG"
    assert first(kb, "Calin Popescu Tariceanu", "2017-02-07").code == "ROULEG"


def test_government_agencies_are_their_states(kb):
    assert first(kb, "the EPA").code == "USAGOV"
    assert first(kb, "the DOJ").code == "USAJUD"
    assert first(kb, "DFID").code == "GBRGOV"
    assert first(kb, "the State Council").code == "CHNGOV"


def _curated(reader, name):
    kb, problems = KnowledgeBase(), []
    reader(kb, DATA_DIR / name, problems)
    assert problems == []
    return {e for entries in kb.by_phrase.values() for e in entries}


def test_the_curated_files_cover_every_kind_of_organisation_and_agent():
    orgs = _curated(read_organisations, "organisations.tsv")
    kinds = {kind: {e.org for e in orgs if e.org and e.org.startswith(kind)}
             for kind in ("IGO", "IMG", "NGO", "MNC")}
    assert len(kinds["IGO"]) >= 150 and len(kinds["IMG"]) >= 60
    assert len(kinds["NGO"]) >= 50 and len(kinds["MNC"]) >= 50
    agents = _curated(read_agents, "agents.tsv")
    assert len({e.entity.lower() for e in agents}) >= 300


def test_armed_groups_answer_to_their_aliases(kb):
    assert {first(kb, n).code for n in ("ISIS", "ISIL", "Daesh", "Islamic State")} == {"IMGMUSISI"}
    for name in ("al-Qaeda", "Taliban", "Hezbollah", "Hamas", "Houthis", "al-Shabab",
                 "Boko Haram", "PKK", "YPG", "SDF", "FARC"):
        assert first(kb, name).code.startswith("IMG"), name
