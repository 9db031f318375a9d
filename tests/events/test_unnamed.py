"""Who does an act no one is named as doing (events/unnamed.py), on real-looking news."""

from __future__ import annotations

from eventwire.model import Article


def dyads(coder, text, date="2019-05-02"):
    return [(e.source.code, e.target.code if e.target else None, e.cameo.code, e.source.text)
            for e in coder.code([Article(id="t", text=text, date=date)])]


def test_a_bomb_no_one_is_named_for_is_the_country_s_unidentified_armed_force(coder):
    # ICEWS and PLOVER code an unclaimed bombing to the country's unidentified armed force
    assert dyads(coder, "A car bomb in Kabul killed ten Afghan soldiers.") == [
        ("AFGUAF", "AFGMIL", "1832", "car bomb")]


def test_the_victims_of_a_bombing_told_in_the_passive_are_its_target(coder):
    assert dyads(coder, "Two policemen were killed in a roadside bombing near Kirkuk on "
                        "Sunday.") == [("IRQUAF", "IRQCOP", "1833", "roadside bombing")]


def test_a_bomb_someone_is_named_for_is_theirs(coder):
    assert dyads(coder, "A Taliban bomb killed two soldiers in Kandahar.")[0][0] == "IMGMUSTAL"


def test_a_bomb_does_no_other_act(coder):
    # a blast that damaged a building or a bomb defused is no bombing by anyone
    assert dyads(coder, "Police defused a bomb outside the court in Cairo.") == []
    assert [c for _, _, c, _ in dyads(coder, "The blast damaged the embassy in Kabul.")
            if c.startswith("18")] == []


def test_an_act_only_a_state_does_told_without_its_doer_is_the_authorities_of_where(coder):
    # PLOVER codes a passive arrest or expulsion to the country where it was done
    assert dyads(coder, "Two French journalists were detained in Istanbul on Sunday.") == [
        ("TURCOP", "FRAMED", "173", "")]
    assert dyads(coder, "A Russian diplomat was expelled from Britain last week.") == [
        ("GBRGOV", "RUSGOV", "166", "")]


def test_no_authorities_for_acts_anyone_may_do_or_with_no_place(coder):
    assert dyads(coder, "Three soldiers were killed in Mosul.") == []
    assert dyads(coder, "Two hostages were released in Iraq on Friday.") == []
    assert dyads(coder, "The opposition leader was arrested on Monday.") == []


def test_forces_sent_or_withdrawn_with_no_one_named_move_themselves(coder):
    assert [d[:3] for d in dyads(coder, "About 300 French troops were withdrawn from Mali last "
                                        "month.")] == [("FRAMIL", "MLI", "080")]
    assert [d[:3] for d in dyads(coder, "Two thousand Russian soldiers were deployed along the "
                                        "border on Monday.")] == [("RUSMIL", None, "154")]
    assert dyads(coder, "Two Afghan soldiers were killed in Kandahar.") == []


def test_a_part_of_forces_moved_moves(coder):
    found = dyads(coder, "Hundreds of Colombian guerrillas have been demobilized under the "
                         "peace deal.")
    assert [d[:3] for d in found] == [("COLREB", None, "0873")]


def test_the_authorities_country_is_where_they_act_not_whom(coder):
    # "from Iran" gives the expelling authorities; Iran is not also the one expelled
    assert dyads(coder, "Two foreign journalists were expelled from Iran on Monday.") == [
        ("IRNGOV", "---MED", "166", "")]
    assert dyads(coder, "Three American aid workers were expelled from Sudan on Monday.") == [
        ("SDNGOV", "USANGO", "166", "")]


def test_people_said_to_be_foreign_are_not_of_where_they_are_held(coder):
    assert dyads(coder, "Two foreign correspondents were detained in Tehran on Sunday.") == [
        ("IRNCOP", "---MED", "173", "")]
    assert dyads(coder, "Police arrested dozens of protesters in Cairo on Friday.") == [
        ("EGYCOP", "EGYCVL", "173", "Police")]
    # a direction of the place named is no word of the people's own
    assert dyads(coder, "The Taliban attacked an army base in western Afghanistan on Sunday.") == [
        ("IMGMUSTAL", "AFGMIL", "190", "The Taliban")]
