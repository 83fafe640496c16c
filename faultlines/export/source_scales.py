"""ACLED's ``source_scale`` of well-known outlets and sources (rule data).

ACLED names the reach of each source: "International", "Regional", "National", "Subnational",
"Local partner", "Other" (reports of NGOs, monitors and institutions) and "New media" (social
media), and joins the distinct scales of an event's sources with "-" ("National-International").
Only the sources listed here get a scale; any other leaves the column empty rather than guessed.
An analyst adds outlets here (lower-case names).
"""

from __future__ import annotations

# The order ACLED's combined values follow, from closest to the event to furthest.
SCALE_ORDER = ("Local partner", "Subnational", "National", "Regional", "International", "Other", "New media")

SOURCE_SCALES = {
    "International": (
        "reuters",
        "agence france-presse",
        "afp",
        "associated press",
        "ap",
        "bbc",
        "bbc news",
        "al jazeera",
        "cnn",
        "the guardian",
        "the new york times",
        "new york times",
        "the washington post",
        "washington post",
        "the wall street journal",
        "wall street journal",
        "xinhua",
        "anadolu agency",
        "deutsche welle",
        "france 24",
        "voice of america",
        "radio free europe/radio liberty",
        "al-monitor",
        "middle east eye",
        "the independent",
    ),
    "Regional": ("asharq al-awsat", "al arabiya", "the national", "the new arab", "enab baladi"),
    "National": (
        "syrian arab news agency",
        "sana",
        "iraqi news agency",
        "premium times",
        "vanguard",
        "punch",
        "daily trust",
        "the daily star",
        "hurriyet daily news",
        "daily sabah",
    ),
    "Subnational": ("rudaw", "kurdistan 24", "hawar news agency", "north press agency", "deir ezzor 24"),
    "Other": (
        "syrian observatory for human rights",
        "sohr",
        "human rights watch",
        "amnesty international",
        "united nations",
        "un",
        "ocha",
        "unhcr",
        "international crisis group",
        "airwars",
    ),
    "New media": ("twitter", "x", "facebook", "telegram", "youtube"),
}
SCALE_OF = {name: scale for scale, names in SOURCE_SCALES.items() for name in names}


def source_scale(sources: list[str]) -> str:
    """ACLED's combined scale of the sources that have one ('' when none has)."""
    found = {SCALE_OF[key] for key in (" ".join(s.lower().split()) for s in sources) if key in SCALE_OF}
    return "-".join(scale for scale in SCALE_ORDER if scale in found)
