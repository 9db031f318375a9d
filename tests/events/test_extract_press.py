"""A statement told to the press is no statement to an actor (events/extract.py)."""

from __future__ import annotations

from rows import dyads


def test_telling_a_news_agency_is_no_statement_to_it(coder):
    # what is said still makes its own events; the agency only carries it
    assert dyads(coder, "Russian Deputy Foreign Minister Grigory Karasin told TASS that Moscow "
                        "was ready for talks with Kiev.") == [("RUSGOV", "UKRGOV", "036", "Kiev")]


def test_telling_a_counterpart_is_a_statement_to_them(coder):
    assert ("KENGOV", "UGAGOV", "010", "his Ugandan counterpart") in dyads(
        coder, "The Kenyan foreign minister told his Ugandan counterpart that Nairobi would "
               "reopen the border.")
