"""Which countries a document is about, from the country names and nationality words it uses.

The linker needs this to choose among names shared by several actors ("SNA": the Syrian National
Army or the Somali National Army) and to give unnamed actors their ACLED country
("Civilians (Syria)"). Country names come from pycountry; nationality adjectives and a few
short forms from the table below.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from faultlines.actors.normalise import normalise
from faultlines.lang.en.actors import DEMONYMS, SHORT_NAMES

COUNTRY_LABELS = ("GPE", "NORP", "LOC")


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Normalised country name or nationality word -> ISO 3166 alpha-2."""
    import pycountry

    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table.setdefault(normalise(value), country.alpha_2)
    table.update(DEMONYMS)
    table.update(SHORT_NAMES)
    return table


@lru_cache(maxsize=1)
def country_titles() -> dict[str, str]:
    """ISO alpha-2 -> the short English name ACLED uses in actor names ("Syria", not "Syrian Arab Republic")."""
    import pycountry

    overrides = {
        "SY": "Syria",
        "IR": "Iran",
        "RU": "Russia",
        "PS": "Palestine",
        "CD": "Democratic Republic of Congo",
        "KR": "South Korea",
        "KP": "North Korea",
        "TR": "Turkey",
        "GB": "United Kingdom",
        "US": "United States",
        "VE": "Venezuela",
        "BO": "Bolivia",
        "TZ": "Tanzania",
        "LA": "Laos",
        "MD": "Moldova",
        "TW": "Taiwan",
        "VN": "Vietnam",
        "BN": "Brunei",
        "CZ": "Czech Republic",
    }
    table = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    table.update(overrides)
    return table


def country_of(text: str) -> str | None:
    return country_names().get(normalise(text))


# The countries a place name may be in, most populous match first (from the gazetteer)
PlaceCountry = Callable[[str], "tuple[str, ...]"]


def rank_countries(
    entity_texts: Iterable[str], actor_countries: Iterable[str] = (), place_country: PlaceCountry | None = None
) -> tuple[str, ...]:
    """Countries of a document, most mentioned first: country names and nationality words, the
    countries of the places it names (when a gazetteer is given), half for actors' home countries.

    A place name several countries have ("Tafas", also a Turkish town's other name) counts for
    the country the document's unambiguous names vote for, else for its most populous match."""
    votes: Counter[str] = Counter()
    ambiguous: list[tuple[str, ...]] = []
    for text in entity_texts:
        code = country_of(text)
        options = (code,) if code else tuple(dict.fromkeys(place_country(text))) if place_country else ()
        if len(options) == 1:
            votes[options[0]] += 1.0
        elif options:
            ambiguous.append(options)
    settled = Counter(votes)
    for options in ambiguous:
        votes[max(options, key=lambda c: (settled[c], -options.index(c)))] += 1.0
    for code in actor_countries:
        votes[code] += 0.5
    return tuple(code for code, _ in votes.most_common())


def country_title(code: str | None) -> str | None:
    return country_titles().get(code) if code else None


# Countries whose English name takes "the" after "of" ("Military Forces of the United States"),
# as ACLED writes its state actors.
WITH_ARTICLE = frozenset({"US", "GB", "CD", "CF", "PH", "NL", "AE", "BS", "GM", "KM", "MV", "MH", "SB", "SC"})


def country_after_of(code: str | None) -> str | None:
    """The country's name as it follows "of" in an actor's name: "the United Kingdom", "Syria"."""
    title = country_title(code)
    return f"the {title}" if title and code in WITH_ARTICLE else title
