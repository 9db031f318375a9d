"""Whom a protest is aimed at: events/protests.py (and the protest's aim, events/prune.py)."""
from __future__ import annotations


def coded(coder, text):
    return [(e.source.code, e.target.code if e.target else None, e.cameo.code)
            for e in coder.code_text(text, date="2017-02-16")]


def test_domestic_protesters_without_a_target_protest_against_their_government(coder):
    events = coder.code_text("Thousands of students marched in Bogota on Thursday.", date="2017-02-16")
    assert [(e.source.code, e.target.code, e.cameo.code) for e in events] == [
        ("COLEDU", "COLGOV", "141")]
    target = events[0].target
    assert target.text == "" and target.start == target.end  # no words name it
    assert events[0].evidence.rule.endswith("+own_government")
    assert events[0].confidence <= 0.5  # a target by convention counts for little


def test_a_people_and_workers_protest_against_their_government(coder):
    assert coded(coder, "Thousands of Chinese factory workers went on strike in Shenzhen on "
                        "Monday.") == [("CHNLAB", "CHNGOV", "143")]


def test_what_the_protest_names_wins(coder):
    # a phrase of defiance over the convention
    assert coded(coder, "Hundreds of Kenyan farmers blocked the main highway into Nairobi in "
                        "defiance of the police.") == [("KENAGR", "KENCOP", "144")]
    # what is protested, owned by an actor, over the site the protest names
    events = coder.code_text("Thousands of Romanians took to the streets of Bucharest on Sunday "
                             "to protest against the government's decree.", date="2017-02-16")
    assert [(e.source.code, e.target.code, e.cameo.code) for e in events] == [
        ("ROUCVL", "ROUGOV", "1412")]
    assert events[0].target.text == "the government's decree"


def test_no_convention_for_protesters_abroad_states_or_another_sense(coder):
    assert coded(coder, "Thousands of Turkish workers demonstrated in Berlin on Saturday.") == []
    assert coded(coder, "Venezuelan soldiers marched through Caracas on Friday.") == []
    assert coded(coder, "Russian researchers demonstrated that the new vaccine protects against "
                        "the virus.") == []
    assert coded(coder, "The Ukrainian opposition party rallied its supporters in Kiev on "
                        "Sunday.") == []


def test_a_protest_and_its_demand_are_one_event_with_the_demand_s_subcode(coder):
    assert coded(coder, "Congolese opposition supporters rioted in Kinshasa on Tuesday, calling "
                        "for President Joseph Kabila to step down.") == [("CODOPP", "CODGOV", "1451")]
    assert coded(coder, "Thousands of students marched in Bogota on Thursday demanding free "
                        "university education.") == [("COLEDU", "COLGOV", "141")]


def test_a_place_its_adjective_puts_in_the_protesters_country_is_at_home(coder):
    # "the Danish territory of Greenland" lies in Denmark, whatever code Greenland has
    assert coded(coder, "Hundreds of Danish fishermen demonstrated on Monday in the Danish "
                        "territory of Greenland.") == [("DNKAGR", "DNKGOV", "141")]
    # ... and a city its adjective puts in another country is still abroad
    assert coded(coder, "Hundreds of Turkish Kurds demonstrated in the German city of Cologne.") == []


def test_prisoners_protest_against_the_government_that_jails_them(coder):
    events = coder.code_text("Palestinian inmates rioted on Tuesday at a detention centre in "
                             "southern Israel.", date="2017-02-16")
    assert [(e.source.code, e.target.code, e.cameo.code) for e in events] == [
        ("PSECRM", "ISRGOV", "145")]
    assert events[0].evidence.rule.endswith("+jailers") and events[0].target.text == ""
    # the jailed are held too, though the country is their own
    assert coded(coder, "Jailed Kurdish activists rioted at a prison in the Turkish city of "
                        "Diyarbakir.") == [("TURCVL", "TURGOV", "145")]
