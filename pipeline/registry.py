"""The registry of known documents: canonical number -> type, issuing body, date, title, term,
relations, and the source of each fact.

The seed is data (``models/registry/registry.csv``); the live registry is the store's
``registry`` table, seeded from the CSV once, extended with ``registry add|import`` and joined
automatically by every document in the store (its own header number and date, source
``store:<path>``). ``Registry`` is the in-memory view the audit and the graph read.

>>> reg = Registry(read_csv(SEED_CSV))
>>> reg.get("20-NQTW").date
'2012-11-01'
"""
from __future__ import annotations

import csv
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import date as _date
from functools import lru_cache
from pathlib import Path

from vanban.pipeline import store
from vanban.pipeline.extract.relations import strongest
from vanban.pipeline.model import STORE_SOURCE, RegistryEntry
from vanban.pipeline.resources import model_file, open_model
from vanban.pipeline.text import loose_number_key, title_key

SEED_CSV = model_file("registry/registry.csv")

CSV_FIELDS = ("number", "type", "issuing_body", "date", "title", "term",
              "replaces", "amends", "guides", "source", "repeals", "implements", "effective_date")
# what a registered document does to others (numbers, ';'-separated in the CSV); the validity of a
# document follows from the amendments, replacements and repeals that name it
RELATIONS = ("replaces", "amends", "guides", "repeals", "implements")


class RegistryError(ValueError):
    """A registry row that cannot be used (no number, no source, a date that is not a date)."""


# --- keys and values ---------------------------------------------------------------------

_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


def parse_date(value: str | None) -> str | None:
    """ISO date from "2012-11-01", "01/11/2012" or "1/11/2012"; None for empty.

    Raises ``RegistryError`` for anything else, or an impossible day (31/02)."""
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    m = _DMY.match(value)
    try:
        if m:
            d, mo, y = (int(x) for x in m.groups())
            return _date(y, mo, d).isoformat()
        return _date.fromisoformat(value).isoformat()
    except ValueError:
        raise RegistryError(f"not a valid date: {value!r}") from None


def entry_from_row(row: dict) -> RegistryEntry:
    """A ``RegistryEntry`` from a CSV row (extra columns ignored, relations split on ';')."""
    number = (row.get("number") or "").strip()
    if not number:
        raise RegistryError("a row without a number")
    source = (row.get("source") or "").strip()
    if not source:
        raise RegistryError(f"{number}: no source for the facts")
    rels: list[tuple[str, str]] = []
    for kind in RELATIONS:
        for other in re.split(r"[;|]", row.get(kind) or ""):
            if other.strip():
                rels.append((kind, other.strip()))
    return RegistryEntry(
        number=number,
        type=(row.get("type") or "").strip() or None,
        issuing_body=(row.get("issuing_body") or "").strip() or None,
        date=parse_date(row.get("date")),
        title=(row.get("title") or "").strip() or None,
        term=(row.get("term") or "").strip() or None,
        source=source,
        relations=tuple(rels),
        effective_date=parse_date(row.get("effective_date")),
    )


def entry_to_row(e: RegistryEntry) -> dict:
    row = {k: (getattr(e, k) or "") for k in ("number", "type", "issuing_body", "date",
                                              "title", "term", "source", "effective_date")}
    for kind in RELATIONS:
        row[kind] = ";".join(n for k, n in e.relations if k == kind)
    return row


def read_csv(path: str | Path) -> list[RegistryEntry]:
    """Entries of a registry CSV (header: ``CSV_FIELDS``; only ``number`` and ``source`` required)."""
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or "number" not in reader.fieldnames:
            raise RegistryError(f"{path}: no 'number' column")
        out = []
        for i, row in enumerate(reader, start=2):
            try:
                out.append(entry_from_row(row))
            except RegistryError as e:
                raise RegistryError(f"{path}:{i}: {e}") from None
    return out


def write_csv(entries, path: str | Path) -> int:
    path = Path(path)
    entries = list(entries)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(CSV_FIELDS))
        w.writeheader()
        for e in entries:
            w.writerow(entry_to_row(e))
    return len(entries)


# --- terms (khóa) ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Term:
    body: str          # "party" | "national_assembly"
    term: str          # "khóa XI"
    start_year: int
    end_year: int


_TERMS: tuple[Term, ...] | None = None


def terms() -> tuple[Term, ...]:
    """The term table (``models/registry/terms.csv``), loaded once."""
    global _TERMS
    if _TERMS is None:
        with open_model("registry/terms.csv") as f:
            _TERMS = tuple(Term(r["body"], r["term"], int(r["start_year"]), int(r["end_year"]))
                           for r in csv.DictReader(f))
    return _TERMS


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(s: str) -> int | None:
    s = s.upper()
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def term_number(term: str | None) -> int | None:
    """13 from "khóa XIII", "khoá 13", "XIII"."""
    if not term:
        return None
    m = re.search(r"([IVXLC]+|\d+)\s*\)?\s*$", unicodedata.normalize("NFC", term).strip(), re.I)
    if not m:
        return None
    tok = m.group(1)
    return int(tok) if tok.isdigit() else roman_to_int(tok)


@lru_cache(maxsize=1024)
def term_years(body: str, term: str | None) -> tuple[int, int] | None:
    """(first, last) year of a term of ``body``: ``term_years("party", "khóa XI") == (2011, 2016)``."""
    n = term_number(term)
    if n is None:
        return None
    for t in terms():
        if t.body == body and term_number(t.term) == n:
            return t.start_year, t.end_year
    return None


def terms_for_year(body: str, year: int) -> list[str]:
    """Terms of ``body`` that cover ``year`` (two in a congress year)."""
    return list(_terms_for_year(body, year))


@lru_cache(maxsize=1024)
def _terms_for_year(body: str, year: int) -> tuple[str, ...]:
    return tuple(t.term for t in terms() if t.body == body and t.start_year <= year <= t.end_year)


# --- the in-memory registry --------------------------------------------------------------

class Registry:
    """Lookup of known documents by number (tolerant key) and by title.

    The store keeps one row per number and year; ``Registry`` can hold several (party numbers restart
    each term), and ``candidates(number)`` returns them all."""

    def __init__(self, entries=()):
        self._by_key: dict[str, list[RegistryEntry]] = {}
        self._by_title: dict[str, list[RegistryEntry]] = {}
        self._entries: list[RegistryEntry] = []
        for e in entries:
            self.add(e)

    def add(self, entry: RegistryEntry) -> None:
        self._entries.append(entry)
        self._by_key.setdefault(loose_number_key(entry.number), []).append(entry)
        if entry.title:
            self._by_title.setdefault(title_key(entry.title), []).append(entry)

    def candidates(self, number: str | None) -> list[RegistryEntry]:
        return list(self._by_key.get(loose_number_key(number), ()))

    def get(self, number: str | None) -> RegistryEntry | None:
        """The entry for ``number``; a hand-entered one wins over one from the store."""
        c = self.candidates(number)
        if not c:
            return None
        return sorted(c, key=lambda e: e.from_store)[0]

    def by_title(self, title: str | None, date: str | None = None) -> RegistryEntry | None:
        """The entry whose title is ``title`` (and, when given, whose date is ``date``).

        Titles alone are ambiguous (three Laws on Science and Technology), so without a date
        only a unique match is returned."""
        k = title_key(title)
        if not k:
            return None
        hits = list(self._by_title.get(k, ()))
        if date:
            hits = [e for e in hits if e.date == date]
        return hits[0] if len(hits) == 1 else None

    def titled(self, title: str | None) -> list[RegistryEntry]:
        """Every entry with this title (compared by ``title_key``)."""
        return list(self._by_title.get(title_key(title), ()))

    def __iter__(self):
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, number: str) -> bool:
        return loose_number_key(number) in self._by_key

    @classmethod
    def seed(cls) -> "Registry":
        """The hand-made seed registry (no store)."""
        return cls(read_csv(SEED_CSV))


# --- the store's registry table ----------------------------------------------------------

def import_csv(conn: sqlite3.Connection, path: str | Path = SEED_CSV) -> int:
    """Add or replace the CSV's entries in the store's registry; returns how many."""
    entries = read_csv(path)
    with conn:
        for e in entries:
            store.registry.upsert(conn, e)
        store.registry.mark_seeded(conn, str(path))
    return len(entries)


def ensure_seeded(conn: sqlite3.Connection) -> None:
    """Seed the registry from ``models/registry/registry.csv`` the first time a store is used,
    or when it holds no entry but the stored documents' own (a single deletion is kept)."""
    if store.registry.is_seeded(conn) and store.registry.has_own_entries(conn):
        return
    import_csv(conn, SEED_CSV)


def add_entry(conn: sqlite3.Connection, entry: RegistryEntry) -> None:
    """Add or replace one entry (``vanban registry add``)."""
    if not entry.source:
        raise RegistryError(f"{entry.number}: no source for the facts")
    ensure_seeded(conn)
    with conn:
        store.registry.upsert(conn, entry)


def list_entries(conn: sqlite3.Connection) -> list[RegistryEntry]:
    ensure_seeded(conn)
    return store.registry.entries(conn)


def export_csv(conn: sqlite3.Connection, path: str | Path) -> int:
    return write_csv(list_entries(conn), path)


def sync_from_store(conn: sqlite3.Connection) -> int:
    """Make every stored document with a header number an entry (source ``store:<path>``), with
    the documents it amends, replaces, repeals, guides or implements as its text says and its
    effective date.

    A hand-entered entry for the same number is kept (its facts have a source; the audit
    compares the header separately); entries of documents no longer stored are dropped.
    Returns how many store entries there are."""
    ensure_seeded(conn)
    docs = [d for d in store.list_documents(conn) if d.number]
    found = document_relations(conn)
    with conn:
        store.registry.drop_store_entries(conn)
        # a hand-entered entry for the same number and year is kept; another year is another document
        manual = {(loose_number_key(number), (date or "")[:4])
                  for number, date in store.registry.numbers_and_dates(conn)}
        n = 0
        for d in docs:
            key = (loose_number_key(d.number), (d.date or "")[:4])
            if key in manual or (loose_number_key(d.number), "") in manual:
                continue
            manual.add(key)
            store.registry.upsert(conn, RegistryEntry(
                number=d.number, type=d.doc_type, issuing_body=d.issuer, date=d.date, title=d.title,
                source=STORE_SOURCE + d.path, relations=tuple(found.get(d.path, ())),
                effective_date=d.effective_date))
            n += 1
    return n


def document_relations(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    """Per stored document path, the ``(relation, cited number)`` pairs its text states (one of
    ``RELATIONS``), the strongest per number ("replaces" over "amends" over "basis"). A repeal or
    replacement of one article ("bãi bỏ khoản 3 Điều 5 Nghị định số ...") is an amendment."""
    per: dict[tuple[str, str], list[str]] = {}
    display: dict[tuple[str, str], str] = {}
    for r in store.queries.stated_relations(conn):
        if loose_number_key(r.own_number) == loose_number_key(r.number):
            continue
        rel = r.relation
        if rel in ("replaces", "repeals") and r.pinpointed:
            rel = "amends"
        key = (r.path, loose_number_key(r.number))
        per.setdefault(key, []).append(rel)
        display.setdefault(key, r.number)
    out: dict[str, list[tuple[str, str]]] = {}
    for (path, k), rels in per.items():
        best = strongest(rels)
        if best in RELATIONS:
            out.setdefault(path, []).append((best, display[(path, k)]))
    return out


def load_registry(conn: sqlite3.Connection) -> Registry:
    """The store's registry (seeded if new) as a ``Registry``."""
    return Registry(list_entries(conn))
