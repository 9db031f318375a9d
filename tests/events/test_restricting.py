"""Whom a restriction is aimed at through what it bars (events/restricting.py), and what a
preposition governs where the parser labels it oddly (events/prepositions.py)."""

from __future__ import annotations

from rows import dyads


def test_a_ban_on_goods_is_aimed_at_whose_goods_they_are(coder):
    assert dyads(coder, "The European Union lifted its ban on imports of Chinese steel.") == [
        ("IGOEUREEC", "CHN", "081", "Chinese steel")]


def test_a_ban_on_doing_business_with_someone_is_aimed_at_them(coder):
    found = dyads(coder, "Washington will not lift the ban on doing business with Huawei.")
    assert [(s, t, text) for s, t, _, text in found] == [("USAGOV", "MNCHUAW", "Huawei")]


def test_curbs_to_and_from_a_country_are_aimed_at_it(coder):
    # "to" has no object of its own: the parser gives it to "from", joined to it
    assert dyads(coder, "Japan lifted travel curbs to and from China on Monday.") == [
        ("JPN", "CHN", "081", "China")]


def test_a_thing_barred_that_names_no_one_gives_no_target(coder):
    found = dyads(coder, "The government eased restrictions on the movement of aid workers.")
    assert all(t is None for _, t, _, _ in found)


def test_a_to_phrase_before_the_object_names_whom_it_is_given(coder):
    # the parser makes "to Ukraine" the verb's dative, before "some of its air defence systems"
    found = dyads(coder, "Germany gave to Ukraine some of its air defence systems.")
    assert [(s, t, text) for s, t, _, text in found] == [("DEU", "UKR", "Ukraine")]


def test_a_restriction_on_what_goes_to_a_country_is_aimed_at_it(coder):
    found = dyads(coder, "Washington eased restrictions on remittances to Cuba.")
    assert [(s, t, text) for s, t, _, text in found] == [("USAGOV", "CUB", "Cuba")]
    found = dyads(coder, "Kuwait imposed a ban on travel to Iran.")
    assert [(s, t) for s, t, _, _ in found] == [("KWT", "IRN")]


def test_out_of_says_what_from_says(coder):
    # "out of": the "of" carries the place left, as "from" does
    assert dyads(coder, "France pulled its troops out of Mali last year.") == [
        ("FRA", "MLI", "0874", "Mali")]
    found = dyads(coder, "Hundreds of Russian soldiers were airlifted out of northern Syria.")
    assert [(s, t) for s, t, _, _ in found] == [("RUSMIL", "SYR")]
