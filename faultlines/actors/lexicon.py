"""Classes of common English nouns: people, groups and institutions, places, titles.

General vocabulary written for Faultlines (not taken from any dataset). The mention typer uses
them to tell "the city" (a place) from "the regime" (a group) from "a local physician" (a
person) when no name is there to go by.
"""

from __future__ import annotations

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

TITLE_WORDS = frozenset(
    """
    president minister secretary general gen. lt. col. capt. maj. sgt. cpl. adm. brig. cmdr. officer
    commander director spokesman chief ambassador senator king prince sheikh imam dr. mr. mrs. ms. prime
    foreign defence defense deputy vice high representative colonel captain major lieutenant sergeant
    admiral navy army petty envoy governor mayor emir
    """.split()
)

RELIGION_AND_ETHNICITY = frozenset(
    """
    shia shiite shi'ite sunni muslim muslims christian christians yazidi yazidis kurdish kurd kurds arab
    arabs arabic alawite alawites druze turkmen assyrian assyrians jewish islam islamic islamist
    jihadist
    """.split()
)


def noun_class(lower: str) -> str | None:
    """ "human", "group", "place" or None for a lower-cased noun."""
    if lower in HUMAN_NOUNS:
        return "human"
    if lower in GROUP_NOUNS:
        return "group"
    if lower in PLACE_NOUNS:
        return "place"
    return None
