"""The metrics against small cases computed by hand: everything matches, nothing does, and the
cases between (levels, either direction, wildcards, sentences, one-to-one matching)."""

from __future__ import annotations

import pytest

from eventwire.evaluate.gold import GoldActor, GoldEvent, GoldSentence, GoldSpan
from eventwire.evaluate.metrics import (Counts, ErrorCase, class_scores, match_events, per_root,
                                        predicted_class, score_unit, span_counts, sum_levels,
                                        worst_errors)
from eventwire.events.ontology import Ontology
from eventwire.model import Actor, Event, Evidence, Plover, Span

ONTOLOGY = Ontology.load()


def actor(code: str, start: int = 0, end: int = 1) -> Actor:
    return Actor(text=code, start=start, end=end, code=code, country=code[:3])


def made(source: str, target: str | None, code: str, *, sentence: tuple[int, int] = (0, 100),
         confidence: float = 0.8, spans: tuple[tuple[int, int], tuple[int, int]] | None = None,
         rule: str = "rule") -> Event:
    """A produced event, as the coder would make it."""
    (ss, se), (ts, te) = spans or ((0, 1), (2, 3))
    plover = ONTOLOGY.plover(code) if ONTOLOGY.has_plover(code) else Plover("")
    return Event(id="t:0:0", doc_id="t", sentence=0, sentence_start=sentence[0],
                 sentence_end=sentence[1], date=None, date_text=None,
                 source=actor(source, ss, se), target=actor(target, ts, te) if target else None,
                 cameo=ONTOLOGY.cameo(code), plover=plover,
                 evidence=Evidence(Span("x", 0, 1), rule), confidence=confidence)


def gold(source: str | None, target: str | None, code: str | None = None, **more) -> GoldEvent:
    return GoldEvent(source=GoldActor(source) if source else None,
                     target=GoldActor(target) if target else None, code=code, **more)


def test_counts_ratios_and_undefined():
    c = Counts(tp=1, fp=1, fn=2)
    assert (c.precision, c.recall, c.f1) == (0.5, pytest.approx(1 / 3), 0.4)
    assert Counts().precision is None and Counts().recall is None and Counts().f1 is None
    assert Counts(1, 2, 3) + Counts(10, 20, 30) == Counts(11, 22, 33)


def test_everything_matches_at_every_level():
    # Roles differ (USAGOV/USA, RUSMIL/RUS): only the first three letters are compared.
    golds = [gold("USAGOV", "RUS", "1212"), gold("RUSGOV", "USA", "0214")]
    produced = [made("RUSGOV", "USAGOV", "0214"), made("USA", "RUSMIL", "1212")]
    score = score_unit(golds, produced)
    assert set(score.counts) == {"dyad", "quad", "root", "code"}  # no PLOVER in this gold
    for counts in score.counts.values():
        assert counts == Counts(tp=2, fp=0, fn=0)
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)
    assert score.pairs["code"] == ((0, 1), (1, 0))


def test_nothing_matches_at_any_level():
    score = score_unit([gold("USA", "RUS", "1212")], [made("CHN", "JPN", "190")])
    for counts in score.counts.values():
        assert counts == Counts(tp=0, fp=1, fn=1)
        assert (counts.precision, counts.recall, counts.f1) == (0.0, 0.0, 0.0)


def test_levels_part_ways():
    # 1212 and 111 share the dyad and the quad class (3, verbal conflict) but not the root.
    score = score_unit([gold("USA", "RUS", "1212")], [made("USA", "RUS", "111")])
    assert score.counts["dyad"] == score.counts["quad"] == Counts(1, 0, 0)
    assert score.counts["root"] == score.counts["code"] == Counts(0, 1, 1)
    # 1211 shares the root, not the code; 042 only the dyad.
    assert score_unit([gold("USA", "RUS", "1212")], [made("USA", "RUS", "1211")]).counts["code"] \
        == Counts(0, 1, 1)
    assert score_unit([gold("USA", "RUS", "1212")], [made("USA", "RUS", "1211")]).counts["root"] \
        == Counts(1, 0, 0)
    assert score_unit([gold("USA", "RUS", "1212")], [made("USA", "RUS", "042")]).counts["quad"] \
        == Counts(0, 1, 1)


def test_consultations_match_in_either_direction_other_events_do_not():
    consult = score_unit([gold("USA", "RUS", "040")], [made("RUS", "USA", "042")])
    assert consult.counts["root"] == Counts(1, 0, 0) and consult.counts["code"] == Counts(0, 1, 1)
    reject = score_unit([gold("USA", "RUS", "1212")], [made("RUS", "USA", "1212")])
    assert reject.counts["dyad"] == Counts(0, 1, 1)


def test_reciprocal_plover_gold_without_code():
    g = gold("HUNGOV", "ROUGOV", plover="AGREE", reciprocal=True, plover_quad=1)
    score = score_unit([g], [made("ROU", "HUN", "030")])
    assert set(score.counts) == {"dyad", "quad", "plover"}  # no code: no root or code level
    assert score.counts["plover"] == Counts(1, 0, 0)
    assert score_unit([g], [made("ROU", "HUN", "1212")]).counts["plover"] == Counts(0, 1, 1)


def test_both_directions_of_a_reciprocal_event_are_one_event():
    g = gold("JOR", "GBR", "0312", reciprocal=True)
    both = [made("JOR", "GBR", "0312"), made("GBR", "JOR", "0312")]
    assert score_unit([g], both).counts["code"] == Counts(1, 0, 0)
    # a one-way gold event: the other direction is a false positive
    assert score_unit([gold("JOR", "GBR", "0312")], both).counts["code"] == Counts(1, 1, 0)
    # the mirror of an unmatched produced event is still a false positive
    assert score_unit([g], [made("JOR", "GBR", "190"), made("GBR", "JOR", "190")]).counts["code"] \
        == Counts(0, 2, 1)


def test_actors_the_gold_leaves_out_are_not_compared():
    # A codebook example: only the code is known.
    score = score_unit([gold(None, None, "190")], [made("IRQMIL", None, "190")])
    assert score.counts["code"] == Counts(1, 0, 0)
    # A gold event without a target matches whatever target was found, not another source.
    assert score_unit([gold("USA", None, "190")], [made("USA", "IRQ", "190")]).counts["dyad"] \
        == Counts(1, 0, 0)
    assert score_unit([gold("USA", None, "190")], [made("GBR", "IRQ", "190")]).counts["dyad"] \
        == Counts(0, 1, 1)
    # A gold target is not matched by an event without one.
    assert score_unit([gold("USA", "IRQ", "190")], [made("USA", None, "190")]).counts["dyad"] \
        == Counts(0, 1, 1)


def test_anchored_gold_only_matches_in_its_sentence():
    g = gold("USA", "RUS", "1212", anchor=50)
    assert score_unit([g], [made("USA", "RUS", "1212", sentence=(0, 40))]).counts["code"] \
        == Counts(0, 1, 1)
    assert score_unit([g], [made("USA", "RUS", "1212", sentence=(40, 90))]).counts["code"] \
        == Counts(1, 0, 0)


def test_matching_is_one_to_one_and_maximal():
    # Greedy in gold order would give the first gold event the USA->RUS event and leave the
    # second with nothing; the largest matching pairs both.
    golds = [gold("USA", None, "190"), gold("USA", "RUS", "190")]
    produced = [made("USA", "RUS", "190"), made("USA", "CHN", "190")]
    assert match_events(golds, produced, "code") == [(0, 1), (1, 0)]
    # One gold event, the same event produced twice: one match, one spurious.
    twice = score_unit([gold("USA", "RUS", "190")], [made("USA", "RUS", "190")] * 2)
    assert twice.counts["code"] == Counts(1, 1, 0)


def test_sums_over_units_and_units_without_gold_events():
    one = score_unit([gold("USA", "RUS", "1212")], [made("USA", "RUS", "1212"),
                                                    made("CHN", "JPN", "190")])
    two = score_unit([gold("FRA", "DEU", "040"), gold("DEU", "FRA", "1212")], [])
    empty = score_unit([], [made("GBR", "IRL", "010")])  # the gold says: no events here
    total = sum_levels([one, two, empty])
    assert total["dyad"] == Counts(tp=1, fp=2, fn=2)
    assert total["code"] == Counts(tp=1, fp=2, fn=2)
    assert (total["code"].precision, total["code"].recall) == (pytest.approx(1 / 3),
                                                               pytest.approx(1 / 3))
    assert "plover" not in total  # no gold event was judged at it
    assert sum_levels([empty]) == {"dyad": Counts(0, 1, 0)}


def test_per_root_breakdown():
    golds = [gold("USA", "RUS", "1212"), gold("USA", "RUS", "040")]
    produced = [made("USA", "RUS", "121"), made("USA", "RUS", "190")]
    pairs = score_unit(golds, produced).pairs["root"]
    assert per_root([(golds, produced, pairs)]) == {
        "04": Counts(0, 0, 1), "12": Counts(1, 0, 0), "19": Counts(0, 1, 0)}


def test_class_scores_by_hand():
    scores = class_scores([0, 1, 1, 3], [0, 1, None, 1])
    assert (scores.total, scores.correct, scores.missed) == (4, 2, 1)
    assert scores.accuracy == 0.5 and scores.answered_accuracy == pytest.approx(2 / 3)
    assert scores.labels == (0, 1, 3)
    assert scores.per_class[0] == Counts(1, 0, 0)
    assert scores.per_class[1] == Counts(1, 1, 1)
    assert scores.per_class[3] == Counts(0, 0, 1)
    assert scores.macro_f1 == pytest.approx((1.0 + 0.5 + 0.0) / 3)
    assert scores.confusion[1] == {0: 0, 1: 1, 3: 0, None: 1}
    assert scores.confusion[3] == {0: 0, 1: 1, 3: 0, None: 0}


def test_class_scores_all_right_and_all_missed():
    right = class_scores([2, 4, 4], [2, 4, 4])
    assert (right.accuracy, right.macro_f1, right.missed) == (1.0, 1.0, 0)
    missed = class_scores([1, 2], [None, None])
    assert (missed.accuracy, missed.answered_accuracy, missed.macro_f1) == (0.0, None, 0.0)
    assert missed.confusion == {1: {1: 0, 2: 0, None: 1}, 2: {1: 0, 2: 0, None: 1}}
    with pytest.raises(ValueError):
        class_scores([1], [])


def test_predicted_class_is_the_most_confident_event():
    events = [made("USA", "RUS", "010", confidence=0.6), made("USA", "RUS", "190", confidence=0.8),
              made("USA", "RUS", "040", confidence=0.8)]
    assert predicted_class(events, "penta") == 4  # 190; the later 040 only ties
    assert predicted_class(events[:1], "penta") == 0 and predicted_class(events[:1], "quad") == 1
    assert predicted_class([]) is None


def test_span_counts_token_by_token():
    # "Iraqi troops attacked the rebels ." with S = "Iraqi troops", T = "the rebels".
    text = "Iraqi troops attacked the rebels ."
    tokens = ((0, 5), (6, 12), (13, 21), (22, 25), (26, 32), (33, 34))
    sentence = GoldSentence(id="s", text=text, tokens=tokens,
                            spans=(GoldSpan("S", 0, 12), GoldSpan("T", 22, 32)))
    event = made("IRQMIL", "IRQREB", "190", spans=((0, 12), (26, 32)))
    counts = span_counts(sentence, [event])
    assert counts["source"] == Counts(2, 0, 0)
    assert counts["target"] == Counts(1, 0, 1)
    assert counts["actor"] == Counts(3, 0, 1)
    assert span_counts(sentence, [])["actor"] == Counts(0, 0, 4)
    # Reciprocal tokens are left out of the source and target rows, kept in the actor row.
    both = GoldSentence(id="s", text=text, tokens=tokens,
                        spans=(GoldSpan("R", 0, 12), GoldSpan("R", 22, 32)))
    counts = span_counts(both, [event])
    assert counts["source"] == Counts(0, 0, 0) and counts["target"] == Counts(0, 0, 0)
    assert counts["actor"] == Counts(3, 0, 1)


def test_worst_errors_rank_by_errors_then_gold_order():
    def case(where: str, errors: int) -> ErrorCase:
        return ErrorCase(where, "s", (), (), (), errors)

    cases = [case("a", 1), case("b", 3), case("c", 0), case("d", 3), case("e", 2)]
    assert [c.where for c in worst_errors(cases, 3)] == ["b", "d", "e"]
    assert worst_errors(cases, 0) == []
    assert case("a", 1).to_dict()["rules"] == ["no rule fired"]


def test_actor_presence_by_hand():
    from eventwire.evaluate.gold import GoldActor, GoldEvent
    from eventwire.evaluate.metrics import actor_presence

    gold = [GoldEvent(source=GoldActor("USAGOV"), target=GoldActor("RUS"), code="1212")]
    produced_none = actor_presence(gold, [])
    assert (produced_none["source"].tp, produced_none["source"].fn) == (0, 1)
    assert (produced_none["target"].tp, produced_none["target"].fn) == (0, 1)
    untargeted = [GoldEvent(source=GoldActor("IGO"), target=None, code="020")]
    assert "target" not in actor_presence(untargeted, [])


def test_plover_mode_and_context_of_matched_events_by_hand():
    from dataclasses import replace

    from eventwire.evaluate.metrics import plover_details

    # 1832 is ASSAULT, explosives, no context; 193 ASSAULT, firearms, military.
    golds = [gold("SYR", "TUR", "1832", plover="ASSAULT", mode="explosives",
                  context=("military", "terrorism")),
             gold("IRQ", None, "193", plover="ASSAULT", mode="heavy-weapons", context=("military",)),
             gold("LBN", None, "190", plover="ASSAULT")]  # no mode, no context: not judged
    produced = [made("SYR", "TUR", "1832"), made("IRQ", None, "193"), made("LBN", None, "190")]
    pairs = score_unit(golds, produced).pairs["plover"]
    assert pairs == ((0, 0), (1, 1), (2, 2))
    details = plover_details(golds, produced, pairs)
    assert details["mode"] == Counts(tp=1, fp=1, fn=1)  # explosives right, firearms wrong
    # The car bomb has no context produced; the gunfight has the gold's military.
    assert details["context_event"] == Counts(tp=1, fp=0, fn=1)
    assert details["context"] == Counts(tp=1, fp=0, fn=2)
    produced[0] = replace(produced[0], plover=Plover("ASSAULT", "explosives", ("terrorism", "cbrn")))
    details = plover_details(golds, produced, pairs)
    assert details["context_event"] == Counts(tp=2, fp=0, fn=0)
    assert details["context"] == Counts(tp=2, fp=1, fn=1)


def test_an_organisation_matches_the_country_it_is_rooted_in():
    hamas = Actor(text="Hamas", start=0, end=5, code="IMGMUSHAM", country="PSE")
    g = gold("PSE", "ISR", "190")
    event = made("IMG", "ISR", "190")
    rooted = Event(**{**event.__dict__, "source": hamas})
    assert score_unit([g], [rooted]).counts["code"] == Counts(1, 0, 0)
    assert score_unit([gold("LBN", "ISR", "190")], [rooted]).counts["code"] == Counts(0, 1, 1)
