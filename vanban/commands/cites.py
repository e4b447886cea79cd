"""CLI: ``vanban cites NUMBER`` (who cites a document) and ``vanban cited-by DOC`` (what a
document cites)."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from vanban.pipeline.messages import tr
from vanban.commands._common import STORE_OPT, console, echo, fail_line, open_store, print_json, vn_date


def _mention_json(m) -> dict:
    return {"citing_document": m.citing_document, "citing_number": m.citing_number,
            "citing_date": m.citing_date, "cited_number": m.cited_number, "cited_as": m.cited_as,
            "date": m.date, "start": m.start, "end": m.end, "passage": m.passage}


def cites_cmd(number: str = typer.Argument(..., help='A number, e.g. "20-NQ/TW".'),
              store: Path = STORE_OPT,
              as_json: bool = typer.Option(False, "--json", help="JSON on stdout.")) -> None:
    """Which stored documents cite NUMBER, with the date as cited and the sentence."""
    from vanban.pipeline.graph import cites

    mentions = cites(open_store(store), number)
    if as_json:
        print_json([_mention_json(m) for m in mentions])
        return
    if not mentions:
        echo("no stored document cites {number}", number=number)
        return
    t = Table(title=tr("{number}: cited {n} times", number=number, n=len(mentions)),
              title_justify="left", expand=True)
    for col in ("citing document", "its date", "cited date", "passage"):
        t.add_column(tr(col), overflow="fold")
    for m in mentions:
        t.add_row(m.citing_number or Path(m.citing_document).name, vn_date(m.citing_date), vn_date(m.date),
                  m.passage)
    console.print(t)


def cited_by_cmd(doc: str = typer.Argument(..., help="A stored document: its number, path or file name."),
                 store: Path = STORE_OPT,
                 as_json: bool = typer.Option(False, "--json", help="JSON on stdout.")) -> None:
    """What DOC cites: every citation, with the date as cited and the sentence."""
    from vanban.pipeline.graph import cited_by

    try:
        mentions = cited_by(open_store(store), doc)
    except KeyError:
        fail_line(doc, "no such document in the store")
        raise typer.Exit(1)
    if as_json:
        print_json([_mention_json(m) for m in mentions])
        return
    t = Table(title=tr("{doc} cites {n}", doc=doc, n=len(mentions)), title_justify="left", expand=True)
    for col in ("cited", "cited date", "as written", "passage"):
        t.add_column(tr(col), overflow="fold")
    for m in mentions:
        t.add_row(m.cited_number or "", vn_date(m.date), m.cited_as, m.passage)
    console.print(t)


def register(app: typer.Typer) -> None:
    app.command("cites")(cites_cmd)
    app.command("cited-by")(cited_by_cmd)
