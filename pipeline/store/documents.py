"""Documents in the store: saving one analysed document with its passages (all or nothing),
loading it back field for field, deleting, pruning, the failures table and row counts.

One document = one row in ``documents`` keyed by ``path``; re-storing the same sha256 and
pipeline version changes nothing, a changed file replaces all its rows in one transaction.

>>> import tempfile
>>> from vanban.pipeline.analyze import analyze
>>> from vanban.pipeline.store.schema import connect
>>> store_dir = tempfile.TemporaryDirectory()
>>> conn = connect(store_dir.name)
>>> doc = analyze("corpora/2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt")
>>> doc_id = save_document(conn, doc)
>>> save_document(conn, doc) == doc_id            # the same file again changes nothing
True
>>> load_document(conn, doc_id).metadata.issuer
'Huyện ủy Bảo Lâm'
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

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
from vanban.pipeline.store.schema import (
    PASSAGE_HWM,
    bump_generation,
    meta_int,
    path_key,
    transaction,
    write_meta,
)


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
    effective_date: str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    stage: str
    reason: str
    at: str


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
    with transaction(conn):
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
        bump_generation(conn)
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
    if top > meta_int(conn, PASSAGE_HWM):
        write_meta(conn, PASSAGE_HWM, top)


def _insert_passages(conn, doc_id: int, passages: Iterable[Passage]) -> None:
    # Passage ids are FAISS ids: take them above every id ever given, so a deleted passage's
    # id never comes back naming another text.
    top = conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
    next_id = max(top, meta_int(conn, PASSAGE_HWM)) + 1
    first = next_id
    for seq, p in enumerate(passages):
        conn.execute(
            "INSERT INTO passages (id, doc_id, seq, section, heading_path, start, end, text, year,"
            " issuer, doc_type, role, hash, context) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (next_id, doc_id, seq, p.section, p.heading_path, p.start, p.end, p.text, p.year,
             p.issuer, p.doc_type, p.role, p.hash, p.context))
        next_id += 1
    if next_id != first:
        write_meta(conn, PASSAGE_HWM, next_id - 1)


def delete_document(conn: sqlite3.Connection, path: str | Path) -> bool:
    """Remove a document and all its rows; True if it was stored."""
    key = path_key(path)
    with transaction(conn):
        _keep_passage_hwm(conn)
        gone = conn.execute("DELETE FROM documents WHERE path = ?", (key,)).rowcount > 0
        if gone:
            bump_generation(conn)
    return gone


def prune_missing(conn: sqlite3.Connection) -> list[str]:
    """Delete documents (and failure records) whose files no longer exist; return their paths."""
    gone = [r[0] for r in conn.execute("SELECT path FROM documents ORDER BY path")
            if not Path(r[0]).exists()]
    for path in gone:
        delete_document(conn, path)
    stale = [r[0] for r in conn.execute("SELECT path FROM failures") if not Path(r[0]).exists()]
    if stale:
        with transaction(conn):
            conn.executemany("DELETE FROM failures WHERE path = ?", [(p,) for p in stale])
    return gone


def record_failure(conn: sqlite3.Connection, path: str | Path, stage: str, reason: str) -> None:
    """Remember that ``path`` failed at ``stage`` (one row per path, the latest wins)."""
    with transaction(conn):
        conn.execute("INSERT INTO failures (path, stage, reason) VALUES (?, ?, ?) "
                     "ON CONFLICT(path) DO UPDATE SET stage = excluded.stage, "
                     "reason = excluded.reason, at = datetime('now')",
                     (path_key(path), stage, reason))


def clear_failure(conn: sqlite3.Connection, path: str | Path) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM failures WHERE path = ?", (path_key(path),))


# --- reading -------------------------------------------------------------------------------

def list_failures(conn: sqlite3.Connection) -> list[Failure]:
    return [Failure(r["path"], r["stage"], r["reason"], r["at"])
            for r in conn.execute("SELECT * FROM failures ORDER BY path")]


def list_documents(conn: sqlite3.Connection) -> list[StoredDocument]:
    """Every stored document, by id, without its text."""
    return [StoredDocument(r["id"], r["path"], r["sha256"], r["pipeline_version"], r["format"],
                           r["doc_type"], r["issuer"], r["number"], r["date"], r["year"],
                           r["title"], r["ingested_at"], r["effective_date"])
            for r in conn.execute(
                "SELECT id, path, sha256, pipeline_version, format, doc_type, issuer, number, date,"
                " year, title, ingested_at, effective_date FROM documents ORDER BY id")]


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
                              doc_type=p["doc_type"], role=p["role"], hash=p["hash"],
                              context=p["context"] or ""))
            for p in conn.execute("SELECT * FROM passages WHERE doc_id = ? ORDER BY seq",
                                  (r["id"],))]


COUNTED = ("documents", "sections", "sentences", "passages", "citations", "dates", "quantities",
           "directives", "failures", "embeddings")


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table: documents, sections, sentences, passages, citations, dates, quantities,
    directives, failures, embeddings."""
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
