"""What kind of force an act was: events/violence.py (applied by events/prune.py)."""
from __future__ import annotations


def coded(coder, text):
    return [(e.source.code, e.target.code if e.target else None, e.cameo.code, e.evidence.rule)
            for e in coder.code_text(text, date="2017-02-16")]


def test_force_done_in_a_bomb_attack_is_a_bombing(coder):
    # "wounded ... in a [bomb] attack": the compound of what it is done in is the pattern's
    # own word (events/wording.py), so the bombing pattern reads it directly
    assert coded(coder, "Kurdish militants wounded three Turkish policemen in a bomb attack in "
                        "Diyarbakir on Monday.") == [
        ("TURREB", "TURCOP", "183", "kill_by_bomb")]


def test_force_done_with_a_bomb_is_a_bombing(coder):
    # a general attack re-coded by the means its words name
    assert coded(coder, "Kurdish militants attacked three Turkish policemen with a bomb in "
                        "Diyarbakir on Monday.") == [
        ("TURREB", "TURCOP", "183", "attack+bombing")]


def test_a_suicide_bomber_s_killing_is_a_suicide_bombing(coder):
    assert coded(coder, "Two Palestinian suicide bombers killed 12 Israelis in Jerusalem on "
                        "Sunday.") == [("PSEREB", "ISRCVL", "1831", "kill+bombing")]


def test_a_state_s_bombing_is_from_the_air(coder):
    # warplanes bomb from the air: aerial weapons, no 183 (a non-military bombing)
    assert [c[2] for c in coded(coder, "Israeli warplanes killed five Hamas militants in a "
                                       "bombing raid on Gaza.")] == ["195"]


def test_force_done_by_aircraft_is_aerial(coder):
    assert coded(coder, "Saudi warplanes killed 20 civilians in northern Yemen on Monday.") == [
        ("SAUMIL", "YEMCVL", "195", "kill+aircraft")]
    # soldiers on the ground stay conventional force
    assert [c[2] for c in coded(coder, "Saudi soldiers killed 20 civilians in northern Yemen on "
                                       "Monday.")] == ["190"]


def test_an_assault_done_sexually_is_sexual_assault(coder):
    assert [(c[0], c[2]) for c in coded(coder, "Border guards sexually abused migrants at a "
                                               "detention centre in Libya.")] == [("LBYCOP", "1821")]


def test_mass_killings_are_mass_killing(coder):
    assert coded(coder, "The United Nations said Sudanese troops were responsible for mass "
                        "killings in Darfur.") == [("SDNMIL", "SDN", "202", "killing_noun+mass")]


def test_an_attack_with_machetes_is_unconventional_violence(coder):
    assert coded(coder, "Gunmen armed with machetes attacked a village in eastern Congo, killing "
                        "30 civilians.") == [("CODREB", "CODCVL", "180", "attack+cold_weapons")]


def test_force_being_prepared_is_military_posture(coder):
    assert coded(coder, "The Turkish army prepared to resume shelling Kurdish militia positions "
                        "in northern Syria.") == [("TURMIL", "TURREB", "150", "plan+artillery+posture")]
    # a readiness stated is still a threat
    assert [c[2] for c in coded(coder, "Hezbollah said it was ready to fire rockets at Israel.")] \
        in ([], ["1384"])


def test_peacekeepers_withdrawn_are_peacekeepers_withdrawn(coder):
    assert coded(coder, "Two hundred Dutch peacekeepers were pulled out of the Bosnian town of "
                        "Srebrenica on Friday.") == [("NLDMIL", "BIH", "1661", "withdraw+peacekeepers")]
    assert [c[2] for c in coded(coder, "Italian peacekeepers were withdrawn from southern Lebanon.")] \
        == ["1661"]
    # other troops withdrawn yield
    assert [c[2] for c in coded(coder, "About 300 French troops were withdrawn from Mali.")] == ["080"]


def test_mass_killings_carried_out_are_mass_killing(coder):
    assert [(c[0], c[2]) for c in coded(coder, "Sudanese troops have carried out mass killings of "
                                               "civilians in Darfur, Amnesty said.")] == [("SDNMIL", "202")]


def test_a_bombing_pattern_s_reading_by_warplanes_is_aerial(coder):
    # "killed ... with bombs" is the bombing pattern's own (183); by a state's warplanes, 195
    assert [c[2] for c in coded(coder, "Syrian warplanes killed 12 civilians with barrel bombs "
                                       "in Aleppo on Monday.")] == ["195"]
