"""Places as actors (events/sites.py): a stretch of land named by its "of" phrase is in that
place's country; a word for a country is the country its "of" phrase names."""

from __future__ import annotations

from rows import dyads


def test_a_stretch_of_land_named_by_its_of_phrase_is_in_that_place_s_country(coder):
    # the "of" phrase of a district or an enclave names where it is, not its owner
    found = dyads(coder, "Iraqi troops began their assault on the western district of Mosul "
                         "on Sunday.")
    assert found == [("IRQMIL", "IRQ", "190", "the western district of Mosul")]
    found = dyads(coder, "Government jets struck the opposition-held district of eastern Aleppo "
                         "for a third day.")
    assert found == [("SYRGOV", "SYR", "195", "the opposition-held district of eastern Aleppo")]


def test_a_town_only_the_gazetteer_knows_is_not_placed_through_of(coder):
    # many towns are called Greenville: no country is guessed from "the city of"
    found = dyads(coder, "Government troops shelled the city of Greenville on Tuesday.")
    assert [target for _, target, _, _ in found] == [None]


def test_a_word_for_a_country_is_the_country_its_of_phrase_names(coder):
    found = dyads(coder, "Vietnam has established diplomatic relations with the island nation "
                         "of Tuvalu.")
    assert found == [("VNM", "TUV", "054", "the island nation of Tuvalu")]
