"""Migration m007: which process runs a run (``host`` and ``pid``), so a run whose process was
killed (``kill -9``, a power cut) shows as ``interrupted`` instead of ``running`` forever.

Runs stored before it read NULL (unknown process): they show as they were recorded.
"""

STATEMENTS = [
    "ALTER TABLE runs ADD COLUMN host VARCHAR",
    "ALTER TABLE runs ADD COLUMN pid INTEGER",
]
