"""Analysing files in worker processes, one file at a time, each under a time and a memory limit.

``process_file(path)`` is what a worker runs for one file: read -> normalize -> structure ->
segment -> extract -> passages, each stage timed, any exception turned into a ``FileOutcome``
that names the stage and the reason, so one bad file never stops a batch.

A worker is a long-lived process, warmed once (word segmenter and patterns loaded), that runs
``process_file`` on each path it is sent and writes the stage it is in (read, normalize,
structure ...) to a few bytes of shared memory. The parent waits for each result with a
deadline and samples the worker's memory: a file over its time or memory limit has its worker
killed and fails with the stage and the limit ("timed out after 120 s in structure"); a worker
that dies by itself (a native abort, the kernel's OOM killer) fails only the file it was on. A
fresh worker then goes on with the rest of the batch, so no other file is lost or blamed.

In-process alarms cannot stop native code (a C regex, underthesea's Rust parts): a separate
process is the only place a limit can be enforced.

>>> with WorkerPool(2, Limits(file_timeout=60)) as pool:   # doctest: +SKIP
...     outcomes = pool.run(["a.txt", "b.pdf"])
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import resource
import signal
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from vanban.pipeline.errors import VanbanError
from vanban.pipeline.model import Document, Passage, RawDocument, Token
from vanban.pipeline.read.limits import MAX_FILE_MB, MB

STAGES = ("read", "normalize", "structure", "segment", "extract", "passages")


# --- what analysing one file gives -----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What analysing one file gave: the document and its passages, or the stage that failed."""
    path: str
    document: Document | None = None
    passages: tuple[Passage, ...] = ()
    stage: str | None = None           # where it failed
    reason: str | None = None
    seconds: tuple[tuple[str, float], ...] = field(default=())   # (stage, seconds) in order
    cpu_seconds: float = 0.0           # CPU time this process spent on the file

    @property
    def ok(self) -> bool:
        return self.document is not None

    def __reduce__(self):
        # Outcomes travel from worker processes by pickle; thousands of frozen Token objects
        # pickle ~10x slower than the same data as plain tuples, so tokens travel as tuples.
        if self.document is None:
            return (FileOutcome, (self.path, None, self.passages, self.stage, self.reason,
                                  self.seconds, self.cpu_seconds))
        doc = self.document
        tokens = tuple(tuple((t.text, t.start, t.end) for t in s.tokens) for s in doc.sentences)
        bare = replace(doc, sentences=tuple(replace(s, tokens=()) if s.tokens else s
                                            for s in doc.sentences))
        return (_unpack_outcome, (self.path, bare, tokens, self.passages, self.stage, self.reason,
                                  self.seconds, self.cpu_seconds))


def _unpack_outcome(path, bare, tokens, passages, stage, reason, seconds, cpu) -> FileOutcome:
    sentences = tuple(replace(s, tokens=tuple(Token(*t) for t in ts)) if ts else s
                      for s, ts in zip(bare.sentences, tokens))
    return FileOutcome(path, replace(bare, sentences=sentences), passages, stage, reason, seconds,
                       cpu)



# --- one file ----------------------------------------------------------------------------

def _steps():
    """The pipeline's steps, in order (imported when a worker first needs them: a worker
    process starts light and loads its models in ``warm_up``)."""
    from vanban.pipeline.analyze import extract_all
    from vanban.pipeline.index.passages import make_passages
    from vanban.pipeline.normalize import normalize
    from vanban.pipeline.read import read_document
    from vanban.pipeline.segment import segment
    from vanban.pipeline.structure import structure

    return read_document, normalize, structure, segment, extract_all, make_passages


_STEPS = None


def _loaded_steps():
    global _STEPS
    if _STEPS is None:
        _STEPS = _steps()
    return _STEPS


def process_file(path: str, max_mb: float = MAX_FILE_MB,
                 on_stage: Callable[[str], None] | None = None,
                 passages: bool = True) -> FileOutcome:
    """Read, normalise, structure, segment and extract one file, then cut its passages
    (``passages=False``: not).

    A file over ``max_mb`` megabytes is refused unread. ``on_stage(stage)`` is called as each
    stage starts (a worker writes it where its parent can see it). Never raises: a failure
    comes back as ``FileOutcome(stage=..., reason=...)``.
    """
    read_document, normalize, structure, segment, extract_all, make_passages = _loaded_steps()
    seconds: list[tuple[str, float]] = []
    stage = "read"
    cpu0 = time.process_time()

    def run(name: str, step, value):
        nonlocal stage
        stage = name
        if on_stage is not None:
            on_stage(name)
        t = time.perf_counter()
        out = step(value)
        seconds.append((name, time.perf_counter() - t))
        return out

    def failed(reason: str) -> FileOutcome:
        return FileOutcome(path, stage=stage, reason=reason, seconds=tuple(seconds),
                           cpu_seconds=time.process_time() - cpu0)

    try:
        doc = run("read", lambda p: read_document(Path(p), max_mb=max_mb), path)
        for name, step in (("normalize", normalize), ("structure", structure),
                           ("segment", segment), ("extract", extract_all)):
            doc = run(name, step, doc)
        cut = tuple(run("passages", make_passages, doc)) if passages else ()
    except VanbanError as err:
        return failed(err.reason)
    except MemoryError:  # the worker's address-space cap: this file only
        return failed(f"ran out of memory in {stage} (over the worker's limit; raise --worker-memory-mb)")
    except Exception as err:  # any bug or bad input fails this file only
        return failed(f"{type(err).__name__}: {err}".strip().splitlines()[0][:300])
    return FileOutcome(path, doc, cut, seconds=tuple(seconds),
                       cpu_seconds=time.process_time() - cpu0)


def process_files(paths: Iterable[str], max_mb: float = MAX_FILE_MB) -> list[FileOutcome]:
    """``process_file`` on each path in this process, in order (no time or memory limit)."""
    return [process_file(p, max_mb) for p in paths]


_WARM_UP_TEXT = ("ỦY BAN NHÂN DÂN\nBÁO CÁO\nKết quả thực hiện Nghị quyết số 20-NQ/TW ngày "
                 "01/11/2012\nI. KẾT QUẢ\n1. Đã tổ chức 12 lớp tập huấn cho 500 lượt người.\n"
                 "II. NHIỆM VỤ\nCác phòng, ban phải báo cáo trước ngày 30/6/2023.\n")


def warm_up() -> None:
    """Load the pipeline's steps and their models (word segmenter, patterns) once, by analysing
    a few lines, so that the first real file is not slow."""
    _, normalize, *steps = _loaded_steps()
    try:
        doc = normalize(RawDocument(path="warm-up.txt", format="txt", text=_WARM_UP_TEXT,
                                    sha256="0" * 64, encoding="utf-8"))
        for step in steps:
            doc = step(doc)
    except Exception:  # a broken step shows up on the first real file, with its path
        pass


def _exit_with_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def die_with_parent() -> None:
    """A worker whose parent was killed (kill -9) must not linger, burning CPU: the kernel
    kills it at once where it can (Linux), and a watch thread checks every second anyway."""
    parent = os.getppid()
    try:
        import ctypes
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()



# --- the pool ----------------------------------------------------------------------------

# Time a file may take: a base plus a share per megabyte, generous against the ~150 KB/s one core
# analyses when idle (a 10 MB report gets 360 s; it took 120 s on a busy 2-core machine).
BASE_TIMEOUT_S = 60.0
TIMEOUT_S_PER_MB = 30.0
# Memory a worker may hold of its own, its loaded models included: two workers, the flow and
# the Prefect server stay under 4 GB together.
WORKER_MEMORY_MB = 1200
# How often the parent samples a busy worker's memory (the address-space cap in the worker
# catches faster spikes).
TICK_S = 0.2
# A worker gets this long to start and load its models.
START_TIMEOUT_S = 180.0

STAGE_NAMES = ("start", *STAGES)


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-file limits: ``file_timeout`` seconds (None: scaled by the file's size),
    ``max_file_mb`` of input (refused before reading; 0: none), ``memory_mb`` per worker."""
    file_timeout: float | None = None
    max_file_mb: float = MAX_FILE_MB
    memory_mb: int = WORKER_MEMORY_MB

    def timeout_for(self, size: int) -> float:
        """Seconds a file of ``size`` bytes may take."""
        if self.file_timeout is not None:
            return self.file_timeout
        return BASE_TIMEOUT_S + TIMEOUT_S_PER_MB * size / MB


class PoolClosed(RuntimeError):
    """The pool was closed (the run was interrupted) while a batch was waiting or running."""


class _WorkerLost(Exception):
    """The worker was gone before it got the file: the file is not to blame."""


# --- the worker's side -----------------------------------------------------------------------

def _cap_address_space(memory_mb: int) -> None:
    """Let this process map at most ``memory_mb`` more than it maps now: a runaway allocation
    then fails here with MemoryError (or aborts this process), never the machine."""
    try:
        with open("/proc/self/statm") as f:
            mapped = int(f.read().split()[0]) * resource.getpagesize()
    except OSError:  # not Linux: the parent's sampling of resident memory still applies
        return
    cap = mapped + memory_mb * MB
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _serve(conn, state, limits: Limits, warm: bool) -> None:
    """A worker's life: warm up, cap memory, then analyse each path received until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a worker stops
    die_with_parent()
    if warm:
        warm_up()
    _cap_address_space(limits.memory_mb)

    def on_stage(stage: str) -> None:
        state[0] = STAGE_NAMES.index(stage)

    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        path, passages = job
        state[0] = 0
        outcome = process_file(path, max_mb=limits.max_file_mb, on_stage=on_stage,
                                    passages=passages)
        try:
            conn.send(outcome)
        except MemoryError:
            conn.send(FileOutcome(path, stage="send", reason="ran out of memory sending the result"))


# --- the parent's side -----------------------------------------------------------------------

class Worker:
    """One worker process and the parent's end of its pipe and stage slot."""

    def __init__(self, ctx, limits: Limits, warm: bool = True):
        self.limits = limits
        self.state = ctx.RawArray("b", 1)
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, self.state, limits, warm),
                                name="vanban-worker", daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.broken = False

    def _wait_ready(self) -> None:
        if self.ready:
            return
        if not self.conn.poll(START_TIMEOUT_S):
            self.kill()
            raise RuntimeError(f"worker process did not start within {START_TIMEOUT_S:.0f} s")
        try:
            self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise RuntimeError(f"worker process died while starting (exit {self.proc.exitcode})")
        self.ready = True

    @property
    def stage(self) -> str:
        i = self.state[0]
        return STAGE_NAMES[i] if 0 <= i < len(STAGE_NAMES) else "?"

    def memory(self) -> int:
        """Bytes the worker holds of its own (its private pages: what its death would free).
        Pages a forked worker still shares with its parent are not its cost."""
        try:
            with open(f"/proc/{self.proc.pid}/smaps_rollup") as f:
                return sum(int(line.split()[1]) * 1024 for line in f
                           if line.startswith(("Private_Clean:", "Private_Dirty:")))
        except (OSError, IndexError, ValueError):
            pass
        import psutil  # no smaps_rollup (not Linux, or an old kernel): resident size
        try:
            return psutil.Process(self.proc.pid).memory_info().rss
        except psutil.Error:
            return 0

    def analyse(self, path: str, passages: bool = True) -> FileOutcome:
        """Analyse one file under the limits. When the worker had to be killed, or died, the
        outcome names the file, the stage and why, and ``broken`` is set."""
        self._wait_ready()
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
        limit = self.limits.timeout_for(size)
        cap = self.limits.memory_mb * MB
        self.state[0] = 0
        try:
            self.conn.send((path, passages))
        except OSError:  # died while idle (killed from outside)
            self.kill()
            raise _WorkerLost from None
        t0 = time.monotonic()
        while True:
            if self.conn.poll(TICK_S):
                try:
                    return self.conn.recv()
                except (EOFError, OSError):
                    return self._died(path)
            if time.monotonic() - t0 > limit:
                stage = self.stage
                self.kill()
                return FileOutcome(path, stage=stage, reason=f"timed out after {limit:.0f} s in "
                                                             f"{stage} (raise --file-timeout)")
            if self.memory() > cap:
                stage = self.stage
                self.kill()
                return FileOutcome(path, stage=stage, reason=(
                    f"ran out of memory in {stage} (over the {self.limits.memory_mb} MB limit "
                    "of a worker; raise --worker-memory-mb)"))

    def _died(self, path: str) -> FileOutcome:
        stage = self.stage
        self.proc.join(5)
        code = self.proc.exitcode
        self.broken = True
        if code is not None and code < 0:
            try:
                how = signal.Signals(-code).name
            except ValueError:
                how = f"signal {-code}"
        else:
            how = f"exit {code}"
        hint = " (likely out of memory)" if how in ("SIGKILL", "SIGABRT") else ""
        return FileOutcome(path, stage=stage, reason=f"worker process died ({how}){hint} in {stage}")

    def kill(self) -> None:
        """SIGKILL the worker (it holds nothing worth saving) and reap it."""
        self.broken = True
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)


class WorkerPool:
    """``workers`` worker processes; ``run(paths)`` analyses a batch on one of them, replacing a
    worker that had to be killed and going on with the rest of the batch. Thread-safe: several
    batches run at once, one per worker, the others wait."""

    def __init__(self, workers: int, limits: Limits = Limits(), start_method: str = "forkserver",
                 warm: bool = True):
        self.limits = limits
        self._ctx = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            # Preload our modules only: the default also imports the caller's __main__, which
            # re-runs a script that calls ingest() without an ``if __name__ == "__main__"`` guard.
            self._ctx.set_forkserver_preload(["vanban.pipeline.workers"])
        self._warm = warm
        self._idle: queue.SimpleQueue[Worker] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._workers: set[Worker] = set()
        self._closed = False
        for _ in range(max(1, workers)):
            self._idle.put(self._start())

    def _start(self) -> Worker:
        with self._lock:
            if self._closed:
                raise PoolClosed("the worker pool is closed")
            w = Worker(self._ctx, self.limits, self._warm)
            self._workers.add(w)
            return w

    def _take(self) -> Worker:
        while True:
            if self._closed:
                raise PoolClosed("the worker pool is closed")
            try:
                return self._idle.get(timeout=0.5)
            except queue.Empty:
                continue

    def _replace(self, worker: Worker) -> Worker:
        with self._lock:
            self._workers.discard(worker)
        return self._start()

    def run(self, paths: Sequence[str], passages: bool = True) -> list[FileOutcome]:
        """Analyse ``paths`` in order on one worker; one outcome per path."""
        worker = self._take()
        outcomes = []
        try:
            for path in paths:
                try:
                    outcome = worker.analyse(path, passages)
                except _WorkerLost:
                    worker = self._replace(worker)
                    outcome = worker.analyse(path, passages)
                if self._closed:
                    raise PoolClosed("the worker pool was closed during the batch")
                outcomes.append(outcome)
                if worker.broken:
                    worker = self._replace(worker)
            return outcomes
        except Exception:
            if self._closed:
                raise PoolClosed("the worker pool was closed during the batch") from None
            raise
        finally:
            if self._closed or worker.broken:
                worker.kill()
                worker.conn.close()
            else:
                self._idle.put(worker)

    def close(self) -> None:
        """Stop every worker now: a file being analysed is abandoned and its batch raises
        PoolClosed (the run is being interrupted; nothing of a worker needs saving)."""
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for w in workers:
            w.kill()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
