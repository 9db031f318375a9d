"""The country of actors the text does not place: the one the article is about."""

from eventwire.model import Article


def coded(coder, text, date="2017-02-16"):
    (_, doc), = list(coder.parse([Article(id="t", text=text, date=date)]))
    return {doc[m.start:m.end].text: m.code for m in doc._.actors.mentions}


def test_a_bare_supreme_court_is_of_the_country_the_story_is_about(coder):
    found = coded(coder, "Kenya's opposition leader rejected the result of the vote won by "
                         "President Uhuru Kenyatta and said he would go to the Supreme Court.")
    assert found["Supreme Court"] == "KENJUD"
    found = coded(coder, "Philippine President Rodrigo Duterte said the Senate would not block "
                         "the Philippine army's offensive.")
    assert found["Senate"] == "PHLLEG"


def test_a_bare_senate_stays_american_in_american_news(coder):
    found = coded(coder, "The Senate voted to cut military aid to Kenya.")
    assert found["Senate"] == "USALEG"
    found = coded(coder, "The U.S. ambassador said the Senate would back new sanctions on Iran.")
    assert found["Senate"] == "USALEG"
