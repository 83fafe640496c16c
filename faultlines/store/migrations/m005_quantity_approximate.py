"""Migration m005: whether a claim's figure is approximate ("about 90", "dozens").

Added as the last column of ``claims``; rows are written in column order
(:func:`faultlines.store.rows.extraction_rows`). Claims stored before it read NULL (unknown).
"""

STATEMENTS = [
    "ALTER TABLE claims ADD COLUMN approximate BOOLEAN",
]
