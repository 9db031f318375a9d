"""Writing events in the formats people already use.

- ``jsonl``: the native record of CONTRACT.md, one per line;
- ``plover``: PLOVER JSON records, one per line, shaped like the PLOVER gold-standard records
  (``event``, ``mode``, ``context``, ``source``/``target`` lists of ``actorText``/``code``/``sector``);
- ``cameo``: a CAMEO/Phoenix-style tab-separated table with a header;
- ``csv``: one flat row per event, for spreadsheets;
- ``gdelt``: the GDELT 2.0 event table (61 tab-separated columns, no header), so GDELT tooling
  reads eventwire's output; columns eventwire has no value for (tone, geography until places are
  coded, mentions counts beyond 1) are left empty or 1;
- ``parquet``: the same flat columns as a Parquet file (needs a file, not standard output).
"""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable

from .errors import UnknownFormat
from .model import Actor, Article, Event

FORMATS = ("jsonl", "plover", "cameo", "gdelt", "csv", "parquet")

GDELT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    + " ".join(f"{a}Code {a}Name {a}CountryCode {a}KnownGroupCode {a}EthnicCode {a}Religion1Code "
               f"{a}Religion2Code {a}Type1Code {a}Type2Code {a}Type3Code" for a in ("Actor1", "Actor2"))
    + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions "
      "NumSources NumArticles AvgTone "
    + " ".join(f"{g}_Type {g}_FullName {g}_CountryCode {g}_ADM1Code {g}_ADM2Code {g}_Lat {g}_Long "
               f"{g}_FeatureID" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo"))
    + " DATEADDED SOURCEURL").split()

FLAT_COLUMNS = ("id", "doc_id", "sentence", "date", "date_text", "source_code", "source_text",
                "source_entity", "target_code", "target_text", "target_entity", "cameo_code",
                "cameo_name", "cameo_root", "goldstein", "quad_class", "penta_class", "plover_event",
                "plover_mode", "plover_context", "negated", "modality", "rule", "trigger",
                "confidence", "sentence_text")

PHOENIX_COLUMNS = ("EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity",
                   "SourceActorRole", "TargetActorFull", "TargetActorEntity", "TargetActorRole",
                   "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "PloverEvent",
                   "Modality", "SentenceID", "URL", "Source", "Rule")


def sentence_text(article: Article, event: Event) -> str:
    return article.text[event.sentence_start:event.sentence_end].strip()


def flat_row(article: Article, event: Event) -> dict:
    """One event as flat columns (for csv and parquet)."""
    src, tgt = event.source, event.target
    return {
        "id": event.id, "doc_id": event.doc_id, "sentence": event.sentence, "date": event.date,
        "date_text": event.date_text, "source_code": src.code, "source_text": src.text,
        "source_entity": src.entity, "target_code": tgt.code if tgt else None,
        "target_text": tgt.text if tgt else None, "target_entity": tgt.entity if tgt else None,
        "cameo_code": event.cameo.code, "cameo_name": event.cameo.name, "cameo_root": event.cameo.root,
        "goldstein": event.cameo.goldstein, "quad_class": event.cameo.quad_class,
        "penta_class": event.cameo.penta_class, "plover_event": event.plover.event,
        "plover_mode": event.plover.mode, "plover_context": ";".join(event.plover.context),
        "negated": event.negated, "modality": event.modality, "rule": event.evidence.rule,
        "trigger": event.evidence.trigger.text, "confidence": event.confidence,
        "sentence_text": sentence_text(article, event),
    }


def _plover_actor(actor: Actor | None) -> list[dict]:
    if actor is None:
        return []
    return [{"actorText": actor.text, "code": actor.country or actor.code,
             "sector": ";".join(actor.sectors), "entity": actor.entity}]


def plover_record(article: Article, event: Event) -> dict:
    """One event as a PLOVER record."""
    return {
        "id": event.id, "date": event.date, "event": event.plover.event, "mode": event.plover.mode,
        "context": list(event.plover.context), "source": _plover_actor(event.source),
        "target": _plover_actor(event.target), "eventText": event.evidence.trigger.text,
        "text": sentence_text(article, event), "language": "en",
        "publication": article.source or "", "url": article.url or "",
        "cameo_code": event.cameo.code, "goldstein": event.cameo.goldstein,
        "modality": event.modality, "coder": "eventwire",
    }


def phoenix_row(article: Article, event: Event) -> list:
    """One event as a CAMEO/Phoenix table row."""
    date = (event.date or "").replace("-", "")
    src, tgt = event.source, event.target
    return [event.id, date, date[:4], date[4:6], date[6:8], src.code, src.country or src.code,
            ";".join(src.sectors), tgt.code if tgt else "", (tgt.country or tgt.code) if tgt else "",
            ";".join(tgt.sectors) if tgt else "", event.cameo.code, event.cameo.root,
            event.cameo.quad_class, event.cameo.goldstein, event.plover.event, event.modality,
            f"{event.doc_id}:{event.sentence}", article.url or "", article.source or "",
            event.evidence.rule]


def _gdelt_actor(actor: Actor | None) -> list:
    if actor is None:
        return [""] * 10
    group = actor.code if actor.country is None else ""
    types = list(actor.sectors[:3]) + [""] * (3 - len(actor.sectors[:3]))
    return [actor.code, (actor.entity or actor.text).upper(), actor.country or "", group, "", "", "",
            *types]


def gdelt_row(number: int, article: Article, event: Event) -> list:
    """One event as a GDELT 2.0 event-table row (``number`` is the GLOBALEVENTID)."""
    date = (event.date or article.date or "").replace("-", "")
    year = date[:4]
    fraction = ""
    if len(date) == 8:
        fraction = f"{int(year) + (int(date[4:6]) - 1) / 12 + (int(date[6:8]) - 1) / 365:.4f}"
    code = event.cameo.code
    geo = [""] * 8
    action_geo = [""] * 8
    if event.location is not None:
        loc = event.location
        action_geo = ["4", loc.name, loc.country or "", "", "", loc.lat if loc.lat is not None else "",
                      loc.lon if loc.lon is not None else "", ""]
    added = (article.date or "").replace("-", "")
    return [number, date, date[:6], year, fraction, *_gdelt_actor(event.source),
            *_gdelt_actor(event.target), 1 if event.sentence == 0 else 0, code, code[:3], code[:2],
            event.cameo.quad_class, event.cameo.goldstein, 1, 1, 1, "", *geo, *geo, *action_geo,
            added + "000000" if added else "", article.url or ""]


class Writer:
    """Writes (article, events) pairs to a stream in one format."""

    def __init__(self, fmt: str, stream: IO[str] | None = None, path: str | None = None):
        if fmt not in FORMATS:
            raise UnknownFormat(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        if fmt == "parquet" and path is None:
            raise UnknownFormat("parquet needs an output file: use -o FILE.parquet")
        self.fmt, self.stream, self.path = fmt, stream, path
        self.rows: list[dict] = []
        self._csv = None
        if fmt == "cameo":
            self._csv = csv.writer(stream, delimiter="\t", lineterminator="\n")
            self._csv.writerow(PHOENIX_COLUMNS)
        elif fmt == "csv":
            self._csv = csv.DictWriter(stream, fieldnames=FLAT_COLUMNS, lineterminator="\n")
            self._csv.writeheader()
        elif fmt == "gdelt":
            self._csv = csv.writer(stream, delimiter="\t", lineterminator="\n")
        self.count = 0

    def write(self, article: Article, events: Iterable[Event]) -> None:
        for event in events:
            if self.fmt == "jsonl":
                self.stream.write(event.to_json() + "\n")
            elif self.fmt == "plover":
                self.stream.write(json.dumps(plover_record(article, event), ensure_ascii=False) + "\n")
            elif self.fmt == "cameo":
                self._csv.writerow(phoenix_row(article, event))
            elif self.fmt == "csv":
                self._csv.writerow(flat_row(article, event))
            elif self.fmt == "gdelt":
                self.count += 1
                self._csv.writerow(gdelt_row(self.count, article, event))
            else:
                self.rows.append(flat_row(article, event))

    def close(self) -> None:
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist(self.rows) if self.rows else pa.table(
                {c: pa.array([], pa.string()) for c in FLAT_COLUMNS})
            pq.write_table(table, self.path)
        elif self.stream is not None:
            self.stream.flush()
