"""Migration m004: which inputs each run has finished, so a killed run resumes where it stopped.

One row per input (a file, or a record ``path#n`` of a JSONL/CSV/JSON file), written in the same
transaction as the results it settles. ``outcome`` is ``stored`` (a document was written, with or
without failures), ``failed`` (the input could not be read), ``duplicate`` (same text as another
document) or ``unchanged`` (already stored by this pipeline version). ``runs.options`` records
how the run was started (``force``, the engine) so ``--resume`` can start it the same way.
"""

STATEMENTS = [
    """CREATE TABLE run_documents (
        run_id VARCHAR NOT NULL, source VARCHAR NOT NULL, doc_id VARCHAR, outcome VARCHAR NOT NULL,
        finished_at TIMESTAMP DEFAULT current_timestamp, PRIMARY KEY (run_id, source))""",
    "ALTER TABLE runs ADD COLUMN options JSON",
]
