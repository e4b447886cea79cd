"""CLI command: export (the store's documents, citations, figures, tasks and findings as a workbook or CSVs)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from vanban.commands._common import DEFAULT_STORE, console, fail_line, open_store


def export_cmd(
    store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store directory."),
    xlsx: Optional[Path] = typer.Option(None, "--xlsx", help="Write one Excel workbook, a sheet per table."),
    csv_dir: Optional[Path] = typer.Option(None, "--csv", help="Write one CSV file per table into this folder."),
    findings: bool = typer.Option(True, "--findings/--no-findings", help="Include the audit's findings."),
) -> None:
    """Export what the store holds for Excel: documents (metadata), citations, dates, figures,
    directives and audit findings, each row with its offsets in the text and in the source file.

    Example: vanban export --store .vanban --xlsx vanban.xlsx"""
    from pipeline.export import store_tables, write_csv_dir, write_xlsx

    if xlsx is None and csv_dir is None:
        fail_line("export", "say where to write: --xlsx FILE and/or --csv FOLDER")
        raise typer.Exit(1)
    conn = open_store(store)
    try:
        tables = store_tables(conn, findings=findings)
    finally:
        conn.close()
    sizes = ", ".join(f"{t.name} {len(t.rows)}" for t in tables)
    if xlsx is not None:
        write_xlsx(tables, xlsx)
        console.print(f"wrote {xlsx} ({sizes})", highlight=False)
    if csv_dir is not None:
        paths = write_csv_dir(tables, csv_dir)
        console.print(f"wrote {len(paths)} CSV files to {csv_dir} ({sizes})", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("export")(export_cmd)
