"""Whether an act happened and in what mode (events/modality.py), on real-looking news."""

from __future__ import annotations

import pytest

from eventwire.coder import Coder, Settings
from eventwire.model import Article


@pytest.fixture(scope="module")
def supposing():
    """Hypothetical acts are written only when asked for; these tests look at them."""
    return Coder(Settings(keep_hypothetical=True))


def modes(coder, text, date="2019-05-02"):
    return [(e.source.code, e.target.code if e.target else None, e.cameo.code, e.modality)
            for e in coder.code([Article(id="t", text=text, date=date)])]


def test_an_act_under_a_verb_that_could_happen_is_hypothetical(supposing, coder):
    # "could mean ... will need to negotiate": the "could" of the governing verb counts
    text = "The new tariffs could mean Beijing will need to sit down and negotiate with Washington."
    assert modes(coder, text) == []  # not written by default
    found = modes(supposing, "The new tariffs could mean Beijing will need to sit down and "
                         "negotiate with Washington.")
    assert found == [("CHNGOV", "USAGOV", "046", "hypothetical")]


def test_would_in_what_is_said_stays_future(coder):
    found = modes(coder, "Russia said it would expel American diplomats.")
    assert found == [("RUS", "USAGOV", "166", "future")]


def test_would_in_what_is_confirmed_or_promised_is_a_future_told(coder):
    # "confirmed"/"promised" tell what the doer will do, as "said" does: no supposition
    assert modes(coder, "The Pentagon confirmed on Friday that it would send 3,000 more troops "
                        "to Poland.") == [("USAMIL", "POL", "0312", "asserted")]
    assert modes(coder, "Turkey promised it would reopen its border with Armenia.") \
        == [("TUR", "ARM", "0351", "asserted")]


def test_an_act_only_asked_for_is_its_own_mode_of_not_done(coder):
    from eventwire.events.modality import asked_for

    doc = coder.nlp("The opposition urged the army to release the detained protesters.")
    release = next(t for t in doc if t.lemma_ == "release")
    urge = next(t for t in doc if t.lemma_ == "urge")
    assert asked_for([release], None)  # what is urged has not happened
    assert not asked_for([release, urge], "appeal")  # the urging itself is done
    doc = coder.nlp("Moscow said Kiev must withdraw its troops from the border.")
    assert asked_for([next(t for t in doc if t.lemma_ == "withdraw")], None)
    doc = coder.nlp("The army released the detained protesters on Sunday.")
    assert not asked_for([next(t for t in doc if t.lemma_ == "release")], None)


def test_what_the_doer_says_it_will_do_on_a_condition_is_said_now(coder):
    # a pledge or refusal on a condition is made now; what others say someone would do on
    # one is a supposition
    assert modes(coder, "Greece says it will not accept new migrant arrivals if Turkey opens "
                        "its border.") == [("GRC", "---REF", "1223", "asserted")]
    assert modes(coder, "Analysts said Russia would attack Ukraine if NATO expanded.") == []


def test_an_act_held_over_someone_on_a_condition_is_a_threat_made_now(coder):
    # "may"/"will" with its own "if"/"unless": a threat (13x), asserted, not a supposed act
    assert modes(coder, "The European Union may suspend trade talks with Ankara if the "
                        "crackdown continues.") == [("IGOEUREEC", "TURGOV", "134", "asserted")]
    assert modes(coder, "The rebels said they would attack government positions if the army "
                        "advanced.") == [("---REB", "---GOV", "138", "asserted")]
    # what others say someone would do on a condition stays a supposition
    assert modes(coder, "Analysts said Russia would attack Ukraine if NATO expanded.") == []
    # an act in the condition itself is supposed, no threat
    assert modes(coder, "If Russia attacks Norway, NATO will respond.") == []


def test_conditional_threat_reads_its_own_condition(coder):
    from eventwire.events.modality import conditional_threat

    doc = coder.nlp("Brussels may freeze the funds if the government ignores the court.")
    freeze = next(t for t in doc if t.lemma_ == "freeze")
    assert conditional_threat([freeze])
    doc = coder.nlp("Brussels may freeze the funds even if the government obeys the court.")
    assert not conditional_threat([next(t for t in doc if t.lemma_ == "freeze")])
    doc = coder.nlp("Brussels froze the funds after the government ignored the court.")
    assert not conditional_threat([next(t for t in doc if t.lemma_ == "freeze")])


def test_what_needs_to_be_done_is_not_done(coder):
    # "needs to", "has to": as "must", an act not yet done, no event of its own
    assert modes(coder, "Ankara needs to pull its soldiers out of northern Iraq.") == []
    assert modes(coder, "Egypt has to free the detained reporters.") == []
    # but having something to do it with is no obligation, and a done act stays done
    from eventwire.events.modality import asked_for
    doc = coder.nlp("The ports have enough cranes to support the new trade.")
    assert not asked_for([next(t for t in doc if t.lemma_ == "support")], None)
    assert [m[2] for m in modes(coder, "Ankara pulled its soldiers out of northern Iraq.")] == [
        "0874"]


def test_what_cannot_be_done_is_refused_now(coder):
    # "cannot accept", "can't take": a refusal stated now, not a supposed act
    assert modes(coder, "Jordan said it cannot accept more refugees from Iraq.") \
        == [("JOR", "IRQREF", "1223", "asserted")]


def test_what_can_be_done_stays_supposed(supposing):
    assert [m[3] for m in modes(supposing, "Turkey can accept more refugees from Syria, "
                                           "the minister said.")] == ["hypothetical"]
