"""Migration m008: the event mentions a document's extraction held back, with why (JSON).

Added as the last column of ``documents``; rows are written in column order
(:func:`faultlines.store.rows.document_row`). Documents stored before it read NULL (not known:
extracted before mentions were held back).
"""

STATEMENTS = [
    "ALTER TABLE documents ADD COLUMN held_back JSON",
]
