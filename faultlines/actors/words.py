"""The English words the actor stage reads: member nouns, ranks, origins, roles, descriptions.

These are general vocabulary of conflict reporting (not names from any document), kept in one
place so a reader can see what the rules react to.
"""

from __future__ import annotations

from faultlines.actors.countries import DEMONYMS

# Nouns for the people of an armed group. "forces" is left out on purpose: "foreign forces" are
# other states' armies, not a faction.
MEMBER_NOUNS = frozenset(
    {
        "fighter",
        "fighters",
        "militant",
        "militants",
        "member",
        "members",
        "jihadist",
        "jihadists",
        "recruit",
        "recruits",
        "soldier",
        "soldiers",
        "combatant",
        "combatants",
        "gunmen",
        "cadres",
        "counterparts",
        "volunteers",
        "mercenaries",
        "operatives",
        "elements",
        "ranks",
        "comrades",
        "followers",
        "loyalists",
        "men",
        "troops",
        "ones",
    }
)
# Nouns that name a rank or body inside a group, and the faction label each gives.
# Singular "leader" and "commander" are left out: they are people ("ISIS leader X"), not factions.
RANK_NOUNS = {
    "leadership": "leadership",
    "leaders": "leadership",
    "emirs": "leadership",
    "amirs": "leadership",
    "commanders": "commanders",
    "officers": "commanders",
    "officials": "officials",
    "figures": "officials",
}
RANK_MODIFIERS = {
    "senior": "leadership",
    "top": "leadership",
    "leading": "leadership",
    "high": "leadership",
    "level": "leadership",
    "ranking": "leadership",
    "rank": "rank and file",
    "file": "rank and file",
}
# Adjectives and nouns of origin, and the faction label they give.
FOREIGN = "foreign fighters"
LOCAL = "local fighters"
CAUCASUS = "Chechen/Caucasus fighters"
ORIGIN_WORDS = {
    "foreign": FOREIGN,
    "foreigner": FOREIGN,
    "foreigners": FOREIGN,
    "non-syrian": FOREIGN,
    "non-iraqi": FOREIGN,
    "non-local": FOREIGN,
    "overseas": FOREIGN,
    "expatriate": FOREIGN,
    "muhajireen": FOREIGN,
    "muhajirin": FOREIGN,
    "muhajiroun": FOREIGN,
    "mujahireen": FOREIGN,
    "settlors": FOREIGN,
    "settlers": FOREIGN,
    "migrants": FOREIGN,
    "local": LOCAL,
    "locals": LOCAL,
    "native": LOCAL,
    "natives": LOCAL,
    "indigenous": LOCAL,
    "homegrown": LOCAL,
    "national": LOCAL,
    "ansar": LOCAL,
    "chechen": CAUCASUS,
    "chechens": CAUCASUS,
    "caucasian": CAUCASUS,
    "caucasians": CAUCASUS,
    "kavkaz": CAUCASUS,
    "dagestani": CAUCASUS,
    "dagestanis": CAUCASUS,
    "ingush": CAUCASUS,
    "chechnya": CAUCASUS,
    "caucasus": CAUCASUS,
    "dagestan": CAUCASUS,
    "turkmen": "Turkmen",
    "turkmens": "Turkmen",
    "turkoman": "Turkmen",
    "turkomans": "Turkmen",
    "uzbek": "Uzbek fighters",
    "uzbeks": "Uzbek fighters",
    "uyghur": "Uyghur fighters",
    "uyghurs": "Uyghur fighters",
    "uighur": "Uyghur fighters",
    "uighurs": "Uyghur fighters",
    "tajik": "Tajik fighters",
    "tajiks": "Tajik fighters",
    "european": "European fighters",
    "europeans": "European fighters",
    "western": "Western fighters",
    "westerners": "Western fighters",
}
# Nouns that are a faction on their own ("the foreigners", "the Turkmen"); the others need a
# member noun ("foreign fighters").
BARE_ORIGIN_NOUNS = frozenset(
    {
        "foreigners",
        "locals",
        "natives",
        "muhajireen",
        "muhajirin",
        "muhajiroun",
        "mujahireen",
        "settlors",
        "settlers",
        "ansar",
        "chechens",
        "caucasians",
        "dagestanis",
        "turkmen",
        "turkmens",
        "turkomans",
        "uzbeks",
        "uyghurs",
        "uighurs",
        "tajiks",
        "europeans",
        "westerners",
    }
)
# "fighters from other countries", "recruits from abroad"
FOREIGN_PLACES = frozenset({"abroad", "overseas", "countries", "world", "europe", "west"})
# Words that say a sentence is about sides inside a group, which lets a nationality be a faction.
# ("between" alone is not enough: "clashes between Kurdish fighters and ISIS" is two actors.)
FACTION_CONTEXT = frozenset(
    {
        "counterparts",
        "rift",
        "rifts",
        "divide",
        "divides",
        "divided",
        "divisions",
        "split",
        "infighting",
        "dispute",
        "disputes",
        "disagreement",
        "tension",
        "tensions",
        "resentment",
        "resentful",
        "struggle",
        "side",
        "sides",
        "faction",
        "factions",
        "ranks",
        "rivalry",
        "feud",
        "internal",
        "intra",
    }
)

# Roles of people in organisations, and the role each spelling normalises to.
ROLE_NOUNS = {
    "leader": "leader",
    "chief": "leader",
    "head": "leader",
    "emir": "emir",
    "amir": "emir",
    "caliph": "leader",
    "commander": "commander",
    "spokesman": "spokesman",
    "spokesperson": "spokesman",
    "spokeswoman": "spokesman",
    "advisor": "advisor",
    "adviser": "advisor",
    "official": "official",
    "founder": "founder",
    "deputy": "deputy leader",
    "cleric": "cleric",
    "mufti": "mufti",
    "judge": "judge",
    "qadi": "judge",
    "shari": "religious official",
    "wali": "governor",
    "governor": "governor",
    "member": "member",
    "fighter": "fighter",
    "militant": "member",
    "ideologue": "ideologue",
    "preacher": "preacher",
    "recruiter": "recruiter",
    "financier": "financier",
    "general": "general",
    "colonel": "colonel",
    "minister": "minister",
    "president": "president",
    "secretary": "secretary",
    "director": "director",
    "representative": "representative",
    "envoy": "envoy",
    "negotiator": "negotiator",
    "strategist": "strategist",
    "operative": "operative",
}
ROLE_MODIFIERS = frozenset(
    {
        "religious",
        "military",
        "senior",
        "top",
        "deputy",
        "field",
        "regional",
        "local",
        "security",
        "media",
        "sharia",
        "political",
        "former",
        "chief",
        "supreme",
        "overall",
        "second",
        "provincial",
    }
)

# Definite descriptions that can mean the group the text is about.
GROUP_HEADS = frozenset({"group", "organisation", "organization", "movement", "militia", "outfit", "network"})
MILITANT_HEADS = frozenset({"militants", "jihadists", "extremists", "terrorists", "insurgents", "fighters"})
DESCRIPTION_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
DESCRIPTION_MODIFIERS = frozenset(
    {
        "militant",
        "jihadist",
        "jihadi",
        "extremist",
        "terrorist",
        "terror",
        "radical",
        "hardline",
        "hard",
        "line",
        "-",
        "islamist",
        "sunni",
        "shia",
        "armed",
        "insurgent",
        "rebel",
        "remaining",
        "same",
        "whole",
        "entire",
        "so",
        "called",
    }
)
# Things a group has, so "its X" / "their X" points at the group the text is about.
GROUP_POSSESSIONS = frozenset(
    {
        "leader",
        "leaders",
        "leadership",
        "fighters",
        "militants",
        "members",
        "ranks",
        "soldiers",
        "men",
        "commanders",
        "emir",
        "emirs",
        "spokesman",
        "followers",
        "recruits",
        "recruitment",
        "territory",
        "territories",
        "strongholds",
        "stronghold",
        "positions",
        "headquarters",
        "bases",
        "base",
        "caliphate",
        "authority",
        "ideology",
        "methodology",
        "direction",
        "gunmen",
        "cadres",
        "defeat",
        "demise",
        "foreign",
        "local",
        "own",
        "counterparts",
        "supporters",
        "operatives",
        "officials",
        "court",
        "courts",
        "attack",
        "attacks",
        "offensive",
        "control",
        "rule",
        "die",
        "hard",
        "families",
        "defences",
        "defenses",
    }
)

# Nouns for unnamed actors, by ACLED's generic actor classes.
GENERIC_HEADS = {
    "civilians": "civilians",
    "civilian": "civilians",
    "residents": "civilians",
    "villagers": "civilians",
    "inhabitants": "civilians",
    "farmers": "civilians",
    "shepherds": "civilians",
    "worshippers": "civilians",
    "bystanders": "civilians",
    "pedestrians": "civilians",
    "refugees": "civilians",
    "protesters": "protesters",
    "protestors": "protesters",
    "demonstrators": "protesters",
    "rioters": "rioters",
    "gunmen": "unidentified",
    "assailants": "unidentified",
    "attackers": "unidentified",
}
STATE_NOMINALS = frozenset(
    {
        "government forces",
        "government troops",
        "security forces",
        "army",
        "military",
        "police",
        "policemen",
        "police officers",
        "state forces",
        "troops",
        "intelligence forces",
        "intelligence services",
        "intelligence agents",
    }
)
# Words that make state forces the police (ACLED codes intelligence services with the police).
POLICE_WORDS = frozenset(
    "police policeman policemen officer officers constable constables sheriff deputies detective detectives "
    "intelligence gendarmerie gendarmes".split()
)

# Nationality nouns and adjectives -> the adjective used in a faction label ("Syrians" -> "Syrian").
_ADJECTIVE_OF_COUNTRY: dict[str, str] = {}
for _word, _code in DEMONYMS.items():
    if not _word.endswith("s"):
        _ADJECTIVE_OF_COUNTRY.setdefault(_code, _word)


def nationality_adjective(word: str) -> str | None:
    code = DEMONYMS.get(word.lower())
    adjective = _ADJECTIVE_OF_COUNTRY.get(code) if code else None
    return adjective[:1].upper() + adjective[1:] if adjective else None
