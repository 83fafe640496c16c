"""English words of the reportability rules (faultlines.events.reportability): what makes a mention
of an event no incident of its own (a total, a habit, a generality, a hypothesis, page furniture).
Word lists are lemmas, lower case, unless their line says otherwise.
"""

from __future__ import annotations

from typing import Final

# --- reportability (faultlines.events.reportability): what makes a mention no incident ----------
# A count or share that a trigger is the thing counted of: "the number of executions", "13 percent
# of attacks". The trigger then names a total, not one occurrence.
QUANTITY_HEADS: Final = frozenset(
    "number percent percentage % share proportion total tally count rate majority statistic figure "
    "average half third quarter".split()
)
# Verbs saying a total moved: "executions have reached 100", "defections have risen".
TREND_VERBS: Final = frozenset(
    "reach rise increase climb double triple soar surge grow exceed top total number decline drop fall "
    "decrease mount accelerate".split()
)
# Units of a duration too long for one incident: "three months of protests" is a campaign, while
# "three days of protests" can be one (ACLED codes an incident over the days it lasts).
TIME_UNITS: Final = frozenset("month year decade".split())
# Words opening a period that a total runs over: "since the campaign began", "so far this year".
PERIOD_WORDS: Final = frozenset("since throughout".split())
PERIOD_PHRASES: Final = (
    ("so", "far"),
    ("to", "date"),
    ("this", "year"),
    ("every", "year"),
    ("each", "year"),
    ("a", "year"),
    ("per", "year"),
)
# Openers of a period that is a total's only when a long unit follows: "in the past four months"
# (a total), but "the attacks in the last 24 hours" (the incidents just reported).
PERIOD_OPENERS: Final = (
    ("in", "the", "past"),
    ("over", "the", "past"),
    ("during", "the", "past"),
    ("in", "the", "last"),
    ("over", "the", "last"),
    ("during", "the", "last"),
    ("in", "recent"),
    ("over", "recent"),
)
# Shorter units that still make a period of "in recent ...", when a verb in the perfect runs over it.
RECENT_UNITS: Final = frozenset({"week", "day", "weeks", "days"})
# Counts too vague to be one incident's when no date anchors them: "thousands have been arrested".
VAGUE_COUNTS: Final = frozenset("thousands hundreds millions dozens scores tens".split())
# Nouns of a change in a count: "an increase in hostilities", "a surge in kidnappings".
TREND_NOUNS: Final = frozenset("increase rise surge spike jump upsurge uptick drop decline decrease fall".split())
# ... and those that take "of" for what they count: "an explosion of arrests", "a surge of attacks".
TREND_OF_NOUNS: Final = frozenset("explosion surge spike upsurge increase rise".split())
# Verbs of cause: a bare plural as their subject, with no date, is a generality ("captures led to
# more violence"), unlike "the raids on Monday caused panic".
CAUSAL_VERBS: Final = frozenset("lead cause fuel drive breed provoke spur feed".split())
# Heads of a preposition of cause: a bare plural after them, with no date, is a generality
# ("flee due to hostilities", "because of kidnappings"), not an occurrence.
CAUSE_HEADS: Final = frozenset({("due", "to"), ("owing", "to"), ("because", "of"), ("thanks", "to")})
# Adverbs of habit: "the group usually executes deserters", "attacks happen daily".
HABIT_ADVERBS: Final = frozenset(
    "usually often frequently regularly routinely commonly typically generally sometimes always normally "
    "habitually constantly occasionally customarily daily weekly nightly".split()
)
# Adjectives that make a noun a class of occurrences: "daily executions", "frequent attacks".
HABIT_ADJECTIVES: Final = frozenset(
    "daily weekly nightly frequent regular numerous repeated constant continual continuous routine "
    "occasional sporadic systematic recurring recurrent periodic persistent countless".split()
)
# Modifiers of a plural that make it a class, not occurrences: "such executions", "previous attacks".
# ("ongoing" too: "an ongoing confrontation" is one incident, "ongoing bombings" a class)
CLASS_MODIFIERS: Final = frozenset("such previous past prior future possible potential ongoing".split())
# Modifiers that make an event noun a state that goes on, not one occurrence, when nothing dates
# it: "the ongoing bombing of strongholds", "the continuing exodus" (a claim, not an incident).
ONGOING_MODIFIERS: Final = frozenset("ongoing continuing protracted".split())
# What a generality says of a class of events: "kidnappings are commonplace", "a regular event".
GENERAL_PREDICATES: Final = frozenset(
    "commonplace common rife rampant widespread routine regular frequent endemic everyday ubiquitous "
    "norm rare uncommon unusual".split()
)
# Nouns of likelihood: a trigger they govern did not happen ("less of a chance of airstrikes",
# "the threat of attacks"), and adjectives of exposure and capability ("vulnerable to shelling",
# "capable of small attacks").
HYPOTHETICAL_HEADS: Final = frozenset(
    "chance risk threat danger fear possibility prospect likelihood spectre specter probability "
    "vulnerable prone susceptible exposed liable sign indication capable capability capacity".split()
)
# Rules about a class of events: "a ban on protests".
POLICY_HEADS: Final = frozenset("ban prohibition curfew moratorium restriction law decree".split())
# People named by what they do, who are no occurrence where something is done to them: "aiding
# protesters", "quoted defectors" (but "protesters marched" is the marchers' event).
AGENT_NOUNS: Final = frozenset(
    "protester protestor demonstrator marcher defector deserter kidnapper abductor bomber attacker "
    "assassin refugee detainee rioter looter".split()
)
# Verbs whose infinitive complement is not reported as done: "sent to the front to fight".
# (Plans, attempts and forecasts are the modality's: "planned to attack" stays a planned event;
# so are calls, "asked citizens to take to the streets", which GUIDE.md codes as planned.)
UNREALISED_GOVERNORS: Final = frozenset(
    "want send train need wish hope allow permit enable able ready willing motivate persuade convince inspire "
    "desire desperate eager keen anxious permission consent".split()
)
# Nouns of an order: what they order is not reported as done ("received orders of withdrawal",
# "an order to withdraw"; whether it was obeyed is told elsewhere, if at all).
ORDER_NOUNS: Final = frozenset("order instruction command directive edict".split())
# Court and police steps that name an earlier act by its legal label: "charged with assault".
LEGAL_HEADS: Final = frozenset(
    "charge charged convict convicted indict indicted guilty sentence sentenced prosecute prosecuted "
    "acquit acquitted plead pleaded trial count conviction indictment prosecution offence offense "
    "record history".split()
)
# Lines of page furniture: captions, links to other stories, comment boxes.
FURNITURE_OPENERS: Final = (
    "read more",
    "related",
    "see also",
    "image caption",
    "image copyright",
    "caption",
    "photo",
    "view photos",
    "watch",
    "click here",
    "leave a comment",
    "advertisement",
    "story continues below",
    "×",
)
# Words a headline leaves in lower case ("Two Dogs Seized From a Home in the North").
TITLE_SMALL_WORDS: Final = frozenset("a an the of in on at to for and or but nor by with from as into over".split())

# Read by faultlines.events.reportability
# Page furniture that can sit inside a line of text, not only open it.
INLINE_MARKERS = ("image caption", "image copyright", "read more", "×", "story continues below")
# Prepositions after a legal step that introduce the act it names: "charged with assault".
LEGAL_PREPS = frozenset({"with", "of", "for", "on", "to"})
