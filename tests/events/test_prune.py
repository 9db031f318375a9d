"""One event per act, and only political acts: events/prune.py on real-looking news sentences."""

from __future__ import annotations

import pytest

from eventwire.events.prune import private


def code(coder, text):
    return [(e.source.code, e.target.code if e.target else None, e.cameo.code)
            for e in coder.code_text(text, date="2017-02-16")]


def test_a_purpose_is_not_done_the_main_act_is_the_event(coder):
    events = code(coder, "Egypt's foreign minister will visit Jordan and Iraq to mediate in the "
                         "dispute over water rights.")
    assert ("EGYGOV", "JOR", "036") in events and ("EGYGOV", "IRQ", "036") in events
    assert not any(c.startswith("045") for _, _, c in events)


def test_one_act_read_twice_keeps_the_most_specific_code(coder):
    events = code(coder, "Russia and India signed a partnership on nuclear energy on Tuesday.")
    assert sorted(events) == [("IND", "RUS", "057"), ("RUS", "IND", "057")]


def test_a_consequence_without_target_is_part_of_the_attack(coder):
    events = code(coder, "Sudanese rebels shelled the town of Juba on Sunday, killing about 20 "
                         "people.")
    # the town of a capital is a site, in the country: SSD, not its government
    assert events == [("SDNREB", "SSD", "194")]


def test_a_manner_aimed_at_someone_else_stays(coder):
    events = code(coder, "The Indian prime minister telephoned the Pakistani president, urging him "
                         "to crack down on militants.")
    assert ("INDGOV", "PAKGOV", "041") in events
    assert any(c == "020" for _, _, c in events)


def test_private_business_and_travel_are_no_political_events(coder):
    assert code(coder, "Chinese investors paid a premium for such acquisitions.") == []
    assert code(coder, "Travelers come to visit China's northernmost post office, bank and "
                       "primary school.") == []
    assert code(coder, "A group of Russian students will visit Japan next month.") == []


def test_private_actors_protest_and_meet_officials(coder):
    assert code(coder, "Thousands of Chinese factory workers went on strike in Shenzhen on "
                       "Monday.") == [("CHNLAB", "CHNGOV", "143")]  # see test_protests.py
    assert code(coder, "Russian business leaders met Chinese officials in Beijing on Friday.") == [
        ("RUSBUS", "CHNGOV", "040")]


@pytest.mark.parametrize("actor, expected", [
    ("CHNBUS", True), ("---CVL", True), ("MNCGOOG", True), ("USAEDU", True), (None, True),
    ("CHN", False), ("USAGOV", False), ("SYRCVLREB", False), ("---REB", False), ("NGOICRC", False),
])
def test_private_actors_are_businesses_and_people_of_no_state_party_or_arms(actor, expected):
    assert private(actor) is expected


def test_a_statement_beside_what_it_states_is_one_act(coder):
    events = code(coder, "Russian Foreign Minister Sergey Lavrov told his Syrian counterpart on "
                         "Monday that Moscow would keep supplying arms to Damascus.")
    assert ("RUSGOV", "SYRGOV", "010") not in events
    assert any(s == "RUSGOV" and t == "SYRGOV" for s, t, _ in events)


def test_two_phrases_of_one_side_make_one_event(coder):
    assert code(coder, "Israeli troops destroyed Palestinian houses and civilian shops in Hebron "
                       "on Sunday.") == [("ISRMIL", "PSE", "1712")]
    events = code(coder, "The Chinese president will pay a state visit to London and Manchester "
                         "next year.")
    assert len(events) == 1 and events[0][:2] == ("CHNGOV", "GBR")


def test_companies_media_and_schools_use_no_force_but_people_may(coder):
    assert code(coder, "The German chancellor is being attacked by media organisations close to "
                       "the government.") == []
    assert code(coder, "Angry Greek farmers attacked the Agriculture Ministry in Athens on "
                       "Friday.") == [("GRCAGR", "GRCGOV", "190")]


def test_a_time_or_condition_clause_beside_the_news_is_background(coder):
    # what would happen "unless" or "until" is not done; what happened "after" is background
    assert [e[2] for e in code(coder, "The rebels will lay down their arms unless the Colombian "
                                      "government frees their jailed commanders.")] == ["0356"]
    assert [e[2] for e in code(coder, "FARC rebels said they would not disarm until Colombia "
                                      "releases their jailed commanders.")] == ["1246"]
    assert code(coder, "Police arrested two opposition leaders in Minsk after they called for a "
                       "general strike.") == [("BLRCOP", "BLROPP", "173")]


def test_a_background_clause_is_the_news_when_nothing_else_is(coder):
    assert code(coder, "Markets fell sharply after North Korea fired a ballistic missile at "
                       "Japan.") == [("PRK", "JPN", "194")]


def test_a_contrast_reports_both_sides(coder):
    assert code(coder, "Turkey supports the rebels, while Iran backs the Syrian government.") == [
        ("TUR", "TURREB", "051"), ("IRN", "SYRGOV", "051")]


def test_one_word_read_by_a_predicate_and_by_the_verb_saying_it_is_one_act(coder):
    # "announce curfew" reaches the curfew through the clause it announces: one act, the
    # one announced
    assert code(coder, "Sri Lanka's president announced on Monday that the government will "
                       "extend the nationwide curfew by two days.") == [("LKAGOV", None, "1323")]


def test_conceding_a_point_is_no_concession(coder):
    assert code(coder, "The finance minister conceded that the program would be very costly.") == []
    assert ("---REB", "---MIL", "080") in code(
        coder, "The rebels conceded the town to the army after a week of fighting.")


def test_a_visit_sends_no_message_of_its_own(coder):
    events = code(coder, "Experts said the sailing so soon after Mattis' visit to Japan sent a "
                         "subtle message to both Tokyo and Washington.")
    assert ("USAGOV", "JPN", "042") in events
    assert not any(c.startswith("04") and c != "042" for _, _, c in events)


def test_a_demand_on_ones_own_government_is_an_exhortation(coder):
    assert code(coder, "Facing increasing uncertainty about the global economy, the government "
                       "must enhance its sense of urgency, Premier Li Keqiang said.") == []


def test_a_company_talking_to_a_paper_is_business_news(coder):
    assert code(coder, "A spokesman for Huawei told China Daily that sales rose last year.") == []
    # nor is anyone's telling the press a statement to it (events/extract.py)
    assert ("---CVL", "QATMED", "010") not in code(
        coder, "Locals told Al Jazeera that at least 16 civilians were killed in the raid.")


def test_a_group_does_not_meet_one_of_its_own_members(coder):
    events = code(coder, "Russian and German Foreign Ministers, Sergey Lavrov and Sigmar Gabriel, "
                         "discussed a schedule of their future contacts, the Russian foreign "
                         "ministry said on Tuesday.")
    assert events and all(source != target for source, target, _ in events)


def test_a_game_is_no_fight(coder):
    assert code(coder, "Russia's women's ice hockey team grabbed gold, defeating the Canadian "
                       "team 4:1.") == []
    assert code(coder, "By the end of the first half of the season, Frankfurt had conceded 13 "
                       "goals.") == []
    assert ("IRQMIL", "IMGMUSISI", "190") in code(
        coder, "Iraqi forces attacked Islamic State positions near Mosul on Sunday.")


def test_a_company_plan_is_business_news(coder):
    assert code(coder, "The company is committing billions of pounds of investment in British "
                       "infrastructure projects.") == []


def test_what_is_demanded_or_called_for_has_not_happened(coder):
    demanded = code(coder, "Germany demanded that Turkey free the detained journalists and stop "
                           "arresting reporters.")
    assert demanded == [("DEU", "TUR", "1053")]
    assert code(coder, "Hungary demanded that its EU partners refuse to recognize Kosovo.") == []
    called = code(coder, "Thousands of protesters continued to call for the government to resign.")
    assert not any(c.startswith("083") for _, _, c in called), called


def test_what_must_be_done_is_the_demand_not_the_act(coder):
    events = code(coder, "Moscow said Kiev must agree to direct talks with the separatists.")
    assert events == [("RUSGOV", "UKRGOV", "106")]


def test_the_asking_itself_stays(coder):
    assert ("FRA", "RUS", "0256") in code(coder, "France called on Russia to stop bombing hospitals "
                                                 "in Aleppo.")
    assert ("PAK", "USA", "120") in code(coder, "Pakistan rejected an American request to "
                                                "question the captured militants.")


def test_a_governments_or_partys_attacks_are_words_unless_aimed_at_armed_men(coder):
    assert code(coder, "Democrats had fought hard against DeVos' confirmation.") == [
        ("USAPTY", "USAGOV", "111")]
    marched = code(coder, "Scientists marched against attacks by the Trump administration.")
    assert marched == [("---EDU", "USAGOV", "141")], marched
    assert code(coder, "The Syrian government bombed rebel positions near Aleppo.") == [
        ("SYRGOV", "SYRREB", "190")]
    assert code(coder, "The Chinese government launched cyber attacks on American companies.") \
        == [("CHNGOV", "USABUS", "190")]


def test_troops_arriving_make_no_visit_and_peacekeepers_keep_the_peace(coder):
    assert code(coder, "The first contingent of Dutch peacekeeping troops arrived in Mali on "
                       "Monday.") == [("NLDIGO", "MLI", "074")]
    assert code(coder, "About 300 American soldiers arrived in Poland on Thursday.") == []
    assert code(coder, "German Chancellor Angela Merkel arrived in Turkey on Thursday.") == [
        ("DEUGOV", "TUR", "042")]


def test_force_without_whom_it_hits_is_the_act_its_manner_or_purpose_names(coder):
    assert code(coder, "Last August, a German gunman opened fire at his home in Saxony-Anhalt, "
                       "slightly injuring three police officers.") == [("DEUREB", "DEUCOP", "182")]
    assert code(coder, "Egyptian police opened fire to disperse Islamist demonstrators in Cairo "
                       "on Monday.") == [("EGYCOP", "EGYCVL", "175")]


def test_people_sent_to_investigate_are_the_investigation(coder):
    # the investigation is the act (09x), aimed where they are sent; the sending its means
    assert code(coder, "The European Union dispatched monitors to Georgia to probe the "
                       "clashes.") == [("IGOEUREEC", "GEO", "093")]
