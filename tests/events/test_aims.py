"""Whom an act is aimed at beyond its pattern's slots (events/aims.py), on real-looking news."""

from __future__ import annotations

from eventwire.model import Article
from rows import dyads


def test_force_with_no_one_named_as_hit_is_aimed_at_where_it_happens(coder):
    assert dyads(coder, "Egyptian troops were on high alert in the northern Sinai after "
                        "Tuesday's bombing.") == [("EGYMIL", "EGY", "152", "the northern Sinai")]


def test_a_capital_where_force_is_used_is_its_country(coder):
    found = dyads(coder, "Syrian government forces shelled Aleppo overnight.")
    assert [(s, t, text) for s, t, _, text in found] == [("SYRMIL", "SYR", "Aleppo")]


def test_a_place_is_no_target_of_other_acts(coder):
    # a statement, a meeting's place: where it happens is no one it is aimed at
    found = dyads(coder, "The German chancellor spoke at length in Paris on Monday.")
    assert all(t is None for _, t, _, _ in found)


def test_several_doers_on_alert_in_their_own_capital(coder):
    found = dyads(coder, "Belgian police and troops stayed on alert in Brussels on Wednesday "
                         "after the airport attack.")
    assert {(s, t) for s, t, _, _ in found} == {("BELCOP", "BEL"), ("BELMIL", "BEL")}


def test_a_threat_is_aimed_at_whom_its_condition_names(coder):
    found = dyads(coder, "Iran threatened to close the Strait of Hormuz if the United States "
                         "imposed new sanctions.")
    assert ("IRN", "USA", "130", "the United States") in found


def test_a_protest_is_aimed_at_whom_its_purpose_names(coder):
    found = dyads(coder, "A member of the Syrian parliament started a hunger strike to protest "
                         "President Assad's failure to deliver reforms.")
    assert [(s, t, c) for s, t, c, _ in found] == [("SYRLEG", "SYRGOV", "142")]


def test_a_protest_is_not_aimed_at_where_it_is(coder):
    found = dyads(coder, "Thousands of Nigerians gathered for a rally in Lagos.")
    # not at Lagos: at no one named, so at their own government by convention (no words)
    assert [(t, text) for _, t, _, text in found] == [("NGAGOV", "")]


def test_a_ceasefire_agreed_where_the_fighting_is_is_aimed_at_that_country(coder):
    found = dyads(coder, "Rival militias in Libya agreed on Sunday to a ceasefire in Tripoli after "
                         "a week of clashes.")
    assert ("LBY", "0356", "Tripoli") in {(t, c, text) for _, t, c, text in found}, found


def test_a_go_between_is_aimed_at_both_sides(coder):
    found = dyads(coder, "Jimmy Carter brokered a peace accord between Israel and Egypt.")
    assert {(t, c) for _, t, c, _ in found} == {("ISR", "045"), ("EGY", "045")}


def test_a_strike_is_aimed_at_whom_its_participle_names(coder):
    # "carried out a raid ..., targeting X": X is the target, not nobody
    events = [(e.source.code, e.target.code if e.target else None, e.cameo.code[:2])
              for e in coder.code([Article(id="t", date="2019-06-01", text=(
                  "Israeli aircraft launched strikes overnight, targeting Hamas positions in "
                  "the Gaza Strip."))])]
    assert events == [("ISRMIL", "IMGMUSHAM", "19")]


def test_what_is_discussed_is_no_target(coder):
    # the object of "discuss" is a topic: no one named in it is talked with
    events = coder.code([Article(id="t", date="2019-06-01", text=(
        "The Kenyan president said it was too early to discuss a return of refugees to Somalia."))])
    assert not [e for e in events if e.cameo.code.startswith("04")]


def test_a_threat_of_force_is_aimed_at_the_foreign_country_where_it_would_be_used(coder):
    found = dyads(coder, "Hezbollah threatened on Sunday to launch rocket attacks in Israel.")
    assert found == [("IMGMUSHEZ", "ISR", "138", "Israel")]


def test_a_protesters_own_pronoun_is_not_what_they_protest_against(coder):
    # "their anger": the students' own; the anger is at the United States
    found = dyads(coder, "Students in Tehran blocked a highway to show their anger at the "
                         "United States' sanctions.")
    assert ("IRNEDU", "USA", "144", "the United States' sanctions") in found


def test_troops_on_alert_in_a_city_are_aimed_at_its_country(coder):
    # the "in" phrase hangs on "alert", not on the verb
    found = dyads(coder, "Ethiopian troops remained on alert in Gondar amid rising tensions.")
    assert found == [("ETHMIL", "ETH", "152", "Gondar")]


def test_a_state_of_emergency_is_aimed_at_the_country_where_it_is_declared(coder):
    found = dyads(coder, "The government declared a state of emergency in Mombasa after the riots.")
    assert found == [("KENGOV", "KEN", "1724", "Mombasa")]


def test_a_claim_of_responsibility_is_aimed_at_whom_the_act_claimed_hit(coder):
    found = dyads(coder, "Al-Shabaab claimed responsibility for a suicide attack on a Kenyan "
                         "military base.")
    assert found == [("IMGMUSSHB", "KENMIL", "015", "a Kenyan military base")]


def test_a_demand_repeated_is_aimed_at_whom_its_clause_names(coder):
    # the parser hangs "that Turkey release ..." on the verb; the demand noun is its object
    found = dyads(coder, "The European Union repeated its demand that Turkey release the "
                         "detained journalists.")
    assert ("IGOEUREEC", "TUR") in [(s, t) for s, t, _, _ in found]


def test_a_demand_for_an_act_by_someone_is_made_of_the_doer(coder):
    found = dyads(coder, "Ukraine has demanded a full apology by Moscow for the seizure of its ships.")
    assert found == [("UKR", "RUSGOV", "100", "Moscow")]


def test_a_city_and_its_country_are_no_two_sides(coder):
    # Shenzhen is China: an agreement it signs with China is no act between two actors
    found = dyads(coder, "Shenzhen signed a trade agreement with China last year.")
    assert ("CHN", "CHN") not in [(s, t) for s, t, _, _ in found]


def test_a_country_and_its_adjective_on_a_thing_stay_two(coder):
    # "Turkish harbours" are no second naming of Turkey as a place
    found = dyads(coder, "The Turkish government imposed a naval blockade on Turkish harbours "
                         "along the Aegean coast on Monday.")
    assert ("TURGOV", "TUR", "191") in [(s, t, c) for s, t, c, _ in found]


def test_an_investigation_is_aimed_at_the_doer_of_what_it_looks_into(coder):
    found = dyads(coder, "Prosecutors opened an inquiry into abuses allegedly committed by "
                         "Russian troops near Bucha.")
    assert [(t, c) for _, t, c, _ in found] == [("RUSMIL", "090")]


def test_a_frame_with_nothing_named_under_its_act_is_aimed_under_its_own_words(coder):
    # the pledge reneged on was made to the African Union: whom the refusal is aimed at
    found = dyads(coder, "Mali's junta reneged on its pledge to the African Union about holding "
                         "elections in February.")
    assert [(s, t, c) for s, t, c, _ in found] == [("MLIGOV", "IGOAFRAU", "1234")]


def test_a_place_named_beside_what_it_is_is_where_force_is_used(coder):
    # "the capital, Kinshasa": the name in apposition is the place
    found = dyads(coder, "Troops remained on alert in the capital, Kinshasa, on Friday.")
    assert found == [("CODMIL", "COD", "152", "the capital, Kinshasa")]
    found = dyads(coder, "Militants detonated a car bomb in the port city, Aden, on Tuesday.")
    assert [(s, t, c) for s, t, c, _ in found] == [("YEMREB", "YEM", "1832")]


def test_a_strike_called_off_after_talks_is_aimed_at_whom_they_were_with(coder):
    found = dyads(coder, "Doctors in Nairobi suspended their strike after an agreement with the "
                         "government.")
    assert found == [("KENHLH", "KENGOV", "082", "the government")]
    found = dyads(coder, "Indian coal workers called off the strike after talks with the Indian "
                         "government on Friday.")
    assert ("INDLAB", "INDGOV", "082", "the Indian government") in found
    # with no one named, no one
    found = dyads(coder, "Indian coal workers called off the strike on Friday.")
    assert [(s, t, c) for s, t, c, _ in found] == [("INDLAB", None, "082")]


def test_a_refusal_despite_pressure_is_aimed_at_whoever_presses(coder):
    found = dyads(coder, "The prime minister refused to resign despite pressure by the European "
                         "Union.")
    assert [(t, c) for _, t, c, _ in found] == [("IGOEUREEC", "1231")]


def test_an_unspecified_threat_is_aimed_at_the_foreign_country_where_it_would_be_carried_out(coder):
    found = dyads(coder, "Islamic Jihad threatened on Sunday to carry out terrorist attacks in "
                         "Israel.")
    assert [(s, t, c) for s, t, c, _ in found] == [("IMGMUSPIJ", "ISR", "1383")]


def test_a_state_body_of_no_named_country_in_a_threat_s_condition_is_the_target(coder):
    # the event matcher places it as it places the threatener: in France
    found = dyads(coder, "The union threatened to hold more strikes in Paris unless the "
                         "government withdraws the reform.")
    assert [(s, t, text) for s, t, _, text in found] == [("FRALAB", "FRAGOV", "the government")]


def test_an_appeal_is_made_of_the_subject_of_the_clause_it_asks_for(coder):
    # the parser makes "for" the marker of "Uganda back ...": Uganda is pressed (a demand)
    found = dyads(coder, "Kenya is pushing hard for Uganda back its candidate for the African "
                         "Union commission.")
    assert found == [("KEN", "UGA", "100", "Uganda")]


def test_force_on_a_thing_is_aimed_where_its_participle_says_it_leads(coder):
    found = dyads(coder, "Militants ambushed a convoy heading to Kandahar on Monday.")
    assert [(t, text) for _, t, _, text in found] == [("AFG", "Kandahar")]


def test_an_actor_the_source_s_own_words_name_is_no_target(coder):
    # the title and the name in apposition are two mentions of one man, dated to two roles
    events = coder.code_text("The British Foreign Secretary, Boris Johnson, expressed pessimism "
                             "about his Libyan mission on Monday.", date="2017-02-16")
    assert [(e.source.code, e.target) for e in events] == [("GBRGOV", None)]
    # the countries of one phrase split on purpose stay each other's partners
    events = coder.code_text("Top-ranking Russian and Iranian diplomats held talks in Moscow on "
                             "Tuesday.", date="2017-02-16")
    assert {(e.source.code, e.target.code if e.target else None) for e in events} == {
        ("RUSGOV", "IRNGOV"), ("IRNGOV", "RUSGOV")}


def test_an_appeal_is_made_of_whom_a_verb_presses_for_something(coder):
    assert ("USAGOV", "USALEG", "020", "Congress") in dyads(
        coder, "The Trump administration has pushed Congress for new border funding.")
    # with no one pressed, no one is asked
    assert ("---GOV", None, "020", None) in dyads(coder, "The governor called for calm after the riots.")


def test_an_act_proposed_is_aimed_at_whom_its_infinitive_names(coder):
    assert ("JPNGOV", "INDGOV", "036", "Narendra Modi") in dyads(
        coder, "The Japanese prime minister accepted an invitation to meet with Narendra Modi "
               "next month.")


def test_a_right_to_act_is_no_act_aimed_at_whom_the_act_would_hit(coder):
    # the right is the troops', whom the support is for; not the militants they may fire on
    found = dyads(coder, "Washington defended the right of Turkish troops to fire on militants "
                         "in northern Iraq.")
    assert [(s, t, c) for s, t, c, _ in found] == [("USAGOV", "TURMIL", "052")]


def test_a_letter_sent_to_an_organisation_s_head_is_aimed_at_the_organisation(coder):
    # "to" is the verb's dative; whom it names is the head "of" the organisation
    found = dyads(coder, "The Iranian president sent a message to the chief of the International "
                         "Atomic Energy Agency on Monday.")
    assert [(s, t) for s, t, _, _ in found] == [("IRNGOV", "IGOUNOIAEA")]


def test_a_claim_for_a_series_of_acts_is_aimed_at_whom_those_acts_hit(coder):
    found = dyads(coder, "Islamic State claimed responsibility for a wave of attacks on police "
                         "stations in northern Sinai.")
    assert [(s, t, c) for s, t, c, _ in found] == [("IMGMUSISI", "EGYCOP", "015")]
    found = dyads(coder, "Hamas claimed responsibility for a string of rocket attacks on Israeli "
                         "towns.")
    assert [(s, t) for s, t, _, _ in found] == [("IMGMUSHAM", "ISR")]


def test_a_claim_is_aimed_where_the_clause_on_the_act_says_it_struck(coder):
    found = dyads(coder, "Boko Haram claimed responsibility for the raids that killed 12 soldiers "
                         "in Cameroon.")
    assert [(s, t, c) for s, t, c, _ in found] == [("IMGMUSBOK", "CMR", "015")]


def test_force_in_a_country_s_territory_is_aimed_at_that_country(coder):
    # the territory is named by its country's adjective, not by a place's name
    assert dyads(coder, "Turkish troops remained on alert in Syrian territory on Sunday.") == [
        ("TURMIL", "SYR", "152", "Syrian territory")]


def test_property_destroyed_with_no_one_named_is_aimed_at_where_it_stands(coder):
    found = dyads(coder, "Japanese troops blew up a section of railway in Shenyang in 1931.")
    assert [(s, t, c) for s, t, c, _ in found] == [("JPNMIL", "CHN", "1712")]
