"""ACLED's country names and regions (ISO 3166 alpha-2 -> ACLED's spelling).

ACLED spells countries its own way ("Democratic Republic of Congo", "Turkey", "Ivory Coast"),
not as ISO 3166 does ("Congo, The Democratic Republic of the", "Türkiye", "Côte d'Ivoire").
The names actors carry ("Civilians (Syria)") come from :func:`faultlines.actors.countries.country_title`;
this table adds the names ACLED's country column uses where they differ from those.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from faultlines.actors.countries import country_title
from faultlines.export.acled_regions import acled_region

ACLED_COUNTRY_NAMES = {
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "SZ": "eSwatini",
    "TR": "Turkey",
    "PS": "Palestine",
    "FM": "Micronesia",
    "TL": "East Timor",
    "VA": "Vatican City",
    "MK": "North Macedonia",
    "BS": "Bahamas",
    "GM": "Gambia",
    "CZ": "Czech Republic",
    "KN": "Saint Kitts and Nevis",
    "VC": "Saint Vincent and the Grenadines",
}


class Country(NamedTuple):
    name: str
    alpha3: str
    numeric: int | None
    region: str | None


@lru_cache(maxsize=512)
def acled_country(alpha2: str | None) -> Country | None:
    """ACLED's name, region and ISO codes of a country; None when the code is unknown."""
    if not alpha2:
        return None
    import pycountry

    code = alpha2.upper()
    if code == "XK":  # not in ISO 3166; ACLED codes Kosovo with iso 0
        return Country("Kosovo", "XKX", 0, acled_region(code))
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return None
    name = ACLED_COUNTRY_NAMES.get(code) or country_title(code) or found.name
    return Country(name, found.alpha_3, int(found.numeric), acled_region(code))
