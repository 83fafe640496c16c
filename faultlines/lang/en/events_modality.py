"""English words of the modality rules (faultlines.events.modality): what says that an event was
called off, failed, planned, forecast, alleged, negated or hypothetical. Word lists are lemmas or
lower-case forms, as their line says; the dependency labels are spaCy's English (ClearNLP) scheme.
"""

from __future__ import annotations

# Verbs that call an event off: "the march was cancelled" ("call" only with "off").
CALL_OFF_WORDS = frozenset("cancel abandon abort scrap postpone shelve suspend drop call".split())
# Words of failing or preventing: "a foiled attack", "police thwarted a bombing".
FAIL_WORDS = frozenset("fail foil thwart avert prevent frustrate unsuccessful failed foiled thwarted botched "
                  "aborted abortive reject refuse decline rebuff".split())  # fmt: skip
# Dependency labels of what is refused: "rejected the offer", "refused to fight".
REFUSED_DEPS = frozenset({"dobj", "nsubjpass", "xcomp", "ccomp", "attr"})
# How what failed hangs on a word of failing: its object or complement, or the subject of an
# intransitive "failed" ("a coup attempt failed"); not a clause told with it ("foiled ..., arresting two men")
FAILED_DEPS = REFUSED_DEPS | {"nsubj"}
# Words of planning or threatening: "plans to attack", "a would-be bomber".
PLAN_WORDS = frozenset("plan intend prepare plot aim scheme threaten vow pledge planned intended "
                  "would-be prepared organize organise".split())  # fmt: skip
# Words of expecting: "attacks are expected", "likely to strike".
FORECAST_WORDS = frozenset("expect likely predict forecast anticipate set poise fear warn".split())
# Words of alleging: "reportedly killed", "accused of attacking".
ALLEGE_WORDS = frozenset("allege accuse claim rumour rumor purport suspect allegedly reportedly purportedly "
                    "alleged suspected purported supposedly apparently".split())  # fmt: skip
# Words that negate the verb they modify: "never attacked", "without firing".
NEGATORS = frozenset({"not", "n't", "never", "no", "nobody", "none", "neither", "nor", "without"})
# Modal auxiliaries of what would or could happen: "could strike".
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should"})
# Verbs of calling for something: "called for protests" (then the protests are planned).
CALL_VERBS = frozenset("call appeal press push clamour clamor".split())
# Prepositions of time: the chain of governors stops at "after the attack" (its event is another).
TEMPORAL_PREPS = frozenset({"before", "after", "since", "following", "during", "amid", "until", "despite"})

# Refusing says an event did not happen only when the event is what was refused ("rejected the
# offer", "refused to fight"); "its influence started to decline" refuses nothing.
REFUSE_WORDS = frozenset("reject refuse decline rebuff".split())
# Words of trying: "tried to storm the town", "an attempted coup".
TRY_WORDS = frozenset("try attempt seek attempted".split())
# Verbs of denying: "denied attacking the convoy".
DENY_VERBS = frozenset("deny refute dismiss".split())
# Verbs of succeeding: "managed to escape" happened.
SUCCESS_VERBS = frozenset("manage succeed".split())
# Dependency labels where the chain of governors of a trigger stops (a new clause).
STOP_DEPS = frozenset({"ROOT", "conj", "parataxis"})
# Dependency labels of a clause complement: "planned that they would attack".
CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
# Verbs of getting ready whose "for" names what is yet to come, made by their subject: "troops
# gather for an assault".
PREPARE_FOR_VERBS = frozenset(
    "gather mass prepare mobilise mobilize ready brace assemble muster regroup train deploy position".split()
)
# ... and those that stipulate it, whose subject is a text or a deal: "the roadmap provides for the
# withdrawal of the militia".
FUTURE_FOR_VERBS = PREPARE_FOR_VERBS | {"provide"}
