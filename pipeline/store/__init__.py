"""The SQLite (WAL) store: documents and everything extracted from them. The only place that
speaks SQL: every other module calls the named functions here.

- ``schema``: the tables, ``connect`` (creating and upgrading a store), transactions, ``meta``.
- ``documents``: save, load, delete and prune documents; the failures table; row counts.
- ``registry``: the ``registry`` table of known documents.
- ``queries``: the read queries of the citation graph, lineage, audit, web app and CLI.
- ``search``: the read queries of search (hit rows, filters, number lookups, items in passages).
- ``index``: what the incremental indexes read and log (new and removed passages, embedding cache).
- ``lock``: one writer per store.

The schema is the contract between the pipeline, the flows, search, audit and the web app.

>>> import tempfile
>>> from vanban.pipeline.analyze import analyze
>>> store_dir = tempfile.TemporaryDirectory()
>>> conn = connect(store_dir.name)
>>> doc_id = save_document(conn, analyze("corpora/2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt"))
>>> load_document(conn, doc_id).metadata.number
'35-CTr/HU'
"""
from vanban.pipeline.store import queries, registry
from vanban.pipeline.store.documents import (
    COUNTED,
    Failure,
    StoredDocument,
    citation_from_row,
    clear_failure,
    counts,
    delete_document,
    document_state,
    list_documents,
    list_failures,
    load_document,
    load_passages,
    pinpoint_json,
    prune_missing,
    record_failure,
    save_document,
)
from vanban.pipeline.store.lock import LOCK_NAME, LockHolder, lock_holder, writer_lock
from vanban.pipeline.store.schema import (
    DB_NAME,
    DOCUMENT_TABLES,
    GENERATION,
    PASSAGE_HWM,
    SCHEMA,
    connect,
    generation,
    get_meta,
    path_key,
    set_meta,
    store_path,
    transaction,
)

__all__ = [
    "COUNTED", "DB_NAME", "DOCUMENT_TABLES", "GENERATION", "LOCK_NAME", "PASSAGE_HWM", "SCHEMA",
    "Failure", "LockHolder", "StoredDocument", "citation_from_row", "clear_failure", "connect",
    "counts", "delete_document", "document_state", "generation", "get_meta", "list_documents",
    "list_failures", "load_document", "load_passages", "lock_holder", "path_key", "pinpoint_json",
    "prune_missing", "queries", "record_failure", "registry", "save_document", "set_meta",
    "store_path", "transaction", "writer_lock",
]
