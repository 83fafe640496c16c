"""The offline place index: built on first use, cached under ``Settings.data_dir``, loaded in
well under two seconds afterwards.

Example::

    gazetteer = Gazetteer.load(Settings())
    [gazetteer.entry(row).name for row, how in gazetteer.candidates("Deir Ezzor")]
    # ['Deir ez-Zor', 'Deir ez-Zor']   (the town and the governorate)
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from faultlines.config import Settings
from faultlines.errors import ResourceError
from faultlines.gazetteer.build import Table, build_table, source_version
from faultlines.gazetteer.normalise import ascii_fold, name_key, strip_articles, translit_key
from faultlines.lang.en.gazetteer import COMMON_WORDS

log = logging.getLogger(__name__)

CACHE_PREFIX = "gazetteer-"
FULL_CACHE = "gazetteer-geonames-full.pickle"  # written by `faultlines gazetteer import`
_RULER_COUNTRIES = frozenset(
    """
    SY IQ TR LB JO YE LY PS IL AF
    """.split()
)
_AREA_CODES = frozenset(
    """
    CONT RGN AREA PEN STM SEA GULF DSRT MTS MT VAL LK OCN ISL ISLS PLN PLAT
    """.split()
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row, materialised for a caller."""

    row: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country_code: str
    admin1_code: str
    admin1: str | None
    feature_code: str
    population: int

    @property
    def is_country(self) -> bool:
        return self.feature_code.startswith("PCL")

    @property
    def is_admin1(self) -> bool:
        return self.feature_code == "ADM1"

    @property
    def is_area(self) -> bool:
        return self.feature_code in _AREA_CODES or self.feature_code.startswith("ADM")

    def lies_in(self, region: Entry) -> bool:
        """Whether this place lies inside a country or first-level division (a country lies in
        none, a division in no other)."""
        if region.is_country:
            return self.country_code == region.country_code and not self.is_country
        if region.is_admin1:
            same = (self.country_code, self.admin1_code) == (region.country_code, region.admin1_code)
            return same and not self.is_admin1
        return False

    @property
    def precision(self) -> int:
        """ACLED's geo-precision: 1 a town, 2 a district or region, 3 a country."""
        if self.is_country or self.feature_code == "CONT":
            return 3
        return 2 if self.is_area else 1


class Gazetteer:
    """Places by name: exact keys, loose transliteration keys, and country adjectives."""

    def __init__(self, table: Table, exact: dict[str, tuple[int, ...]], loose: dict[str, tuple[int, ...]]):
        self.table = table
        self.exact = exact
        self.loose = loose

    # -- building and loading -------------------------------------------------------------
    @classmethod
    def from_table(cls, table: Table) -> Gazetteer:
        exact: dict[str, list[int]] = defaultdict(list)
        loose: dict[str, list[int]] = defaultdict(list)
        for row, names in enumerate(table.names):
            keys = {name_key(n) for n in names}
            for key in keys:
                exact[key].append(row)
            for lkey in {translit_key(n) for n in names} - {""}:
                loose[lkey].append(row)
        return cls(table, {k: tuple(v) for k, v in exact.items()}, {k: tuple(v) for k, v in loose.items()})

    @classmethod
    def load(cls, settings: Settings) -> Gazetteer:
        """The cached index, built (about a minute) when missing or made from older sources.

        A full GeoNames import (``faultlines gazetteer import``) is used instead when present.
        """
        folder = Path(settings.data_dir)
        full = folder / FULL_CACHE
        if full.exists():
            return cls._read(full)
        path = folder / f"{CACHE_PREFIX}{source_version()}.pickle"
        if path.exists():
            return cls._read(path)
        log.info("building the place index in %s (once)", path)
        gazetteer = cls.from_table(build_table())
        gazetteer.save(path)
        return gazetteer

    @classmethod
    def _read(cls, path: Path) -> Gazetteer:
        gc.disable()  # a million small objects: the collector would rescan them all while loading
        try:
            with path.open("rb") as f:
                table, exact, loose = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError) as e:
            raise ResourceError("E502", {"path": str(path), "detail": f"{e}; delete it to rebuild"}) from e
        finally:
            gc.enable()
        return cls(table, exact, loose)

    def save(self, path: Path) -> None:
        """Write atomically, so a parallel worker never reads half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump((self.table, self.exact, self.loose), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)

    # -- queries --------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.table)

    def entry(self, row: int) -> Entry:
        t = self.table
        iso, code = t.country[row], t.admin1[row]
        return Entry(
            row=row,
            geonameid=t.geonameid[row],
            name=t.name[row],
            lat=t.lat[row],
            lon=t.lon[row],
            country_code=iso,
            admin1_code=code,
            admin1=t.admin1_names.get((iso, code)),
            feature_code=t.fcode[row],
            population=t.population[row],
        )

    def candidates(self, name: str) -> list[tuple[int, str]]:
        """Rows that ``name`` may refer to, each with how it matched: "main" (the place's own
        name), "exact" (one of its other names), "adjective" ("Syrian"), "loose" (a spelling)."""
        key = name_key(name)
        main = self.table.name
        rows = [(r, "main" if name_key(main[r]) == key else "exact") for r in self.exact.get(key, ())]
        adjective = self.table.adjectives.get(key)
        if adjective is not None and adjective not in {r for r, _ in rows}:
            rows.append((adjective, "adjective"))
        if not rows:
            rows = [(r, "loose") for r in self.loose.get(translit_key(name), ()) if self._close(key, r)]
        return rows

    def _close(self, key: str, row: int) -> bool:
        """A loose match must still look like the name: same first letter, similar spelling."""
        plain = strip_articles(key)
        for other in self.table.names[row]:
            other_key = strip_articles(name_key(other))
            if other_key[:1] == plain[:1] and fuzz.ratio(plain, other_key) >= 70:
                return True
        return False

    def country_row(self, iso: str) -> int | None:
        for row in self.exact.get(name_key(iso), ()):
            if self.table.fcode[row].startswith("PCL") and self.table.country[row] == iso:
                return row
        return None

    def ruler_patterns(self) -> list[dict[str, Any]]:
        """Entity-ruler patterns for the places spaCy mislabels: countries, first-level divisions,
        regions, the project's aliases, and every town of the Middle East countries covered."""
        t = self.table
        seen: set[tuple[str, str]] = set()
        patterns: list[dict[str, Any]] = []
        for row in range(len(t)):
            fcode = t.fcode[row]
            project = t.geonameid[row] is None
            if not (fcode.startswith(("PCL", "ADM1", "CONT")) or project or t.country[row] in _RULER_COUNTRIES):
                continue
            label = "LOC" if fcode in _AREA_CODES else "GPE"
            for name in dict.fromkeys(form for n in t.names[row] for form in (n, ascii_fold(n))):
                if _patternable(name) and (label, name) not in seen:
                    seen.add((label, name))
                    patterns.append({"label": label, "pattern": name, "id": "place"})
        return patterns


def _patternable(name: str) -> bool:
    """A name the ruler may tag wherever it appears: capitalised, not an English word."""
    if len(name) < 3 or not name[:1].isupper() or (name.isupper() and len(name) <= 3):
        return False
    return name_key(name) not in COMMON_WORDS and not name.split()[0].islower()
