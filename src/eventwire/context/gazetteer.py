"""Cities of the world and their countries, for placing events: "clashes near Aleppo" is in Syria.

The table (``data/places/cities.tsv``, from GeoNames through ``scripts/import_places.py``) holds
every city of 15,000 people or more under the names English text uses for it; a name two cities
share belongs to the more populous. It is read once per process, on the first lookup.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CITIES = Path(__file__).resolve().parent.parent / "data" / "places" / "cities.tsv"


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO 3166 alpha-3
    population: int
    lat: float
    lon: float


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Name -> the rest of its line, parsed only when looked up (the table is 60,000 lines)."""
    text = CITIES.read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


def city(name: str) -> City | None:
    """The city a place name stands for, or None when the table has no city of that name."""
    found = _table().get(name.strip())
    if found is None:
        return None
    country, population, lat, lon = found.split("\t")
    return City(name.strip(), country, int(population), float(lat), float(lon))
