"""English words and patterns of the place rules (faultlines.gazetteer): words that are not places,
words around a place that say what kind of place it is, and relative places ("20 km east of").

All lower case unless a comment says otherwise; a rule compares a token's ``lower_`` (titles also
without their final dot).
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


# Read by faultlines.gazetteer.evidence and .recognise
# Titles before a person's name: "Gov. Sam Brownback", "President Lincoln", "Sheikh Jarrah"
# is a district only when the gazetteer holds the two words together.
PERSONAL_TITLES = _words(
    """
    mr mrs ms miss dr prof sir dame lord lady rev reverend father sister brother pastor imam
    sheikh shaikh mullah emir amir gov governor sen senator rep representative congressman
    congresswoman mayor president vice minister premier chancellor secretary judge justice
    attorney sheriff deputy officer constable detective sgt sergeant cpl corporal pvt private
    lt lieutenant capt captain maj major col colonel gen general brig brigadier adm admiral
    commander cmdr chief inspector superintendent ambassador king queen prince princess
    """
)

# Nouns a gun's make or calibre stands before: "a BB gun", "a Winchester rifle".
WEAPON_NOUNS = _words(
    """
    gun guns rifle rifles pistol pistols shotgun shotguns revolver revolvers handgun handguns
    carbine carbines firearm firearms
    """
)

# Capitalised words after a place's name that make it a street's name ("Washington Street"),
# compared without a final dot. Roads and highways are left out: they often run between the towns
# they are named after.
STREET_WORDS = _words("street st avenue ave boulevard blvd drive dr lane ln terrace parkway pkwy")

# Words that continue a place's own name ("the Raqqa countryside", "the Gaza Strip"), so a place
# before them is not the head of an organisation's or an outlet's name.
GEOGRAPHIC_WORDS = _words(
    """
    province provinces governorate district region regions countryside county city state valley
    river mountains mountain strip peninsula delta desert coast border borders area basin plain
    plateau island islands sea gulf bay lake highlands heights hills hill oblast prefecture
    municipality department territory territories canton sector zone front road highway
    """
)

# Capitalised words before a place's name that make it a natural feature's name ("Lake Chad",
# "Mount Sinjar"), compared as written (without a final dot).
FEATURE_WORDS = frozenset("Lake Lakes Mount Mt Cape River".split())

# Read by faultlines.gazetteer.index
# Names that are ordinary English words far more often than places ("March", "Tall", "At").
COMMON_WORDS = frozenset(
    """
    a an the at in on of to by as or and but for from with via per into over under near january
    february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday today tonight yesterday tomorrow tall mobile
    reading bath nice split sale deal hope orange liberty union independence man mark most born
    best police army home rich wells bay hill lake mount north south east west central city town
    village university airport state republic kingdom island islands gulf new old great little
    upper lower sun moon star gate bridge church palace camp base border christmas easter islam
    islamic allah god power unity peace victory freedom justice faith mercy bar bad bay tel tal can
    tell ain ayn abu umm beit deir bir ras jabal wadi center centre northern southern eastern
    western far north coast coastal capital culture easter marsh plateau lakes mountain
    mountains valley river sea ocean desert interior frontier highlands lowlands midlands
    borders federal district islands territory county
    """.split()
)

# Read by faultlines.gazetteer.recognise
# Entity labels (spaCy's English models, OntoNotes) a place name in the ruler may take over.
RELABELLED_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT", "LAW", "PERSON", "DATE"})

# Entity labels of a state's bodies ("the Syrian government" is tagged an armed group by the actor
# ruler), whose leading country adjective the geoparsing corpora count as a toponym.
STATE_BODY_LABELS = frozenset({"ORG", "ARMED_GROUP", "NORP", "FAC"})

# What ends a headline before the outlet's name ("Shelling in Idlib | Global News").
HEADLINE_SEPARATORS = frozenset("| - – — « »".split())

# A dateline's city in capitals glued to the end of the headline's last word ("shootingDUNCANNON",
# "59INDIANAPOLIS"), read in a token's text.
GLUED_CAPITALS = re.compile(r"(?<=[a-z0-9])[A-Z]{3,}$")

# "the town of", "the suburb of": the name after them is a settlement, however small.
TOWN_NOUNS = frozenset("town village suburb city borough township community hamlet".split())

# "suburban Riverdale", "rural Hardin": the name after them is a settlement, however small.
TOWN_ADJECTIVES = frozenset("suburban".split())

# Words that make a place the head of an organisation's name ("Washington Post", "Kentucky State
# Police"): the ruler tags the place, but the text names the organisation.
ORG_WORDS = frozenset(
    """
    post times herald journal tribune gazette chronicle star daily news press police state
    university college department ministry government council institute center centre hospital
    airport club fc united rangers city army forces guard party court bank company corporation
    """.split()
)

# Read by faultlines.gazetteer.event_places
# Prepositions that make a place an origin (after a noun: "fighters from Chechnya"), a
# destination (after a verb: "fled to Turkey") or a time ("before the capture of Hajin").
ORIGIN_PREPOSITIONS = frozenset({"from"})
DESTINATION_PREPOSITIONS = frozenset({"to", "toward", "towards"})
TEMPORAL_PREPOSITIONS = frozenset({"before", "after", "since", "until", "following", "during"})

# Bodies a country or town owns ("Syria's army", "Iraq's government"): its possessive says whose
# they are, not where anything happened (with PERSONAL_TITLES: "Venezuela's President").
FORCE_NOUNS = _words(
    """
    army military forces troops government regime parliament opposition leader leaders
    leadership embassy ambassador envoy delegation authorities officials
    """
)

# Read by faultlines.gazetteer.relative
# Compass words and their bearing in degrees ("north-east of Raqqa": 45).
COMPASS_BEARINGS = {
    "north": 0.0,
    "northern": 0.0,
    "northeast": 45.0,
    "north-east": 45.0,
    "northeastern": 45.0,
    "north-eastern": 45.0,
    "east": 90.0,
    "eastern": 90.0,
    "southeast": 135.0,
    "south-east": 135.0,
    "southeastern": 135.0,
    "south-eastern": 135.0,
    "south": 180.0,
    "southern": 180.0,
    "southwest": 225.0,
    "south-west": 225.0,
    "southwestern": 225.0,
    "south-western": 225.0,
    "west": 270.0,
    "western": 270.0,
    "northwest": 315.0,
    "north-west": 315.0,
    "northwestern": 315.0,
    "north-western": 315.0,
}

# Pieces of the patterns: a compass word, a unit of distance, "the town of" before a name.
_DIR = "|".join(sorted((re.escape(d) for d in COMPASS_BEARINGS), key=len, reverse=True))

# Units of distance and their length in km.
UNIT_KM = {
    "km": 1.0,
    "kms": 1.0,
    "kilometers": 1.0,
    "kilometres": 1.0,
    "kilometer": 1.0,
    "kilometre": 1.0,
    "miles": 1.609,
    "mile": 1.609,
    "mi": 1.609,
}

_UNIT = "|".join(sorted(UNIT_KM, key=len, reverse=True))

_PLACE_NOUN = r"(?:(?:the\s+)?(?:town|city|village|capital|province|governorate|region|district|area)\s+of\s+)?"

# Before a place: "20 km east of (the town of)".
OFFSET_BEFORE = re.compile(
    rf"(?P<num>\d+(?:[.,]\d+)?)[\s-]*(?P<unit>{_UNIT})\b(?:\s*\([^)]{{0,20}}\))?\s+"
    rf"(?:to\s+the\s+)?(?P<dir>{_DIR})\s+of\s+{_PLACE_NOUN}$",
    re.I,
)

# Before a place: "(the eastern) countryside of", "the outskirts of".
AREA_OF_BEFORE = re.compile(
    rf"(?:(?P<dir>{_DIR})\s+)?(?P<noun>countryside|outskirts|suburbs|environs|vicinity|periphery|"
    rf"countryside|province|governorate|state|region|district|county|area|rural\s+areas|desert)\s+"
    rf"(?:of|around)\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.I,
)

# Before a place: "near", "on the outskirts of".
NEAR_BEFORE = re.compile(
    r"\b(?P<noun>near|nearby|outside|around|close\s+to|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?$", re.I
)

# Before a place: "eastern", "the northern part of".
DIRECTION_BEFORE = re.compile(rf"\b(?P<dir>{_DIR}|central)\s+(?:part\s+of\s+)?$", re.I)

# After a place: "'s countryside", "province", "northern district".
DIVISION_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:(?P<dir>" + _DIR + r")\s+)?(?P<noun>countryside|province|governorate|region|district|"
    r"suburbs|outskirts|area|county|state|oblast|prefecture|rural\s+areas)\b",
    re.I,
)

# Read by faultlines.gazetteer.contained
# Division nouns after a name the gazetteer lacks that put it inside a first-level division named
# nearby ("Arghandab district" after "Kandahar province"); a province lies in no other.
SUBDIVISION_NOUNS = frozenset("district subdistrict county municipality".split())

# Nouns after a place that make it an administrative division rather than an area.
DIVISION_NOUNS = frozenset(["province", "governorate", "state", "region", "district", "county", "oblast", "prefecture"])

# Read by faultlines.gazetteer.resolve
# An article before a name ("the Gaza Strip" is looked up as "Gaza Strip").
LEADING_THE = re.compile(r"^(?:the)\s+", re.I)

# "the" right before a name: a sea, a region or a division's name takes it, a town's seldom does.
ARTICLE_BEFORE = re.compile(r"\bthe\s+$", re.I)

# A possessive ending of a name ("Syria's").
POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")

# A county is rarely where its namesake town is, so "X County" is not looked up as "X".
GENERIC_TAIL = re.compile(
    r"\s+(?:province|governorate|district|region|city|state|municipality|oblast|prefecture|area)$", re.I
)

# Capitalised words after a state's name that make it a county's ("Delaware County"), as written.
COUNTY_WORDS = frozenset("County Parish".split())

# The word that makes a US county's name ("Dallas County", "Jefferson Parish", "Plymouth Co."):
# without it the name is its namesake town's.
COUNTY_TAIL = re.compile(r"\s+(?:county|parish|borough|co\.?)$", re.I)

# "city of", "greater" before a name: the name is looked up without them.
CITY_OF_HEAD = re.compile(r"^(?:(?:city|town|village|province|state|governorate|county)\s+of\s+|greater\s+)", re.I)

# After a state's name, one of its offices ("New York Gov. Andrew Cuomo", "the Ohio Legislature"):
# the name is the state's, not its namesake city's.
STATE_OFFICE_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:lt\.?\s+)?(?:gov\.|(?:governor|legislature|attorney\s+general)\b)", re.I
)

# The last word of a facility's name that may be named after the town it stands in ("Vancouver
# Art Gallery", "Da Nang International Airport"), and what splits such a name into words.
# Hospitals, museums and churches are more often named after people ("Thomas Memorial Hospital").
FACILITY_NOUNS = _words("airport airfield gallery station terminal port harbour harbor")
FACILITY_WORDS_SPLIT = re.compile(r"[\s\-–]+")

# What stands between the items of a list of places ("Oregon, Washington and Idaho").
LIST_SEPARATOR = re.compile(r"^\s*(?:,|;|/|,?\s*\b(?:and|or)\b)\s*$", re.I)

# What stands between a place and the wider place it is in ("Manbij, Aleppo", "Hajin in Deir ez-Zor").
APPOSITION = re.compile(r"^\s*(?:,|\bin\b|\(|-)\s*$", re.I)

# Read by faultlines.gazetteer.event_places: the adjective after a place that says where a body
# is based or who backs, leads or made it ("the Britain-based monitor", "the Iran-backed
# militia", "the U.S.-led coalition"), not where anything happened.
BASED_WORDS = frozenset(
    "based headquartered registered backed led sponsored supported funded allied aligned trained "
    "brokered owned run made born".split()
)

# Before a distance that locates the place named just before it: "near Qayyarah, about 60 km
# south of Mosul" (a capitalised word, a comma, perhaps a word of approximation).
LOCATED_BEFORE = re.compile(
    r"[A-Z][\w'’-]*\)?,\s*(?:(?:about|some|around|roughly|nearly|approximately|almost|just|only)\s+)?$"
)

# Arabic articles inside a place name: a name that goes on with one ("Bab al-Hawa", "Ras al Ain")
# is not the shorter name it starts with ("Bab", which alone is a town near Aleppo).
NAME_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ul"})

# Nouns of a border: the country "with" them is the neighbour across it ("the crossing with Turkey").
BORDER_NOUNS = frozenset({"border", "crossing", "frontier", "boundary", "checkpoint"})
