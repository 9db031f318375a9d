"""The PLOVER reading of events: mode and context from the code's row and the clause's words, on
real news sentences (written for these tests in the style of wire reports)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.events.ontology import Ontology
from eventwire.events.plover import PloverWords, open_modes, phrase, table_reading
from eventwire.model import Article, Plover

ONTOLOGY = Ontology.load()


def readings(coder, text: str) -> list[tuple[str, str, Plover]]:
    """(source, code, PLOVER reading) of each event the coder finds in ``text``."""
    return [(e.source.code, e.cameo.code, e.plover)
            for e in coder.code([Article(id="t", text=text, date="2019-05-01")])]


def test_the_table_alone_as_before():
    assert table_reading(ONTOLOGY, "1212") == Plover("REJECT", "assist", ("military",))
    assert table_reading(ONTOLOGY, "0233") == Plover("REQUEST", "assist", ("humanitarian",))
    assert table_reading(ONTOLOGY, "010") == Plover("", "", ())


def test_which_modes_the_words_may_choose():
    assert open_modes(ONTOLOGY, "190") is None  # no mode in the row: any ASSAULT mode
    # 183 "suicide, car or other bombing" is suicide-attack; its 1832 car bombing explosives
    assert open_modes(ONTOLOGY, "183") == {"suicide-attack", "explosives"}
    assert open_modes(ONTOLOGY, "172") == {"restrict", "ban", "curfew", "martial-law"}
    assert open_modes(ONTOLOGY, "142") == frozenset()  # a hunger strike stays one
    assert open_modes(ONTOLOGY, "1832") == frozenset()


def test_phrases_are_split_as_spacy_splits_them():
    assert phrase("cease-fire") == ("cease", "-", "fire")
    assert phrase("women's rights") == ("women", "'s", "rights")
    assert phrase("Covid-19") == ("covid-19",)


def test_assault_modes_from_the_weapons(coder):
    assert readings(coder, "Gunmen shot dead two Pakistani police officers in Quetta on "
                           "Tuesday.") == [("PAKREB", "193", Plover("ASSAULT", "firearms",
                                                                      ("military",)))]
    attack = readings(coder, "Syrian rebels attacked government troops with a car bomb near "
                             "Aleppo.")
    # (a car bomb makes the attack a car bombing, 1832: events/violence.py)
    assert [(code, p.mode) for _, code, p in attack] == [("1832", "explosives")]
    shelling = readings(coder, "Turkey attacked Kurdish fighters in northern Syria with artillery.")
    assert [p.mode for *_, p in shelling] == ["heavy-weapons"]


def test_the_actor_shows_the_mode_of_a_clause_that_borrows_it(coder):
    # "killed 20 civilians" has no words of its own about how: the warplanes say it
    events = readings(coder, "Saudi warplanes killed 20 civilians in northern Yemen on Monday.")
    assert [p.mode for *_, p in events] == ["heavy-weapons"]
    # the toll of a bombing is part of it (events/prune.py): one event, the bombing's mode
    events = readings(coder, "Saudi warplanes bombed a market in northern Yemen on Monday, "
                             "killing 20 civilians.")
    assert [p.mode for *_, p in events] == ["heavy-weapons"]


def test_a_specific_mode_of_the_code_stands(coder):
    # 182 "physically assault" is beat; 181 abduct; the words do not change them
    assert readings(coder, "Ethiopian police beat protesters in Addis Ababa.")[0][2].mode == "beat"
    assert readings(coder, "Boko Haram kidnapped 276 schoolgirls in Chibok.")[0][2].mode == "abduct"


def test_contexts_from_the_words_of_the_clause(coder):
    agreed = readings(coder, "Russia and Japan agreed to discuss joint economic activity on the "
                             "disputed islands.")
    assert {p.context for *_, p in agreed} == {("diplomatic", "economic")}
    demand = readings(coder, "The United Nations demanded that Myanmar allow aid workers into "
                             "Rakhine state.")
    assert demand[0][2] == Plover("REQUEST", "yield", ("diplomatic", "humanitarian"))
    expelled = readings(coder, "Germany expelled two Russian diplomats for spying.")
    assert expelled[0][2] == Plover("SANCTION", "expel", ("diplomatic", "intelligence"))


def test_the_words_naming_an_actor_are_no_context(coder):
    # "Defence Minister" names the source: the meeting is not thereby military
    events = readings(coder, "British Defence Minister Gavin Williamson met Polish President "
                             "Andrzej Duda in Warsaw on Monday.")
    assert events and all("military" not in p.context for *_, p in events)


def test_a_later_clause_of_its_own_is_not_the_events(coder):
    # the refugees are in the "after" clause, not in what the police did
    events = readings(coder, "Police arrested 40 protesters in Budapest after refugees "
                             "protested at the border.")
    arrest = [p for _, code, p in events if code == "173"]
    assert arrest == [Plover("COERCE", "arrest", ("legal",))]


def test_word_tables_are_checked_on_load(tmp_path: Path):
    (tmp_path / "plover_modes.tsv").write_text(
        "# modes\nevent\tmode\twords\nASSAULT\tfirearms\tshoot;gunman\nassault\tbeat\tbeat\n"
        "ASSAULT\tfirearms\trifle\nPROTEST\tRiot\triot\nPROTEST\tdemo\t ; \n", encoding="utf-8")
    (tmp_path / "plover_contexts.tsv").write_text(
        "context\twords\nmilitary\ttroops\nmilitary\tarmy\ncyber\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        PloverWords.load(tmp_path)
    problems = error.value.problems
    modes, contexts = tmp_path / "plover_modes.tsv", tmp_path / "plover_contexts.tsv"
    where = {p.split(": ", 1)[0]: p.split(": ", 1)[1] for p in problems}
    assert sorted(where) == [f"{contexts}:3", f"{contexts}:4", f"{modes}:4", f"{modes}:5",
                             f"{modes}:6", f"{modes}:7"]
    assert "upper-case" in where[f"{modes}:4"] and "already listed" in where[f"{modes}:5"]
    assert "lower-case" in where[f"{modes}:6"] and "has no words" in where[f"{modes}:7"]
    assert "already listed" in where[f"{contexts}:3"] and "expected 2" in where[f"{contexts}:4"]


def test_the_shipped_tables_use_only_plover_names():
    words = PloverWords.load()
    assert words.modes["PROTEST"][0].name == "hunger"  # tried before the generic demo
    assert [row.name for row in words.modes["PROTEST"]][-1] == "demo"
    known = {ONTOLOGY.plover(c).event for c in ONTOLOGY.codes() if ONTOLOGY.has_plover(c)}
    assert set(words.modes) <= known
    assert "aerial" not in {row.name for row in words.modes["ASSAULT"]}


def test_what_states_say_and_do_to_each_other_is_diplomatic_when_no_word_says_otherwise(coder):
    assert readings(coder, "Chinese Foreign Minister Wang Yi telephoned his Russian counterpart "
                           "Sergei Lavrov on Tuesday.")[0][2].context == ("diplomatic",)
    assert readings(coder, "Japan rejected a South Korean request on Monday.")[0][2].context == (
        "diplomatic",)
    # not force, nor a people protesting at its own government
    assert "diplomatic" not in readings(coder, "Israeli warplanes struck Hamas positions in Gaza "
                                               "on Sunday.")[0][2].context
    assert readings(coder, "Thousands of students marched in Bogota on Thursday.")[0][2].context == ()
