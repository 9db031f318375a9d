"""What pronouns and lone surnames stand for, in real sentences."""

from eventwire.model import Article


def mentions(coder, text, date="2017-02-16"):
    (_, doc), = list(coder.parse([Article(id="t", text=text, date=date)]))
    return [(doc[m.start:m.end].text, m.code, m.via) for m in doc._.actors.mentions]


def test_their_is_not_the_city_where_people_are(coder):
    found = mentions(coder, "Demonstrators in Baghdad blocked a road to show their anger at "
                            "rising food prices.")
    assert not [m for m in found if m[0] == "their" and m[1].endswith("GOV")]


def test_a_surname_named_as_a_place_is_no_person(coder):
    found = mentions(coder, "A group of asylum-seekers has gone on hunger strike at a refugee "
                            "centre in Kerry.")
    assert not [m for m in found if m[0] == "Kerry"]
    found = mentions(coder, "Kerry met Lavrov in Geneva on Friday.", date="2015-06-12")
    assert ("Kerry", "USAGOV", "surname") in found
