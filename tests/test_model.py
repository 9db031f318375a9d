import json

from eventwire.model import Actor, Cameo, Event, Evidence, Location, Plover, Quote, Span


def contract_example() -> dict:
    """The native record exactly as CONTRACT.md shows it."""
    return {
        "id": "ap-2017-02-16-mattis-russia:0:0",
        "doc_id": "ap-2017-02-16-mattis-russia",
        "sentence": 0,
        "sentence_start": 0, "sentence_end": 243,
        "date": "2017-02-16", "date_text": "Thursday",
        "source": {"text": "Defense Secretary Jim Mattis", "start": 61, "end": 89,
                   "code": "USAGOV", "country": "USA", "sectors": ["GOV", "MIL"], "entity": "Jim Mattis"},
        "target": {"text": "Russia", "start": 52, "end": 58,
                   "code": "RUS", "country": "RUS", "sectors": [], "entity": "Russia"},
        "cameo": {"code": "1212", "name": "Reject military cooperation", "root": "12",
                  "goldstein": -4.0, "quad_class": 3, "penta_class": 3},
        "plover": {"event": "REJECT", "mode": "", "context": ["military"]},
        "negated": False,
        "modality": "asserted",
        "location": {"text": "Syria", "name": "Syria", "country": "SYR", "lat": 35.0, "lon": 38.0},
        "quote": None,
        "evidence": {"trigger": {"text": "is not ready to collaborate", "start": 9, "end": 36},
                     "rule": "collaborate.neg"},
        "confidence": 0.8,
    }


def test_contract_record_round_trips_exactly():
    record = contract_example()
    event = Event.from_dict(record)
    assert event.to_dict() == record
    assert json.loads(event.to_json()) == record
    assert list(event.to_dict()) == list(record)  # the contract's field order


def test_event_fields_are_typed_records():
    event = Event.from_dict(contract_example())
    assert event.source == Actor("Defense Secretary Jim Mattis", 61, 89, "USAGOV", "USA",
                                 ("GOV", "MIL"), "Jim Mattis")
    assert event.cameo == Cameo("1212", "Reject military cooperation", -4.0, 3, 3)
    assert event.cameo.root == "12"
    assert event.plover == Plover("REJECT", "", ("military",))
    assert event.location == Location("Syria", "Syria", "SYR", 35.0, 38.0)
    assert event.evidence == Evidence(Span("is not ready to collaborate", 9, 36), "collaborate.neg")


def test_monadic_event_with_quote_round_trips():
    record = contract_example()
    record["target"] = None
    record["location"] = None
    record["quote"] = {"speaker": "Sergey Lavrov", "text": "does not interfere", "start": 10, "end": 28}
    event = Event.from_dict(record)
    assert event.target is None
    assert event.quote == Quote("Sergey Lavrov", "does not interfere", 10, 28)
    assert Event.from_json(event.to_json()) == event
