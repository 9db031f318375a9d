"""Every pattern's example sentences, coded by the real coder: the dictionary tests itself."""

from __future__ import annotations

import pytest

from eventwire.events.patterns import load_patterns
from eventwire.model import Article

EXAMPLES = [(p.id, i, ex) for p in load_patterns().patterns for i, ex in enumerate(p.examples)]


@pytest.mark.parametrize("pattern_id,number,example", EXAMPLES,
                         ids=[f"{pid}-{n}" for pid, n, _ in EXAMPLES])
def test_example_codes_as_written(coder, pattern_id, number, example):
    events = list(coder.code([Article(id="example", text=example.text, date=example.date or "2017-02-16")]))
    produced = [(e.source.code, e.target.code if e.target else None, e.cameo.code, e.evidence.rule)
                for e in events]
    for want in example.events:
        found = [p for p in produced
                 if p[0] == want["source"] and p[1] == want.get("target") and p[2] == want["code"]]
        assert found, f"{pattern_id}: expected {want} from {example.text!r}; got {produced}"
    if not example.events:  # a "no event" pattern ("---"): its words code nothing
        assert produced == [], f"{pattern_id}: expected no event from {example.text!r}; got {produced}"
        return
    rules = [rule.replace("+", " ").replace(".", " ").split() for *_, rule in produced]
    assert any(pattern_id in words for words in rules), f"{pattern_id} did not fire: {produced}"
