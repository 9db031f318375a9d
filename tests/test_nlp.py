"""Loading the spaCy pipeline (nlp.py): text tokenized before it came is read as written."""

from __future__ import annotations

from eventwire.model import Article


def test_a_possessive_split_by_spaces_is_read_as_one(coder):
    # tokenized text writes "May ’ s plan": one possessive token, tagged as the unsplit "’s"
    doc = coder.nlp("Jeremy Corbyn has criticised Theresa May ’ s plan for the Irish border .")
    possessive = next(t for t in doc if t.text == "’ s")
    assert possessive.tag_ == "POS" and possessive.head.lemma_ == "May"
    events = coder.code([Article(id="t", text=doc.text, date="2018-02-01")])
    assert [(e.target.code, e.target.text) for e in events] == [("GBRGOV", "Theresa May ’ s plan")]


def test_untokenized_text_is_left_as_it_is(coder):
    doc = coder.nlp("Mexico’s president defended the country's handling of the epidemic.")
    assert [t.text for t in doc][:3] == ["Mexico", "’s", "president"]
