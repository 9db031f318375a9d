"""Quotations and their speakers in the seed story, as its gold file gives them."""

import json

from conftest import shared

from eventwire.context.quotes import find_quotes


def test_seed_story_quotes_and_speakers(coder, seed_article):
    (_, doc), = list(coder.parse([seed_article]))
    found = [(q.speaker, q.text) for q in find_quotes(doc, doc._.actors)]
    gold = json.loads(shared("seed", "ap-2017-02-16-mattis-russia.gold.json").read_text(encoding="utf-8"))
    expected = [(q["speaker"], q["text"]) for q in gold["quotes"]]
    assert [s for s, _ in found] == [s for s, _ in expected]
    for (_, text), (_, want) in zip(found, expected):
        assert text.rstrip(".") == want.rstrip("."), (text, want)
    for q in find_quotes(doc, doc._.actors):
        assert seed_article.text[q.start:q.end].strip() == q.text


def test_a_quoted_word_is_no_quotation(coder):
    from eventwire.model import Article

    (_, doc), = list(coder.parse([Article(id="t", text='He called the plan "baseless" on Monday.', date="2017-02-16")]))
    assert find_quotes(doc, doc._.actors) == []
