"""Migration m001: the first schema (documents and everything extracted from them)."""

STATEMENTS = [
    """CREATE TABLE documents (
        doc_id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, text_hash VARCHAR NOT NULL,
        title VARCHAR, outlet VARCHAR, author VARCHAR, url VARCHAR,
        published DATE, published_from VARCHAR, language VARCHAR, chars INTEGER,
        input_format VARCHAR, text VARCHAR NOT NULL, boilerplate JSON,
        pipeline_version VARCHAR, run_id VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp)""",
    "CREATE INDEX documents_text_hash ON documents (text_hash)",
    """CREATE TABLE entities (
        doc_id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR,
        label VARCHAR, actor_id VARCHAR)""",
    """CREATE TABLE actors (
        actor_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, inter INTEGER, country VARCHAR)""",
    """CREATE TABLE document_actors (
        doc_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, aliases_seen JSON, factions JSON)""",
    """CREATE TABLE places (
        doc_id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR,
        geonameid BIGINT, name VARCHAR, lat DOUBLE, lon DOUBLE, country_code VARCHAR,
        admin1 VARCHAR, feature_code VARCHAR, precision INTEGER, score DOUBLE)""",
    """CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL,
        event_type VARCHAR, sub_event_type VARCHAR, kind VARCHAR, modality VARCHAR,
        intra_group BOOLEAN, actor1 VARCHAR, actor1_id VARCHAR, actor1_faction VARCHAR,
        inter1 INTEGER, actor2 VARCHAR, actor2_id VARCHAR, actor2_faction VARCHAR, inter2 INTEGER,
        location VARCHAR, latitude DOUBLE, longitude DOUBLE, country_code VARCHAR, admin1 VARCHAR,
        geo_precision INTEGER, date_start DATE, date_end DATE, time_precision INTEGER,
        date_text VARCHAR, fatalities INTEGER, fatalities_low INTEGER, fatalities_high INTEGER,
        confidence DOUBLE, record JSON NOT NULL)""",
    "CREATE INDEX events_doc ON events (doc_id)",
    """CREATE TABLE event_evidence (
        event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, text VARCHAR)""",
    """CREATE TABLE claims (
        claim_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER,
        text VARCHAR, value DOUBLE, low DOUBLE, high DOUBLE, unit VARCHAR, what VARCHAR,
        attribution JSON)""",
    """CREATE TABLE failures (
        failure_id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, doc_id VARCHAR, stage VARCHAR,
        code VARCHAR NOT NULL, message VARCHAR NOT NULL, run_id VARCHAR,
        first_seen TIMESTAMP DEFAULT current_timestamp, last_seen TIMESTAMP DEFAULT current_timestamp)""",
    """CREATE TABLE duplicates (
        source VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, duplicate_of VARCHAR NOT NULL,
        run_id VARCHAR)""",
    """CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY, command VARCHAR, paths JSON, settings JSON,
        started_at TIMESTAMP DEFAULT current_timestamp, finished_at TIMESTAMP,
        status VARCHAR, documents INTEGER DEFAULT 0, events INTEGER DEFAULT 0,
        failures INTEGER DEFAULT 0, duplicates INTEGER DEFAULT 0, unchanged INTEGER DEFAULT 0)""",
]
