"""Whom a restriction is aimed at through what it bars (events/restricting.py), and what a
preposition governs where the parser labels it oddly (events/prepositions.py)."""

from __future__ import annotations

from rows import dyads


def test_a_ban_on_goods_is_aimed_at_whose_goods_they_are(coder):
    assert dyads(coder, "The European Union lifted its ban on imports of Chinese steel.") == [
        ("IGOEUREEC", "CHN", "081", "Chinese steel")]


def test_a_ban_on_dealing_with_someone_is_aimed_at_them(coder):
    found = dyads(coder, "The Commerce Department eased its ban on selling chips to Huawei.")
    assert [(s, t) for s, t, _, _ in found] == [("USAGOV", "MNCHUAW")]


def test_restrictions_to_and_from_a_place_are_aimed_at_it(coder):
    # "to" has no object of its own: the parser gives it to "from", joined to it
    assert dyads(coder, "Seoul eased its restrictions on flights to and from Beijing.") == [
        ("KORGOV", "CHNGOV", "081", "Beijing")]


def test_a_thing_barred_that_names_no_one_gives_no_target(coder):
    found = dyads(coder, "The government eased restrictions on the movement of aid workers.")
    assert all(t is None for _, t, _, _ in found)


def test_a_to_phrase_before_the_object_names_whom_it_is_given(coder):
    found = dyads(coder, "Germany gave to Ukraine two more air defence systems.")
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
