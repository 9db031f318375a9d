"""A person's role on the date of the clause, when the sentence dates it in the past."""


def test_a_past_year_gives_the_role_then(coded):
    # Carter is a former president (USAELI) in 2019, the president (USAGOV) in 1978
    found = coded("In 1978, President Carter brokered an accord between Israel and Egypt.",
                  "2019-05-01")
    assert found["President Carter"] == "USAGOV"
    found = coded("Jimmy Carter met Menachem Begin at Camp David in September 1978.",
                  "2019-05-01")
    assert found["Jimmy Carter"] == "USAGOV"


def test_todays_news_keeps_todays_role(coded):
    found = coded("Former president Jimmy Carter arrived in Pyongyang on Tuesday.",
                  "2019-05-01")
    assert found["Former president Jimmy Carter"] == "USAELI"


def test_loose_date_words_change_no_role(coded):
    # "a year after" names no year: Milosevic is coded as on the publication date
    found = coded("Protesters marched on Belgrade a year after Milosevic fell from power.",
                  "2001-10-05")
    assert found["Milosevic"] == "SRBELI"
