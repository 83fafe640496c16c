"""Place-rule data that holds whatever the language of the text: how romanised names vary
(read by faultlines.gazetteer.normalise), the words of administrative divisions in GeoNames'
names, and universal part-of-speech tags.
"""

from __future__ import annotations

# Read by faultlines.gazetteer.build
# Words that name the kind of division ("Sichuan Sheng", "Kharkivs'ka oblast'").
DIVISION_SUFFIXES = frozenset(
    """
    governorate province region state oblast oblast' prefecture county district sheng shi
    zizhiqu sar okrug kraj kray krai oblysy novads zupanija apskritis voblasc territory
    department departement municipality wilayah wilayat muhafazah
    """.split()
)

# Read by faultlines.gazetteer.evidence
# Universal part-of-speech tags of function words: a capitalised one is not a place's name.
FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART"})

# Read by faultlines.gazetteer.normalise
# Letters NFKD does not decompose into ASCII.
LETTER_FOLDS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ħ": "h"}
)

# Arabic articles as they are romanised, alone or joined with a hyphen ("al-", "ad-", "ez-").
ARABIC_ARTICLES = frozenset(
    """
    al el il ul ar er as es ash esh at et ath ad ed adh az ez an en ah
    """.split()
)

# Digraphs and spellings that vary between transliterations (order matters).
TRANSLITERATIONS = (
    ("ayn", "ain"),
    ("kh", "k"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "s"),
    ("th", "t"),
    ("dh", "d"),
    ("ph", "f"),
    ("q", "k"),
    ("c", "k"),
    ("j", "g"),
    ("z", "s"),
    ("x", "ks"),
)
