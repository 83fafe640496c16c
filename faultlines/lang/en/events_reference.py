"""English words that tell whether a mention points back to an incident already told or opens a new
one. Data only; :mod:`faultlines.events.reference` holds the rules that use them."""

from __future__ import annotations

import re
from typing import Final

# Determiners that point back: "the attack", "this blast", "these killings".
BACK_DETERMINERS: Final = frozenset({"the", "this", "that", "these", "those"})

# Nouns that name an occurrence told before when definite: "In the incident, ...".
BACK_NOUNS: Final = frozenset({"incident", "attack", "shooting", "raid", "ambush", "episode", "clash", "assault"})

# Prepositions that set a step after an occurrence told before: "removed guns after the shooting".
AFTER_PREPS: Final = frozenset({"after", "following"})

# Modifiers of the trigger noun that mark another occurrence: "another attack", "a second bomb",
# "a separate shooting", "an earlier raid", "last year's bombing" (a year's, a month's ...).
NEW_MODIFIERS: Final = frozenset(
    "another second third fourth fifth separate new other further earlier previous prior similar "
    "subsequent unrelated".split()
)
# Possessive time words whose incident is an older one: "last year's attack".
PAST_POSSESSORS: Final = frozenset({"year", "month", "decade", "century"})

# Sentence openers that start the telling of another occurrence ("Later, a man was shot dead").
NEW_OPENERS: Final = (
    ("in", "another"),
    ("in", "a", "separate"),
    ("in", "an", "unrelated"),
    ("in", "one", "incident"),
    ("in", "other", "news"),
    ("separately",),
    ("meanwhile",),
    ("elsewhere",),
    ("later",),
    ("earlier",),
)

# A dateline, where the report was filed, even glued inside a line: "INDIANAPOLIS, Ind. (Dec. 3,
# 2015)-- Police ...", "KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --", "DUNCANNON, Pa. (WHTM) –". Its
# places say nothing about which incident a sentence tells.
DATELINE: Final = re.compile(
    # the city in capitals, opening a line or a sentence, or glued on ("shootingDUNCANNON")
    r"(?:^|(?<=[a-z0-9])|(?<=[.!?|:]\s))[A-Z][A-Z'.]{2,}(?:[\s-][A-Z][A-Z'.]+)*"
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?){0,2}"  # its state or country, a date
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s\d{1,2})?"  # "Oct. 3"
    r"\s*(?:\([^)]{0,40}\))?(?:\s*(?:—|–|--)|\s+-\s)",  # the outlet in brackets, the dash
    re.MULTILINE,
)

# Entity labels that place or date an occurrence.
PLACE_LABELS: Final = frozenset({"GPE", "LOC", "FAC"})
# Places two mentions of one incident never name differently (a street and its city can be one).
TOWN_LABELS: Final = frozenset({"GPE"})
TIME_LABELS: Final = frozenset({"DATE", "TIME"})

# Words of place names that do not tell one place from another ("Kandahar province" and
# "Kandahar" are one place; "Arghandab district" and "Shah Wali Kot district" are not).
GENERIC_PLACE_WORDS: Final = frozenset(
    "district province city county region area town village state street road block neighbourhood "
    "neighborhood suburb capital country north south east west northern southern eastern western central".split()
)
# Words of date and time expressions that do not tell one time from another.
# (Words of a time relative to the report, "last weekend", "yesterday", are fillers too: the same
# day told as "November 28" shares no word with them.)
TIME_FILLERS: Final = frozenset(
    "morning afternoon evening night day today tonight week month year early late around about "
    "local time hours pm am weekend yesterday recently earlier overnight dawn dusk daybreak nightfall midday".split()
)
# An age, which spaCy labels a date: "12-year-old", "34 years old".
AGE: Final = re.compile(r"\byears?[- ]old\b", re.IGNORECASE)
# Units of a duration ("for 20 minutes", "two days"): how long, not when.
DURATION_UNITS: Final = frozenset("second minute hour day week month year decade".split())
CLOCK_WORDS: Final = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight", "o'clock"})
# Time zones: "(1530 UTC)" is a clock time given again, not a day two mentions could differ on.
TIME_ZONES: Final = frozenset({"utc", "gmt", "cet", "est", "edt", "pst", "pdt", "ist"})
# A clock time: "11.30pm", "9:40am", "3 a.m.", "10:20", "midnight", "noon".
CLOCK: Final = re.compile(
    r"\b(?:\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?m\b\.?)?|\s*[ap]\.m\.|\s*[ap]m\b)|midnight|noon)", re.IGNORECASE
)
# Read by faultlines.events.merge: determiners of a phrase that points back to people told before
# ("the men", "these victims")
BACK_DETERMINERS: Final = frozenset({"the", "these", "those"})
