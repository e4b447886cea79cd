"""The store's tables, opening a store (creating and upgrading its schema), transactions and
the ``meta`` key-value table.

>>> import tempfile
>>> store_dir = tempfile.TemporaryDirectory()
>>> conn = connect(store_dir.name)
>>> with transaction(conn):
...     write_meta(conn, "indexed_generation", generation(conn))
>>> get_meta(conn, "indexed_generation")
'0'
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

DB_NAME = "vanban.sqlite"

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
    offsets_json TEXT NOT NULL,           -- OffsetMap anchors, page starts, reader blocks, ocr
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
    seq INTEGER NOT NULL, section TEXT, role TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL,
    tokens_json TEXT                      -- [[start, end], ...] or [[text, start, end], ...]
);
CREATE INDEX IF NOT EXISTS sentences_doc ON sentences(doc_id);
CREATE TABLE IF NOT EXISTS citations (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    type TEXT, type_code TEXT, number TEXT, number_text TEXT, issuer_code TEXT,
    date TEXT, date_valid INTEGER NOT NULL, issuing_body TEXT, term TEXT, title TEXT,
    short INTEGER NOT NULL, resolved_to INTEGER
);
CREATE INDEX IF NOT EXISTS citations_number ON citations(number);
CREATE INDEX IF NOT EXISTS citations_doc ON citations(doc_id);
CREATE TABLE IF NOT EXISTS dates (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    value TEXT NOT NULL, precision TEXT NOT NULL, valid INTEGER NOT NULL, range_id INTEGER
);
CREATE INDEX IF NOT EXISTS dates_doc ON dates(doc_id);
CREATE TABLE IF NOT EXISTS quantities (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    value REAL NOT NULL, value_max REAL, unit TEXT, qualifier TEXT,
    ambiguous INTEGER NOT NULL, kind TEXT
);
CREATE INDEX IF NOT EXISTS quantities_doc ON quantities(doc_id);
CREATE TABLE IF NOT EXISTS directives (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    section TEXT, role TEXT NOT NULL, status TEXT NOT NULL,
    actor TEXT, action TEXT, object TEXT, deadline TEXT
);
CREATE INDEX IF NOT EXISTS directives_doc ON directives(doc_id);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,               -- also the FAISS id; never reused (see meta passage_id_hwm)
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, section TEXT, heading_path TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    year INTEGER, issuer TEXT, doc_type TEXT, role TEXT, hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id);
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
    ident TEXT PRIMARY KEY,               -- "number@year": party numbers restart each term
    number TEXT NOT NULL,                 -- canonical number
    type TEXT, issuing_body TEXT, date TEXT, title TEXT, term TEXT,
    source TEXT NOT NULL,                 -- where the fact comes from ("store:<path>" for ingested)
    relations_json TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- passage ids deleted since the search indexes last took them out (re-ingest, delete, prune):
-- an index update removes exactly these, without reading the whole store
CREATE TABLE IF NOT EXISTS passages_removed (id INTEGER PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS passages_removed_log AFTER DELETE ON passages
BEGIN INSERT OR IGNORE INTO passages_removed(id) VALUES (old.id); END;
"""

# Columns added after the first schema: (table, column, declaration). Added to old stores on connect.
_ADDED_COLUMNS = (("sentences", "tokens_json", "TEXT"),
                  # relations (PIPELINE_VERSION 0.2.4): what a citation does to the cited document
                  ("citations", "relation", "TEXT"),
                  ("citations", "pinpoint_json", "TEXT"),
                  ("documents", "effective_date", "TEXT"),
                  ("registry", "effective_date", "TEXT"),
                  # passages (PIPELINE_VERSION 0.2.8): the document's type and title, read with each
                  ("passages", "context", "TEXT NOT NULL DEFAULT ''"))

# Tables whose rows belong to one document (deleted with it).
DOCUMENT_TABLES = ("sections", "sentences", "citations", "dates", "quantities", "directives",
                   "passages")

# ``meta`` keys: ``generation`` counts changes to documents/passages; an index built at generation g
# is current while generation == g (the index records g itself, or the flow writes ``indexed_generation``).
GENERATION = "generation"
PASSAGE_HWM = "passage_id_hwm"


def store_path(store_dir: str | Path) -> Path:
    """The database file inside a store directory."""
    return Path(store_dir) / DB_NAME


def connect(store_dir: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) ``STORE_DIR/vanban.sqlite`` in WAL mode with the schema."""
    store_dir = Path(store_dir)
    store_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(store_dir / DB_NAME, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(SCHEMA)
    _add_columns(conn)
    _migrate_registry(conn)
    return conn


def _migrate_registry(conn: sqlite3.Connection) -> None:
    """Stores made before the registry was keyed by number and year: rebuild the table so two
    documents sharing a number in different terms (35-CT/TW of 2014 and of 2019) both fit."""
    if "ident" in {r[1] for r in conn.execute("PRAGMA table_info(registry)")}:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        if "ident" not in {r[1] for r in conn.execute("PRAGMA table_info(registry)")}:
            conn.execute("ALTER TABLE registry RENAME TO registry_v1")
            conn.execute(SCHEMA[SCHEMA.index("CREATE TABLE IF NOT EXISTS registry"):].split(";")[0])
            conn.execute("INSERT INTO registry (ident, number, type, issuing_body, date, title, term,"
                         " source, relations_json) SELECT number || '@' || coalesce(substr(date, 1, 4), ''),"
                         " number, type, issuing_body, date, title, term, source, relations_json"
                         " FROM registry_v1")
            conn.execute("DROP TABLE registry_v1")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _add_columns(conn: sqlite3.Connection) -> None:
    for table, column, decl in _ADDED_COLUMNS:
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if column not in have:
            try:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
                conn.commit()
            except sqlite3.OperationalError as err:  # another connection added it meanwhile
                if "duplicate column" not in str(err):
                    raise


def path_key(path: str | Path) -> str:
    """The key a file is stored under: its resolved absolute path."""
    return str(Path(path).resolve())


class transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (or a savepoint inside a caller's transaction);
    rolled back on any exception so a half-written document never becomes visible."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.nested = conn.in_transaction

    def __enter__(self):
        self.conn.execute("SAVEPOINT vanban_tx" if self.nested else "BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.conn.execute("RELEASE vanban_tx" if self.nested else "COMMIT")
        elif self.nested:
            self.conn.execute("ROLLBACK TO vanban_tx")
            self.conn.execute("RELEASE vanban_tx")
        else:
            self.conn.execute("ROLLBACK")
        return False


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    """One ``meta`` value, None when it was never set."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def write_meta(conn: sqlite3.Connection, key: str, value) -> None:
    """Set one ``meta`` value inside the caller's transaction."""
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, str(value)))


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set one ``meta`` value in its own transaction."""
    with transaction(conn):
        write_meta(conn, key, value)


def meta_int(conn: sqlite3.Connection, key: str) -> int:
    """A counter kept in ``meta`` (0 when never set)."""
    return int(get_meta(conn, key) or 0)


def bump_generation(conn: sqlite3.Connection) -> None:
    """Count one more change to documents or passages (inside the caller's transaction)."""
    write_meta(conn, GENERATION, meta_int(conn, GENERATION) + 1)


def generation(conn: sqlite3.Connection) -> int:
    """A counter that changes whenever documents or passages change (for index staleness)."""
    return meta_int(conn, GENERATION)
