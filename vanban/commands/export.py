"""CLI command: export (the store's documents, citations, figures, tasks and findings as a workbook or CSVs)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from vanban.commands._common import DEFAULT_STORE, echo, fail_line, open_store


def export_cmd(
    store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store directory."),
    xlsx: Optional[Path] = typer.Option(None, "--xlsx", help="Write one Excel workbook, a sheet per table."),
    csv_dir: Optional[Path] = typer.Option(None, "--csv", help="Write one CSV file per table into this folder."),
    findings: bool = typer.Option(True, "--findings/--no-findings", help="Include the audit's findings."),
) -> None:
    """Export what the store holds for Excel: documents (metadata), citations, dates, figures,
    directives and audit findings, each row with its offsets in the text and in the source file.

    Example: vanban export --store .vanban --xlsx vanban.xlsx"""
    from vanban.pipeline.export import SHEETS_VI, store_tables, write_csv_dir, write_xlsx
    from vanban.pipeline.messages import current_lang

    if xlsx is None and csv_dir is None:
        fail_line("export", "say where to write: --xlsx FILE and/or --csv FOLDER")
        raise typer.Exit(1)
    conn = open_store(store)
    try:
        tables = store_tables(conn, findings=findings)
    finally:
        conn.close()
    names = SHEETS_VI if current_lang() == "vi" else {}  # as the workbook's sheets are named
    sizes = ", ".join(f"{names.get(t.name, t.name)} {len(t.rows)}" for t in tables)
    if xlsx is not None:
        write_xlsx(tables, xlsx)
        echo("wrote {path} ({sizes})", path=xlsx, sizes=sizes)
    if csv_dir is not None:
        paths = write_csv_dir(tables, csv_dir)
        echo("wrote {n} CSV files to {path} ({sizes})", n=len(paths), path=csv_dir, sizes=sizes)


def register(app: typer.Typer) -> None:
    app.command("export")(export_cmd)
