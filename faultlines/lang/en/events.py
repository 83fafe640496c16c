"""English words of the event rules (faultlines.events): the words that signal an event, what each
means before its context is read (a :class:`~faultlines.events.categories.Frame`), the classes of
nouns its participants belong to, and the words that put a trigger outside its event sense.

General English conflict vocabulary (ACLED's codebook definitions, news usage), written by the
project; nothing is drawn from a benchmark. Word lists are lemmas, lower case, unless their line
says otherwise. What makes a mention no incident is in ``events_reportability``; the words that
tell one incident from another in ``events_reference``.
"""

from __future__ import annotations

from typing import Final

from faultlines.events.categories import Frame

# Triggers: read by faultlines.events.lexicon (which indexes FRAME_WORDS) and .triggers
# Frame -> (verb lemmas, noun lemmas, multiword phrases): words are separated by spaces, phrases
# by ';' (lemmas, lower case). faultlines.events.lexicon splits them once, for the trigger finder.
FRAME_WORDS: Final[dict[Frame, tuple[str, str, str]]] = {
    Frame.CLASH: (
        "clash fight battle skirmish engage repel repulse counterattack",
        "clash fighting battle skirmish firefight gunfight combat confrontation hostility counterattack "
        "counteroffensive offensive infighting shootout shoot-out gunbattle",
        "exchange of fire; exchange fire; trade fire; gun battle; heavy fighting; armed clash; armed confrontation",
    ),
    Frame.ATTACK: (
        "attack assault raid ambush storm target strike shoot gun hit stab torture beat besiege terrorize burst",
        "attack assault raid ambush shooting gunfire onslaught incursion violence stabbing massacre "
        "torture beating atrocity",
        "open fire; gun down; shoot dead; fire on; fire at; carry out attack",
    ),
    Frame.KILL: (
        "kill murder slay slaughter massacre die perish",
        "killing murder death fatality casualty corpse bloodshed toll",
        "death toll; lose life; lose their life",
    ),
    Frame.EXECUTE: (
        "execute behead decapitate crucify",
        "execution beheading crucifixion",
        "put to death; firing squad",
    ),
    Frame.ASSASSINATE: (
        "assassinate",
        "assassination assassin",
        "",
    ),
    Frame.AIR_STRIKE: (
        "bomb airstrike",
        "airstrike air-strike airstrikes bombardment",
        "air strike; air raid; drone strike; air attack; aerial bombardment; aerial attack; "
        "barrel bomb; coalition strike; drone attack; airstrike",
    ),
    Frame.SHELLING: (
        "shell bombard pound",
        "shelling shell artillery mortar rocket missile barrage katyusha howitzer projectile",
        "artillery fire; mortar fire; rocket fire; rocket attack; missile attack; mortar attack; "
        "fire rocket; fire missile; fire shell; launch rocket; launch missile; tank fire; cross-border fire",
    ),
    Frame.EXPLOSION: (
        "explode detonate blast",
        "explosion blast bomb bombing ied landmine mine explosive bomber detonation",
        "car bomb; roadside bomb; explosive device; improvised explosive device; booby trap; "
        "blow up; sticky bomb; bomb attack; bomb blast; parcel bomb; truck bomb; motorcycle bomb; "
        "magnetic bomb; letter bomb; land mine",
    ),
    Frame.SUICIDE_BOMB: (
        "",
        "",
        "suicide bomber; suicide bombing; suicide attack; suicide attacker; "
        "suicide vest; suicide car bomb; suicide blast; suicide truck; blow himself up; blow herself up; "
        "blow themselves up; explosive belt; suicide explosion; suicide car; vbied; svbied",
    ),
    Frame.GRENADE: (
        "",
        "grenade",
        "hand grenade; grenade attack; rocket-propelled grenade",
    ),
    Frame.CHEMICAL: (
        "",
        "sarin chlorine",
        "chemical weapon; chemical attack; poison gas; toxic gas; "
        "nerve agent; mustard gas; gas attack; chemical agent; toxic substance; chlorine gas; "
        "poisonous gas",
    ),
    Frame.CAPTURE: (
        "capture seize overrun recapture retake regain liberate occupy conquer annex enter reclaim wrest",
        "capture recapture takeover liberation occupation fall conquest",
        "take control; take over; gain control; seize control; take back; win back; regain control; "
        "fall to; fall into; assume control; establish control; impose control; "
        "retake control; lose control",
    ),
    Frame.WITHDRAW: (
        "withdraw retreat evacuate vacate abandon",
        "withdrawal retreat pullout evacuation",
        "pull out; pull back; move out; pull out of",
    ),
    Frame.HANDOVER: (
        "cede surrender transfer",
        "handover surrender",
        "hand over; turn over",
    ),
    Frame.ABDUCT: (
        "kidnap abduct disappear hijack",
        "kidnapping abduction disappearance hijacking kidnapper abductor",
        "take hostage; forced disappearance; forcibly disappear; hold hostage; held captive",
    ),
    Frame.ARREST: (
        "arrest detain apprehend nab jail imprison incarcerate",
        "arrest detention roundup custody detainee",
        "round up; take into custody; take in custody",
    ),
    Frame.SEXUAL: (
        "rape molest",
        "rape",
        "sexual violence; sexual assault; sexually assault; sexual abuse; "
        "sexually abuse; sexual harassment; sexual slavery; gang rape; sexually harass",
    ),
    # not "boycott": staying away gathers no one
    Frame.PROTEST: (
        "protest demonstrate rally march picket",
        "protest demonstration rally march sit-in picket protester demonstrator strike walkout vigil",
        "hunger strike; take to the street; take to street; sit in; stage a protest; general strike",
    ),
    Frame.RIOT: (
        "riot",
        "riot rioter unrest rioting",
        "",
    ),
    # "mob" and "vigilantes" alone name actors (Nigeria's vigilante groups), not events
    Frame.MOB: (
        "lynch",
        "lynching",
        "mob justice; mob violence; mob attack",
    ),
    Frame.INTERVENE: (
        "disperse suppress quell crush",
        "crackdown teargas",
        "tear gas; water cannon; rubber bullet; baton charge; crack down; fire tear gas; "
        "live ammunition; pellet gun; stun grenade; break up; clamp down",
    ),
    Frame.LOOT: (
        "loot plunder ransack pillage torch burn vandalize vandalise raze demolish steal rob "
        "destroy damage sabotage dynamite",
        "looting arson vandalism plunder destruction robbery theft demolition sabotage",
        "set fire; set ablaze; set on fire; burn down",
    ),
    Frame.AGREE: (
        "agree sign",
        "agreement ceasefire truce deal accord treaty pact armistice reconciliation",
        "peace deal; peace agreement; peace accord; cease-fire; reach agreement; reach a deal; "
        "prisoner swap; prisoner exchange; peace treaty",
    ),
    Frame.NEGOTIATE: (
        "negotiate offer propose mediate",
        "negotiation talk offer proposal mediation dialogue",
        "peace talk; peace talks",
    ),
    Frame.DEFECT: (
        "defect",
        "defection defector",
        "switch side; switch sides; join the ranks",
    ),
    Frame.DESERT: (
        "desert",
        "desertion deserter",
        "leave their post; abandon their post; leave post; abandon post; flee the group; "
        "flee the organisation; flee the organization; run away",
    ),
    Frame.COUP: (
        "overthrow topple oust depose mutiny",
        "coup putsch mutiny overthrow uprising",
        "coup attempt; coup d'etat",
    ),
    Frame.REFUSE: (
        "",
        "insubordination",
        "refuse order; refuse to obey; defy order; disobey order; "
        "refuse to follow; refuse to fight; refuse the order; refuse orders; defy orders; disobey orders",
    ),
    Frame.GROUP_CHANGE: (
        "form merge split dissolve disband rename recruit unite",
        "formation merger split dissolution alliance recruitment coalition",
        "pledge allegiance; swear allegiance; new leader; announce formation; change name; "
        "break away; lay down arms; lay down their arms",
    ),
    Frame.RELOCATE: (
        "relocate",
        "relocation",
        "move headquarters; move its headquarters; move their headquarters; transfer headquarters",
    ),
    # A site's name alone ("overran a military base", "an observation post") tells no base set
    # up: only a verb of setting up, or "new", does.
    Frame.BASE: (
        "deploy station",
        "",
        "set up base; set up a base; set up checkpoint; set up post; set up observation post; "
        "establish base; establish a base; establish headquarters; establish checkpoint; "
        "set up headquarters; new base; new outpost; new observation post; "
        "establish observation point; set up position; set up outpost; establish outpost",
    ),
    Frame.WEAPONS: (
        "defuse dismantle confiscate intercept",
        "cache stockpile seizure haul stash arsenal",
        "weapons cache; arms cache; ammunition depot; shoot down; defuse bomb; seize weapon; "
        "seize arms; arms haul; weapons haul; bomb disposal; disarm bomb",
    ),
    Frame.DISPLACE: (
        "flee displace escape",
        "displacement exodus refugee fleeing escape flight",
        "flee their home; flee their homes; forced to flee; force to flee",
    ),
    # A struggle inside one organisation; kept only when both sides belong to it (events.sides).
    Frame.DISPUTE: (
        "",
        "feud",
        "power struggle; internal struggle; struggle for power; internal dispute; internal rift; "
        "leadership struggle; power-struggle",
    ),
    Frame.FORCED_RECRUIT: (
        "conscript",
        "conscription",
        "forced recruitment; forcibly recruit; forcibly "
        "conscript; force to fight; force to join; forced to join; send to the front; send to front",
    ),
}

# Words of a moved office or base: "transferred its Sharia court and headquarters to ..."
OFFICE_NOUNS: Final = frozenset("headquarters court office base command administration ministry".split())

# Single words too common or too vague to make an event on their own: an event they trigger gets
# a lower confidence, and gives way to a stronger trigger in the same sentence.
WEAK_WORDS: Final = frozenset(
    "hit target strike beat burst gun destroy damage enter station deploy establish form split unite "
    "talk offer death body casualty fatality toll violence fall control exchange sign agree deal "
    "shell mine rocket missile mortar artillery fighting operation rally march flee enter "
    "refugee occupation coalition alliance uprising dialogue crackdown burn engage storm battle "
    "die perish corpse custody detainee".split()
)
# Verbs that take a frame from their object: "seized the town" (capture), "seized weapons"
# (weapons), "seized two men" (abduct or arrest: who did it decides).
OBJECT_FRAMED_VERBS: Final = frozenset(
    "seize capture find discover uncover recover take grab destroy clear remove defuse detonate dispose".split()
)
# Verbs that make a base when their object is a post: "set up a new observation post"
BASE_VERBS: Final = frozenset("establish set build open construct erect install".split())
BASE_NOUNS: Final = frozenset("base post outpost checkpoint headquarters camp point garrison position "
                              "barracks airbase station".split())  # fmt: skip
# What says that a violent act came from the air: "raids by helicopters", "warplanes bombed"
AIR_CUES: Final = frozenset("warplane jet helicopter chopper drone aircraft plane airforce aerial "
                            "gunship bomber uav".split())  # fmt: skip
# Protesters' own violence, and force against protesters, beyond dispersal
RIOT_CUES: Final = frozenset("violent throw hurl pelt smash torch vandalize vandalise scuffle "
                             "loot riot rioter stone molotov petrol firebomb arson blaze rampage "
                             "ransack".split())  # fmt: skip
EXCESSIVE_CUES: Final = frozenset("brutal brutally violently fatal fatally kill dead death die live "
                                  "shoot shot injury injure wound beat baton lethal".split())  # fmt: skip
WEAPON_CONTAINERS: Final = frozenset("cache stash stockpile arsenal haul depot consignment".split())

# --- noun classes of participants ---------------------------------------------------------------
STATE_FORCES: Final = frozenset(
    "army soldier troop police policeman policemen officer force military government regime "
    "serviceman servicemen gendarme gendarmerie guard navy marine commando authority ministry "
    "coalition peacekeeper patrol battalion brigade division unit airforce sheriff cop trooper "
    "paratrooper junta administration".split()
)
ARMED_GROUP: Final = frozenset(
    "rebel militant insurgent jihadist guerrilla terrorist fighter gunman gunmen militia militiaman "
    "militiamen extremist separatist mercenary group organisation organization faction cell "
    "bandit attacker assailant perpetrator hitman assassin kidnapper abductor bomber sniper "
    "combatant mujahideen mujahid rebels cartel gang gangster commander jihadi islamist "
    "raider pirate smuggler trafficker warlord loyalist paramilitary squad member recruit deserter "
    "defector emir leader leadership".split()
)
CIVILIANS: Final = frozenset(
    "civilian people person villager resident student child woman man girl boy family farmer "
    "worshipper pilgrim passenger journalist reporter worker teacher doctor nurse patient "
    "shopkeeper trader merchant herder herdsman refugee migrant citizen inhabitant individual "
    "local pedestrian driver baby infant elder priest imam monk nun aid employee staff "
    "tourist youth teenager men women children peasant laborer labourer official politician "
    "candidate activist lawyer judge mayor councillor councilor chief villager hostage "
    "detainee prisoner minority christian muslim hindu".split()
)
PROTESTERS: Final = frozenset("protester protestor demonstrator marcher crowd supporter striker".split())
RIOTERS: Final = frozenset("rioter mob looter hooligan vigilante".split())
PLACES: Final = frozenset(
    "town village city district area region territory province neighbourhood neighborhood "
    "hill mountain valley road highway border crossing countryside suburb outskirts locality "
    "settlement enclave stronghold island port airport airbase county municipality "
    "governorate state zone frontline coast quarter".split()
)
MILITARY_SITES: Final = frozenset(
    "base position checkpoint post outpost barracks camp convoy garrison headquarters tank "
    "armoured armored vehicle patrol fortification trench bunker depot airbase warship ship "
    "station compound".split()
)
PROPERTY: Final = frozenset(
    "house home shop market school hospital clinic mosque church temple shrine building office "
    "car bus truck property crop field store business factory plant bridge pipeline power "
    "substation tower pylon line facility installation embassy consulate hotel restaurant "
    "bank residence farm village vehicle train plane aircraft infrastructure asset "
    "livestock cattle warehouse headquarters university college shelter camp tent".split()
)
WEAPONS: Final = frozenset(
    "weapon arm ammunition explosive ied mine landmine rocket missile gun rifle pistol bomb "
    "grenade mortar shell dynamite bullet knife machete machinegun launcher rpg artillery "
    "drone kalashnikov ak-47 device charge tnt firearm cannon submachine stick stone rock "
    "molotov cocktail axe sword".split()
)
# nouns for the ordinary members of an armed group: "foreign fighters", "local militants"
MEMBER_NOUNS: Final = frozenset(
    "fighter militant member jihadist soldier recruit commander emir official rank guard "
    "volunteer mujahideen muhajir muhajireen settler settlor".split()
)
# modifiers that single out a faction inside a group
FACTION_MODIFIERS: Final = frozenset(
    "foreign local native domestic european western arab non-arab migrant immigrant senior junior".split()
)
# words saying that participants are inside one group
INTRA_GROUP_CUES: Final = frozenset(
    "infighting rift rivalry power-struggle internal own fellow ranks dissent defector deserter purge faction".split()
)


# --- triggers in context (faultlines.events.triggers): a trigger word outside its event sense -----
# Objects that make a violent verb figurative: "attack the virus", "fight corruption".
FIGURATIVE_OBJECTS: Final = frozenset(
    "virus disease pandemic epidemic cancer illness problem issue poverty corruption inflation "
    "unemployment hunger illiteracy crime deficit debt price balance chord note headline idea plan "
    "policy proposal argument criticism video film movie photo picture ball goal".split()
)
# Nouns of a burst, which can be figurative ("an explosion of anger"); "bombing of" names a target.
BURST_NOUNS: Final = frozenset("explosion blast detonation".split())
# What an explosion may be "of" and still be one: "the explosion of a car bomb", "of a gas tank".
EXPLOSION_OF: Final = frozenset("tank cylinder pipeline truck car vehicle bus device shell depot plant "
                                "factory warehouse boiler vest belt".split())  # fmt: skip
# Non-violent instruments: "targeted 13 officials with sanctions", "hit with a fine".
NONVIOLENT_INSTRUMENTS: Final = frozenset(
    "sanction tariff fine ban embargo lawsuit suit criticism charge tax restriction measure penalty "
    "subpoena warrant".split()
)
# Verbs with an object a signature is put on that is no agreement: "sign a form", "sign a petition".
SIGNED_PAPERS: Final = frozenset(
    "form petition letter book contract law bill decree order document register autograph card "
    "statement declaration".split()
)
# Things that can be seized but are no territory: "police seized drugs and cash", "two dogs seized".
GOODS: Final = frozenset(
    "drug cocaine heroin marijuana cannabis methamphetamine narcotic opium cash money currency dollar "
    "gold jewellery jewelry dog cat animal pet cattle cow goat sheep horse camel livestock passport "
    "document phone computer laptop fuel oil goods merchandise contraband cigarette alcohol timber "
    "charcoal crop grain food".split()
)
# A noun trigger that is an idiom with its verb: "has taken a toll", "paid the price".
IDIOMS: Final = frozenset({("take", "toll"), ("pay", "price"), ("exact", "toll")})

# Triggers in context, read by faultlines.events.triggers and .classify: what a trigger's sentence says
# Places a person is kept in for care, not custody: "detained in hospital", "held in a clinic".
CARE_PLACES: Final = frozenset("hospital clinic infirmary ward icu sanatorium".split())
# Verbs of dying that, told by a year or an illness and with no word of harm in their sentence,
# are no violence: "Chávez, who died in 2013", "died of cancer"; "died at the scene" stays. (The
# noun stays too: "X caused the death of Y" names a killing with no weapon in its sentence.)
DEATH_WORDS: Final = frozenset("die perish".split())
# Words of harm that make "targeted" (or "died") violent ("targeted the convoy with a roadside bomb", "the
# strike targeted fighters, killing six"); without one, "targeted 13 officials" is a measure.
HARM_WORDS: Final = frozenset(
    "kill killing dead death wound wounded injure injured injury bomb bombing shell shelling fire gunfire "
    "shoot shooting shot gunman explosive explosion blast missile rocket mortar drone airstrike strike "
    "raid ambush attack assault grenade artillery gun rifle mine landmine ied clash fighting fight violence "
    "battle crossfire gunshot bullet stab stabbing beat beating murder massacre execution execute behead "
    "hostage bombardment siege".split()
)
# What people die of that is no violence: "died of cancer", "died from a stroke".
ILLNESSES: Final = frozenset(
    "cancer illness disease stroke heart attack age cause causes covid covid-19 malaria cholera "
    "complication complications infection pneumonia fever hunger starvation".split()
)
# Verbs of keeping: a cache someone "had" or "kept" is no seizure ("police said he had a cache of
# magazines"); one "found" or "seized" is.
KEEPING_VERBS: Final = frozenset("have own keep possess hold store carry hide amass build".split())
# Gatherings that mourn someone: a vigil "for the victims" or "for Tomika" is a commemoration,
# not a protest (ACLED codes a vigil only when it makes a demand: "a vigil against the killings").
MOURNING_GATHERINGS: Final = frozenset("vigil memorial wake funeral".split())
# What an offer or a proposal must be of to be a step towards peace: "offered a ceasefire",
# "proposed talks"; not "offer information to police" or "the potential offered by fisheries".
NEGOTIATED_THINGS: Final = frozenset(
    "ceasefire truce talk negotiation deal agreement accord peace surrender amnesty dialogue mediation "
    "exchange swap release withdrawal settlement plan proposal term condition concession compromise".split()
)

# Trigger spans: read by faultlines.events.triggers (spaCy's English entity and dependency labels)
# entity labels whose words are names, not triggers ("Liberation Front", "Operation Dawn")
NAME_LABELS = frozenset({"ORG", "FAC", "LOC", "GPE", "PERSON", "WORK_OF_ART", "LAW", "EVENT", "NORP", "PRODUCT"})
# Dependency labels that join a verb to the word of a two-word trigger ("open fire", "gun down").
PAIR_DEPS = frozenset({"prt", "dobj", "prep", "acomp", "advmod", "attr", "xcomp"})
# spaCy's lemmatiser gets a few trigger words wrong ("raped" -> "rap")
FORM_LEMMAS = {"raped": "rape", "rapes": "rape", "raping": "rape", "shelled": "shell", "shelling": "shell"}
# Read by faultlines.events.triggers: "taking 80 fighters with him" takes people along, abducts no one
ACCOMPANY_VERBS: Final = frozenset({"take", "bring"})
ACCOMPANYING_PRONOUNS: Final = frozenset({"he", "she", "they", "him", "her", "them", "himself", "themselves"})
