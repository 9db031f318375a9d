"""Turning predications into event records: what the assembly stage decides itself."""
from __future__ import annotations


def coded(coder, text):
    return [(e.source.code, e.target.code if e.target else None, e.cameo.code, e.evidence.rule)
            for e in coder.code_text(text, date="2017-02-16")]


def test_a_meeting_in_neither_side_s_country_is_at_a_third_location(coder):
    events = coded(coder, "Japanese Prime Minister Shinzo Abe met Chinese Premier Li Keqiang in "
                          "Vietnam on Saturday.")
    assert [e[:3] for e in events] == [("JPNGOV", "CHNGOV", "044")]
    assert events[0][3].endswith("+third_location")  # the record says why it is 044


def test_a_meeting_at_home_or_without_a_place_stays_a_meeting(coder):
    assert [e[2] for e in coded(coder, "Putin met with Erdogan in Moscow on Friday.")] == ["040"]
    assert [e[2] for e in coded(coder, "Putin met with Erdogan on Friday.")] == ["040"]


def test_the_main_clause_act_is_surer_than_one_in_a_purpose_clause(coder):
    events = {e.cameo.code: e.confidence for e in coder.code_text(
        "Egypt agreed to open its border with Gaza to allow Iran to send medical aid to the "
        "Palestinians.", date="2017-02-01")}
    assert events["0351"] == 0.8  # the main clause: Egypt's agreement
    assert events["073"] < 0.5  # the aid, three clauses down


def test_a_threat_or_offer_on_a_condition_is_made_now(coder):
    threat = [(e.source.code, e.cameo.code, e.modality) for e in coder.code_text(
        "Hezbollah threatened to shell Haifa if Israel hits Beirut.", date="2017-02-16")]
    assert ("IMGMUSHEZ", "1384", "asserted") in threat, threat
    offer = [(e.source.code, e.cameo.code, e.modality) for e in coder.code_text(
        "Canada is ready to pull its soldiers out of Mali if the Malian authorities request it.",
        date="2017-02-16")]
    assert ("CAN", "0356", "asserted") in offer, offer
    assert coder.code_text("If Russia offers talks, Ukraine will accept.", date="2017-02-16") == []
