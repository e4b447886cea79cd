"""The ingestion flow: ``pipeline.ingest``'s run with each step a Prefect task.

Thin by design: the tasks call the library's functions (``discover``, ``plan``,
``pipeline.workers``, ``build_index``) and the flow hands them to ``pipeline.ingest.run``, which
plans, stores each batch in order and decides on the index; only the orchestration is Prefect's.
Files go to tasks in batches so Prefect's per-task cost stays small; inside a batch the CPU work
runs in worker processes (``pipeline.workers.WorkerPool`` by default, the Dask workers with
``dask=``), each file under a time and a memory limit. The flow alone writes the store, holding
its writer lock (see ``pipeline.ingest`` for what a run guarantees).

Without ``PREFECT_API_URL``, ``ingest`` starts Prefect's temporary server for the run and stops
it when the run ends or is interrupted.

>>> report = ingest(["corpora"], ".vanban")     # doctest: +SKIP
>>> report.summary()                           # doctest: +SKIP
'13 stored, 0 unchanged, 0 failed'
"""
from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import replace
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

from vanban.pipeline import ingest as library  # noqa: E402
from vanban.pipeline import store  # noqa: E402
from vanban.pipeline.ingest import STOP_SIGNALS, IngestReport, Interrupted, NoProgress, Plan, Progress  # noqa: E402
from vanban.pipeline.read.limits import MAX_FILE_MB  # noqa: E402
from vanban.pipeline.workers import WORKER_MEMORY_MB, FileOutcome, Limits, PoolClosed, WorkerPool, process_files  # noqa: E402

# What shows the run's progress (set by ``ingest``; the tasks and the flow only call it).
_progress: Progress = NoProgress()

# The worker pool batches use under the default runner (one per flow run). Workers start from
# a forkserver: a clean process, not a fork of one running Prefect's threads.
_pool: WorkerPool | None = None


# --- tasks ---------------------------------------------------------------------------------

@task(name="discover", cache_policy=NO_CACHE, persist_result=False)
def discover_task(paths: list[str]) -> list[str]:
    return library.discover(paths)


@task(name="plan", cache_policy=NO_CACHE, persist_result=False, retries=2, retry_delay_seconds=1)
def plan_task(store_dir: str, files: list[str]) -> Plan:
    """Hash each file and compare with the store: to analyse, unchanged, unreadable."""
    return library.plan(store_dir, files)


@task(name="analyze-batch", cache_policy=NO_CACHE, persist_result=False, retries=2,
      retry_delay_seconds=1, tags=["cpu"])
def analyze_batch(paths: list[str], in_process: bool,
                  max_file_mb: float = MAX_FILE_MB) -> list[FileOutcome]:
    """Analyse a batch of files: in this process (a Dask worker, or ``workers=0``: only the
    size limit applies), or on the flow's worker pool (time and memory limits per file)."""
    try:
        if in_process:
            outcomes = process_files(paths, max_file_mb)
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


@task(name="index", cache_policy=NO_CACHE, persist_result=False, retries=1, retry_delay_seconds=2)
def index_task(store_dir: str, encoder: str | None, dense: bool = True) -> dict:
    """Take added and deleted passages into the lexical index (searchable at once) and, with
    ``dense``, embed the passages not embedded yet (from the cache where it can)."""
    return library.build_index(store_dir, encoder, progress=_progress.embedded, dense=dense)


@task(name="embed-batch", cache_policy=NO_CACHE, persist_result=False, retries=1,
      retry_delay_seconds=1, tags=["cpu"])
def embed_batch(encoder: str, texts: list[str]):
    """Encode one batch of passages where the task runs (a Dask worker loads the encoder once)."""
    from vanban.pipeline.index.embed import get_encoder

    return get_encoder(encoder).encode_passages(texts)


def _encode_on_runner(encoder: str, batches: list[list[str]]) -> list:
    """The batches of one chunk as ``embed-batch`` tasks on the flow's task runner, all
    submitted before any result is awaited, so every worker has one."""
    futures = [embed_batch.submit(encoder, texts) for texts in batches]
    return [f.result() for f in futures]


def _index_on_dask(store_dir: str, encoder: str | None, dense: bool = True) -> dict:
    """The index update run by the flow itself: lexical here, the embedding batches on the
    Dask workers (an update in one task could not spread its batches over them)."""
    return library.build_index(store_dir, encoder, progress=_progress.embedded, dense=dense,
                               encode_batches=_encode_on_runner)


class _TaskAnalysis:
    """Batches as ``analyze-batch`` tasks on the flow's task runner: on the flow's worker pool,
    or inline where they run (Dask workers, ``workers=0``)."""

    def __init__(self, workers: int, limits: Limits, in_process: bool):
        global _pool
        self.limits, self.in_process = limits, in_process
        if not in_process:
            _pool = WorkerPool(workers, limits)

    def submit(self, batch: list[str]):
        return analyze_batch.submit(batch, self.in_process, self.limits.max_file_mb)

    def close(self) -> None:
        global _pool
        if _pool is not None:
            _pool.close()
            _pool = None


# --- the flow ------------------------------------------------------------------------------

@flow(name="ingest", log_prints=False, validate_parameters=False, persist_result=False)
def ingest_flow(paths: list[str], store_dir: str, workers: int = 2, dask: str | None = None,
                encoder: str | None = None, index: bool = True, force: bool = False,
                file_timeout: float | None = None, max_file_mb: float = MAX_FILE_MB,
                worker_memory_mb: int = WORKER_MEMORY_MB, wait: bool = False, embed: bool = True):
    """Ingest files and folders into the store at ``store_dir`` and refresh its index (lexical;
    with ``embed`` the dense one too).
    ``force``: analyse and replace every file, even unchanged ones. Per file: at most
    ``file_timeout`` seconds (None: scaled by size), ``max_file_mb`` of input, and
    ``worker_memory_mb`` for its worker. ``wait``: when another run is writing the store, wait
    for it instead of failing."""
    log = get_run_logger()
    limits = Limits(file_timeout, max_file_mb, worker_memory_mb)
    # Batches run inline only on Dask workers; elsewhere (a deployment run with the default
    # runner) a ``dask`` parameter is ignored and the process pool does the work.
    runner = type(FlowRunContext.get().task_runner).__name__
    on_dask = dask is not None and runner == "DaskTaskRunner"
    if dask is not None and not on_dask:
        log.warning("dask=%r given but the flow runs on %s: using worker processes", dask, runner)
    in_process = on_dask or workers <= 0
    steps = library.Steps(analysis=lambda: _TaskAnalysis(workers, limits, in_process),
                          index=_index_on_dask if on_dask else index_task,
                          discover=discover_task, plan=plan_task)
    with store.writer_lock(store_dir, "ingest flow", wait=wait, on_wait=log.warning):
        report = library.run(paths, store_dir, steps, workers=workers, encoder=encoder, index=index,
                             embed=embed, force=force, progress=_progress, log=log,
                             runner="dask" if on_dask else ("inline" if workers <= 0 else "processes"))
    return Completed(message=report.summary(), data=report)


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


@contextmanager
def _signals_held():
    """Hold SIGINT, SIGTERM and SIGHUP while a cleanup runs; a second Ctrl-C then arrives after
    it, not in the middle of it."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, *STOP_SIGNALS}
    signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


def ingest(paths: Iterable[str | Path], store_dir: str | Path = ".vanban", workers: int | None = None,
           dask: str | None = None, encoder: str | None = None, progress: Progress | None = None,
           index: bool = True, force: bool = False, *, embed: bool = True, file_timeout: float | None = None,
           max_file_mb: float = MAX_FILE_MB, worker_memory_mb: int = WORKER_MEMORY_MB,
           wait: bool | float = False, on_wait: Callable[[str], None] | None = None) -> IngestReport:
    """Run the ingestion flow and return its report (what ``vanban ingest`` calls).

    The arguments are ``pipeline.ingest.ingest``'s, plus ``dask``: ``"local"`` for a local Dask
    cluster of ``workers`` processes, or a scheduler address ``"tcp://host:8786"`` (size limit
    only). SIGTERM, SIGHUP and Ctrl-C also stop the temporary Prefect server. Without
    ``PREFECT_API_URL`` Prefect runs in its local ephemeral mode.
    """
    global _progress
    if workers is None:
        workers = os.cpu_count() or 1
    store_dir = str(Path(store_dir).resolve())
    paths = [str(p) for p in paths]
    library.discover(paths)  # a missing path fails here, before Prefect starts
    fl = ingest_flow.with_options(task_runner=_task_runner(workers, dask))
    _progress = progress or NoProgress()
    try:
        with library.stop_signals_raise(), store.writer_lock(store_dir, "vanban ingest", wait, on_wait):
            with _prefect_api():
                state = fl(paths, store_dir, workers, dask, encoder, index, force, file_timeout,
                           max_file_mb, worker_memory_mb, embed=embed, return_state=True)
    except TerminationSignal as err:  # Prefect's own SIGTERM handler, while the flow runs
        raise Interrupted(err.signal) from None
    finally:
        _progress = NoProgress()
    report: IngestReport = state.result()
    return replace(report, flow_run_id=str(state.state_details.flow_run_id))
