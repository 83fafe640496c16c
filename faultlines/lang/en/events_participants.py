"""English words of the participant rules (faultlines.events.participants, .sides, .fatalities,
.build): who did an event and to whom, which side each is on, and who died. Word lists are lemmas,
lower case, unless their line says otherwise; spaCy's English labels (OntoNotes entities,
ClearNLP dependencies) are this language's scheme, so their lists are here too.
"""

from __future__ import annotations

# Participants: read by faultlines.events.participants
# Modifiers that make an unnamed force the state's: "government forces", "security forces".
STATE_MODIFIERS = frozenset("government security army police military regime state national federal".split())
# Modifiers that make an unnamed force an armed group ("rebel forces"); they win over the state's.
ARMED_MODIFIERS = frozenset("rebel militant opposition insurgent jihadist terrorist islamist armed".split())
# Dependency labels of the words left of a head that belong to its phrase ("three Iraqi soldiers").
LEFT_DEPS = frozenset({"amod", "compound", "nummod", "poss", "nmod", "quantmod", "case", "punct", "advmod"})
# Verbs whose subject does what their object names: "militants launched an attack".
LIGHT_VERBS = frozenset(
    "launch carry conduct stage mount claim perpetrate commit unleash lead wage begin start continue "
    "plan order execute organize organise orchestrate intensify step escalate resume".split()
)
# Verbs whose subject undergoes what their object names: "the town faced shelling".
UNDERGO_VERBS = frozenset("face suffer undergo risk fear".split())
# Verbs whose subject was the target of what their object names: "troops repelled an attack".
DEFENCE_VERBS = frozenset("repel repulse foil thwart survive withstand resist".split())
# Prepositions after an event noun that introduce its target: "an attack on a checkpoint".
PATIENT_PREPS = frozenset({"on", "against", "at", "upon", "targeting", "into"})
# Entity labels that never name a participant (dates, amounts).
NOT_PARTICIPANT_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
# Modifiers of an event noun that name its doer, beyond the nouns of state forces and armed groups
# (events.ARMED_GROUP, STATE_FORCES): "terrorist attacks", "a rebel raid".
DOER_MODIFIERS = frozenset({"guerrilla", "terrorist", "rebel", "insurgent", "jihadist"})
# ... and the nouns of those classes that name no doer as a modifier: "a group attack", "a patrol raid".
NOT_DOER_MODIFIERS = frozenset(
    {"group", "organisation", "organization", "unit", "patrol", "authority", "administration", "leadership"}
)
# Nouns of a unit whose "of" phrase says who it is: "a squad of soldiers", "a column of fighters".
UNIT_NOUNS = frozenset({"group", "unit", "band", "squad", "cell", "column"})
# Heads of a count before "of" ("dozens of fighters"): the participant is what is counted.
COUNT_HEADS = frozenset("dozen hundred thousand score number some many most all several few".split())
# "forces of the People's Protection Units": the "of" phrase names who the head is
FORCE_NOUNS = frozenset(
    {"force", "troop", "militia", "wing", "battalion", "brigade", "division", "rebel", "insurgent", "guerrilla"}
)
# "X, in cooperation with Y, ...", "X, alongside Y": Y fought on X's side (ACLED's associated actor)
ALLY_NOUNS = frozenset({"cooperation", "coordination", "collaboration", "conjunction", "partnership", "alliance"})
# Verbs of a clause that makes its object an ally of the head: "troops backed by militias".
BACKING_VERBS = frozenset({"back", "support", "aid", "assist", "accompany", "join", "reinforce"})
# Verbs that take the victim as object: without one, a headline's "Man shot, killed" is a passive.
VICTIM_OBJECT_VERBS = frozenset(
    "shoot kill stab wound injure murder slay behead execute assassinate abduct kidnap arrest detain".split()
)
# Officers' ranks: the person belongs to the state's forces (an armed group's rank is a mention of it)
MILITARY_RANKS = frozenset("general colonel lieutenant sergeant corporal brigadier admiral".split())

# Sides: read by faultlines.events.sides
# Words that make a blast or a shot an accident: "a bomb went off prematurely".
ACCIDENT_WORDS = frozenset({"accidental", "accidentally", "premature", "prematurely", "accident"})
# Verbs of leaving a group: "fighters who wanted to leave ISIS", "members trying to flee".
FLIGHT_VERBS = frozenset("flee escape desert defect leave run quit abandon surrender betray spy".split())
# Nouns of officials inside a group: "an ISIS judge" belongs to the group it names.
OFFICIAL_NOUNS = frozenset("adviser advisor official commander leader emir judge cleric mufti governor "
                       "spokesman chief deputy aide".split())  # fmt: skip
# Offences a group punishes its own for: "executed for treason", "for desertion".
OFFENCES = frozenset("crime treason apostasy blasphemy espionage spying desertion collaboration dissent heresy "
                      "disobedience insubordination betrayal defection".split())  # fmt: skip

# Fatalities: read by faultlines.events.fatalities
# Verb lemmas of killing and dying: the words a fatality count must hang on.
KILL_VERBS = frozenset("kill murder slay slaughter massacre execute behead assassinate die perish lynch "
                        "crucify decapitate".split())  # fmt: skip
# Nouns of death and the dead: "the death toll", "the bodies of".
DEATH_NOUNS = frozenset("death fatality toll body corpse dead killing life execution beheading murder "
                         "assassination".split())  # fmt: skip
# Count nouns before "of": "dozens of people" counts the people.
QUANTITY_NOUNS = frozenset("number dozen dozens hundred hundreds thousand thousands score scores".split())
# Pronouns for one person: a victim told by a pronoun is one.
PEOPLE_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
# Words that add victims to a toll told before: "was also killed", "two others".
MORE_WORDS = frozenset({"also", "too", "other", "others", "another"})
# Victim words that say nothing of who died, so they may restate any other toll ("11 people",
# "the three", "the dead"); a named group ("soldiers", "insurgents") is counted apart.
GENERIC_VICTIMS = frozenset("people person persons dead victim victims casualty casualties fatality fatalities "
                             "life lives body bodies other others individual individuals".split())  # fmt: skip

# Incidents: read by faultlines.events.build
# Nouns that name an incident without saying what it was: "the attempt", "the operation".
EVENT_WORDS = frozenset("attempt incident operation action explosion blast".split())
# Devices an explosion is named by: a trigger that names one ("Roadside IED kills a general") is
# typed by it, not by a weapon another sentence of the incident recalls.
NAMED_DEVICES = frozenset("ied mine landmine device explosive bomb booby".split())

# Read by faultlines.events.participants: entity labels of a name the parser may read as an
# auxiliary ("IS beheaded two men": "IS" parsed as "is"), which is then the verb's subject
NAMES_READ_AS_AUXILIARY = frozenset({"ARMED_GROUP", "ORG"})
# Reflexive objects: "blew themselves up", "shot himself": the doer again, never a second side.
REFLEXIVE_OBJECTS = frozenset({"themselves", "himself", "herself", "itself", "ourselves", "myself"})
# Nouns of several events of one kind: "a series of raids", "a wave of bombings".
SERIES_NOUNS = frozenset({"series", "wave", "string", "spate", "round", "volley", "barrage", "spree"})
