"""The Coder's per-article error policy, with a real failure in a real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.coder import Coder, Settings
from eventwire.errors import CodingError
from eventwire.model import Article


@Language.component("fails_on_kaboom")
def fails_on_kaboom(doc):
    """A component that breaks on one word, standing in for a bug in a stage."""
    if "kaboom" in doc.text:
        raise RuntimeError("a stage broke on this article")
    return doc


ARTICLES = [Article(id="a", text="Turkey condemned Israel on Monday.", date="2017-02-16"),
            Article(id="b", text="Kaboom: kaboom.", date="2017-02-16"),
            Article(id="c", text="China warned the United States on Friday.", date="2017-02-16")]


def test_skip_reports_the_article_and_goes_on():
    coder = Coder(Settings(on_error="skip"))
    coder.nlp.add_pipe("fails_on_kaboom", before="eventwire_events")
    coded = [(a.id, len(events)) for a, events in coder.code_articles(ARTICLES)]
    assert coded == [("a", 1), ("b", 0), ("c", 1)]
    assert [article for article, _ in coder.failures] == ["b"]
    assert "RuntimeError" in coder.failures[0][1]


def test_stop_raises_with_the_article_id():
    coder = Coder(Settings(on_error="stop"))
    coder.nlp.add_pipe("fails_on_kaboom", before="eventwire_events")
    with pytest.raises(CodingError, match="article b"):
        list(coder.code_articles(ARTICLES))


def test_what_the_text_only_supposes_is_written_only_when_asked_for():
    text = "Only Congress can remove a federal judge from office. Russia may attack Ukraine."
    assert Coder().code_text(text, date="2017-02-16") == []
    kept = Coder(Settings(keep_hypothetical=True)).code_text(text, date="2017-02-16")
    assert kept and all(e.modality == "hypothetical" for e in kept)
