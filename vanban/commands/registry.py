"""CLI: ``vanban registry add|import|export|list``: the registry of known documents."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from vanban.pipeline.messages import tr
from vanban.commands._common import (
    STORE_OPT, console, echo, fail_line, open_store, print_json, vn_date, writing,
)

registry_app = typer.Typer(help="The registry of known documents (number, date, title, source).",
                           no_args_is_help=True)


@registry_app.command("add")
def registry_add(
    number: str = typer.Argument(..., help='Canonical number, e.g. "20-NQ/TW", "08/2014/NĐ-CP".'),
    source: str = typer.Option(..., "--source", help="Where the facts come from (required)."),
    type_: Optional[str] = typer.Option(None, "--type", help='"Nghị quyết", "Luật", ...'),
    date: Optional[str] = typer.Option(None, "--date", help="2012-11-01 or 01/11/2012."),
    title: Optional[str] = typer.Option(None, "--title"),
    issuing_body: Optional[str] = typer.Option(None, "--issuing-body"),
    term: Optional[str] = typer.Option(None, "--term", help='"khóa XI"'),
    replaces: list[str] = typer.Option([], "--replaces", help="Number it replaces (repeatable)."),
    amends: list[str] = typer.Option([], "--amends", help="Number it amends (repeatable)."),
    guides: list[str] = typer.Option([], "--guides", help="Number it guides (repeatable)."),
    repeals: list[str] = typer.Option([], "--repeals", help="Number it repeals (repeatable)."),
    effective_date: Optional[str] = typer.Option(None, "--effective-date",
                                                 help="When it took effect (replacements and repeals count from then)."),
    store: Path = STORE_OPT,
) -> None:
    """Add (or replace) one known document."""
    from vanban.pipeline.registry import RegistryEntry, RegistryError, add_entry, parse_date

    try:
        entry = RegistryEntry(
            number=number.strip(), type=type_, issuing_body=issuing_body, date=parse_date(date),
            title=title, term=term, source=source.strip(),
            relations=tuple([("replaces", n) for n in replaces] + [("amends", n) for n in amends]
                            + [("guides", n) for n in guides] + [("repeals", n) for n in repeals]),
            effective_date=parse_date(effective_date))
        with writing(store, "vanban registry add"):
            add_entry(open_store(store, must_exist=False), entry)
    except RegistryError as e:
        fail_line(number, e)
        raise typer.Exit(1)
    echo("added {number} {date}", number=entry.number, date=vn_date(entry.date))


@registry_app.command("import")
def registry_import(csv_path: Path = typer.Argument(..., help="CSV with the registry's columns."),
                    store: Path = STORE_OPT) -> None:
    """Add or replace the entries of a CSV (columns: number,type,issuing_body,date,title,term,
    replaces,amends,guides,source)."""
    from vanban.pipeline.registry import RegistryError, import_csv

    if not csv_path.is_file():
        fail_line(csv_path, "no such file")
        raise typer.Exit(1)
    try:
        with writing(store, "vanban registry import"):
            n = import_csv(open_store(store, must_exist=False), csv_path)
    except (RegistryError, UnicodeDecodeError) as e:
        fail_line(csv_path, e)
        raise typer.Exit(1)
    echo("imported {n} entries from {path}", n=n, path=csv_path)


@registry_app.command("export")
def registry_export(csv_path: Path = typer.Argument(..., help="CSV file to write."),
                    store: Path = STORE_OPT) -> None:
    """Write the whole registry (seed, additions and stored documents) to a CSV."""
    from vanban.pipeline.registry import export_csv, sync_from_store

    conn = open_store(store, must_exist=False)
    sync_from_store(conn)
    n = export_csv(conn, csv_path)
    echo("exported {n} entries to {path}", n=n, path=csv_path)


@registry_app.command("list")
def registry_list(store: Path = STORE_OPT,
                  as_json: bool = typer.Option(False, "--json", help="JSON on stdout.")) -> None:
    """List the known documents."""
    from vanban.pipeline.registry import entry_to_row, list_entries, sync_from_store

    conn = open_store(store, must_exist=False)
    sync_from_store(conn)
    entries = list_entries(conn)
    if as_json:
        print_json([{**entry_to_row(e), "from_store": e.from_store} for e in entries])
        return
    t = Table(expand=True)
    for col in ("number", "type", "date", "issuing body", "title", "source"):
        t.add_column(tr(col), overflow="fold")
    for e in entries:
        t.add_row(e.number, e.type or "", vn_date(e.date), e.issuing_body or "",
                  (e.title or "")[:80], e.source[:60])
    console.print(t)
    echo("{n} entries", n=len(entries))


def register(app: typer.Typer) -> None:
    app.add_typer(registry_app, name="registry")
