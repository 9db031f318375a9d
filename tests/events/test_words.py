"""The words the record gives an actor: the actor's own phrase, not the thing it said, asked or
was given, and no more than its own part of a coordination."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.actors.mentions import Mention
from eventwire.events.words import record_words


def actors(coder, text):
    return [(e.source.text, e.target.code if e.target else None, e.target.text if e.target else None)
            for e in coder.code_text(text, date="2019-05-02")]


def test_an_accuser_is_named_by_its_own_words_not_by_its_accusations(coder):
    assert actors(coder, "Beijing rejected allegations by Washington that it was dumping steel "
                         "on world markets.") == [("Beijing", "USAGOV", "Washington")]
    # the organisation's whole name, and not what it accuses of
    assert actors(coder, "Chinese authorities dismissed accusations from Human Rights Watch of "
                         "torture in Xinjiang.") == [
        ("Chinese authorities", "NGOHRW", "Human Rights Watch")]


def test_the_author_of_an_offer_or_a_demand_is_named_by_its_own_phrase(coder):
    assert actors(coder, "The opposition rejected an offer from the government of Sudan to join a "
                         "unity cabinet.") == [("The opposition", "SDNGOV", "the government of Sudan")]
    assert actors(coder, "The Kenyan government dismissed demands from the opposition coalition "
                         "to delay the vote.") == [
        ("The Kenyan government", "KENOPP", "the opposition coalition")]


def test_each_actor_of_a_coordination_has_its_own_words(coder):
    assert actors(coder, "Jordan opened its border to thousands of Syrians, Iraqis and Yemenis.") == [
        ("Jordan", "SYRCVL", "thousands of Syrians"), ("Jordan", "IRQ", "Iraqis"),
        ("Jordan", "YEM", "Yemenis")]
    # "both" opens the coordination, it is no part of its first member
    assert actors(coder, "Canada lifted its embargo against both Cuba and Venezuela.") == [
        ("Canada", "CUB", "Cuba"), ("Canada", "VEN", "Venezuela")]


def test_a_coordination_whose_other_members_are_no_actor_of_an_event_stays_whole(coder):
    # only Chad is coded: the phrase is not cut to less than the rules read
    assert actors(coder, "The European Union will provide humanitarian aid to refugees in Chad, "
                         "Niger and Mali.") == [
        ("The European Union", "TCDREF", "refugees in Chad, Niger and Mali")]


def test_where_the_people_hit_are_is_part_of_their_phrase(coder):
    # the parser hangs "in Minsk" on the verb; it says which protesters, and gives their country
    assert actors(coder, "Police arrested dozens of protesters in Minsk on Sunday.") == [
        ("Police", "BLRCVL", "dozens of protesters in Minsk")]
    (event,) = coder.code_text("Turkish jets bombed Kurdish militants across the border in northern "
                               "Iraq on Tuesday.", date="2019-05-02")
    assert event.target.text == "Kurdish militants across the border in northern Iraq"


def test_where_a_person_is_is_not_who_he_is(coder):
    assert actors(coder, "Erdogan met Putin in Sochi on Monday.") == [("Erdogan", "RUSGOV", "Putin")]
    assert actors(coder, "The Turkish president visited King Salman in Riyadh.") == [
        ("The Turkish president", "SAUGOV", "King Salman")]


def test_a_participle_that_names_the_actor_or_says_where_it_is_is_part_of_its_phrase(coder):
    assert actors(coder, "The European Union suspended aid to a Libyan militia known as the "
                         "Kaniyat.") == [
        ("The European Union", "LBYREB", "a Libyan militia known as the Kaniyat")]
    assert actors(coder, "Iranian-backed militias fired rockets at American troops stationed in "
                         "eastern Syria.") == [
        ("Iranian-backed militias", "USAMIL", "American troops stationed in eastern Syria")]


def test_a_verb_the_tagger_took_for_a_participle_is_no_part_of_the_phrase():
    # the parse the model gave one news sentence: "called" as a participle on "Trump"
    words = ["US", "President", "Donald", "Trump", "called", "President", "Erdogan", "on", "Wednesday"]
    doc = Doc(Vocab(), words=words, heads=[3, 3, 3, 3, 3, 6, 4, 4, 7],
              deps=["compound", "compound", "compound", "ROOT", "acl", "compound", "dobj", "prep", "pobj"],
              tags=["NNP", "NNP", "NNP", "NNP", "VBN", "NNP", "NNP", "IN", "NNP"],
              lemmas=["US", "President", "Donald", "Trump", "call", "President", "Erdogan", "on",
                      "Wednesday"],
              ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "B-DATE"])
    trump = Mention(start=0, end=4, code="USAGOV", country="USA", sectors=("GOV",), entity=None,
                    kind="person", head=3)
    assert record_words(doc, (0, 4), trump) == (0, 4)


def test_a_place_hit_is_named_by_the_site_it_is_given_for(coder):
    # the place is the target (YEM); the words name the site there, as "a depot in Gaza" does
    assert actors(coder, "Houthi rebels threatened to strike the bases of coalition forces in "
                         "Marib province.") == [
        ("Houthi rebels", "YEM", "the bases of coalition forces in Marib province")]


def test_a_place_is_named_by_its_name_not_by_what_an_apposition_says_of_it(coder):
    assert actors(coder, "The Houthis threatened to fire missiles at Riyadh, the Saudi capital, if "
                         "the blockade continued.") == [("The Houthis", "SAU", "Riyadh")]
    assert actors(coder, "Turkish artillery shelled Afrin, a Kurdish-held town in northern "
                         "Syria.") == [("Turkish artillery", "SYR", "Afrin")]
