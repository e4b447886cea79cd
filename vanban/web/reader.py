"""What the pages and the API read from one store, with caches that hold while the store's
generation (its count of changes) stays the same."""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from fastapi import HTTPException, Request

from vanban.pipeline import store as store_mod
from vanban.pipeline.model import Document


class StoreReader:
    """Reads one store for the web app; ``findings``, ``relation_facts`` and ``summary`` are
    computed once per store generation."""

    def __init__(self, store_dir: str | Path):
        self.dir = Path(store_dir)
        self._lock = threading.Lock()
        self._gen: int | None = None
        self._findings = None
        self._relation_facts = None
        self._summaries: dict[int, object] = {}
        self._docs: list[store_mod.StoredDocument] = []

    def connect(self) -> sqlite3.Connection:
        return store_mod.connect(self.dir)

    def _fresh(self, conn: sqlite3.Connection) -> None:
        gen = store_mod.generation(conn)
        if gen != self._gen:
            self._gen, self._findings, self._summaries = gen, None, {}
            self._relation_facts = None
            self._docs = store_mod.list_documents(conn)

    def documents(self, conn) -> list[store_mod.StoredDocument]:
        with self._lock:
            self._fresh(conn)
            return self._docs

    def id_by_path(self, conn) -> dict[str, int]:
        return {d.path: d.id for d in self.documents(conn)}

    def doc_by_number(self, conn) -> dict[str, int]:
        from vanban.pipeline.text import loose_number_key
        return {loose_number_key(d.number): d.id for d in self.documents(conn) if d.number}

    def relation_facts(self, conn):
        """(stored documents with their citations, registry), after the registry joins the store."""
        from vanban.pipeline.registry import load_registry, sync_from_store
        with self._lock:
            self._fresh(conn)
            if self._relation_facts is None:
                sync_from_store(conn)
                self._relation_facts = (store_mod.queries.citing_documents(conn), load_registry(conn))
            return self._relation_facts

    def findings(self, conn) -> list:
        from vanban.pipeline.audit import audit
        with self._lock:
            self._fresh(conn)
            if self._findings is None:
                self._findings = audit(conn)
            return self._findings

    def summary(self, conn, doc_id: int, doc=None):
        from vanban.pipeline.summarize import summarize
        with self._lock:
            self._fresh(conn)
            got = self._summaries.get(doc_id)
        if got is None:
            doc = doc or store_mod.load_document(conn, doc_id)
            got = summarize(doc)
            with self._lock:
                self._summaries[doc_id] = got
        return got

    def indexed(self) -> bool:
        from vanban.pipeline.index.build import has_index
        return has_index(self.dir)


def reader(request: Request) -> StoreReader:
    """The app's ``StoreReader`` (a route's dependency)."""
    return request.app.state.store


def load_document(conn: sqlite3.Connection, doc_id: int) -> Document:
    """The stored document, or a 404."""
    try:
        return store_mod.load_document(conn, doc_id)
    except KeyError:
        raise HTTPException(404, f"no document {doc_id}") from None
