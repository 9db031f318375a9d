"""How a pattern's words are found on the parse: events/wording.py."""
from __future__ import annotations


def coded(coder, text):
    return sorted((e.source.code, e.target.code if e.target else None, e.cameo.code)
                  for e in coder.code_text(text, date="2017-02-16"))


def test_a_round_of_joint_exercises_is_joint_exercises(coder):
    # the words qualifying what the object is a round or series of are the act's own
    assert coded(coder, "India and France launched a fresh round of joint naval drills off Goa on Monday.") \
        == [("FRA", "IND", "062"), ("IND", "FRA", "062")]


def test_a_series_of_joint_drills_held_is_joint_exercises(coder):
    assert coded(coder, "Egypt and Greece held a series of joint naval drills in the Mediterranean.") \
        == [("EGY", "GRC", "062"), ("GRC", "EGY", "062")]


def test_a_round_of_one_sides_exercises_is_no_cooperation(coder):
    assert "062" not in [code for *_, code in coded(
        coder, "Russia began a new round of military exercises in Kaliningrad on Monday.")]


def test_days_of_war_games_are_the_war_games(coder):
    # "five days" is a time phrase, but as the object that counts out the act its "of"
    # phrase is the act's wording
    assert coded(coder, "India and Japan launched five days of war games in the Bay of Bengal.") \
        == [("IND", "JPN", "062"), ("JPN", "IND", "062")]


def test_a_day_named_as_when_is_no_wording(coder):
    # "on Friday" is still no "call on"
    assert [code for *_, code in coded(coder, "The minister called Modi on Friday.")] != ["020"]


def test_troops_sent_on_a_peacekeeping_mission_are_peacekeeping(coder):
    # the mission an act is "on" gives its domain
    assert coded(coder, "Ghana deployed 150 troops to Mali on a peacekeeping mission.") \
        == [("GHA", "MLI", "074")]


def test_what_sanctions_bear_on_gives_them_no_domain(coder):
    assert [code for *_, code in coded(
        coder, "The United States imposed sanctions on military exports to Iran.")] == ["163"]


def test_what_a_lifted_ban_bears_on_says_what_is_eased(coder):
    # a ban on a party is a party ban (0812); restrictions on the press ease a freedom (0811)
    assert [code for *_, code in coded(
        coder, "Egypt lifted its ban on the opposition Wafd party on Sunday.")] == ["0812"]
    assert [code for *_, code in coded(
        coder, "Myanmar has eased restrictions on foreign newspapers, the information ministry said.")] == ["0811"]


def test_restrictions_on_trade_stay_administrative(coder):
    assert [code for *_, code in coded(
        coder, "India eased restrictions on imports of gold.")] == ["081"]


def test_words_behind_a_part_or_quantity_are_the_acts_own(coder):
    # the object is a part of what is acted on, and "aid" qualifies a light head ("aid program")
    assert coded(coder, "Washington suspended part of its military aid program for Honduras after the coup.") \
        == [("USAGOV", "HND", "1622")]
    assert coded(coder, "Washington froze most of its economic aid package to Pakistan.") \
        == [("USAGOV", "PAK", "1621")]


def test_a_part_of_something_unnamed_is_no_act(coder):
    assert coded(coder, "The government suspended part of the program.") == []


def test_a_clause_of_its_own_under_agree_is_a_view_shared(coder):
    # agreeing that something is so is accord (019); agreeing to do it stays an intent
    assert coded(coder, "Russia and Turkey agreed that the situation in Idlib was dangerous.") \
        == [("RUS", "TUR", "019"), ("TUR", "RUS", "019")]
    assert coded(coder, "Russia and Turkey agreed to cooperate militarily.") \
        == [("RUS", "TUR", "0312"), ("TUR", "RUS", "0312")]


def test_what_one_wants_another_to_do_is_asked_of_them(coder):
    assert coded(coder, "Pakistan wants India to withdraw its troops from Kashmir.") \
        == [("PAK", "IND", "0256")]
    # what one wants to do oneself stays an intent
    assert [c for *_, c in coded(coder, "Pakistan wants to withdraw its troops from Kashmir.")] == ["0356"]



def test_a_person_released_is_released_though_unknown(coder):
    # "<person>": people let go are released whether or not the knowledge base knows them
    assert coded(coder, "The National Liberation Army freed Juan Carlos Ortiz on Saturday.") \
        == [("COLREB", None, "0841")]


def test_a_statement_released_is_no_person_released(coder):
    assert coded(coder, "The Colombian army released a statement on Saturday.") == []


def test_hostages_released_are_people_though_no_actor(coder):
    assert [code for *_, code in coded(
        coder, "Islamic State militants released 40 hostages near Raqqa on Monday.")] == ["0841"]


def test_the_compound_of_what_an_act_is_on_names_it(coder):
    # "went on [hunger] strike": a hunger strike (142), not the strike of "go on strike" (143)
    assert coded(coder, "Dozens of Kenyan doctors went on hunger strike on Monday.") \
        == [("KENHLH", "KENGOV", "142")]


def test_the_compound_of_what_a_protest_is_against_is_its_topic(coder):
    # "against [human rights] violations" says what is protested, not how
    assert "1413" not in [code for *_, code in coded(
        coder, "Palestinian youths threw stones during demonstrations against human rights "
               "violations by the Israeli army.")]


def test_what_a_death_was_due_to_is_its_wording(coder):
    # "due to", "as a result of": a cause named a step deeper than a preposition's object
    assert coded(coder, "An opposition activist died due to torture while in Syrian police "
                        "custody.") == [("SYRCOP", "---OPP", "1823")]
    assert coded(coder, "A detained journalist died as a result of torture while in Iranian "
                        "police custody.") == [("IRNCOP", "IRNMED", "1823")]


def test_troops_deployed_as_peacekeepers_are_peacekeeping(coder):
    # what the forces are deployed "as" gives the act's domain
    assert coded(coder, "About 1,500 Rwandan soldiers were deployed as peacekeeping forces in "
                        "the Central African Republic on Monday.") == [("RWAMIL", None, "074")]


def test_peacekeepers_deployed_in_the_passive_are_peacekeeping(coder):
    assert coded(coder, "The African Union peacekeepers are being deployed to Somalia to protect "
                        "the government.") == [("IGOAFRAU", "SOM", "074")]
    # troops deployed stay a show of force
    assert coded(coder, "Russian troops were deployed to the border on Monday.") \
        == [("RUSMIL", None, "154")]


def test_troops_sent_to_a_peacekeeping_force_are_peacekeeping_however_to_is_parsed(coder):
    # the parser makes "to" a dative after "a contingent of ...": the force still gives the domain
    assert [c for _, _, c in coded(coder, "Nepal sent a contingent of 300 soldiers to the UN "
                                          "peacekeeping force in Lebanon.")] == ["074"]
