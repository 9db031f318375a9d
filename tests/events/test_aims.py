"""Whom an act is aimed at beyond its pattern's slots (events/aims.py), on real-looking news."""

from __future__ import annotations

from eventwire.model import Article


def dyads(coder, text, date="2019-05-02"):
    return [(e.source.code, e.target.code if e.target else None, e.cameo.code,
             e.target.text if e.target else None)
            for e in coder.code([Article(id="t", text=text, date=date)])]


def test_force_with_no_one_named_as_hit_is_aimed_at_where_it_happens(coder):
    assert dyads(coder, "Israeli troops remained on alert in the occupied West Bank on "
                        "Thursday.") == [("ISRMIL", "PSE", "152", "the occupied West Bank")]


def test_a_capital_where_force_is_used_is_its_country(coder):
    found = dyads(coder, "Syrian government forces shelled Aleppo overnight.")
    assert [(s, t, text) for s, t, _, text in found] == [("SYRMIL", "SYR", "Aleppo")]


def test_a_place_is_no_target_of_other_acts(coder):
    # a statement, a meeting's place: where it happens is no one it is aimed at
    found = dyads(coder, "The German chancellor spoke at length in Paris on Monday.")
    assert all(t is None for _, t, _, _ in found)
