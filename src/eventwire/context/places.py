"""Where an event happened: the place named in an "in", "at" or "near" phrase of its predicate.

"met with Lavrov in Bonn, Germany", "clashes near Aleppo", "a rally at the White House". A
place the knowledge base knows (a country, a capital or seat of government) gets its country;
another place the parser calls a location (a city, a region) is kept by name, with the country
named beside it when there is one ("Bonn, Germany"), and a city the gazetteer knows gets its
country and coordinates ("near Aleppo": Syria; context/gazetteer.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.mentions import ActorIndex
from ..model import Location
from .gazetteer import city

PLACE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
PLACE_KINDS = {"country", "metonym"}


def location_of(tokens: list[Token], actors: ActorIndex) -> Location | None:
    """The place of the first "in/at/near PLACE" phrase under the given predicate tokens, or
    under their objects (where the parser often hangs it: "met with Lavrov in Bonn")."""
    holders = list(tokens)
    for token in tokens:
        for child in token.children:
            if child.dep_ == "dobj":
                holders.append(child)
            elif child.dep_ == "prep" and child.lower_ not in PLACE_PREPS:
                holders.extend(g for g in child.children if g.dep_ == "pobj")
    for token in holders:
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    place = place_at(obj, actors)
                    if place is not None:
                        return place
    return None


def place_at(token: Token, actors: ActorIndex) -> Location | None:
    """The place a token names, or None when it names none."""
    doc = token.doc
    mention = actors.of(token)
    if mention is not None and mention.kind in PLACE_KINDS and mention.country:
        words = doc[mention.start:mention.end].text
        town = city(words)  # a capital or a city the knowledge base names: its coordinates
        lat, lon = (town.lat, town.lon) if town is not None and town.country == mention.country \
            else (None, None)
        return Location(text=words, name=mention.entity or words, country=mention.country,
                        lat=lat, lon=lon)
    entity = next((e for e in doc.ents if e.start <= token.i < e.end and e.label_ in PLACE_ENTITIES),
                  None)
    if entity is None:
        return None
    country = None
    # "Bonn, Germany": a country named inside the entity or right beside its head
    beside = [t for t in token.subtree if t.i >= entity.start] + list(doc[entity.start:entity.end])
    for t in beside:
        near = actors.of(t)
        if near is not None and near.country and near.kind in PLACE_KINDS and t.i != token.i:
            country = near.country
            break
    end = entity.end
    if country is not None:
        end = max(end, max(t.i for t in beside if actors.of(t) is not None and actors.of(t).country) + 1)
    text = doc[entity.start:end].text
    town = city(entity.text) if entity.label_ == "GPE" else None
    if town is not None and country in (None, town.country):
        return Location(text=text, name=entity.text, country=town.country, lat=town.lat, lon=town.lon)
    return Location(text=text, name=entity.text, country=country)
