"""The country of actors the text does not place: the one the article is about."""


def test_a_bare_supreme_court_is_of_the_country_the_story_is_about(coded):
    found = coded("Kenya's opposition leader rejected the result of the vote won by "
                  "President Uhuru Kenyatta and said he would go to the Supreme Court.")
    assert found["Supreme Court"] == "KENJUD"
    found = coded("Philippine President Rodrigo Duterte said the Senate would not block "
                  "the Philippine army's offensive.")
    assert found["Senate"] == "PHLLEG"


def test_a_bare_senate_stays_american_in_american_news(coded):
    found = coded("The Senate voted to cut military aid to Kenya.")
    assert found["Senate"] == "USALEG"
    found = coded("The U.S. ambassador said the Senate would back new sanctions on Iran.")
    assert found["Senate"] == "USALEG"
