"""Peoples in real sentences: a people without a state, counted as persons, is an actor."""


def test_a_crowd_of_a_stateless_people_is_civilians_of_where_they_are(coded):
    found = coded("Thousands of Kurds demonstrated in the Turkish city of Diyarbakir on "
                  "Saturday.")
    assert found["Kurds"] == "TURCVL"
    found = coded("Hundreds of Tamils marched through the streets of Jaffna on Monday.")
    assert found["Tamils"] == "LKACVL"


def test_a_bare_stateless_people_is_no_actor_yet(coded):
    assert "Kurds" not in coded("Turkey agreed to a ceasefire with the Kurds.")


def test_one_person_of_a_nation_is_a_civilian_of_it(coded):
    found = coded("Police said an Australian had stabbed a guard, and a Briton was arrested "
                  "at the border.")
    assert found["Australian"] == "AUSCVL"
    assert found["Briton"] == "GBRCVL"
    # the nation itself stays the country
    assert coded("The British said the talks had failed.")["British"] == "GBR"


def test_a_settlement_reached_is_no_settlers(coded):
    assert "settlement" not in coded("The ministers discussed the settlement of the Ukrainian "
                                     "crisis.")
    assert "settlement" not in coded("Moscow called for a peaceful settlement in Syria.")
    # people settled somewhere are
    assert coded("Israeli police evacuated the Amona settlement on Wednesday.")["settlement"] \
        == "---CVL"
