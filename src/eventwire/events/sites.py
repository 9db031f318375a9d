"""Places as actors: a site struck is the country it lies in ("a weapons depot in the Gaza
Strip": PSE; "the western district of Mosul": IRQ), and a word for a country is the country its
"of" phrase names ("the island nation of Tuvalu"). Used by events/slots.py's ``actors_in``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.mentions import ActorIndex, Mention
from ..context.places import place_at

#: places and buildings: what is done to one is done to the country it lies in
SITE_NOUNS = {"target", "site", "depot", "city", "town", "village", "area", "region", "enclave",
              "district", "neighborhood", "neighbourhood", "province", "territory", "building",
              "compound", "house", "airport", "port", "harbour", "harbor", "checkpoint", "outpost",
              "post", "hospital", "school", "market", "mosque", "church", "bridge", "camp", "base",
              "position", "stronghold", "facility", "plant", "installation", "barracks", "airbase",
              "border", "crossing", "road", "highway", "refinery", "pipeline", "convoy"}


#: sites that are stretches of land: their own "of" phrase names the place they are ("the
#: northern district [of Aleppo]", "the besieged enclave [of Madaya]"), not an owner
LAND_NOUNS = {"city", "town", "village", "area", "region", "enclave", "district", "neighborhood",
              "neighbourhood", "province", "territory", "outskirts", "suburb", "suburbs",
              "countryside", "governorate", "county", "valley"}


def country_of_site(token: Token, actors: ActorIndex) -> Mention | None:
    """The country or place a site named by ``token`` lies in: an "in" or "near" phrase on it,
    or on the predicate it is the object of ("struck a depot [in Gaza]"), or the "of" phrase
    of a stretch of land ("shelled the old city [of Aleppo]")."""
    holders = [token] + ([token.head] if token.dep_ in ("dobj", "pobj") else [])
    for holder in holders:
        for child in holder.children:
            land = child.lower_ == "of" and holder is token and token.lemma_.lower() in LAND_NOUNS
            if child.dep_ == "prep" and (land or child.lower_ in ("in", "near", "outside", "inside")):
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    m = actors.of(pobj) or next((actors.of(c) for c in pobj.children if c.dep_ in (
                        "poss", "compound") and actors.of(c) is not None), None)
                    if land and m is None:
                        # a place the knowledge base names, not a town only the gazetteer knows
                        # (of a name many towns share: "the city of Greenville")
                        continue
                    if m is not None and m.kind == "country" and m.known:
                        return m
                    if m is not None and m.kind == "metonym" and m.country:
                        # "a city near Damascus": the country, not its government
                        return replace(m, code=m.country, sectors=(), kind="country")
                    place = place_at(pobj, actors) if m is None or not m.resolved else None
                    if place is not None and place.country:  # "the mosque in Mosul": a city
                        return Mention(start=pobj.i, end=pobj.i + 1, code=place.country,
                                       country=place.country, sectors=(), entity=None,
                                       kind="country", via="place", head=pobj.i)
    return None


#: words for a country that its "of" phrase names ("the island nation of Tuvalu", "the Gulf
#: kingdom of Bahrain")
COUNTRY_NOUNS = {"nation", "country", "kingdom", "republic", "emirate", "sultanate", "state",
                 "island", "islands", "archipelago"}


def country_named(token: Token, actors: ActorIndex) -> Mention | None:
    """The country a word for a country names by its "of" phrase ("the South Pacific island
    nation of Nauru"); None when that is no country the knowledge base knows."""
    for pobj in (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"):
        m = actors.of(pobj)
        if m is not None and m.kind == "country" and m.known and not m.sectors:
            return m
    return None
