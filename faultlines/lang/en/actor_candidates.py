"""English words that `faultlines actors candidates` reads: what type of actor a new name is
(the words in it and around its mentions), and what tells that a "name" is no actor at all (an
outlet's credit, a byline, a place after "in").

General vocabulary of conflict reporting written for Faultlines (no names from any document,
nothing taken from a dataset). Word lists are lower case; phrases are words joined by one space.
"""

from __future__ import annotations

# ACLED's actor types (the `inter` codes of the actor list, faultlines/data/actors.yaml).
INTER_LABELS = {
    1: "state forces",
    2: "rebel group",
    3: "political militia",
    4: "identity militia",
    5: "rioters",
    6: "protesters",
    7: "civilians",
    8: "external/other forces",
}
# What the actor list calls an organisation that is no conflict actor by itself (kind "org",
# inter null: parties, unions, ministries, NGOs); ACLED types such a body by what it does.
ORGANISATION = "org"
ORGANISATION_LABEL = "organisation"

# Words that say which type a group is, in its name ("Kurdistan Liberation Front"), next to it
# ("the Valley militia", "militia leader X"), in an apposition ("X, a rebel group") or in a
# description that points back to it ("the militia"). The first phrase in this order that matches
# decides, so the qualifiers ("tribal", "civilian") come before the heads they qualify
# ("... militia", "Joint Task Force"). Value: an inter code, or ORGANISATION.
TYPE_WORDS: tuple[tuple[str, int | str], ...] = (
    # identity militias: a community armed as such
    ("tribal", 4),
    ("tribe", 4),
    ("tribes", 4),
    ("tribesmen", 4),
    ("clan", 4),
    ("clans", 4),
    ("clansmen", 4),
    ("ethnic", 4),
    ("communal", 4),
    # political militias: armed, without a claim to the state
    ("civilian", 3),
    ("vigilante", 3),
    ("vigilantes", 3),
    ("self-defence", 3),
    ("self-defense", 3),
    ("popular mobilisation", 3),
    ("popular mobilization", 3),
    ("militia", 3),
    ("militias", 3),
    ("militiamen", 3),
    ("armed group", 3),
    ("gunmen", 3),
    ("gang", 3),
    ("gangs", 3),
    ("death squad", 3),
    # rebel groups: armed, against the state or to take territory
    ("rebel", 2),
    ("rebels", 2),
    ("insurgent", 2),
    ("insurgents", 2),
    ("insurgency", 2),
    ("guerrilla", 2),
    ("guerrillas", 2),
    ("militant", 2),
    ("militants", 2),
    ("jihadist", 2),
    ("jihadists", 2),
    ("terrorist", 2),
    ("terrorists", 2),
    ("mujahideen", 2),
    ("mujahidin", 2),
    ("liberation", 2),
    ("resistance", 2),
    ("revolutionary", 2),
    ("armed opposition", 2),
    ("opposition group", 2),
    # state forces
    ("national guard", 1),
    ("armed forces", 1),
    ("security service", 1),
    ("security services", 1),
    ("intelligence", 1),
    ("police", 1),
    ("policemen", 1),
    ("gendarmerie", 1),
    ("gendarmes", 1),
    ("troops", 1),
    ("soldiers", 1),
    ("navy", 1),
    ("air force", 1),
    ("task force", 1),
    ("security forces", 1),
    ("special forces", 1),
    ("command", 1),
    ("units", 1),
    ("unit", 1),
    # organisations that are no armed actor: typed by what they do, never here
    ("party", ORGANISATION),
    ("parties", ORGANISATION),
    ("union", ORGANISATION),
    ("unions", ORGANISATION),
    ("association", ORGANISATION),
    ("congress", ORGANISATION),
    ("federation", ORGANISATION),
    ("league", ORGANISATION),
    ("syndicate", ORGANISATION),
    ("council", ORGANISATION),
    ("committee", ORGANISATION),
    ("commission", ORGANISATION),
    ("ministry", ORGANISATION),
    ("department", ORGANISATION),
    ("agency", ORGANISATION),
    ("authority", ORGANISATION),
    ("court", ORGANISATION),
    ("tribunal", ORGANISATION),
    ("parliament", ORGANISATION),
    ("assembly", ORGANISATION),
    ("bureau", ORGANISATION),
    ("organisation", ORGANISATION),
    ("organization", ORGANISATION),
    ("foundation", ORGANISATION),
    ("society", ORGANISATION),
    ("institute", ORGANISATION),
    ("charity", ORGANISATION),
    ("ngo", ORGANISATION),
    ("red cross", ORGANISATION),
    ("red crescent", ORGANISATION),
)
# A name word that makes a group armed without saying which type ("... Brigade", "Liwa ...",
# "Jaysh ..."): the group is taken for a rebel group, the commonest type of such names in ACLED.
ARMED_DEFAULT = 2

# How far from a mention the words next to it are read ("the Valley militia", "rebel group X").
WORDS_AROUND = 3
# Determiners that open an apposition: "X, a militia loyal to ...".
APPOSITION_DETERMINERS = frozenset({"a", "an", "the"})
# How many words of an apposition are read for its head ("X, a small Kurdish militia").
APPOSITION_WORDS = 5

# The last word of an outlet's name: "Meridian Daily", "Frontline Herald".
MEDIA_WORDS = frozenset(
    """
    news daily times tv television radio post press herald tribune gazette journal magazine
    channel broadcasting broadcaster media newspaper wire observer monitor dispatch review
    chronicle telegraph courier bulletin report online app
    """.split()
)
# Words just before an outlet's name: "told Meridian Daily", "Source: X News".
OUTLET_BEFORE = ("told", "source:", "sources:", "via")

# Words just before a name that make it a person's or an author's: "By Karim Nasser", "Reporting
# by: X", "who gave his name as X". Read only when nothing in or around the name says group.
BYLINE_BEFORE = ("by", "by:", "written by", "reporting by", "reporting by:", "name as", "named", "called")

# Prepositions before a place: "posts in al-Ayadiya". Read only when nothing says group.
PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "at", "outside", "around", "towards", "toward", "into", "across", "inside", "to"}
)
# Nouns right after a place's name: "the Sambisa forest", "Gwoza's market".
PLACE_AFTER = frozenset(
    """
    forest forests market mountains mountain hills valley river lake town city village district
    province region area countryside desert road highway border camp airport neighbourhood
    neighborhood suburb outskirts
    """.split()
)
# Possessives before a name that make it a body or a thing of another actor: "its Sharia Court".
OWNER_BEFORE = frozenset({"its", "their", "his", "her"})
# Words a name cut short ends with ("Office of the", "Sons of"): trimmed from a candidate's name.
NAME_TRAILING_WORDS = frozenset({"of", "the", "and", "in", "for", "de", "-"})
