"""The read queries of search: passage rows for hits, the filters' passage ids, the documents
and citations a number query looks up, and the directives or figures inside passages."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

_ROW_SQL = """SELECT p.id, p.section, p.heading_path, p.start, p.end, p.text, p.doc_id,
       coalesce(p.year, d.year) AS year, coalesce(p.issuer, d.issuer) AS issuer,
       coalesce(p.doc_type, d.doc_type) AS doc_type, d.path, d.title, d.number
FROM passages p JOIN documents d ON d.id = p.doc_id WHERE p.id IN ({})"""

# what a passage may be found within: a table of items with doc_id and start
ITEM_TABLES = ("directives", "quantities")


def passage_rows(conn: sqlite3.Connection, ids: list[int]) -> dict[int, sqlite3.Row]:
    """id -> the passage with its document's path, title, number and inherited metadata."""
    out = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        for r in conn.execute(_ROW_SQL.format(",".join("?" * len(chunk))), chunk):
            out[r["id"]] = r
    return out


def passage_years(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """(passage id, year or -1), by id; a passage without a year takes its document's."""
    return conn.execute("SELECT p.id, coalesce(p.year, d.year, -1) FROM passages p "
                        "JOIN documents d ON d.id = p.doc_id ORDER BY p.id").fetchall()


def filtered_passage_ids(conn: sqlite3.Connection, *, year_from: int | None = None, year_to: int | None = None,
                         issuer_like: str | None = None, type_like: str | None = None,
                         doc_ids: Iterable[int] | None = None) -> list[int]:
    """Passage ids whose (inherited) year, folded issuer and folded type pass; the LIKE patterns
    compare with ``fold_lower``, which the caller's connection defines."""
    where, args = ["1"], []
    if year_from is not None:
        where.append("coalesce(p.year, d.year) >= ?")
        args.append(year_from)
    if year_to is not None:
        where.append("coalesce(p.year, d.year) <= ?")
        args.append(year_to)
    if issuer_like:
        where.append("(fold_lower(coalesce(p.issuer, d.issuer)) LIKE ? OR fold_lower(d.parent_issuer) LIKE ?)")
        args += [issuer_like, issuer_like]
    if type_like:
        where.append("fold_lower(coalesce(p.doc_type, d.doc_type)) LIKE ?")
        args.append(type_like)
    if doc_ids is not None:
        where.append(f"p.doc_id IN ({','.join(str(int(d)) for d in doc_ids)})")
    q = "SELECT p.id FROM passages p JOIN documents d ON d.id = p.doc_id WHERE " + " AND ".join(where)
    return sorted(r[0] for r in conn.execute(q, args))


def cited_numbers(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(citing document id, cited number), each pair once."""
    return conn.execute("SELECT DISTINCT doc_id, number FROM citations WHERE number IS NOT NULL").fetchall()


def numbered_documents(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return conn.execute("SELECT id, number FROM documents WHERE number IS NOT NULL").fetchall()


def citations_with_numbers(conn: sqlite3.Connection) -> list[tuple[int, int, int, str]]:
    """(document id, start, end, number) of every numbered citation, in reading order."""
    return conn.execute("SELECT c.doc_id, c.start, c.end, c.number FROM citations c "
                        "WHERE c.number IS NOT NULL ORDER BY c.doc_id, c.start").fetchall()


def first_passage(conn: sqlite3.Connection, doc_id: int) -> int | None:
    row = conn.execute("SELECT id FROM passages WHERE doc_id=? ORDER BY seq LIMIT 1", (doc_id,)).fetchone()
    return row[0] if row else None


def passage_at(conn: sqlite3.Connection, doc_id: int, offset: int) -> int | None:
    """The passage holding ``offset``, else the first one after it."""
    row = conn.execute("SELECT id FROM passages WHERE doc_id=? AND start<=? AND end>? ORDER BY start LIMIT 1",
                       (doc_id, offset, offset)).fetchone()
    if row is None:
        row = conn.execute("SELECT id FROM passages WHERE doc_id=? AND start>=? ORDER BY start LIMIT 1",
                           (doc_id, offset)).fetchone()
    return row[0] if row else None


def passages_with_items(conn: sqlite3.Connection, table: str) -> list[int]:
    """Ids of the passages that hold at least one row of ``table`` (directives or quantities)."""
    if table not in ITEM_TABLES:
        raise ValueError(f"no item table {table!r}")
    return sorted(r[0] for r in conn.execute(
        f"SELECT DISTINCT p.id FROM passages p JOIN {table} x ON x.doc_id = p.doc_id "
        "AND x.start >= p.start AND x.start < p.end"))


def items_between(conn: sqlite3.Connection, table: str, doc_id: int, start: int, end: int) -> list[sqlite3.Row]:
    if table not in ITEM_TABLES:
        raise ValueError(f"no item table {table!r}")
    return conn.execute(f"SELECT * FROM {table} WHERE doc_id=? AND start>=? AND start<? ORDER BY start",
                        (doc_id, start, end)).fetchall()


def sentence_at(conn: sqlite3.Connection, doc_id: int, offset: int) -> tuple[int, int] | None:
    row = conn.execute("SELECT start, end FROM sentences WHERE doc_id=? AND start<=? AND end>? LIMIT 1",
                       (doc_id, offset, offset)).fetchone()
    return (row[0], row[1]) if row else None
