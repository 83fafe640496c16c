"""English date expressions and the words the date rules read (faultlines.dates): the patterns
that find "last Tuesday evening" or "the past few weeks", and what their words mean.
"""

from __future__ import annotations

import re

# Read by faultlines.dates.expressions. Pieces of the patterns: a month name (capitalised, so that
# "may" the verb is not one), a weekday, a year, a part of the day, a day of the month, a small
# number, a unit of time, a cue word before a date, an edge of a period ("early", "the end of").
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_YEAR = r"(?:1[89]|20)\d\d(?!\d|,\d)"
_PART = r"(?i:morning|afternoon|evening|night)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_NUMBER = (
    r"(?i:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few"
    r"|several|a\s+couple\s+of|a\s+couple|some)"
)
_UNIT = r"(?i:days?|weeks?|months?|years?)\b"
_CUE = r"(?i:in|since|until|till|by|during|of|from|through|before|after|between)"
_EDGE = r"(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"

# One pattern per kind of expression, in the order that wins a tie; group "x" is the expression.
DATE_PATTERNS: dict[str, re.Pattern[str]] = {
    "day": re.compile(
        rf"\b(?P<x>(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAYNUM})"
        rf"|(?:the\s+)?(?P<d2>{_DAYNUM})\s+(?:of\s+)?(?P<m2>{_MONTH}))(?:,?\s+(?P<y>{_YEAR}))?)"
    ),
    "numeric": re.compile(
        r"(?<![\d/.-])(?P<x>(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)|(?P<us>[01]?\d/[0-3]?\d/(?:19|20)?\d\d))(?![\d/])"
    ),
    "month": re.compile(
        rf"(?:\b{_CUE}\s+)?\b(?P<x>(?:(?P<edge>{_EDGE}|(?i:last|this|next))[\s-]+)?(?P<m>{_MONTH})"
        rf"(?:,?\s+(?P<y>{_YEAR}))?)(?!\s*\d)"
    ),
    "year": re.compile(rf"(?:\b(?P<cue>{_CUE})\s+)?\b(?P<x>(?:(?P<edge>{_EDGE})[\s-]+)?(?P<y>{_YEAR}))(?!-\d)"),
    "ago": re.compile(rf"\b(?P<x>(?P<n>{_NUMBER})\s+(?P<u>{_UNIT})\s+(?i:ago))"),
    "weekday": re.compile(
        rf"\b(?P<x>(?:(?P<mod>(?i:last|this|past|next|early|late))\s+)?(?P<wd>{_WEEKDAY})"
        rf"(?:\s+(?P<part>{_PART}))?)"
    ),
    "period": re.compile(
        rf"\b(?P<x>(?:(?i:the)\s+)?(?P<dir>(?i:past|last|previous|recent|coming|next))\s+"
        rf"(?:(?P<n>{_NUMBER})\s+)?(?P<u>{_UNIT}))"
    ),
    "deictic": re.compile(
        rf"\b(?P<x>(?i:(?:earlier|later)\s+today|today|tonight|yesterday|tomorrow"
        rf"|the\s+day\s+before\s+yesterday|last\s+night|this\s+(?:morning|afternoon|evening))"
        rf"(?:\s+{_PART})?"
        rf"|(?:(?P<edge>(?i:earlier|later|early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of"
        rf"|the\s+middle\s+of))[\s-]+)?(?P<which>(?i:this|last|next))\s+"
        rf"(?P<u>(?i:week|weekend|month|year|summer|winter|spring|autumn|fall))\b)"
    ),
    "anaphoric": re.compile(
        rf"\b(?P<x>(?i:the\s+(?:previous|following|next)\s+(?P<u1>day|morning|evening|night|week|month|year)"
        rf"|the\s+(?P<u2>day|night|week|month|year)\s+(?P<ba>before|after)(?!\s+\w)"
        rf"|(?:earlier|later)\s+that\s+(?:day|morning|night)|(?:that|the\s+same)\s+(?P<u3>day|night|week|month|year)"
        rf"|(?P<n>{_NUMBER})\s+(?P<u4>days?|weeks?|months?|years?)\s+(?P<el>earlier|later)))"
    ),
}

# Read by faultlines.dates.periods
# Month names and abbreviations (lower case) and the month's number.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Number words of a period's length ("two weeks ago", "a month later").
SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip

# Vague amounts of a period's length ("a few weeks ago") as (fewest, most).
VAGUE_AMOUNTS = {"few": (2, 4), "a few": (2, 4), "several": (3, 7), "couple": (2, 2), "a couple": (2, 2),
                 "a couple of": (2, 2), "some": (2, 4)}  # fmt: skip

# Parts of a month or a year named by an edge word: (first, last) as fractions of the whole.
EDGE_FRACTIONS = {"early": (0, 1 / 3), "beginning": (0, 1 / 3), "start": (0, 1 / 3), "mid": (1 / 3, 2 / 3),
                  "middle": (1 / 3, 2 / 3), "late": (2 / 3, 1), "end": (2 / 3, 1)}  # fmt: skip

# Seasons (northern, meteorological) as (first month, last month); winter runs into next year.
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}

# Words of a day relative to the publication date, and the offset in days.
DAY_OFFSETS = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
               "the day before yesterday": -2, "earlier today": 0, "later today": 0}  # fmt: skip

# Read by faultlines.dates.resolve
# Weekday names in the order of date.weekday() (Monday is 0).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Read by faultlines.dates.publication
# A labelled header line: "Published March 4, 2017", "Last updated: ...".
PUBLISHED_LABEL = re.compile(
    r"^[ \t]*(?:(?P<pub>first\s+published|published|posted|date(?:d)?)|(?P<upd>(?:last\s+)?updated|modified))"
    r"\s*(?:on|at)?\s*:?\s*(?P<rest>.{6,80})$",
    re.IGNORECASE | re.MULTILINE,
)

# What may stand beside a date on a header line: a weekday, a time, a zone, a byline, separators
HEADER_FILLER = re.compile(
    r"(?i:by\s+[A-Z][\w.'’ -]{1,40}|\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|gmt|utc|[ecmp][sd]t|et"
    r"|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|at|on|updated|[|,/·•–—-])"
)

# Read by faultlines.dates.assign
# First words of a sentence that goes on telling the sentence before it.
CONTINUING_WORDS = frozenset({"he", "she", "it", "they", "then", "afterwards", "thereafter", "there", "both"})
