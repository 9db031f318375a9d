"""Where events happened, read from real sentences."""

from eventwire.model import Article


def located(coder, text):
    events = list(coder.code([Article(id="t", text=text, date="2017-02-16")]))
    assert events, text
    return events[0].location


def test_city_with_its_country(coder):
    place = located(coder, "Rex Tillerson met with Sergey Lavrov in Bonn, Germany, on Thursday.")
    assert (place.name, place.country) == ("Bonn", "DEU")
    assert place.text == "Bonn, Germany"


def test_capital_is_a_place_under_in(coder):
    place = located(coder, "Turkish police detained German journalists in Ankara.")
    assert (place.text, place.country) == ("Ankara", "TUR")


def test_no_place_no_location(coder):
    assert located(coder, "Turkey condemned Israel on Monday.") is None


def test_a_city_the_gazetteer_knows_has_its_country_and_coordinates(coder):
    place = located(coder, "Turkish troops attacked Kurdish fighters near Aleppo on Monday.")
    assert (place.name, place.country) == ("Aleppo", "SYR")
    assert round(place.lat) == 36 and round(place.lon) == 37


def test_actors_of_unknown_country_take_the_country_of_the_place(coder):
    events = list(coder.code([Article(id="t", text="Police arrested twelve protesters in Mosul on Friday.",
                                       date="2017-02-16")]))
    assert [(e.source.code, e.target.code) for e in events] == [("IRQCOP", "IRQCVL")]
    assert events[0].confidence < 0.5  # placed by where, not named
