"""Read queries over stored documents for the citation graph, the lineage, the audit, the web
app and the CLI: each one named for what it answers, each returning data classes or plain
values, never rows.

>>> import tempfile
>>> from vanban.pipeline.analyze import analyze
>>> from vanban.pipeline.store.documents import save_document
>>> from vanban.pipeline.store.schema import connect
>>> store_dir = tempfile.TemporaryDirectory()
>>> conn = connect(store_dir.name)
>>> _ = save_document(conn, analyze("corpora/2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt"))
>>> doc = citing_documents(conn)[0]
>>> first = doc.citations[0]
>>> first.number, first.text
('20-NQ/TW', 'Nghị quyết số 20-NQ/TW ngày 01/11/2012')
>>> text_slice(conn, doc.id, *enclosing_sentence(conn, doc.id, first.start, first.end))[:60]
'CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết số 20-NQ/TW ngày'
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vanban.pipeline.model import Citation, CitingDocument
from vanban.pipeline.store.documents import citation_from_row

# SQLite's default limit on the parameters of one statement is 999.
_MAX_IDS = 900


def citing_documents(conn: sqlite3.Connection, *, with_text: bool = False,
                     ids: Sequence[int] | None = None) -> list[CitingDocument]:
    """Every stored document (or those with ``ids``) with its header number, date and
    citations, by id; ``with_text`` adds the normalised text."""
    wanted = set(ids) if ids is not None else None
    among, args = "", ()   # a filter on the id column, when the ids fit in one statement
    if ids is not None and len(ids) <= _MAX_IDS:
        among, args = f" IN ({','.join('?' * len(ids))})", tuple(ids)
    cits: dict[int, list[Citation]] = defaultdict(list)
    for c in conn.execute("SELECT * FROM citations" + (" WHERE doc_id" + among if among else "")
                          + " ORDER BY doc_id, seq", args):
        cits[c["doc_id"]].append(citation_from_row(c))
    articles: dict[int, set[str]] = defaultdict(set)
    for r in conn.execute("SELECT doc_id, label FROM sections WHERE kind = 'article'"
                          + (" AND doc_id" + among if among else ""), args):
        if r["label"]:
            articles[r["doc_id"]].add(r["label"].casefold())
    cols = "id, path, number, date, year, doc_type, title, issuer, effective_date" + (", text" if with_text else "")
    rows = conn.execute(f"SELECT {cols} FROM documents" + (" WHERE id" + among if among else "")
                        + " ORDER BY id", args)
    return [CitingDocument(path=r["path"], number=r["number"], date=r["date"], year=r["year"],
                           citations=tuple(cits.get(r["id"], ())),
                           text=r["text"] if with_text else "", type=r["doc_type"],
                           title=r["title"], issuer=r["issuer"], effective_date=r["effective_date"],
                           articles=frozenset(articles.get(r["id"], ())), id=r["id"])
            for r in rows if wanted is None or r["id"] in wanted]


def citation_numbers(conn: sqlite3.Connection) -> list[tuple[int, str | None, bool]]:
    """``(document id, number as extracted, short)`` of every stored citation."""
    return [(r[0], r[1], bool(r[2])) for r in conn.execute("SELECT doc_id, number, short FROM citations")]


def enclosing_sentence(conn: sqlite3.Connection, doc_id: int, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of the shortest sentence of a document holding ``start``-``end``."""
    row = conn.execute("SELECT start, end FROM sentences WHERE doc_id = ? AND start <= ? AND end >= ?"
                       " ORDER BY end - start LIMIT 1", (doc_id, start, end)).fetchone()
    return (row[0], row[1]) if row else None


def text_slice(conn: sqlite3.Connection, doc_id: int, start: int, end: int) -> str:
    """``text[start:end]`` of a stored document, without loading the rest of it."""
    row = conn.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                       (start + 1, end - start, doc_id)).fetchone()
    return (row[0] if row else None) or ""


def document_texts(conn: sqlite3.Connection, paths: Iterable[str]) -> dict[str, str]:
    """The normalised text of each stored path (paths not stored are left out)."""
    out = {}
    for p in paths:
        row = conn.execute("SELECT text FROM documents WHERE path = ?", (p,)).fetchone()
        if row:
            out[p] = row[0]
    return out


@dataclass(frozen=True, slots=True)
class StatedRelation:
    """A citation whose text says what the citing document does to the cited one."""
    path: str                  # the citing document
    own_number: str | None     # its header number
    number: str                # the cited number
    relation: str              # not "mentions"
    pinpointed: bool           # to one article, clause or point ("bãi bỏ khoản 3 Điều 5 ...")


def stated_relations(conn: sqlite3.Connection) -> list[StatedRelation]:
    """Every stored citation with a number and a relation other than "mentions", by document
    id and order in the text."""
    cols = {r[1] for r in conn.execute("PRAGMA table_info(citations)")}
    if "relation" not in cols:
        return []
    return [StatedRelation(r["path"], r["own"], r["number"], r["relation"], bool(r["pinpoint_json"]))
            for r in conn.execute(
                "SELECT d.path, d.number AS own, c.number, c.relation, c.pinpoint_json FROM citations c"
                " JOIN documents d ON d.id = c.doc_id WHERE c.number IS NOT NULL"
                " AND coalesce(c.relation, 'mentions') != 'mentions' ORDER BY d.id, c.seq")]
