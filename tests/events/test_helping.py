"""Whom help is for when no slot names one (events/helping.py), on real-looking news."""

from __future__ import annotations

from rows import dyads


def test_help_with_no_one_named_is_for_whom_its_purpose_clause_helps(coder):
    found = dyads(coder, "Greece is weighing sending humanitarian aid to help Albania rebuild "
                         "after the earthquake.")
    assert found == [("GRC", "ALB", "014", "Albania")]


def test_help_that_protects_is_for_whom_it_protects(coder):
    # "to help defend X": X is helped; "to help fight X" helps no X
    assert ("GBR", "KWT", "0312", "Kuwait") in dyads(
        coder, "Britain is willing to send troops to help protect Kuwait.")
    assert ("IRN", None, "033", None) in dyads(coder, "Iran will send equipment to help fight the Taliban.")


def test_a_sum_given_in_a_kind_of_help_goes_to_whom_that_help_is_given(coder):
    assert ("NOR", "JOR", "071", "Jordan") in dyads(
        coder, "Norway has already provided over 4 million euros in humanitarian funding to "
               "Jordan in 2021.")
