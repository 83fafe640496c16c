"""Import a full GeoNames dump a user downloaded (``allCountries.txt``, optionally
``alternateNamesV2.txt``) into the place index, for villages, districts, airports and
features the PyPI packages do not ship.

The dump is read as a stream; the index keeps feature classes A (countries, divisions),
P (populated places) and L (regions, areas) by default, plus airports and military bases. A
whole-world import needs several GB of memory: ``countries`` limits it to some countries (the
countries themselves are always kept). The project's own entries (country adjectives, conflict
spellings, regions) are added on top, as in the built-in index.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from faultlines.errors import UsageError
from faultlines.gazetteer.build import Table, _add_aliases, load_aliases
from faultlines.gazetteer.normalise import is_latin, name_key

DEFAULT_CLASSES = frozenset("APL")
EXTRA_CODES = frozenset(
    """
    AIRP CMP CMPRF DSRT GULF MILB OCN PEN SEA STM VAL
    """.split()
)
# alternateNamesV2 "languages" that are codes or links, not names.
_NOT_NAMES = frozenset(
    """
    faac fr_1793 iata icao link post tcid unlc wkdt
    """.split()
)
_COLUMNS = 19


def read_alternates(path: Path) -> dict[int, list[str]]:
    """geonameid -> Latin alternate names (no links, postcodes or airport codes)."""
    names: dict[int, list[str]] = defaultdict(list)
    for row in _rows(path, minimum=4):
        if row[2] in _NOT_NAMES or not is_latin(row[3]):
            continue
        names[int(row[1])].append(row[3])
    return names


def import_table(
    all_countries: Path,
    alternates: Path | None = None,
    *,
    countries: frozenset[str] | None = None,
    classes: frozenset[str] = DEFAULT_CLASSES,
) -> Table:
    """A :class:`Table` from a GeoNames dump, with the project's own entries added."""
    extra = read_alternates(alternates) if alternates is not None else None
    aliases = load_aliases()
    table = Table(source=f"geonames:{all_countries.name}")
    for row in _rows(all_countries, minimum=_COLUMNS):
        fclass, fcode, iso = row[6], row[7], row[8]
        if not (fclass in classes or fcode in EXTRA_CODES):
            continue
        if countries is not None and iso not in countries and not fcode.startswith("PCL") and fcode != "CONT":
            continue
        gid = int(row[0])
        names = [row[2], *(extra.get(gid, ()) if extra is not None else row[3].split(","))]
        new = table.add(
            geonameid=gid,
            name=row[1],
            lat=float(row[4]),
            lon=float(row[5]),
            country=iso,
            admin1=row[10] if fclass != "L" else "",
            fcode=fcode or fclass,
            population=int(row[14] or 0),
            names=names,
            codes=False,
        )
        if fcode == "ADM1":
            table.admin1_names[(iso, row[10])] = row[1]
        if fcode.startswith("PCL"):
            for adjective in aliases["countries"].get(iso, {}).get("adjectives", ()):
                table.adjectives[name_key(adjective)] = new
            table.names[new] = table.names[new] + tuple(aliases["countries"].get(iso, {}).get("names", ()))
    if not len(table):
        raise UsageError(f"{all_countries} holds no GeoNames rows: give the allCountries.txt file")
    _add_aliases(table, aliases["places"], aliases["regions"])
    return table


def _rows(path: Path, *, minimum: int) -> Iterator[list[str]]:
    csv.field_size_limit(sys.maxsize)
    try:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= minimum and row[0].isdigit():
                    yield row
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"cannot read {path}: {e}: give the unzipped GeoNames text file") from e
