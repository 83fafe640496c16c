"""Migration m003: analyst review (reviewed values, audit trail) and the workbench's accounts.

``reviews`` holds one row per reviewed event: its status and the values the reviewer stands
behind, in the same typed columns as ``events`` (a copy of the extracted values, with the edits
applied) plus the reviewed contract record. Reading code overlays these on ``events``
(:mod:`faultlines.store.review`), so exports and the API show what a person checked.
``review_audit`` keeps every change (who, when, before, after); rows are only ever added.
"""

STATEMENTS = [
    """CREATE TABLE reviews (
        event_id VARCHAR PRIMARY KEY, status VARCHAR NOT NULL, reason VARCHAR,
        reviewer VARCHAR NOT NULL, reviewed_at TIMESTAMP NOT NULL,
        event_type VARCHAR, sub_event_type VARCHAR, kind VARCHAR, modality VARCHAR,
        intra_group BOOLEAN, actor1 VARCHAR, actor1_id VARCHAR, actor1_faction VARCHAR,
        actor2 VARCHAR, actor2_id VARCHAR, actor2_faction VARCHAR,
        location VARCHAR, latitude DOUBLE, longitude DOUBLE, country_code VARCHAR, admin1 VARCHAR,
        geo_precision INTEGER, date_start DATE, date_end DATE, time_precision INTEGER, date_text VARCHAR,
        fatalities INTEGER, fatalities_low INTEGER, fatalities_high INTEGER, record JSON)""",
    """CREATE TABLE review_audit (
        audit_id VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL, reviewer VARCHAR NOT NULL,
        changed_at TIMESTAMP NOT NULL, action VARCHAR NOT NULL, reason VARCHAR, before JSON, after JSON)""",
    "CREATE INDEX review_audit_event ON review_audit (event_id)",
    """CREATE TABLE users (
        username VARCHAR PRIMARY KEY, password_hash VARCHAR NOT NULL, role VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE user_sessions (
        token_hash VARCHAR PRIMARY KEY, username VARCHAR NOT NULL, csrf_token VARCHAR NOT NULL,
        created_at TIMESTAMP NOT NULL, expires_at TIMESTAMP NOT NULL)""",
]
