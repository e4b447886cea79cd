"""The progress bars of ``vanban ingest`` and ``vanban demo``: a ``pipeline.ingest.Progress``
drawn with rich on stderr."""
from __future__ import annotations

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)


class IngestProgress:
    """Files done / total, passages written, ETA; then passages embedded for the index.
    A context manager: the bars show inside the ``with`` block.

    >>> with IngestProgress() as bars:                         # doctest: +SKIP
    ...     ingest(["corpora"], ".vanban", progress=bars)
    """

    def __init__(self):
        self._p = Progress(TextColumn("[bold]{task.description:<8}"), BarColumn(),
                           MofNCompleteColumn(), TextColumn("{task.fields[unit]}"),
                           TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                           console=Console(stderr=True))
        self._task = self._embed = None
        self._passages = 0

    def __enter__(self) -> IngestProgress:
        self._p.start()
        self._task = self._p.add_task("discover", total=None, unit="files")
        return self

    def __exit__(self, *exc) -> None:
        self._p.stop()

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
