"""What the event tests compare: the events a real coder makes of one sentence, as rows."""

from __future__ import annotations

from eventwire.model import Article


def dyads(coder, text, date="2019-05-02"):
    """(source code, target code, CAMEO code, target text) of each event coded from ``text``."""
    return [(e.source.code, e.target.code if e.target else None, e.cameo.code,
             e.target.text if e.target else None)
            for e in coder.code([Article(id="t", text=text, date=date)])]
