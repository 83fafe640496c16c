"""English words of counts, read by :mod:`faultlines.numbers` ("twenty-three", "at least 100",
"dozens", "half that"). Phrases are tuples of lower-case words; the values follow ACLED's
codebook, which codes the lowest credible figure (see the module's docstring for each choice).
"""

from __future__ import annotations

# Number words below a hundred ("twenty-three" is read as twenty and three).
UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

# Words that multiply the number before them ("two hundred", "1.5 million").
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

# Plural scales that stand alone or multiply ("hundreds of", "tens of thousands").
PLURAL_SCALES = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000}

# Vague phrases that stand for a count, and the count (ACLED: "several", "many" = 10).
VAGUE_COUNTS = {
    ("several",): 10, ("many",): 10, ("numerous",): 10, ("a", "number", "of"): 10,
    ("scores", "of"): 20, ("a", "few"): 3, ("a", "handful"): 3, ("a", "couple"): 2,
    ("a", "dozen"): 12, ("dozens",): 12,
}  # fmt: skip

# Phrases that multiply a following scale: "several hundred", "a few dozen".
MULTIPLIERS = {("several",): 2, ("a", "few"): 2, ("a", "couple", "of"): 2, ("a", "couple"): 2, ("few",): 2}

# Fractions of a scale or of an earlier count ("half a million").
FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25}

# Phrases that count nobody.
ZERO_PHRASES = dict.fromkeys([("none",), ("nobody",), ("no", "one")], 0)

# Qualifiers and their effect on the count that follows: a floor ("low"), a ceiling, a bound
# below ("below", no floor), an approximation, or the start of a range ("between").
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("at", "least"): "low", ("more", "than"): "low", ("over",): "low", ("upwards", "of"): "low",
    ("in", "excess", "of"): "low", ("no", "fewer", "than"): "low", ("no", "less", "than"): "low",
    ("at", "most"): "ceiling", ("up", "to"): "ceiling", ("as", "many", "as"): "ceiling",
    ("no", "more", "than"): "ceiling", ("nearly",): "ceiling", ("almost",): "ceiling",
    ("just", "under"): "ceiling", ("close", "to"): "ceiling",
    ("fewer", "than"): "below", ("less", "than"): "below", ("under",): "below",
    ("about",): "approx", ("around",): "approx", ("roughly",): "approx", ("some",): "approx",
    ("approximately",): "approx", ("an", "estimated"): "approx", ("estimated",): "approx",
    ("nearly", "some"): "approx", ("approx",): "approx", ("circa",): "approx", ("more", "or", "less"): "approx",
    ("roughly", "some"): "approx", ("an", "approximate"): "approx",
    ("between",): "between",
}  # fmt: skip

# Counts relative to an earlier one ("half that"), and the note each one gets.
RELATIVE_PHRASES = {
    ("half", "that"): "half of an earlier quantity", ("half", "as", "many"): "half of an earlier quantity",
    ("half", "as", "much"): "half of an earlier quantity", ("twice", "that"): "twice an earlier quantity",
    ("twice", "as", "many"): "twice an earlier quantity", ("double", "that"): "twice an earlier quantity",
    ("twice", "as", "much"): "twice an earlier quantity",
    ("a", "third", "of", "that"): "a third of an earlier quantity",
}  # fmt: skip

# Month names and their abbreviations: a number next to one is a day or a year, not a count.
MONTH_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec",
})  # fmt: skip

# Words before a four-digit number that make it a year ("in 2014", "since 1990").
YEAR_CUES = frozenset({
    "in", "since", "until", "till", "by", "from", "during", "of", "early", "late", "mid", "summer", "winter",
    "spring", "autumn", "fall", "year", "before", "after", "through", "throughout",
})  # fmt: skip

# Currency signs before a number, and the unit they give.
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}

# Currency words after a number, and the unit they give.
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "pounds": "GBP"}
