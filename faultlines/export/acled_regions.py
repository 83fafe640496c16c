"""Country (ISO 3166 alpha-2) -> ACLED region, as ACLED names its regions."""

from __future__ import annotations

_REGIONS = {
    "Middle East": "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Western Africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SL SN TG",
    "Middle Africa": "AO CD CF CG CM GA GQ ST TD",
    "Eastern Africa": "BI DJ ER ET KE KM MG MU MW MZ RE RW SC SO SS TZ UG YT ZM ZW",
    "Southern Africa": "BW LS NA SZ ZA",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Southeast Asia": "BN ID KH LA MM MY PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KG KZ TJ TM UZ",
    "Europe": "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME "
    "MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK",
    "North America": "CA US GL PM BM",
    "Central America": "BZ CR GT HN MX NI PA SV",
    "Caribbean": "AG BB BS CU DM DO GD HT JM KN LC PR TT VC",
    "South America": "AR BO BR CL CO EC GY PE PY SR UY VE",
    "Oceania": "AU FJ KI MH FM NR NZ PG PW SB TO TV VU WS",
}
REGION_OF = {code: region for region, codes in _REGIONS.items() for code in codes.split()}


def acled_region(country_code: str | None) -> str | None:
    return REGION_OF.get(country_code.upper()) if country_code else None
