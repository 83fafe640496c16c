"""Toponym resolution: which place each mention of a document means, with a score and ACLED's
geo-precision.

Each mention's candidates (exact name, country adjective, loose transliteration; for a US
county, the states that have one; for a facility, the town it is named after) get a prior
(feature type, population) and then the document's evidence: the countries and first-level
divisions the other mentions resolve to and their shares, the distance to the other towns, the
capital of a country the report names, and the words around the mention ("Idlib province",
"20 km east of", "New York Gov.", "the Pacific"), with the cues of :mod:`.cues` (appositions,
lists, neighbouring namesakes). Two rounds let the context settle. A mention with no candidate,
or only loose ones that the document does not support, stays unresolved instead of being
snapped to a far-away namesake.

Example::

    places = resolve_spans("Clashes in Tripoli, Lebanon.", [(11, 18), (20, 27)], gazetteer)
    places[0].country_code   # 'LB'
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from faultlines.gazetteer.counties import county_states
from faultlines.gazetteer.cues import (
    apposition,
    kind,
    mark_colocated,
    mark_held_towns,
    mark_lists,
    settled_by_apposition,
)
from faultlines.gazetteer.geo import displace, distance_km
from faultlines.gazetteer.index import Entry, Gazetteer
from faultlines.gazetteer.normalise import name_key
from faultlines.gazetteer.relative import Modifier, modifier_at, split_direction
from faultlines.lang.en.gazetteer import (
    ARTICLE_BEFORE,
    CITY_OF_HEAD,
    COMMON_WORDS,
    COUNTY_TAIL,
    FACILITY_NOUNS,
    FACILITY_WORDS_SPLIT,
    GENERIC_TAIL,
    LEADING_THE,
    POSSESSIVE_END,
    STATE_OFFICE_AFTER,
)
from faultlines.records import Place

_ROUNDS = 2
_SMALL_TOWN = 20_000
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_NEAR_KM = 300.0
TOWN_SHARE_OF_DIVISION = 0.1  # a division's namesake town stands for it only when it is its centre
# Weights of the evidence, in the units of the prior (log10 of population).
W_CAPITAL = 2.0  # capitals are named far more often than their namesakes
W_COUNTRY = 2.5  # the place is in a country the document's other places are in ...
W_COUNTRY_SHARE = 2.5  # ... more so the larger that country's share
W_ADMIN1 = 2.0  # the place is in a division the other places are in ...
W_ADMIN1_SHARE = 1.0  # ... more so the larger that division's share
W_LIST = 4.0  # an item of a list of countries or of divisions is one too ("Oregon, Washington, Idaho")
W_GOVERNED = 4.0  # a state's office follows the name ("New York Gov. Andrew Cuomo")
W_HOLDS = 6.0  # the name follows a town it holds ("Bronx, New York"), as an apposition does
W_NAMED_CAPITAL = 2.5  # the capital of a country the document names ("in France ... Paris")
W_ARTICLE = 3.0  # "the Pacific" is the ocean, not Pacific, Missouri
W_COLOCATED = 1.5  # a town lies near a town another name of the report may mean ("Edmonton ... Enfield")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    key: str
    candidates: list[tuple[Entry, str]]
    modifier: Modifier | None = None
    bearing: float | None = None  # from a direction inside the name ("Northern Syria")
    generic: bool = False  # found only after dropping "County", "City", ...
    county: str | None = None  # "Dallas" of "Dallas County", whose candidates are states
    listed: str | None = None  # "country" or "division": what the other items of its list are
    holds: Entry | None = None  # the town named right before it ("Bronx, New York"): it is wider
    governed: bool = False  # "New York Gov.": a state's office follows, so the name is the state's
    colocated: frozenset[int] = frozenset()  # rows of its towns near a namesake of another name
    article: bool = False  # "the Pacific": written with "the", as towns' names seldom are
    article_towns: frozenset[int] = frozenset()  # towns named with it ("The Hague", "The Bronx")


@dataclass(slots=True)
class Context:
    """What the other mentions of the document say, as resolved in the previous round."""

    countries: Counter = field(default_factory=Counter)
    admin1: Counter = field(default_factory=Counter)
    points: list[tuple[float, float, str]] = field(default_factory=list)  # towns: lat, lon, key
    total: int = 0
    named: Counter = field(default_factory=Counter)  # countries the document names as such

    def add(self, key: str, entry: Entry) -> None:
        self.total += 1
        if entry.country_code:
            self.countries[entry.country_code] += 1
        if entry.admin1_code:
            self.admin1[(entry.country_code, entry.admin1_code)] += 1
        if entry.is_country:
            self.named[entry.country_code] += 1
        if not entry.is_area and not entry.is_country:
            self.points.append((entry.lat, entry.lon, key))

    def __sub__(self, other: Context) -> Context:
        gone = {p[2] for p in other.points}
        points = [p for p in self.points if p[2] not in gone]
        return Context(
            self.countries - other.countries,
            self.admin1 - other.admin1,
            points,
            self.total - other.total,
            self.named - other.named,
        )

    def nearest_km(self, lat: float, lon: float) -> float:
        return min(distance_km(lat, lon, plat, plon) for plat, plon in {(p[0], p[1]) for p in self.points})


def resolve_spans(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> list[Place]:
    """One :class:`Place` per span, in order; unresolved spans get null coordinates."""
    mentions = [prepare(text, start, end, gazetteer) for start, end in spans]
    mark_colocated(mentions)
    hints = demonym_countries(text, gazetteer)
    first = _hinted(Context(), hints) if hints else None
    choices = [_choose(m, first, None, gazetteer)[0] for m in mentions]
    for mention in mentions:  # neighbouring namesakes only seed the first guess; the context decides
        mention.colocated = frozenset()
    for _ in range(_ROUNDS):
        context = _context(mentions, choices, hints)
        mark_lists(text, mentions, choices)
        mark_held_towns(text, mentions, choices)
        regions = [apposition(text, mentions, choices, i) for i in range(len(mentions))]
        results = [_choose(m, _without(context, m), regions[i], gazetteer) for i, m in enumerate(mentions)]
        choices = [c for c, _ in results]
    results = settled_by_apposition(mentions, results, regions)
    return [_place(text, m, c, score, gazetteer) for m, (c, score) in zip(mentions, results, strict=True)]


def prepare(text: str, start: int, end: int, gazetteer: Gazetteer) -> Mention:
    """A mention with its candidates, looked up under the name and its plain variants."""
    surface = text[start:end]
    name = POSSESSIVE_END.sub("", LEADING_THE.sub("", surface.strip()))
    mention = Mention(start, end, surface, name_key(name), [], modifier_at(text, start, end))
    mention.governed = STATE_OFFICE_AFTER.match(text[end : end + 30]) is not None
    before = text[max(0, start - 5) : start]
    mention.article = ARTICLE_BEFORE.search(before) is not None or LEADING_THE.match(surface.strip()) is not None
    found = _lookup(gazetteer, name)
    # A loose spelling of the whole name comes last: "North Dallas" is Dallas, not Dallesport.
    mention.candidates = [c for c in found if c[1] != "loose"]
    if not mention.candidates:
        bearing, rest = split_direction(name)
        if bearing is not None and (rest_found := _lookup(gazetteer, rest)):
            mention.bearing, mention.candidates, mention.key = bearing, rest_found, name_key(rest)
    if not mention.candidates:
        plain = CITY_OF_HEAD.sub("", GENERIC_TAIL.sub("", name))
        if plain != name and (plain_found := _lookup(gazetteer, plain)):
            mention.generic, mention.candidates, mention.key = True, plain_found, name_key(plain)
    if not mention.candidates:  # "Vancouver Art Gallery": the town it is named after
        mention.candidates, mention.key, mention.generic = _facility_town(gazetteer, name, mention.key)
    if not mention.candidates:  # "Metcalfe County": the state that has it
        mention.candidates = _county_states(gazetteer, name)
        mention.county = COUNTY_TAIL.sub("", name) if mention.candidates else None
        # A name many states share ("Pike County") needs the document's support, as a loose match does.
        mention.generic = len(mention.candidates) > 1
    if not mention.candidates:
        mention.candidates = found
    if mention.article:
        names = gazetteer.table.names
        mention.article_towns = frozenset(
            e.row for e, _ in mention.candidates if any(n[:4].lower() == "the " for n in names[e.row])
        )
    return mention


def _facility_town(gazetteer: Gazetteer, name: str, key: str) -> tuple[list[tuple[Entry, str]], str, bool]:
    """A facility the table lacks, named after the place it stands in ("Vancouver Art Gallery",
    "Da Nang International Airport"): that place's candidates under its own name, looked up as
    a loose match is (the document must support it)."""
    words = FACILITY_WORDS_SPLIT.split(name)
    if len(words) < 2 or words[-1].lower() not in FACILITY_NOUNS:
        return [], key, False
    for size in range(len(words) - 2, 0, -1):
        head = " ".join(words[:size])
        found = [(e, how) for e, how in _lookup(gazetteer, head) if how == "main" and not e.is_area]
        if found and name_key(head) not in COMMON_WORDS:
            return found, name_key(head), True
    return [], key, False


def _county_states(gazetteer: Gazetteer, name: str) -> list[tuple[Entry, str]]:
    states = county_states(name)
    return [
        (gazetteer.entry(row), "exact")
        for state in states
        for row, how in gazetteer.candidates(state)
        if how == "main" and gazetteer.table.fcode[row] == "ADM1" and gazetteer.table.country[row] == "US"
    ]


def _county_town(gazetteer: Gazetteer, county: str, state: Entry) -> Entry | None:
    """The largest town of the state bearing the county's name as its own ("Dallas" for "Dallas
    County", Texas): most such towns lie in the county they named, or are its seat."""
    if not state.is_admin1:
        return None
    towns = [
        gazetteer.entry(row)
        for row, how in gazetteer.candidates(county)
        if how == "main" and gazetteer.table.fcode[row].startswith("PPL")
    ]
    towns = [t for t in towns if (t.country_code, t.admin1_code) == (state.country_code, state.admin1_code)]
    return max(towns, key=lambda t: t.population, default=None)


def _lookup(gazetteer: Gazetteer, name: str) -> list[tuple[Entry, str]]:
    key = name_key(name)
    return [
        (gazetteer.entry(row), how)
        for row, how in gazetteer.candidates(name)
        if how != "exact" or _spelled_as_a_name(gazetteer.table.names[row], key)
    ]


def _spelled_as_a_name(names: tuple[str, ...], key: str) -> bool:
    """Whether a place bears the name capitalised: GeoNames also lists machine transliterations
    in lower case ("baga" for Bargarh in India), which no report means."""
    return any(n[:1].isupper() for n in names if name_key(n) == key) or not key[:1].isalpha()


# -- scoring ------------------------------------------------------------------------------------
def _prior(entry: Entry, how: str) -> float:
    code = entry.feature_code
    if entry.is_country:
        score = 12.0
    elif code == "CONT":
        score = 10.0
    elif code == "ADM1":
        score = 8.0
    elif entry.is_area:
        score = 7.0
    elif entry.geonameid is None:  # the project's own entries: conflict places worth naming
        score = 4.5
    else:
        # A capital known by an old or foreign name ("Philadelphia", Amman) is no more often meant.
        score = max(2.0, math.log10(entry.population + 1)) + (W_CAPITAL if code == "PPLC" and how == "main" else 0.0)
    return score + {"main": 1.0, "exact": 0.0, "adjective": -0.5, "loose": -3.0}[how]


def _evidence(entry: Entry, context: Context | None, within: Entry | None, mention: Mention) -> float:
    score = 0.0
    if within is not None:
        score += 6.0 if entry.lies_in(within) else -3.0
    if mention.modifier is not None and (mention.modifier.kind == "division" or mention.modifier.rural):
        score += 4.0 if entry.is_admin1 else 0.0
    if mention.listed is not None and mention.listed == kind(entry):
        score += W_LIST
    if entry.row in mention.colocated:
        score += W_COLOCATED
    town = not (entry.is_area or entry.is_country) and entry.geonameid is not None
    if mention.article and town and entry.row not in mention.article_towns:
        score -= W_ARTICLE
    if mention.governed and entry.is_admin1:
        score += W_GOVERNED
    if mention.holds is not None and mention.holds.lies_in(entry):
        score += W_HOLDS
    if context is None or not context.total:
        return score
    share = context.countries.get(entry.country_code, 0) / context.total
    if share:  # a country or division that holds the other places is as near as a town can be
        score += W_COUNTRY + W_COUNTRY_SHARE * share + (2.0 if entry.is_country else 1.5 if entry.is_admin1 else 0.0)
    admin1 = context.admin1.get((entry.country_code, entry.admin1_code), 0) if entry.admin1_code else 0
    if admin1:
        score += W_ADMIN1 + W_ADMIN1_SHARE * admin1 / context.total
    if entry.feature_code == "PPLC" and context.named.get(entry.country_code):
        score += W_NAMED_CAPITAL
    if not entry.is_area and not entry.is_country and context.points:
        nearest = context.nearest_km(entry.lat, entry.lon)
        score += (
            2.5
            if nearest <= 30
            else 2.0
            if nearest <= 100
            else 1.0
            if nearest <= 300
            else 0.3
            if nearest <= 800
            else 0.0
        )
    return score


def _choose(
    mention: Mention, context: Context | None, within: Entry | None, gazetteer: Gazetteer
) -> tuple[Entry | None, float]:
    """The best candidate and its share of the candidates' weight (a softmax over scores)."""
    if not mention.candidates:
        return None, 0.0
    candidates = _abbreviation_bearers(_drop_stray_alternates(mention.candidates), mention.text, gazetteer)
    scored = [(_prior(e, how) + _evidence(e, context, within, mention), e, how) for e, how in candidates]
    scored = _namesakes(scored, mention)
    scored.sort(key=lambda s: -s[0])
    best_score, best, how = scored[0]
    directed = mention.bearing is not None and not (best.is_area or best.is_country)
    if not _plausible(best, "generic" if mention.generic or directed else how, context, within):
        return None, 0.0
    total = sum(math.exp(s - best_score) for s, _, _ in scored)
    return best, 1.0 / total


def _drop_stray_alternates(candidates: list[tuple[Entry, str]]) -> list[tuple[Entry, str]]:
    """When a country or division bears the name as its own, small towns that merely list it
    among their alternate names ("Delaware", "Missouri") are not meant."""
    if not any(how == "main" and (e.is_country or e.is_admin1) for e, how in candidates):
        return candidates
    return [(e, how) for e, how in candidates if how != "exact" or e.is_area or e.population >= 100_000]


def _abbreviation_bearers(
    candidates: list[tuple[Entry, str]], surface: str, gazetteer: Gazetteer
) -> list[tuple[Entry, str]]:
    """An abbreviation written with its dot ("Ind.", "Pa.") means a place that bears it spelled
    so (Indiana, Pennsylvania), not one whose loose key it shares (India's "IND", a town "Pa")."""
    surface = surface.strip()
    if not surface.endswith("."):
        return candidates
    bearers = [(e, how) for e, how in candidates if surface in gazetteer.table.names[e.row]]
    return bearers or candidates


def _namesakes(scored: list[tuple[float, Entry, str]], mention: Mention) -> list[tuple[float, Entry, str]]:
    """A division named like a large town of its country ("Aleppo", "Idlib", "Washington") means
    the town, unless the words around it say province, governorate or countryside. The town must
    be the division's own centre (it holds a tenth of its people or more: not Quebec City in
    Quebec), or the country's capital bearing the name as its own (not Delaware, Ohio)."""
    if mention.modifier is not None and (mention.modifier.kind == "division" or mention.modifier.rural):
        return scored
    if mention.listed == "division" or mention.governed:  # "Oregon, Washington and Idaho", "New York Gov."
        return scored
    if mention.holds is not None and any(e.is_admin1 and mention.holds.lies_in(e) for _, e, _ in scored):
        return scored  # "Bronx, New York", "Saraqib, Idlib": the division that holds the town
    inside: dict[tuple[str, str], tuple[float, int]] = {}  # (country, admin1) -> best score, population
    capital: dict[str, float] = {}
    for s, e, how in scored:
        if e.is_area or e.is_country or e.population < _SMALL_TOWN:
            continue
        key = (e.country_code, e.admin1_code)
        best = inside.get(key)
        inside[key] = (max(s, best[0]), max(e.population, best[1])) if best else (s, e.population)
        if how == "main" and e.feature_code == "PPLC":
            capital[e.country_code] = max(s, capital.get(e.country_code, s))
    out = []
    for s, e, how in scored:
        town = None
        if e.is_admin1:
            own = inside.get((e.country_code, e.admin1_code))
            if own is not None and own[1] >= TOWN_SHARE_OF_DIVISION * e.population:
                town = own[0]
            if town is None:
                town = capital.get(e.country_code)
        out.append((min(s, town - 0.5) if town is not None else s, e, how))
    return out


def _plausible(best: Entry, how: str, context: Context | None, within: Entry | None) -> bool:
    """Reject a match that nothing in the document supports: a loose spelling far from the
    document's other places and divisions, a small foreign town, or a small town known under
    another name far from the document's other places."""
    if within is not None and best.lies_in(within):
        return True  # "North Dallas, Texas": the apposition vouches for it
    if within is not None or context is None or not context.total:
        return how not in ("loose", "generic") or context is None
    supported = context.countries.get(best.country_code, 0) > 0
    if how == "generic":  # "Pike County", "Greater Mumbai": the name is right, the kind loose
        return supported
    if how == "loose":  # a spelling: its division or a place near it must be named too
        return supported and (bool(context.admin1.get((best.country_code, best.admin1_code))) or _near(best, context))
    if best.is_area or best.is_country or best.population >= _SMALL_TOWN or best.geonameid is None:
        return True
    if how == "exact" and not context.admin1.get((best.country_code, best.admin1_code)):
        return _near(best, context)
    return supported


def _near(entry: Entry, context: Context) -> bool:
    return any(distance_km(entry.lat, entry.lon, lat, lon) <= _NEAR_KM for lat, lon, _ in context.points)


# -- document context ----------------------------------------------------------------------------
def demonym_countries(text: str, gazetteer: Gazetteer) -> Counter:
    """Countries the report's people and forces are said to be of ("Nigerian troops", "the
    Colombian army"): a report's own country is named so more often than spelled out. Continents
    ("European") say too little to count."""
    adjectives, table = gazetteer.table.adjectives, gazetteer.table
    words = _CAPITALISED.findall(text)
    found: Counter = Counter()
    for i, word in enumerate(words):
        for key in (name_key(f"{word} {words[i + 1]}") if i + 1 < len(words) else "", name_key(word)):
            row = adjectives.get(key)
            if row is not None and table.fcode[row].startswith("PCL"):
                found[table.country[row]] += 1
                break
    return found


def _hinted(context: Context, hints: Counter) -> Context:
    context.countries.update(hints)
    context.total += sum(hints.values())
    return context


def _context(
    mentions: list[Mention], choices: list[Entry | None], hints: Counter | None = None
) -> tuple[Context, dict[str, Context]]:
    """The whole document's context (with the countries its demonyms name), and each name's own
    share of it."""
    context, by_name = _hinted(Context(), hints or Counter()), {}
    for mention, entry in zip(mentions, choices, strict=True):
        if entry is not None:
            context.add(mention.key, entry)
            by_name.setdefault(mention.key, Context()).add(mention.key, entry)
    return context, by_name


def _without(context: tuple[Context, dict[str, Context]], mention: Mention) -> Context:
    """The context less every mention of the same name, so that a name cannot vouch for itself."""
    whole, by_name = context
    own = by_name.get(mention.key)
    return whole - own if own is not None else whole


# -- output --------------------------------------------------------------------------------------
def _place(text: str, mention: Mention, entry: Entry | None, score: float, gazetteer: Gazetteer) -> Place:
    if entry is None:
        return Place(mention.start, mention.end, text[mention.start : mention.end])
    seat = _county_town(gazetteer, mention.county, entry) if mention.county else None
    if seat is not None:  # the county, at the town it is named after
        entry = Entry(None, None, mention.text, seat.lat, seat.lon, entry.country_code, entry.admin1_code,
                      entry.admin1, "ADM2", 0)  # fmt: skip
    lat, lon = entry.lat, entry.lon
    precision = entry.precision
    modifier = mention.modifier
    bearing = mention.bearing if mention.bearing is not None else (modifier.bearing if modifier else None)
    if modifier is not None and modifier.kind == "offset" and modifier.km is not None and bearing is not None:
        lat, lon = displace(lat, lon, modifier.km, bearing)
    elif bearing is not None:  # "eastern Syria": towards that side, but never far from the centre
        radius = gazetteer.table.radius_km.get(entry.row, 10.0)
        lat, lon = displace(lat, lon, min(0.25 * radius, 60.0), bearing)
    if entry.is_country:
        precision = 2 if bearing is not None else 3  # "eastern Syria" is a region of Syria
    elif modifier is not None or bearing is not None or mention.generic:
        precision = max(2, precision)
    return Place(
        start=mention.start,
        end=mention.end,
        text=text[mention.start : mention.end],
        geonameid=entry.geonameid,
        name=entry.name,
        lat=round(lat, 5),
        lon=round(lon, 5),
        country_code=entry.country_code or None,
        admin1=entry.admin1,
        feature_code=entry.feature_code,
        precision=precision,
        score=round(score, 3),
    )
