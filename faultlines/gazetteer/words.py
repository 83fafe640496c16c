"""Words the place rules read (data, apart from the rules in :mod:`faultlines.gazetteer.evidence`).

All lower case; a rule compares a token's ``lower_`` (titles also without their final dot).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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
