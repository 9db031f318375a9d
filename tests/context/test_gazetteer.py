"""The gazetteer of cities: names English text uses, the more populous city keeping a shared name."""

from eventwire.context.gazetteer import city


def test_cities_by_their_english_names():
    assert city("Aleppo").country == "SYR"
    assert city("Kiev").country == city("Kyiv").country == "UKR"
    assert city("Paris").country == "FRA"  # not Paris, Texas
    assert city("Xanadu Flats") is None
