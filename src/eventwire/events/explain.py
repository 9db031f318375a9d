"""Why a sentence was coded as it was: the parse, the actors, every pattern tried, the events.

``eventwire explain "SENTENCE"`` prints :func:`explain`'s report. For each word that some
pattern is written for, it lists every candidate pattern in the order they are tried, whether
its further words were found, which one fired, the frames that govern it and the code that
came out (or why none did).
"""

from __future__ import annotations

from ..model import Article
from .chains import _KIND_OF_POS, climb, governing
from .wording import joined_forms, matches


def explain(coder, text: str, date: str | None = None) -> str:
    """A plain-text account of how ``coder`` reads ``text`` (one sentence or a short text)."""
    article = Article(id="explain", text=text, date=date)
    (_, doc), = list(coder.parse([article]))
    patterns = coder.nlp.get_pipe("eventwire_events").patterns
    lines = [f"text: {text}", f"date: {date or '-'}", "", "parse:"]
    for t in doc:
        if not t.is_space:
            lines.append(f"  {t.i:3} {t.text:16} lemma={t.lemma_:14} {t.pos_:5} {t.dep_:9} "
                         f"<- {t.head.i:3} {t.head.text}")
    lines += ["", "actors:"]
    mentions = doc._.actors.mentions if doc._.actors else []
    for m in mentions:
        members = f" = {' + '.join(x.code for x in m.members)}" if m.members else ""
        lines.append(f"  {doc[m.start:m.end].text!r:40} {m.code or '-':12} {m.kind:9} via {m.via}"
                     f"{members} ({m.entity or '-'})")
    if not mentions:
        lines.append("  (none)")
    lines += ["", "patterns tried:"]
    tried = False
    for t in doc:
        kind = _KIND_OF_POS.get(t.pos_)
        # the forms find_pattern tries: the lemma, then a hyphenated compound joined ("cease-fire")
        forms = (t.lemma_.lower(), *joined_forms(t)) if kind else ()
        candidates = [c for form in forms for c in patterns.candidates(form, kind)]
        if not candidates:
            continue
        tried = True
        lines.append(f"  {t.text!r} ({' / '.join(dict.fromkeys((t.lemma_, *forms[1:])))}, {kind}):")
        if kind == "noun" and t.dep_ in ("attr", "oprd"):
            lines.append("    (describes its subject: a noun after 'is' or 'considered' is no act)")
            continue
        fired = {False: None, True: None}
        for pattern, pred in candidates:
            ok = matches(t, pred)
            role = "frame" if pattern.frame else "predicate"
            mark = " "
            if ok and fired[bool(pattern.frame)] is None:
                fired[bool(pattern.frame)] = pattern
                mark = "*"
            words = " ".join((pred.lemma, *pred.extra))
            origin = f" [{pattern.imported}]" if pattern.imported else ""
            lines.append(f"    {mark} {pattern.id:34} {role:9} {words!r:30} "
                         f"{'matched' if ok else 'words not found'}{origin}")
        if fired[False] is not None:
            chain = climb(t, patterns)
            ruling = governing(chain)
            frames = ", ".join(f"{p.id}({p.frame}) at {tok.text!r}" for p, tok in chain.frames)
            lines.append(f"      chain: {' <- '.join(x.text for x in chain.tokens)}; frames: {frames or '-'}; "
                         f"deciding: {ruling[0].id if ruling else '-'}")
    if not tried:
        lines.append("  (no word of the text has a pattern)")
    lines += ["", "events:"]
    events = list(coder.code([article]))
    for e in events:
        target = f"{e.target.text!r} {e.target.code}" if e.target else "-"
        lines.append(f"  {e.source.text!r} {e.source.code} -> {target}: {e.cameo.code} "
                     f"{e.cameo.name} [{e.evidence.rule}: {e.evidence.trigger.text!r}] "
                     f"{e.modality}{' negated' if e.negated else ''}")
    if not events:
        lines.append("  (none: no pattern fired with a source the knowledge base places)")
    return "\n".join(lines) + "\n"
