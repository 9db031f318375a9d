"""A person's role on the date of the act, when the sentence dates it in a past year."""

from eventwire.model import Article


def dyads(coder, text, date):
    return [(e.source.code, e.target.code if e.target else None, e.cameo.code)
            for e in coder.code([Article(id="t", text=text, date=date)])]


def test_a_past_year_gives_the_role_then(coder):
    # Carter is a former president (USAELI) in 2019, the president (USAGOV) in 1978
    found = dyads(coder, "In 1978, President Carter brokered an accord between Israel and Egypt.",
                  "2019-05-01")
    assert found and all(source == "USAGOV" for source, _, _ in found), found
    found = dyads(coder, "Jimmy Carter met Menachem Begin at Camp David in September 1978.",
                  "2019-05-01")
    assert [source for source, _, _ in found] == ["USAGOV"], found


def test_todays_news_keeps_todays_role(coder):
    found = dyads(coder, "Former president Jimmy Carter arrived in Pyongyang on Tuesday.",
                  "2019-05-01")
    assert [source for source, _, _ in found] == ["USAELI"], found


def test_loose_date_words_change_no_role(coder):
    # "a year after the war" names no year: Milosevic is coded as on the publication date
    found = dyads(coder, "A year after the war, Milosevic met Russian envoys in Belgrade.",
                  "2001-10-05")
    assert [source for source, _, _ in found] == ["SRBELI"], found


def test_the_role_is_read_from_the_acts_date_not_the_mention(coded):
    # the actor stage codes by the publication date; only an event moves the role
    assert coded("In 1978, President Carter brokered an accord.", "2019-05-01")[
        "President Carter"] == "USAELI"
