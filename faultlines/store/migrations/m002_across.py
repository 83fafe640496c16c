"""Migration m002: what spans documents (canonical events, stories, contradictions).

Written by :func:`faultlines.across.update.update_across`, which replaces these tables as a
whole from the per-document tables, so they can always be rebuilt.
"""

STATEMENTS = [
    """CREATE TABLE canonical_events (
        canonical_id VARCHAR PRIMARY KEY, event_type VARCHAR, sub_event_type VARCHAR, kind VARCHAR,
        modality VARCHAR, intra_group BOOLEAN, actor1 VARCHAR, actor1_id VARCHAR, actor1_faction VARCHAR,
        actor2 VARCHAR, actor2_id VARCHAR, actor2_faction VARCHAR, location VARCHAR, latitude DOUBLE,
        longitude DOUBLE, country_code VARCHAR, admin1 VARCHAR, geo_precision INTEGER, date_start DATE,
        date_end DATE, time_precision INTEGER, fatalities INTEGER, fatalities_low INTEGER,
        fatalities_high INTEGER, reports INTEGER, documents INTEGER, record JSON NOT NULL)""",
    """CREATE TABLE canonical_members (
        event_id VARCHAR PRIMARY KEY, canonical_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,
        score DOUBLE, reason VARCHAR)""",
    "CREATE INDEX canonical_members_canonical ON canonical_members (canonical_id)",
    """CREATE TABLE stories (
        story_id VARCHAR PRIMARY KEY, title VARCHAR, period_start DATE, period_end DATE,
        documents INTEGER, record JSON NOT NULL)""",
    """CREATE TABLE story_documents (
        doc_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL)""",
    "CREATE INDEX story_documents_story ON story_documents (story_id)",
    """CREATE TABLE contradictions (
        contradiction_id VARCHAR PRIMARY KEY, subject VARCHAR NOT NULL, subject_id VARCHAR NOT NULL,
        field VARCHAR NOT NULL, canonical_value JSON, rule VARCHAR, record JSON NOT NULL)""",
    "CREATE INDEX contradictions_subject ON contradictions (subject_id)",
    "CREATE TABLE across_state (key VARCHAR PRIMARY KEY, value VARCHAR)",
]
