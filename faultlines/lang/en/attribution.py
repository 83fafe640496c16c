"""English words and patterns of the attribution rules (faultlines.attribution): who says so, and
the killed and injured people they count. General English of news reporting, not tuned to a corpus.

Word lists are lemmas or lower-case forms, as the rule that reads them says.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


# Harm and people: read by faultlines.attribution.casualties and .quantities
# Verb lemmas of killing: their object is killed ("gunmen killed three").
KILL = frozenset(["kill", "murder", "execute", "slay", "assassinate", "behead", "massacre", "slaughter"])

# Verb lemmas of dying: their subject is killed ("two died").
DIE = frozenset(["die", "perish"])

# Verb lemmas of injuring: their object is injured.
INJURE = frozenset(["injure", "wound", "hurt", "hospitalize", "hospitalise", "maim", "graze"])

# Verb lemmas that harm without saying how badly ("shot two"): the outcome is "harmed".
HARM = frozenset({"shoot", "stab"})

# Nouns for people: what a casualty count or a quantity must count to be a toll.
PERSON_NOUNS = _words(
    "people person persons man men woman women child children boy boys girl girls teen teens teenager "
    "teenagers toddler baby infant adult adults victim victims civilian civilians resident residents "
    "fighter fighters militant militants soldier soldiers troops officer officers policeman policemen "
    "deputy deputies trooper troopers agent agents guard guards member members father mother son daughter "
    "brother sister wife husband girlfriend boyfriend cousin nephew niece uncle aunt grandmother "
    "grandfather relative relatives friend friends neighbor neighbour student students worker workers "
    "employee employees clerk owner driver passenger passengers customer customers suspect suspects "
    "gunman gunmen shooter shooters robber robbers attacker attackers bystander bystanders pedestrian "
    "pedestrians individual individuals male males female females juvenile juveniles youth youths "
    "teenager inmate inmates prisoner prisoners hostage hostages journalist journalists protester "
    "protesters demonstrator demonstrators worshipper worshippers pilgrim pilgrims villager villagers "
    "refugee refugees migrant migrants rebel rebels insurgent insurgents jihadist jihadists recruit "
    "recruits defector defectors commander commanders leader leaders official officials militiaman "
    "militiamen policewoman patient patients doctor nurse teacher pastor priest imam couple family "
    "families mom dad sibling siblings stepfather stepson roommate acquaintance intruder homeowner tenant "
    "security personnel casualties casualty body bodies"
)

# Reporting verbs and sources: read by faultlines.attribution.verbs, .names and .assign
# Reporting verbs that commit the writer to nothing (stance "neutral").
NEUTRAL = _words(
    "say tell report state add note write explain describe announce mention indicate show reveal disclose "
    "estimate comment respond inform warn recount recall quote cite speak talk point testify declare "
    "observe publish tweet post record count document list"
)

# Reporting verbs by which the writer keeps a distance (stance "hedged").
HEDGED = _words(
    "claim allege assert insist purport suggest rumour rumor speculate believe suspect contend accuse maintain argue"
)

# Reporting verbs that vouch for what follows (stance "confirmed").
CONFIRMED = frozenset(["confirm", "verify", "acknowledge", "admit", "concede", "prove", "establish"])

# Reporting verbs that reject what follows (stance "denied").
DENIED = frozenset(["deny", "dispute", "refute", "reject"])

# "WSJ quoted defectors (saying ...)": the object of these verbs is an inner source
QUOTING = frozenset({"quote", "cite"})

# "a source told ARA News": the listener of these verbs is an outer source when it is an outlet
TELLING = frozenset({"tell", "speak", "talk"})

# heads of "according to a report on X" that stand for the named source inside them
DOCUMENT_NOUNS = _words(
    "report reports statement statements data figures figure database study survey analysis tally count "
    "estimate estimates article interview broadcast release communique communiqué account accounts video "
    "footage post tweet"
)

# Heads of "the source", "this official": a phrase that points back to a source named before.
ANAPHORIC_HEADS = _words(
    "source official activist spokesman spokeswoman spokesperson member witness officer commander "
    "resident doctor defector fighter analyst diplomat monitor"
)

# Nouns of people who speak for an organisation: "an army spokesman" is the army's voice.
SPEAKERS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"})

# Read by faultlines.attribution.casualties
# Words that say a victim died ("found dead", "fatally shot").
DEAD_WORDS = frozenset({"dead", "deceased", "fatally", "death"})

# Auxiliaries of a harm that did not (yet) happen: "could kill" ("wo", "ca": spaCy's won't, can't).
UNREAL_MODALS = frozenset({"could", "would", "might", "may", "should", "must", "will", "wo", "ca"})

# Verb lemmas whose complement is a harm tried or meant, not done ("tried to kill").
ATTEMPT_VERBS = frozenset({"try", "attempt", "threaten", "plan", "want", "vow", "intend", "seek", "fail", "plot"})

# Words that add a victim to ones counted before ("another man", "a second victim").
FURTHER_WORDS = frozenset({"another", "second", "third", "fourth", "other", "others"})

# Pronouns and nouns of things, never victims ("shot the car").
THING_WORDS = frozenset("it this that which what vehicle car truck house home window door building engine".split())

# Pronouns that stand for one victim.
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her"})

# Reflexive pronouns: a victim who killed themself (suicide).
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself"})

# Pronouns that stand for victims named before, of unknown number.
PLURAL_PRONOUNS = frozenset({"they", "them", "themselves"})

# Words that count no victim ("nobody was hurt").
ZERO_WORDS = frozenset({"none", "nobody", "noone"})

# "two of them critically": a count of the wounded and how badly.
FATALLY_WOUNDED = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+them\s+)?(?P<how>fatally|critically|seriously)\b",
    re.IGNORECASE,
)

# Phrases of suicide ("took his own life").
SUICIDE = re.compile(
    r"\b(?:took|taking|take|takes)\s+(?:his|her|their)\s+own\s+(?:life|lives)\b|\bmurder-suicide\b", re.IGNORECASE
)

# A toll written as a number and a state ("3 dead", "two people injured"), read apart from the parse.
TOLL = re.compile(
    r"(?<![\w$.,-])(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|dozens)\s+(?:people\s+|persons\s+)?"
    r"(?P<how>dead|killed|injured|wounded|hurt|hospitalized|critical|shot)\b(?!\s+(?:at|by|in\s+the\s+back))",
    re.IGNORECASE,
)

# The outcome of each state word in TOLL (any other means injured).
TOLL_OUTCOME = {"dead": "killed", "killed": "killed", "shot": "harmed"}

# Words of a toll summed over a span ("so far this year"): not one incident's victims.
CUMULATIVE_SPAN = re.compile(r"\b(?:19|20)\d\d\b|\bthis year\b|\blast year\b|\bso far\b|\bsince\b", re.IGNORECASE)

# Conditions of a patient ("in critical condition"): the person was harmed.
CONDITION_WORDS = frozenset("critical stable serious fair good grave guarded satisfactory life-threatening".split())

# Verb lemmas of being taken to hospital: the person was harmed.
CARRY_VERBS = frozenset("take transport rush airlift fly carry bring drive".split())

# Nouns of wounds ("suffered wounds", "treated for injuries").
WOUND_NOUNS = frozenset({"wound", "injury"})

# Verb lemmas of finding a body ("a body was found"): one person killed.
FOUND_VERBS = frozenset("find discover recover identify remove pull dump locate bury".split())

# Verb lemmas that take a wound as object ("sustained injuries").
SUFFER_VERBS = frozenset({"suffer", "sustain", "have", "receive"})

# Nouns of a death ("the death of a man"): their victim is killed.
DEATH_NOUNS = frozenset({"death", "murder", "homicide", "killing"})

# Read by faultlines.attribution.cues
# Verb lemmas that report a quotation in the same sentence even with no clause of their own.
SAY_LIKE_VERBS = frozenset(
    {"say", "add", "tell", "write", "explain", "report", "note", "claim", "allege", "insist", "state"}
)

# Characters that open or close a quotation.
QUOTE_CHARS = frozenset('"“”«»')

# Apostrophes of a possessive ("the army's").
APOSTROPHES = frozenset("'’‘")

# Verbs that report only with their particle ("pointed out").
PARTICLE_VERBS = {"point": "out"}

# Read by faultlines.attribution.names
# Dependency labels (spaCy's English models) of the words before a name that belong to its phrase.
NAME_MODIFIER_DEPS = frozenset(
    {"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case", "advmod", "npadvmod"}
)

# Prepositions whose object belongs to the source's phrase ("officials from the ministry").
NAME_PREPOSITIONS = frozenset({"from", "of", "with", "at", "for", "in", "inside", "within"})

# Entity labels (spaCy's English models, OntoNotes) of a named source.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})

# Read by faultlines.attribution.quantities
# Units after a number that make it a measure, not a count of people ("100 mph").
MEASURE_WORDS = _words(
    "a.m. p.m. am pm o'clock mph km kms kilometers kilometres kilometer kilometre miles mile feet foot ft "
    "inches inch meters metres meter metre mm cm caliber calibre kg kilos pounds lbs degrees acres hours "
    "hour minutes minute seconds second days day weeks week months month years year times block blocks "
    "bond grams gram percentile"
)

# Periods of a rate ("500 a day") and the unit each one gives.
RATE_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour", "annum": "year"}

# "a day", "per week" after a number: it is a rate.
PER_PERIOD = re.compile(r"\s*(?:a|an|per|each|every)\s+(day|week|month|year|hour|annum)\b", re.IGNORECASE)

# The factor of a relative count ("half that", "twice as many").
RELATIVE_FACTORS = {"half": 0.5, "twice": 2.0, "double": 2.0, "third": 1 / 3}

# Quantifiers too vague to be a claim on their own ("many", "a few").
VAGUE_QUANTIFIERS = frozenset({"many", "several", "numerous", "a number of", "a few", "few", "a couple", "a handful"})

# Verb lemmas of a total ("the dead number 40", "the toll reached 12").
NUMBERING_VERBS = frozenset({"number", "total", "reach", "exceed", "top", "stand"})
