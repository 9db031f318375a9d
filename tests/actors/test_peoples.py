"""Peoples in real sentences: a people without a state, counted as persons, is an actor."""

from eventwire.model import Article


def coded(coder, text, date="2017-02-16"):
    (_, doc), = list(coder.parse([Article(id="t", text=text, date=date)]))
    return {doc[m.start:m.end].text: m.code for m in doc._.actors.mentions}


def test_a_crowd_of_a_stateless_people_is_civilians_of_where_they_are(coder):
    found = coded(coder, "Thousands of Kurds demonstrated in the Turkish city of Diyarbakir on "
                         "Saturday.")
    assert found["Kurds"] == "TURCVL"
    found = coded(coder, "Hundreds of Tamils marched through the streets of Jaffna on Monday.")
    assert found["Tamils"] == "LKACVL"


def test_a_bare_stateless_people_is_no_actor_yet(coder):
    assert "Kurds" not in coded(coder, "Turkey agreed to a ceasefire with the Kurds.")
