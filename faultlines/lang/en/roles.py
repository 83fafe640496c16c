"""Rule data of the role model's candidates and features (read by faultlines.events.role_features)."""

from __future__ import annotations

from typing import Final

from faultlines.lang.en.events import ARMED_GROUP, CIVILIANS, MILITARY_SITES, PLACES, PROPERTY, STATE_FORCES, WEAPONS

# Words of a title or a role before a name ("father ignacio ellacuria"): dropped to find the name,
# and a lexicon feature
TITLES: Final = frozenset(
    "president candidate leader commander colonel col general gen captain major lieutenant sergeant "
    "governor mayor minister senator deputy judge priest father bishop archbishop mr mrs ms dr "
    "presidential chief director journalist businessman attorney ambassador councilman lawyer official "
    "member spokesman secretary vice former late head magistrate congressman councilor councillor "
    "professor rector student teacher union activist".split()
)
# Words before a noun that say how many or which, not what: dropped from a candidate's start
QUANTIFIERS: Final = frozenset("other another several some many few such same various numerous all both each".split())
# The lexicons a candidate's head may belong to, each named as its feature
ROLE_LEXICONS: Final = (
    ("weapon", WEAPONS),
    ("civilian", CIVILIANS),
    ("state", STATE_FORCES),
    ("armed", ARMED_GROUP),
    ("property", PROPERTY),
    ("place", PLACES),
    ("military_site", MILITARY_SITES),
    ("title", TITLES),
)
