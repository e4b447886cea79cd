"""SQLite store (WAL): documents and everything extracted from them.

Schema is the contract between the pipeline, the flows, search, audit and the web app.
One document = one row in ``documents`` keyed by ``path``; re-storing the same sha256 and
pipeline version changes nothing, a changed file replaces all its rows in one transaction.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    format TEXT NOT NULL,
    doc_type TEXT, issuer TEXT, parent_issuer TEXT, number TEXT, date TEXT, year INTEGER,
    place TEXT, title TEXT, signer TEXT, signer_title TEXT,
    metadata_json TEXT NOT NULL,          -- full Metadata as JSON (recipients, inferred ...)
    text TEXT NOT NULL,                   -- normalised text; all offsets index into it
    source_text TEXT NOT NULL,
    offsets_json TEXT NOT NULL,           -- OffsetMap anchors and page starts
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS sections (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sid TEXT NOT NULL, heading TEXT NOT NULL, level INTEGER NOT NULL, kind TEXT NOT NULL,
    label TEXT NOT NULL, parent TEXT, role TEXT,
    start INTEGER NOT NULL, end INTEGER NOT NULL, heading_end INTEGER NOT NULL,
    PRIMARY KEY (doc_id, sid)
);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, section TEXT, role TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS citations (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    type TEXT, type_code TEXT, number TEXT, number_text TEXT, issuer_code TEXT,
    date TEXT, date_valid INTEGER NOT NULL, issuing_body TEXT, term TEXT, title TEXT,
    short INTEGER NOT NULL, resolved_to INTEGER
);
CREATE INDEX IF NOT EXISTS citations_number ON citations(number);
CREATE TABLE IF NOT EXISTS dates (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    value TEXT NOT NULL, precision TEXT NOT NULL, valid INTEGER NOT NULL, range_id INTEGER
);
CREATE TABLE IF NOT EXISTS quantities (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    value REAL NOT NULL, value_max REAL, unit TEXT, qualifier TEXT,
    ambiguous INTEGER NOT NULL, kind TEXT
);
CREATE TABLE IF NOT EXISTS directives (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    section TEXT, role TEXT NOT NULL, status TEXT NOT NULL,
    actor TEXT, action TEXT, object TEXT, deadline TEXT
);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,               -- also the FAISS id
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, section TEXT, heading_path TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    year INTEGER, issuer TEXT, doc_type TEXT, role TEXT, hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS embeddings (     -- cache by passage hash, survives re-ingest
    hash TEXT NOT NULL, encoder TEXT NOT NULL, vector BLOB NOT NULL,
    PRIMARY KEY (hash, encoder)
);
CREATE TABLE IF NOT EXISTS failures (
    path TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (path)
);
CREATE TABLE IF NOT EXISTS registry (
    number TEXT PRIMARY KEY,              -- canonical number
    type TEXT, issuing_body TEXT, date TEXT, title TEXT, term TEXT,
    source TEXT NOT NULL,                 -- where the fact comes from ("store:<path>" for ingested)
    relations_json TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def connect(store_dir: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) ``STORE_DIR/vanban.sqlite`` in WAL mode with the schema."""
    store_dir = Path(store_dir)
    store_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(store_dir / "vanban.sqlite", timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(SCHEMA)
    return conn
