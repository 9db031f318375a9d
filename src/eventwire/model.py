"""The records that flow through eventwire: Article in, Event (with Actor, Location, Quote) out.

Serialisation follows CONTRACT.md exactly: ``Event.to_dict()`` gives the native JSON record and
``Event.from_dict()`` reads it back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news article: the unit eventwire reads."""

    id: str
    text: str
    date: str | None = None  # publication date, YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "date": self.date, "title": self.title,
                "url": self.url, "source": self.source}


@dataclass(frozen=True)
class Actor:
    """An actor as it appears in an event: the words that name it and the code they resolve to."""

    text: str
    start: int
    end: int
    code: str
    country: str | None
    sectors: tuple[str, ...] = ()
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "code": self.code,
                "country": self.country, "sectors": list(self.sectors), "entity": self.entity}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Actor":
        return cls(text=d["text"], start=d["start"], end=d["end"], code=d["code"],
                   country=d.get("country"), sectors=tuple(d.get("sectors") or ()),
                   entity=d.get("entity"))


@dataclass(frozen=True)
class Location:
    """Where an event took place."""

    text: str
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "lat": self.lat, "lon": self.lon}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Location":
        return cls(text=d["text"], name=d["name"], country=d.get("country"),
                   lat=d.get("lat"), lon=d.get("lon"))


@dataclass(frozen=True)
class Quote:
    """A quotation an event comes from, with its speaker."""

    speaker: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quote":
        return cls(speaker=d["speaker"], text=d["text"], start=d["start"], end=d["end"])


@dataclass(frozen=True)
class Cameo:
    """A CAMEO event type with its Goldstein score and classes."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    penta_class: int

    @property
    def root(self) -> str:
        return self.code[:2]

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "root": self.root, "goldstein": self.goldstein,
                "quad_class": self.quad_class, "penta_class": self.penta_class}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Cameo":
        return cls(code=d["code"], name=d["name"], goldstein=float(d["goldstein"]),
                   quad_class=int(d["quad_class"]), penta_class=int(d["penta_class"]))


@dataclass(frozen=True)
class Plover:
    """The PLOVER reading of an event: category, mode and contexts."""

    event: str
    mode: str = ""
    context: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.event, "mode": self.mode, "context": list(self.context)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Plover":
        return cls(event=d["event"], mode=d.get("mode", ""), context=tuple(d.get("context") or ()))


@dataclass(frozen=True)
class Span:
    """A stretch of the article's text: [start, end) character offsets."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Evidence:
    """Why the event exists: the words that triggered it and the pattern that fired."""

    trigger: Span
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"trigger": self.trigger.to_dict(), "rule": self.rule}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Evidence":
        t = d["trigger"]
        return cls(trigger=Span(t["text"], t["start"], t["end"]), rule=d["rule"])


MODALITIES = ("asserted", "reported", "hypothetical", "future", "historical")


@dataclass(frozen=True)
class Event:
    """One coded event: who did what to whom, when, where, and on what evidence."""

    id: str
    doc_id: str
    sentence: int
    sentence_start: int
    sentence_end: int
    date: str | None
    date_text: str | None
    source: Actor
    target: Actor | None
    cameo: Cameo
    plover: Plover
    evidence: Evidence
    negated: bool = False
    modality: str = "asserted"
    location: Location | None = None
    quote: Quote | None = None
    confidence: float = 0.5
    first_mention: str | None = None  # id of the article's first event with this dyad and code

    def to_dict(self) -> dict[str, Any]:
        record = {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "date": self.date,
            "date_text": self.date_text,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo.to_dict(),
            "plover": self.plover.to_dict(),
            "negated": self.negated,
            "modality": self.modality,
            "location": self.location.to_dict() if self.location else None,
            "quote": self.quote.to_dict() if self.quote else None,
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
        }
        if self.first_mention is not None:  # optional: only on repeated mentions
            record["first_mention"] = self.first_mention
        return record

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(
            id=d["id"], doc_id=d["doc_id"], sentence=d["sentence"],
            sentence_start=d["sentence_start"], sentence_end=d["sentence_end"],
            date=d.get("date"), date_text=d.get("date_text"),
            source=Actor.from_dict(d["source"]),
            target=Actor.from_dict(d["target"]) if d.get("target") else None,
            cameo=Cameo.from_dict(d["cameo"]), plover=Plover.from_dict(d["plover"]),
            evidence=Evidence.from_dict(d["evidence"]),
            negated=bool(d.get("negated", False)), modality=d.get("modality", "asserted"),
            location=Location.from_dict(d["location"]) if d.get("location") else None,
            quote=Quote.from_dict(d["quote"]) if d.get("quote") else None,
            confidence=float(d.get("confidence", 0.5)),
            first_mention=d.get("first_mention"),
        )

    @classmethod
    def from_json(cls, line: str) -> "Event":
        return cls.from_dict(json.loads(line))
