"""CLI: ``vanban extract FILE... [--json] [--tokens]`` - analyse documents and show what was found."""
from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import typer
from rich.table import Table
from rich.tree import Tree

from vanban.pipeline.workers import BASE_TIMEOUT_S, TIMEOUT_S_PER_MB, WORKER_MEMORY_MB
from vanban.pipeline.read.limits import MAX_FILE_MB
from vanban.pipeline.messages import N_, tr
from vanban.commands._common import console, fail_line, print_json


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract_cmd(
        files: list[Path] = typer.Argument(..., help="Documents to analyse (.txt, .md, .docx, .pdf)."),
        as_json: bool = typer.Option(
            False, "--json",
            help="Print the public JSON contract (document_json). One file: one JSON object. "
                 "Several files: one JSON object per line (JSON Lines), in the order given."),
        tokens: bool = typer.Option(False, "--tokens", help="Include each sentence's words in the JSON."),
        file_timeout: float = typer.Option(
            None, "--file-timeout", metavar="SECONDS",
            help=f"Time one file may take (default: {BASE_TIMEOUT_S:.0f} s + {TIMEOUT_S_PER_MB:.0f} s per MB)."),
        max_file_mb: float = typer.Option(MAX_FILE_MB, "--max-file-mb",
                                          help="Refuse larger files unread (0: no limit)."),
        worker_memory_mb: int = typer.Option(WORKER_MEMORY_MB, "--worker-memory-mb",
                                             help="Memory the analysing process may use, in MB."),
    ) -> None:
        """Read, normalise, structure, segment and extract each FILE.

        Without --json: a summary per file (metadata, section outline, counts).

        A file that cannot be read gives one line "error <path>: <reason>" on stderr and the others go on; the exit code is 0 when every file was read, 2 otherwise.

        Files are analysed in a child process under a time limit (--file-timeout), an input size limit (--max-file-mb) and a memory limit (--worker-memory-mb): a file over one is stopped and reported the same way.

        Example: vanban extract corpora/2022_bc_tong_ket_10_nam_nq20_huyen_uy_bao_lam.md --json
        """  # noqa: E501  (typer keeps line breaks: one line per paragraph)
        from vanban.pipeline.workers import Limits, WorkerPool
        from vanban.pipeline.analyze import document_json

        failed = 0
        # fork: the child starts with everything this process imported (a spawned one would
        # import it all again); with other threads running, a clean forkserver child is safer.
        start = "fork" if threading.active_count() == 1 else "forkserver"
        with WorkerPool(1, Limits(file_timeout, max_file_mb, worker_memory_mb),
                        start_method=start) as pool:  # models load before a file's clock starts
            for path in files:
                if not path.is_file():
                    fail_line(path, "no such file")
                    failed += 1
                    continue
                (outcome,) = pool.run([str(path)], passages=False)
                if not outcome.ok:
                    fail_line(outcome.path, outcome.reason)
                    failed += 1
                    continue
                if as_json:
                    out = document_json(outcome.document, tokens=tokens)
                    if len(files) == 1:
                        print_json(out)
                    else:
                        sys.stdout.write(json.dumps(out, ensure_ascii=False, default=str) + "\n")
                else:
                    _summary(outcome.document)
        if failed:
            raise typer.Exit(2)


def _summary(doc) -> None:
    """Metadata table, section outline and counts for one document."""
    m = doc.metadata
    table = Table(title=doc.path, show_header=False, title_justify="left")
    table.add_column("field", style="bold")
    table.add_column("value")
    inferred = set(m.inferred)
    for label, key, value in (
        (N_("Document type"), "doc_type", m.doc_type), (N_("Issuer"), "issuer", m.issuer),
        (N_("Parent body"), "parent_issuer", m.parent_issuer), (N_("Number"), "number", m.number),
        (N_("Date"), "date", m.date), (N_("Year"), "year", m.year), (N_("Place"), "place", m.place),
        (N_("Title"), "title", m.title), (N_("Signed by"), "signer", m.signer),
        (N_("Position"), "signer_title", m.signer_title),
        (N_("Recipients"), "recipients", "; ".join(m.recipients) if m.recipients else None),
    ):
        if value is None:
            continue
        mark = " [dim](" + tr("inferred") + ")[/dim]" if key in inferred else ""
        table.add_row(tr(label), f"{value}{mark}")
    console.print(table)

    tree = Tree(f"[bold]{tr('Outline')}[/bold]")
    nodes = {}
    for s in doc.sections:
        if s.kind == "bullet":
            continue
        parent = nodes.get(s.parent, tree)
        heading = s.heading if len(s.heading) <= 90 else s.heading[:87] + "..."
        nodes[s.id] = parent.add(f"[cyan]{s.id}[/cyan] {heading}", highlight=False)
    bullets = sum(1 for s in doc.sections if s.kind == "bullet")
    if bullets:
        tree.add(f"[dim]{tr('{n} bullets', n=bullets)}[/dim]")
    console.print(tree)

    counts = Table(show_header=True, title_justify="left")
    for col in (N_("sentences"), N_("citations"), N_("dates"), N_("figures"), N_("directives")):
        counts.add_column(tr(col), justify="right")
    counts.add_row(*(str(len(x)) for x in (doc.sentences, doc.citations, doc.dates,
                                           doc.quantities, doc.directives)))
    console.print(counts)
