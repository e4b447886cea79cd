"""Plain functions the ingestion flow runs: find files, hash them, analyse one file.

No Prefect here: ``process_file`` is what a worker process (or a Dask worker) runs for one file;
it calls the pipeline's steps one by one, times each, and turns any exception into a
``FileOutcome`` that names the stage and the reason, so one bad file never stops a batch.
"""
from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from vanban.pipeline.errors import VanbanError
from vanban.pipeline.model import Document, Passage, RawDocument, Token
from vanban.pipeline.read.limits import MAX_FILE_MB

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".pdf")
STAGES = ("read", "normalize", "structure", "segment", "extract", "passages")


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


# A folder's own notes are not documents of the corpus ("corpora/README.md").
NOT_DOCUMENTS = frozenset({"README", "CHANGELOG", "LICENSE", "CONTRIBUTING"})


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


def _steps():
    """The pipeline's steps, in order; a step that has not landed yet is skipped (None)."""
    from vanban.pipeline.normalize import normalize
    from vanban.pipeline.read import read_document

    def optional(module: str, name: str):
        try:
            mod = __import__(module, fromlist=[name])
            return getattr(mod, name)
        except (ImportError, AttributeError):
            return None

    structure = optional("vanban.pipeline.structure", "structure")
    segment = optional("vanban.pipeline.segment", "segment")
    extract_all = optional("vanban.pipeline.analyze", "extract_all")
    make_passages = optional("vanban.pipeline.index.passages", "make_passages")
    return read_document, normalize, structure, segment, extract_all, make_passages


_STEPS = None


def process_file(path: str, max_mb: float = MAX_FILE_MB,
                 on_stage: Callable[[str], None] | None = None,
                 passages: bool = True) -> FileOutcome:
    """Read, normalise, structure, segment and extract one file, then cut its passages
    (``passages=False``: not).

    A file over ``max_mb`` megabytes is refused unread. ``on_stage(stage)`` is called as each
    stage starts (a worker writes it where its parent can see it). Never raises: a failure
    comes back as ``FileOutcome(stage=..., reason=...)``.
    """
    global _STEPS
    if _STEPS is None:
        _STEPS = _steps()
    read_document, normalize, structure, segment, extract_all, make_passages = _STEPS
    seconds: list[tuple[str, float]] = []
    stage = "read"
    cpu0 = time.process_time()

    def enter(name: str) -> float:
        nonlocal stage
        stage = name
        if on_stage is not None:
            on_stage(name)
        return time.perf_counter()

    try:
        t = enter("read")
        raw = read_document(Path(path), max_mb=max_mb)
        seconds.append(("read", time.perf_counter() - t))
        t = enter("normalize")
        doc = normalize(raw)
        seconds.append(("normalize", time.perf_counter() - t))
        for name, step in (("structure", structure), ("segment", segment),
                           ("extract", extract_all)):
            if step is not None:
                t = enter(name)
                doc = step(doc)
                seconds.append((name, time.perf_counter() - t))
        cut: tuple[Passage, ...] = ()
        if passages and make_passages is not None:
            t = enter("passages")
            cut = tuple(make_passages(doc))
            seconds.append(("passages", time.perf_counter() - t))
    except VanbanError as err:
        return FileOutcome(path, stage=stage, reason=err.reason, seconds=tuple(seconds),
                           cpu_seconds=time.process_time() - cpu0)
    except MemoryError:  # the worker's address-space cap: this file only
        return FileOutcome(path, stage=stage, reason=f"ran out of memory in {stage} (over the "
                                                     "worker's limit; raise --worker-memory-mb)",
                           seconds=tuple(seconds), cpu_seconds=time.process_time() - cpu0)
    except Exception as err:  # any bug or bad input fails this file only
        reason = f"{type(err).__name__}: {err}".strip().splitlines()[0][:300]
        return FileOutcome(path, stage=stage, reason=reason, seconds=tuple(seconds),
                           cpu_seconds=time.process_time() - cpu0)
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
    global _STEPS
    if _STEPS is None:
        _STEPS = _steps()
    _, normalize, *steps = _STEPS
    try:
        doc = normalize(RawDocument(path="warm-up.txt", format="txt", text=_WARM_UP_TEXT,
                                    sha256="0" * 64, encoding="utf-8"))
        for step in steps:
            if step is not None:
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


def init_worker() -> None:
    """ProcessPoolExecutor initializer: die with the parent, then warm up."""
    die_with_parent()
    warm_up()
