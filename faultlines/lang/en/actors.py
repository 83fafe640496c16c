"""English words of the actor rules (faultlines.actors): classes of common nouns, the nouns for
members, ranks and roles inside a group, words of origin that make a faction, descriptions that
point back to a group, and the nouns for unnamed actors by ACLED's generic classes.

General vocabulary of conflict reporting written for Faultlines (no names from any document, nothing
taken from a dataset). Word lists are lower-case forms unless their line says otherwise.
"""

from __future__ import annotations

# Classes of common nouns: read by faultlines.actors.lexicon and .mention_types
# Nouns for people: "a local physician" is a person.
HUMAN_NOUNS = frozenset(
    """
    man men woman women child children boy boys girl girls person persons people resident residents
    civilian civilians soldier soldiers fighter fighters militant militants official officials minister
    ministers secretary president leader leaders commander commanders spokesman spokesperson spokeswoman
    general colonel captain officer officers sheikh physician doctor doctors nurse nurses teacher
    teachers student students worker workers employee employees journalist journalists reporter
    reporters member members hero heroes director ambassador envoy diplomat diplomats activist activists
    prisoner prisoners hostage hostages victim victims survivor survivors refugee refugees friend
    friends relative relatives father mother son daughter brother sister wife husband insurgent
    insurgents terrorist terrorists jihadist jihadists gunman gunmen sniper snipers marine marines
    sailor sailors pilot pilots troop troops chief king queen prince mayor governor judge lawyer cleric
    imam priest expert experts analyst analysts partner partners ally allies colleague colleagues
    operator operators engineer engineers volunteer volunteers recruit recruits defector defectors
    detainee detainees deputy adviser advisor advisers advisors representative representatives
    negotiator negotiators protester protesters demonstrator demonstrators villager villagers farmer
    farmers worshipper worshippers elder elders tribesmen specialist specialists medic medics paramedic
    paramedics crew crews personnel servicemen serviceman linguist linguists translator translators
    owner owners shopkeeper shopkeepers bomber individual individuals someone anyone everyone nobody
    citizen citizens national nationals population inhabitants
    """.split()
)
# Nouns for groups and institutions: "the regime" is a group.
GROUP_NOUNS = frozenset(
    """
    government governments regime regimes coalition alliance community communities council councils
    committee committees ministry ministries department departments agency agencies organisation
    organisations organization organizations group groups tribe tribes clan clans militia militias
    movement movements party parties network networks battalion battalions brigade brigades division
    divisions regiment regiments company companies command commands nation nations public workforce
    delegation delegations mission missions force forces army armies police navy corps unit units team
    teams staff family families administration authorities authority court courts parliament congress
    senate cabinet office faction factions opposition rebels state states
    """.split()
)
# Nouns for places and sites: "the city" is a place.
PLACE_NOUNS = frozenset(
    """
    city cities town towns village villages province provinces district districts region regions area
    areas country countries capital neighbourhood neighborhood neighbourhoods neighborhoods suburb
    suburbs street streets road roads highway highways bridge bridges border borders frontier front line
    lines base bases camp camps airport airports airfield airfields port ports dam dams station stations
    building buildings hospital hospitals school schools university universities mosque mosques church
    churches market markets library libraries house houses home homes homeland compound compounds
    headquarters site sites facility facilities position positions checkpoint checkpoints outpost
    outposts territory territories countryside desert valley river rivers mountain mountains coast
    island islands sea gulf field fields oilfield oilfields refinery refineries infrastructure location
    locations place places zone zones centre center square prison prisons palace office offices room
    rooms studio shop shops barracks tunnel tunnels entrance node structure structures target targets
    world door terrain governorate state vicinity outskirts village plant plants depot depots warehouse
    warehouses stronghold strongholds hideout
    """.split()
)
# Titles and ranks before a name: "Defence Minister X", "Lt. Col. Y".
TITLE_WORDS = frozenset(
    """
    president minister secretary general gen. lt. col. capt. maj. sgt. cpl. adm. brig. cmdr. officer
    commander director spokesman chief ambassador senator king prince sheikh imam dr. mr. mrs. ms. prime
    foreign defence defense deputy vice high representative colonel captain major lieutenant sergeant
    admiral navy army petty envoy governor mayor emir
    """.split()
)
# Words of religion and ethnicity, which name communities rather than actors.
RELIGION_AND_ETHNICITY = frozenset(
    """
    shia shiite shi'ite sunni muslim muslims christian christians yazidi yazidis kurdish kurd kurds arab
    arabs arabic alawite alawites druze turkmen assyrian assyrians jewish islam islamic islamist
    jihadist
    """.split()
)

# Members, ranks, origins, roles and descriptions: read by faultlines.actors.factions, .people, .reference, .generic
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
# Modifiers that name a rank inside a group ("senior members", "rank and file"), and its label.
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
# ... and of local and Caucasian fighters.
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
# Modifiers that may stand before a role: "senior military commander", "former emir".
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
# Plural nouns that can mean the group the text is about: "the militants".
MILITANT_HEADS = frozenset({"militants", "jihadists", "extremists", "terrorists", "insurgents", "fighters"})
# Determiners that point back to a group told before: "the group", "this organisation".
DESCRIPTION_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Modifiers a description of a group may carry: "the hardline jihadist group".
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
# Lower-case phrases for the state's unnamed forces: "security forces", "police officers".
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
# Words that make state forces the police (ACLED codes intelligence services with the police);
# the event rules read them too ("police ... launched raids" with no fighting is an arrest).
POLICE_WORDS = frozenset(
    "police policeman policemen policewoman officer officers constable constables sheriff deputies detective "
    "detectives intelligence gendarme gendarmerie gendarmes".split()
)

# Countries: read by faultlines.actors.countries
# Adjectives and plural nouns of nationality for the countries where the knowledge base has
# actors, and their neighbours. pycountry supplies the country names themselves.
DEMONYMS: dict[str, str] = {
    "syrian": "SY",
    "syrians": "SY",
    "iraqi": "IQ",
    "iraqis": "IQ",
    "turkish": "TR",
    "turks": "TR",
    "lebanese": "LB",
    "jordanian": "JO",
    "jordanians": "JO",
    "iranian": "IR",
    "iranians": "IR",
    "israeli": "IL",
    "israelis": "IL",
    "palestinian": "PS",
    "palestinians": "PS",
    "egyptian": "EG",
    "egyptians": "EG",
    "saudi": "SA",
    "saudis": "SA",
    "yemeni": "YE",
    "yemenis": "YE",
    "libyan": "LY",
    "libyans": "LY",
    "tunisian": "TN",
    "tunisians": "TN",
    "algerian": "DZ",
    "moroccan": "MA",
    "afghan": "AF",
    "afghans": "AF",
    "pakistani": "PK",
    "pakistanis": "PK",
    "indian": "IN",
    "russian": "RU",
    "russians": "RU",
    "ukrainian": "UA",
    "ukrainians": "UA",
    "american": "US",
    "americans": "US",
    "british": "GB",
    "french": "FR",
    "german": "DE",
    "nigerian": "NG",
    "nigerians": "NG",
    "somali": "SO",
    "somalis": "SO",
    "kenyan": "KE",
    "malian": "ML",
    "sudanese": "SD",
    "ethiopian": "ET",
    "ethiopians": "ET",
    "congolese": "CD",
    "ugandan": "UG",
    "burmese": "MM",
    "colombian": "CO",
    "filipino": "PH",
    "chinese": "CN",
    "uzbek": "UZ",
    "qatari": "QA",
    "emirati": "AE",
    "kuwaiti": "KW",
    "bahraini": "BH",
    "omani": "OM",
    "azerbaijani": "AZ",
    "armenian": "AM",
    "georgian": "GE",
    "nigerien": "NE",
    "burkinabe": "BF",
    "chadian": "TD",
    "cameroonian": "CM",
    "mozambican": "MZ",
}
# Short and everyday names of countries ("US", "UK", "America"), normalised, and their ISO code.
SHORT_NAMES: dict[str, str] = {
    "us": "US",
    "u s": "US",
    "usa": "US",
    "united states": "US",
    "america": "US",
    "uk": "GB",
    "u k": "GB",
    "britain": "GB",
    "great britain": "GB",
    "russia": "RU",
    "iran": "IR",
    "syria": "SY",
    "turkey": "TR",
    "turkiye": "TR",
    "palestine": "PS",
    "gaza": "PS",
    "west bank": "PS",
    "kurdistan region": "IQ",
    "iraqi kurdistan": "IQ",
    "drc": "CD",
    "dr congo": "CD",
    "democratic republic of congo": "CD",
    "burma": "MM",
    "south korea": "KR",
    "north korea": "KP",
}

# Names: read by faultlines.actors.names (spaCy's English entity labels too)
# Entity labels of numbers and dates, never an actor's name.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# Acronyms that are also English words: in an upper-case headline they are just words.
WORD_ACRONYMS = frozenset({"IS", "US", "AS", "AT", "IT", "AN", "OR", "ON", "NO", "SO", "WE", "ME", "BE", "TO"})
# Words (English and romanised Arabic) that make a name an armed group's: "Liwa al-Quds", "Free Syrian Army".
ARMED_NAME_WORDS = frozenset(
    {
        "brigade",
        "brigades",
        "battalion",
        "battalions",
        "army",
        "front",
        "liwa",
        "jaysh",
        "jaish",
        "katiba",
        "katibat",
        "kataib",
        "kata'ib",
        "harakat",
        "faylaq",
        "failaq",
        "saraya",
        "jabhat",
        "militia",
        "militias",
        "forces",
        "legion",
        "division",
        "regiment",
        "corps",
        "guard",
        "guards",
        "mujahideen",
        "mujahidin",
        "fighters",
        "rebels",
        "insurgents",
        "jund",
        "ansar",
        "jamaat",
        "jama'at",
        "tanzim",
    }
)
# Words a name may keep in lower case ("Ahrar al-Sham", "Army of Islam"): not its content words.
NAME_LOWER_WORDS = frozenset(
    {"of", "the", "for", "and", "al", "el", "ash", "as", "ad", "an", "in", "de", "du", "wal", "-", "'s", "’s"}
)
# A name writes its prepositions in lower case ("Army of the Men"); a title-case headline does not.
HEADLINE_PREPOSITIONS = frozenset("By In At After During For On With From Into Near Over".split())

# Read by faultlines.actors.normalise
# Arabic definite-article spellings; the sun letters assimilate it ("ash-Sham", "ad-Din").
ARTICLES = frozenset({"al", "el", "ul", "as", "ash", "ad", "adh", "an", "ar", "at", "ath", "az", "aal"})

# Read by faultlines.actors.generic
# Quantifiers that make an unnamed actor a part, not the whole class: "some civilians".
QUANTIFIERS = frozenset({"many", "several", "some", "most", "few", "numerous", "other", "more", "such"})

# Read by faultlines.actors.factions
# Words that join the modifiers of a faction: "foreign and local fighters".
FACTION_LINKERS = frozenset({"and", "or", ",", "-", "&"})
# Prepositions before the group a faction belongs to: "foreign fighters of ISIS".
PARENT_PREPOSITIONS = frozenset({"of", "in", "within", "inside", "among"})

# Read by faultlines.actors.people
# Punctuation between a role and the person's name: "spokesman, Abu X".
SKIPPABLE_MARKS = frozenset({",", "(", ")", "’", "'", '"', "“", "”", "-", "–", "—", ":"})
# Prepositions inside a role: "head of the media office", "emir in Raqqa".
ROLE_PREPOSITIONS = frozenset({"of", "in", "for", "with", "at"})

# Read by faultlines.actors.reference
# Plural pronouns, which point back to a group rather than a person.
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})

# Read by faultlines.actors.discourse
# Roles of a person who stands for the leadership of a group: "failed to overthrow Baghdadi".
LEADER_ROLES = frozenset({"leader", "emir", "caliph", "chief", "head", "deputy leader"})

# Read by faultlines.events.sides (punished members)
# Verbs of leaving one's own group: members executed for what these tell are its deserters
# ("executed for attempting to escape", "fighters who wanted to leave the group").
LEAVING_VERBS = frozenset("flee escape desert defect leave quit abscond".split())
# Nouns of the same acts: "executed for desertion".
LEAVING_NOUNS = frozenset("desertion defection escape flight".split())
# The faction of members punished for leaving, and of the group that punishes them.
DESERTERS = "deserters"

# Read by faultlines.actors.speakers: first-person words a quotation's speaker says of itself
FIRST_PERSON_PLURAL = frozenset({"we", "our", "us", "ours", "ourselves"})
# What "our" owns that is the speaker's side: "our forces", "our fighters"
OWNED_FORCES = MEMBER_NOUNS | frozenset({"forces", "force", "troops", "units", "men", "soldiers"})
# Modals of a deed stopped before it was done: "arrested the men before they could flee".
PREVENTED_MODALS = frozenset({"could", "can"})
