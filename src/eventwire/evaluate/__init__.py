"""Evaluation: scoring the coder on gold-standard data (``eventwire eval``, ``make eval``).

::

    gold.py      GoldSentence, GoldEvent, GoldActor, GoldSpan: what a perfect coder finds
    readers.py   read_gold(path, kind): every kind of gold file, problems reported per line
                 (plover.py, petrarch.py, native.py hold the larger readers)
    metrics.py   matching and scoring: event P/R/F1 per level, classes, actor spans, errors
    run.py       evaluate(gold, coder): code the gold sentences and score them
    report.py    plain-text tables for people, a JSON dict for machines
"""
