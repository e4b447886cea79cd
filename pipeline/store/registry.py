"""The store's ``registry`` table: one row per known document, keyed by number and year.

The rules (which entry wins, how stored documents join) are ``pipeline.registry``'s; this module
only reads and writes rows. Writes run inside the caller's transaction (``with conn:``).

>>> import tempfile
>>> from vanban.pipeline.store.schema import connect
>>> store_dir = tempfile.TemporaryDirectory()
>>> conn = connect(store_dir.name)
>>> with conn:
...     upsert(conn, RegistryEntry("20-NQ/TW", date="2012-11-01", source="registry.csv"))
>>> [(e.number, e.date) for e in entries(conn)]
[('20-NQ/TW', '2012-11-01')]
"""
from __future__ import annotations

import json
import sqlite3

from vanban.pipeline.model import STORE_SOURCE, RegistryEntry
from vanban.pipeline.store.schema import get_meta, write_meta

SEEDED = "registry_seeded"     # ``meta`` key: the CSV the registry was last seeded from


def ident(e: RegistryEntry) -> str:
    """The registry row's key: number and year. Party numbers restart each term, so 35-CT/TW
    of 2014 and 35-CT/TW of 2019 are two rows; the same number and year is one document."""
    return f"{e.number}@{(e.date or '')[:4]}"


def upsert(conn: sqlite3.Connection, e: RegistryEntry) -> None:
    """Add ``e`` or replace the row with its number and year (a dated entry also replaces an
    undated one of the same number)."""
    if e.date:
        conn.execute("DELETE FROM registry WHERE ident = ?", (f"{e.number}@",))
    conn.execute(
        "INSERT INTO registry (ident, number, type, issuing_body, date, title, term, source, relations_json,"
        " effective_date) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(ident) DO UPDATE SET number=excluded.number,"
        " type=excluded.type, issuing_body=excluded.issuing_body, date=excluded.date, title=excluded.title,"
        " term=excluded.term, source=excluded.source, relations_json=excluded.relations_json,"
        " effective_date=excluded.effective_date",
        (ident(e), e.number, e.type, e.issuing_body, e.date, e.title, e.term, e.source,
         json.dumps([list(r) for r in e.relations], ensure_ascii=False), e.effective_date),
    )


def _entry(r: sqlite3.Row) -> RegistryEntry:
    rels = tuple((k, n) for k, n in json.loads(r["relations_json"] or "[]"))
    return RegistryEntry(number=r["number"], type=r["type"], issuing_body=r["issuing_body"],
                         date=r["date"], title=r["title"], term=r["term"], source=r["source"],
                         relations=rels,
                         effective_date=r["effective_date"] if "effective_date" in r.keys() else None)


def entries(conn: sqlite3.Connection) -> list[RegistryEntry]:
    """Every row, by number and date."""
    return [_entry(r) for r in conn.execute("SELECT * FROM registry ORDER BY number, date")]


def numbers_and_dates(conn: sqlite3.Connection) -> list[tuple[str, str | None]]:
    """``(number, date)`` of every row."""
    return [(r["number"], r["date"]) for r in conn.execute("SELECT number, date FROM registry")]


def drop_store_entries(conn: sqlite3.Connection) -> None:
    """Remove the rows that joined from stored documents (source ``store:<path>``)."""
    conn.execute("DELETE FROM registry WHERE source LIKE ?", (STORE_SOURCE + "%",))


def has_own_entries(conn: sqlite3.Connection) -> bool:
    """Whether any row comes from somewhere else than a stored document (the seed, an import,
    ``registry add``)."""
    return conn.execute("SELECT 1 FROM registry WHERE source NOT LIKE ? LIMIT 1",
                        (STORE_SOURCE + "%",)).fetchone() is not None


def is_seeded(conn: sqlite3.Connection) -> bool:
    """Whether the registry was ever seeded from a CSV."""
    return get_meta(conn, SEEDED) is not None


def mark_seeded(conn: sqlite3.Connection, source: str) -> None:
    """Remember the CSV the registry was seeded from (inside the caller's transaction)."""
    write_meta(conn, SEEDED, source)
