"""SQLite store (WAL): documents and everything extracted from them.

Schema is the contract between the pipeline, the flows, search, audit and the web app.
One document = one row in ``documents`` keyed by ``path``; re-storing the same sha256 and
pipeline version changes nothing, a changed file replaces all its rows in one transaction.

>>> conn = connect(".vanban")                       # doctest: +SKIP
>>> doc_id = save_document(conn, doc, passages)     # doctest: +SKIP
>>> load_document(conn, doc_id).metadata.issuer     # doctest: +SKIP
'Huyện ủy Bảo Lâm'
"""
from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from vanban.pipeline.errors import StoreBusy

from vanban.pipeline.model import (
    PIPELINE_VERSION,
    Block,
    Citation,
    DateMention,
    Directive,
    Document,
    Metadata,
    OffsetMap,
    Passage,
    Pinpoint,
    Quantity,
    Section,
    Sentence,
    Token,
)

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
"""

# Columns added after the first schema: (table, column, declaration). Added to old stores on connect.
_ADDED_COLUMNS = (("sentences", "tokens_json", "TEXT"),
                  # relations (PIPELINE_VERSION 0.2.4): what a citation does to the cited document
                  ("citations", "relation", "TEXT"),
                  ("citations", "pinpoint_json", "TEXT"),
                  ("documents", "effective_date", "TEXT"),
                  ("registry", "effective_date", "TEXT"))

# Tables whose rows belong to one document (deleted with it).
DOCUMENT_TABLES = ("sections", "sentences", "citations", "dates", "quantities", "directives",
                   "passages")

# ``meta`` keys: ``generation`` counts changes to documents/passages; an index built at generation g
# is current while generation == g (the index records g itself, or the flow writes ``indexed_generation``).
GENERATION = "generation"
PASSAGE_HWM = "passage_id_hwm"


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """One row of ``list_documents``: what is stored, without the text."""
    id: int
    path: str
    sha256: str
    pipeline_version: str
    format: str
    doc_type: str | None
    issuer: str | None
    number: str | None
    date: str | None
    year: int | None
    title: str | None
    ingested_at: str


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    stage: str
    reason: str
    at: str


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


class _transaction:
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


def _meta_int(conn: sqlite3.Connection, key: str) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row else 0


def _set_meta(conn: sqlite3.Connection, key: str, value) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, str(value)))


def _bump_generation(conn: sqlite3.Connection) -> None:
    _set_meta(conn, GENERATION, _meta_int(conn, GENERATION) + 1)


def generation(conn: sqlite3.Connection) -> int:
    """A counter that changes whenever documents or passages change (for index staleness)."""
    return _meta_int(conn, GENERATION)


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set one ``meta`` value in its own transaction."""
    with _transaction(conn):
        _set_meta(conn, key, value)


# --- writing -------------------------------------------------------------------------------

def document_state(conn: sqlite3.Connection, path: str | Path) -> tuple[str, str] | None:
    """``(sha256, pipeline_version)`` stored for ``path``, or None if it is not stored."""
    row = conn.execute("SELECT sha256, pipeline_version FROM documents WHERE path = ?",
                       (path_key(path),)).fetchone()
    return (row[0], row[1]) if row else None


def save_document(conn: sqlite3.Connection, doc: Document, passages: Sequence[Passage] = (), *,
                  force: bool = False) -> int:
    """Store one analysed document and its passages in one transaction; return its id.

    Keyed by the resolved ``doc.path``. The same sha256 and ``PIPELINE_VERSION`` already stored:
    nothing changes (passage ids stay, so the vector index stays valid). Otherwise every old row
    of the document goes and the new ones come in, all or nothing; the document keeps its id,
    its passages get new ids (never reused ones). ``force`` replaces even an unchanged document.
    """
    key = path_key(doc.path)
    with _transaction(conn):
        row = conn.execute("SELECT id, sha256, pipeline_version FROM documents WHERE path = ?",
                           (key,)).fetchone()
        if row and row[1] == doc.sha256 and row[2] == PIPELINE_VERSION and not force:
            conn.execute("DELETE FROM failures WHERE path = ?", (key,))
            return row[0]
        old_id = row[0] if row else None
        if old_id is not None:
            _keep_passage_hwm(conn)
            # Deleting the row cascades to every table that references documents, including
            # ones other modules add; the id is kept for the new row.
            conn.execute("DELETE FROM documents WHERE id = ?", (old_id,))
        doc_id = _insert_document(conn, key, doc, old_id)
        _insert_children(conn, doc_id, doc)
        _insert_passages(conn, doc_id, passages)
        conn.execute("DELETE FROM failures WHERE path = ?", (key,))
        _bump_generation(conn)
    return doc_id


def _insert_document(conn, key: str, doc: Document, doc_id: int | None) -> int:
    m = doc.metadata
    offsets = {
        "norm_starts": list(doc.offsets.norm_starts),
        "src_starts": list(doc.offsets.src_starts),
        "pages": list(doc.pages),
        "blocks": [[b.kind, b.start, b.end, b.level] for b in doc.blocks],
        "ocr": doc.ocr,
    }
    cur = conn.execute(
        "INSERT INTO documents (id, path, sha256, pipeline_version, format, doc_type, issuer,"
        " parent_issuer, number, date, year, place, title, signer, signer_title, metadata_json,"
        " text, source_text, offsets_json, effective_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (doc_id, key, doc.sha256, PIPELINE_VERSION, doc.format, m.doc_type, m.issuer,
         m.parent_issuer, m.number, m.date, m.year, m.place, m.title, m.signer, m.signer_title,
         json.dumps(asdict(m), ensure_ascii=False), doc.text, doc.source_text,
         json.dumps(offsets), m.effective_date),
    )
    return cur.lastrowid if doc_id is None else doc_id


def _tokens_json(doc: Document, s: Sentence) -> str | None:
    if not s.tokens:
        return None
    # Compact form when every token is the slice of the text it spans.
    if all(doc.text[t.start:t.end] == t.text for t in s.tokens):
        return json.dumps([[t.start, t.end] for t in s.tokens])
    return json.dumps([[t.text, t.start, t.end] for t in s.tokens], ensure_ascii=False)


def _insert_children(conn, doc_id: int, doc: Document) -> None:
    seen: set[str] = set()
    rows = []
    for s in doc.sections:
        sid = s.id
        n = 2
        while sid in seen:  # the primary key needs unique ids; keep a duplicate rather than fail
            sid, n = f"{s.id}~{n}", n + 1
        seen.add(sid)
        rows.append((doc_id, sid, s.heading, s.level, s.kind, s.label, s.parent, s.role,
                     s.start, s.end, s.heading_end))
    conn.executemany("INSERT INTO sections (doc_id, sid, heading, level, kind, label, parent, role,"
                     " start, end, heading_end) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany(
        "INSERT INTO sentences (doc_id, seq, section, role, start, end, tokens_json)"
        " VALUES (?,?,?,?,?,?,?)",
        [(doc_id, i, s.section, s.role, s.start, s.end, _tokens_json(doc, s))
         for i, s in enumerate(doc.sentences)])
    conn.executemany(
        "INSERT INTO citations (doc_id, seq, text, start, end, type, type_code, number, number_text,"
        " issuer_code, date, date_valid, issuing_body, term, title, short, resolved_to, relation,"
        " pinpoint_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(doc_id, i, c.text, c.start, c.end, c.type, c.type_code, c.number, c.number_text,
          c.issuer_code, c.date, int(c.date_valid), c.issuing_body, c.term, c.title, int(c.short),
          c.resolved_to, c.relation, pinpoint_json(c.pinpoint)) for i, c in enumerate(doc.citations)])
    conn.executemany(
        "INSERT INTO dates (doc_id, text, start, end, value, precision, valid, range_id)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [(doc_id, d.text, d.start, d.end, d.value, d.precision, int(d.valid), d.range_id)
         for d in doc.dates])
    conn.executemany(
        "INSERT INTO quantities (doc_id, text, start, end, value, value_max, unit, qualifier,"
        " ambiguous, kind) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(doc_id, q.text, q.start, q.end, q.value, q.value_max, q.unit, q.qualifier,
          int(q.ambiguous), q.kind) for q in doc.quantities])
    conn.executemany(
        "INSERT INTO directives (doc_id, text, start, end, section, role, status, actor, action,"
        " object, deadline) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(doc_id, d.text, d.start, d.end, d.section, d.role, d.status, d.actor, d.action,
          d.object, d.deadline) for d in doc.directives])


def pinpoint_json(p: Pinpoint | None) -> str | None:
    return json.dumps(asdict(p), ensure_ascii=False) if p is not None else None


def citation_from_row(c: sqlite3.Row) -> Citation:
    """A stored ``citations`` row as a ``Citation`` (rows stored before relations: "mentions")."""
    keys = c.keys()
    pin = c["pinpoint_json"] if "pinpoint_json" in keys else None
    return Citation(text=c["text"], start=c["start"], end=c["end"], type=c["type"],
                    type_code=c["type_code"], number=c["number"], number_text=c["number_text"],
                    issuer_code=c["issuer_code"], date=c["date"], date_valid=bool(c["date_valid"]),
                    issuing_body=c["issuing_body"], term=c["term"], title=c["title"],
                    short=bool(c["short"]), resolved_to=c["resolved_to"],
                    relation=(c["relation"] if "relation" in keys else None) or "mentions",
                    pinpoint=Pinpoint(**json.loads(pin)) if pin else None)


def _keep_passage_hwm(conn) -> None:
    """Remember the highest passage id before rows are deleted, so it is never given again."""
    top = conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
    if top > _meta_int(conn, PASSAGE_HWM):
        _set_meta(conn, PASSAGE_HWM, top)


def _insert_passages(conn, doc_id: int, passages: Iterable[Passage]) -> None:
    # Passage ids are FAISS ids: take them above every id ever given, so a deleted passage's
    # id never comes back naming another text.
    top = conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
    next_id = max(top, _meta_int(conn, PASSAGE_HWM)) + 1
    first = next_id
    for seq, p in enumerate(passages):
        conn.execute(
            "INSERT INTO passages (id, doc_id, seq, section, heading_path, start, end, text, year,"
            " issuer, doc_type, role, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (next_id, doc_id, seq, p.section, p.heading_path, p.start, p.end, p.text, p.year,
             p.issuer, p.doc_type, p.role, p.hash))
        next_id += 1
    if next_id != first:
        _set_meta(conn, PASSAGE_HWM, next_id - 1)


def delete_document(conn: sqlite3.Connection, path: str | Path) -> bool:
    """Remove a document and all its rows; True if it was stored."""
    key = path_key(path)
    with _transaction(conn):
        _keep_passage_hwm(conn)
        gone = conn.execute("DELETE FROM documents WHERE path = ?", (key,)).rowcount > 0
        if gone:
            _bump_generation(conn)
    return gone


def prune_missing(conn: sqlite3.Connection) -> list[str]:
    """Delete documents (and failure records) whose files no longer exist; return their paths."""
    gone = [r[0] for r in conn.execute("SELECT path FROM documents ORDER BY path")
            if not Path(r[0]).exists()]
    for path in gone:
        delete_document(conn, path)
    stale = [r[0] for r in conn.execute("SELECT path FROM failures") if not Path(r[0]).exists()]
    if stale:
        with _transaction(conn):
            conn.executemany("DELETE FROM failures WHERE path = ?", [(p,) for p in stale])
    return gone


def record_failure(conn: sqlite3.Connection, path: str | Path, stage: str, reason: str) -> None:
    """Remember that ``path`` failed at ``stage`` (one row per path, the latest wins)."""
    with _transaction(conn):
        conn.execute("INSERT INTO failures (path, stage, reason) VALUES (?, ?, ?) "
                     "ON CONFLICT(path) DO UPDATE SET stage = excluded.stage, "
                     "reason = excluded.reason, at = datetime('now')",
                     (path_key(path), stage, reason))


def clear_failure(conn: sqlite3.Connection, path: str | Path) -> None:
    with _transaction(conn):
        conn.execute("DELETE FROM failures WHERE path = ?", (path_key(path),))


# --- reading -------------------------------------------------------------------------------

def list_failures(conn: sqlite3.Connection) -> list[Failure]:
    return [Failure(r["path"], r["stage"], r["reason"], r["at"])
            for r in conn.execute("SELECT * FROM failures ORDER BY path")]


def list_documents(conn: sqlite3.Connection) -> list[StoredDocument]:
    """Every stored document, by id, without its text."""
    return [StoredDocument(r["id"], r["path"], r["sha256"], r["pipeline_version"], r["format"],
                           r["doc_type"], r["issuer"], r["number"], r["date"], r["year"],
                           r["title"], r["ingested_at"])
            for r in conn.execute(
                "SELECT id, path, sha256, pipeline_version, format, doc_type, issuer, number, date,"
                " year, title, ingested_at FROM documents ORDER BY id")]


def _doc_row(conn: sqlite3.Connection, path_or_id: str | Path | int) -> sqlite3.Row:
    if isinstance(path_or_id, int):
        row = conn.execute("SELECT * FROM documents WHERE id = ?", (path_or_id,)).fetchone()
    else:
        row = conn.execute("SELECT * FROM documents WHERE path = ?",
                           (path_key(path_or_id),)).fetchone()
    if row is None:
        raise KeyError(f"no stored document {path_or_id!r}")
    return row


def _metadata(data: dict) -> Metadata:
    data = {k: v for k, v in data.items() if k in Metadata.__slots__}
    for k in ("recipients", "inferred"):
        data[k] = tuple(data.get(k) or ())
    return Metadata(**data)


def load_document(conn: sqlite3.Connection, path_or_id: str | Path | int) -> Document:
    """The stored ``Document`` for a path or id, every field as it was saved.

    Raises ``KeyError`` if it is not stored.
    """
    r = _doc_row(conn, path_or_id)
    doc_id = r["id"]
    text = r["text"]
    off = json.loads(r["offsets_json"])

    def tokens(raw: str | None) -> tuple[Token, ...]:
        if not raw:
            return ()
        return tuple(Token(text[t[0]:t[1]], t[0], t[1]) if len(t) == 2 else Token(t[0], t[1], t[2])
                     for t in json.loads(raw))

    q = lambda sql: conn.execute(sql, (doc_id,)).fetchall()  # noqa: E731
    return Document(
        path=r["path"], sha256=r["sha256"], format=r["format"], text=text,
        source_text=r["source_text"],
        offsets=OffsetMap(tuple(off.get("norm_starts", (0,))), tuple(off.get("src_starts", (0,)))),
        pages=tuple(off.get("pages", ())),
        blocks=tuple(Block(k, s, e, lv) for k, s, e, lv in off.get("blocks", ())),
        metadata=_metadata(json.loads(r["metadata_json"])),
        sections=tuple(
            Section(id=s["sid"], heading=s["heading"], level=s["level"], start=s["start"],
                    end=s["end"], heading_end=s["heading_end"], kind=s["kind"], label=s["label"],
                    parent=s["parent"], role=s["role"])
            for s in q("SELECT * FROM sections WHERE doc_id = ? ORDER BY rowid")),
        sentences=tuple(
            Sentence(s["start"], s["end"], s["section"], tokens(s["tokens_json"]), s["role"])
            for s in q("SELECT * FROM sentences WHERE doc_id = ? ORDER BY seq")),
        citations=tuple(citation_from_row(c)
                        for c in q("SELECT * FROM citations WHERE doc_id = ? ORDER BY seq")),
        dates=tuple(
            DateMention(d["text"], d["start"], d["end"], d["value"], d["precision"],
                        bool(d["valid"]), d["range_id"])
            for d in q("SELECT * FROM dates WHERE doc_id = ? ORDER BY id")),
        quantities=tuple(
            Quantity(text=x["text"], start=x["start"], end=x["end"], value=x["value"],
                     value_max=x["value_max"], unit=x["unit"], qualifier=x["qualifier"],
                     ambiguous=bool(x["ambiguous"]), kind=x["kind"])
            for x in q("SELECT * FROM quantities WHERE doc_id = ? ORDER BY id")),
        directives=tuple(
            Directive(text=d["text"], start=d["start"], end=d["end"], section=d["section"],
                      role=d["role"], status=d["status"], actor=d["actor"], action=d["action"],
                      object=d["object"], deadline=d["deadline"])
            for d in q("SELECT * FROM directives WHERE doc_id = ? ORDER BY id")),
        ocr=bool(off.get("ocr", False)),
    )


def load_passages(conn: sqlite3.Connection, path_or_id: str | Path | int) -> list[tuple[int, Passage]]:
    """``(passage id, Passage)`` of one document, in order."""
    r = _doc_row(conn, path_or_id)
    return [(p["id"], Passage(doc_path=r["path"], section=p["section"],
                              heading_path=p["heading_path"], start=p["start"], end=p["end"],
                              text=p["text"], year=p["year"], issuer=p["issuer"],
                              doc_type=p["doc_type"], role=p["role"], hash=p["hash"]))
            for p in conn.execute("SELECT * FROM passages WHERE doc_id = ? ORDER BY seq",
                                  (r["id"],))]


COUNTED = ("documents", "sections", "sentences", "passages", "citations", "dates", "quantities",
           "directives", "failures", "embeddings")


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table: documents, sections, sentences, passages, citations, dates, quantities,
    directives, failures, embeddings."""
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


# --- one writer per store ------------------------------------------------------------------
# SQLite keeps each transaction whole, but two runs interleaving their documents, passage ids
# and index builds do not make one consistent store. Writers take an OS lock on a file in the
# store (fcntl.flock): it dies with the process that holds it, so a crashed run leaves no stale
# lock. Readers (search, serve, stats) never take it.

LOCK_NAME = "vanban.lock"

_held: dict[str, list] = {}          # lock file -> [fd, depth]: re-entrant within one process
_held_guard = threading.Lock()


@dataclass(frozen=True, slots=True)
class LockHolder:
    pid: int
    command: str
    started: str                      # ISO time, local

    def describe(self) -> str:
        at = datetime.fromisoformat(self.started)
        when = at.strftime("%H:%M") if at.date() == datetime.now().date() else at.strftime("%Y-%m-%d %H:%M")
        return f"pid {self.pid} ({self.command}, started {when})"


def lock_holder(store_dir: str | Path) -> LockHolder | None:
    """Who holds the store's writer lock, as it wrote itself down (None: nobody, or unknown)."""
    try:
        data = json.loads((Path(store_dir) / LOCK_NAME).read_text(encoding="utf-8") or "null")
        return LockHolder(int(data["pid"]), str(data["command"]), str(data["started"])) if data else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


@contextmanager
def writer_lock(store_dir: str | Path, command: str, wait: bool | float = False,
                on_wait: Callable[[str], None] | None = None):
    """Hold the store's writer lock for the ``with`` block; re-entrant within this process.

    Busy: raise ``StoreBusy`` naming the holder ("being written by pid 4242 (vanban ingest,
    started 21:40)"), or with ``wait`` (True, or seconds) wait for it, telling ``on_wait`` once.
    """
    folder = Path(store_dir).resolve()
    key = str(folder / LOCK_NAME)
    with _held_guard:
        if key in _held:
            _held[key][1] += 1
            fd = None
        else:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(key, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    if fd is None:
        try:
            yield
        finally:
            with _held_guard:
                _held[key][1] -= 1
        return
    try:
        _acquire(fd, folder, store_dir, wait, on_wait)
    except BaseException:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps({"pid": os.getpid(), "command": command,
                              "started": datetime.now().isoformat(timespec="seconds")}).encode(), 0)
    with _held_guard:
        _held[key] = [fd, 1]
    try:
        yield
    finally:
        with _held_guard:
            _held[key][1] -= 1
            last = _held[key][1] == 0
            if last:
                del _held[key]
        if last:
            os.ftruncate(fd, 0)  # the file stays: deleting it would let two runs lock two files
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def _acquire(fd: int, folder: Path, store_dir, wait: bool | float, on_wait) -> None:
    deadline = None if wait is True else time.monotonic() + float(wait or 0)
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        holder = lock_holder(folder)
        who = holder.describe() if holder else "another process"
        if deadline is not None and time.monotonic() >= deadline:
            raise StoreBusy(str(store_dir), f"store is being written by {who}; wait for it or "
                                            "use another --store")
        if on_wait is not None and not told:
            on_wait(f"store {store_dir} is being written by {who}; waiting for it to finish ...")
            told = True
        time.sleep(0.25)
