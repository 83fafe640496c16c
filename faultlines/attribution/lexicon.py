"""Words for harm: the verbs of killing, dying and injuring, and the nouns for people.

General English vocabulary of news reporting, not tuned to any corpus.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


KILL = frozenset(["kill", "murder", "execute", "slay", "assassinate", "behead", "massacre", "slaughter"])
DIE = frozenset(["die", "perish"])
INJURE = frozenset(["injure", "wound", "hurt", "hospitalize", "hospitalise", "maim", "graze"])
HARM = frozenset({"shoot", "stab"})

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
