"""The office a doer holds is no one it acts on (events/offices.py, applied in events/extract.py)."""

from __future__ import annotations

from rows import dyads


def test_resigning_as_president_has_no_target(coder):
    assert dyads(coder, "Evo Morales resigned as president of Bolivia after weeks of protests.") \
        == [("BOLGOV", None, "0831", None)]
    # the day he resigned the base dates him out of office: a former holder's office is his own too
    assert dyads(coder, "Nawaz Sharif resigned as prime minister of Pakistan on Friday.",
                 date="2017-07-28") == [("PAKELI", None, "0831", None)]


def test_a_post_left_is_the_doers_own(coder):
    assert dyads(coder, "The minister agreed to step down from his post as Kenyan interior "
                        "minister.") == [("KENGOV", None, "0341", None)]


def test_a_position_held_as_a_stance_is_still_its_authors(coder):
    # "position" is an office only as what is left or held; here it is what the government says
    assert dyads(coder, "A court in London contradicted the official government position on "
                        "the killings.") == [
        ("GBRJUD", "GBRGOV", "110", "the official government position")]

