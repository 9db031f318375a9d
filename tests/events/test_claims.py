"""Claims of one's own violence: events/claims.py."""
from __future__ import annotations


def coded(coder, text):
    return [(e.source.code, e.target.code if e.target else None, e.cameo.code, e.modality)
            for e in coder.code_text(text, date="2017-02-16")]


def test_a_doer_claiming_its_attack_claims_responsibility_and_the_attack_stands(coder):
    events = coded(coder, "The Houthis claimed that they had attacked a Saudi air base with drones.")
    assert ("IMGMUSHOU", "SAU", "015", "asserted") in events
    assert ("IMGMUSHOU", "SAU", "190", "asserted") in events


def test_the_claim_is_the_surer_news_of_the_sentence(coder):
    events = coder.code_text("The Taliban claimed they had attacked an army checkpoint in Helmand.",
                             date="2017-02-16")
    best = max(events, key=lambda e: e.confidence)
    assert best.cameo.code == "015" and best.evidence.rule == "claim+attack"


def test_a_claim_about_another_is_no_claim_of_responsibility(coder):
    assert [code for *_, code, _ in coded(
        coder, "Russia claimed that Ukrainian forces had shelled Donetsk.")] == ["194"]


def test_a_claim_of_an_ongoing_fight_claims_no_act(coder):
    assert "015" not in [code for *_, code, _ in coded(
        coder, "Assad has long claimed he is combatting terrorists in Syria.")]
