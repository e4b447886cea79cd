"""One writer per store: an OS lock on a file in the store folder.

SQLite keeps each transaction whole, but two runs interleaving their documents, passage ids
and index builds do not make one consistent store. Writers take an OS lock on a file in the
store (fcntl.flock): it dies with the process that holds it, so a crashed run leaves no stale
lock. Readers (search, serve, stats) never take it.

>>> import tempfile
>>> store_dir = tempfile.TemporaryDirectory()
>>> with writer_lock(store_dir.name, "vanban ingest"):
...     lock_holder(store_dir.name).command
'vanban ingest'
"""
from __future__ import annotations

import fcntl
import json
import os
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vanban.pipeline.errors import StoreBusy

LOCK_NAME = "vanban.lock"

_held: dict[str, list] = {}          # lock file -> [fd, depth]: re-entrant within one process
_held_guard = threading.Lock()


@dataclass(frozen=True, slots=True)
class LockHolder:
    pid: int
    command: str
    started: str                      # ISO time, local

    def describe(self) -> str:
        at = datetime.fromisoformat(self.started)
        when = at.strftime("%H:%M") if at.date() == datetime.now().date() else at.strftime("%Y-%m-%d %H:%M")
        return f"pid {self.pid} ({self.command}, started {when})"


def lock_holder(store_dir: str | Path) -> LockHolder | None:
    """Who holds the store's writer lock, as it wrote itself down (None: nobody, or unknown)."""
    try:
        data = json.loads((Path(store_dir) / LOCK_NAME).read_text(encoding="utf-8") or "null")
        return LockHolder(int(data["pid"]), str(data["command"]), str(data["started"])) if data else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


@contextmanager
def writer_lock(store_dir: str | Path, command: str, wait: bool | float = False,
                on_wait: Callable[[str], None] | None = None):
    """Hold the store's writer lock for the ``with`` block; re-entrant within this process.

    Busy: raise ``StoreBusy`` naming the holder ("being written by pid 4242 (vanban ingest,
    started 21:40)"), or with ``wait`` (True, or seconds) wait for it, telling ``on_wait`` once.
    """
    folder = Path(store_dir).resolve()
    key = str(folder / LOCK_NAME)
    with _held_guard:
        if key in _held:
            _held[key][1] += 1
            fd = None
        else:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(key, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    if fd is None:
        try:
            yield
        finally:
            with _held_guard:
                _held[key][1] -= 1
        return
    try:
        _acquire(fd, folder, store_dir, wait, on_wait)
    except BaseException:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps({"pid": os.getpid(), "command": command,
                              "started": datetime.now().isoformat(timespec="seconds")}).encode(), 0)
    with _held_guard:
        _held[key] = [fd, 1]
    try:
        yield
    finally:
        with _held_guard:
            _held[key][1] -= 1
            last = _held[key][1] == 0
            if last:
                del _held[key]
        if last:
            os.ftruncate(fd, 0)  # the file stays: deleting it would let two runs lock two files
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def _acquire(fd: int, folder: Path, store_dir, wait: bool | float, on_wait) -> None:
    deadline = None if wait is True else time.monotonic() + float(wait or 0)
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        holder = lock_holder(folder)
        who = holder.describe() if holder else "another process"
        if deadline is not None and time.monotonic() >= deadline:
            raise StoreBusy(str(store_dir), f"store is being written by {who}; wait for it or "
                                            "use another --store")
        if on_wait is not None and not told:
            on_wait(f"store {store_dir} is being written by {who}; waiting for it to finish ...")
            told = True
        time.sleep(0.25)
