"""The reads and writes the search indexes make in the store: passages after an id, passages
removed since the last update, cached embeddings. Named functions, so that ``pipeline.index``
speaks no SQL; each costs what it returns (the index update is O(passages added + removed)).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

CHUNK = 900   # SQLite's bound-parameter limit is 999 on old builds


def top_passage_id(conn: sqlite3.Connection) -> int:
    """The highest passage id now stored (0 for none)."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0])


def passages_after(conn: sqlite3.Connection, after: int, upto: int | None = None,
                   limit: int | None = None) -> list[sqlite3.Row]:
    """``id, heading_path, text, hash, context`` of passages with ``after < id <= upto``, by id
    (ids only grow, so these are the passages added since an index took ``after``)."""
    q = "SELECT id, heading_path, text, hash, coalesce(context, '') AS context FROM passages WHERE id > ?"
    args: list = [after]
    if upto is not None:
        q += " AND id <= ?"
        args.append(upto)
    q += " ORDER BY id"
    if limit is not None:
        q += " LIMIT ?"
        args.append(limit)
    return conn.execute(q, args).fetchall()


def count_passages_after(conn: sqlite3.Connection, after: int) -> int:
    return int(conn.execute("SELECT count(*) FROM passages WHERE id > ?", (after,)).fetchone()[0])


def removed_passage_ids(conn: sqlite3.Connection) -> list[int]:
    """Ids deleted from ``passages`` since ``forget_removed`` last took them."""
    return [r[0] for r in conn.execute("SELECT id FROM passages_removed ORDER BY id")]


def has_removed_passages(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM passages_removed LIMIT 1").fetchone() is not None


def forget_removed(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """The index has taken these deletions out (its meta is written): drop them from the log."""
    ids = list(ids)
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        conn.execute(f"DELETE FROM passages_removed WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    conn.commit()


def passage_ids(conn: sqlite3.Connection) -> list[int]:
    """Every stored passage id, ascending (a full rebuild, and staleness of old index formats)."""
    return [r[0] for r in conn.execute("SELECT id FROM passages ORDER BY id")]


def cached_vectors(conn: sqlite3.Connection, encoder: str, hashes: Iterable[str]) -> Iterator[tuple[str, bytes]]:
    """``(hash, vector bytes)`` from the embedding cache for these passage hashes."""
    hashes = list(dict.fromkeys(hashes))
    for i in range(0, len(hashes), CHUNK):
        chunk = hashes[i:i + CHUNK]
        q = f"SELECT hash, vector FROM embeddings WHERE encoder=? AND hash IN ({','.join('?' * len(chunk))})"
        yield from ((r[0], r[1]) for r in conn.execute(q, [encoder, *chunk]))


def cache_vectors(conn: sqlite3.Connection, encoder: str, rows: Iterable[tuple[str, bytes]]) -> None:
    """Keep ``(hash, vector bytes)`` in the embedding cache (one transaction)."""
    conn.executemany("INSERT OR REPLACE INTO embeddings(hash, encoder, vector) VALUES (?,?,?)",
                     [(h, encoder, v) for h, v in rows])
    conn.commit()
