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
