"""Actor mentions: the words of a document that name an actor, and the code they resolve to.

:class:`Mention` is what the actor component finds and coreference links; :class:`ActorIndex`
is what it writes to ``doc._.actors`` for the event component to read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

#: the country part of a code the knowledge base cannot place: "---GOV", "---REB"
UNKNOWN = "---"


@dataclass(frozen=True)
class Mention:
    """A stretch of tokens [start, end) that names one actor, with the code it resolves to."""

    start: int
    end: int
    code: str
    country: str | None
    sectors: tuple[str, ...]
    entity: str | None
    kind: str  # person, org, metonym, country, demonym, agent
    via: str = "name"  # name, surname, pronoun, title, reference: how the words were linked
    head: int = -1  # the mention's syntactic head token
    members: tuple["Mention", ...] = ()  # "the two countries": the actors it stands for
    #: a pronoun's antecedent: the (start, end, head) of the mention it stands for
    refers: tuple[int, int, int] | None = None

    @property
    def resolved(self) -> bool:
        """Whether the mention can be an event's actor (its code may still be of unknown
        country: ``---GOV``)."""
        return bool(self.code) or bool(self.members)

    @property
    def known(self) -> bool:
        """Whether the knowledge base placed the actor (a country or an organisation)."""
        return bool(self.code) and not self.code.startswith(UNKNOWN)


@dataclass
class ActorIndex:
    """The mentions of one document, and which mention each token belongs to."""

    mentions: list[Mention] = field(default_factory=list)
    at: dict[int, int] = field(default_factory=dict)  # token index -> mention index

    def add(self, mention: Mention) -> None:
        index = len(self.mentions)
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self.at[i] = index

    def of(self, token: Token) -> Mention | None:
        """The mention a token belongs to, or None."""
        index = self.at.get(token.i)
        return None if index is None else self.mentions[index]


def syntactic_head(doc: Doc, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside it (the last such, for flat names)."""
    heads = [t.i for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i]
    return heads[-1] if heads else end - 1
