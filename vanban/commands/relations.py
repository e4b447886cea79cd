"""CLI: ``vanban relations DOC``: one document's relations in and out, and whether it is in force."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from vanban.pipeline.lineage import relation_label
from vanban.pipeline.messages import tr
from vanban.commands._common import (
    AS_OF_OPT,
    STORE_OPT,
    check_date,
    console,
    fail_line,
    open_store,
    print_json,
    status_text,
    vn_date,
)


def relations_cmd(
    doc: str = typer.Argument(..., help="A stored document: its number, path or file name."),
    store: Path = STORE_OPT,
    as_json: bool = typer.Option(False, "--json", help="JSON on stdout."),
    as_of: Optional[str] = AS_OF_OPT,
) -> None:
    """One document's relations: what it does to the documents it cites (căn cứ, thực hiện, sửa
    đổi, thay thế, bãi bỏ ...) and what the others say they do to it, with its status.

    Example: vanban relations 2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt
    """
    from vanban.pipeline.lineage import relations, relations_json

    check_date(as_of)
    conn = open_store(store)
    try:
        try:
            r = relations(conn, doc, as_of)
        except KeyError:
            fail_line(doc, "no stored document with this number, path or file name")
            raise typer.Exit(1) from None
    finally:
        conn.close()
    if as_json:
        print_json(relations_json(r))
        return
    console.print(f"[bold]{r.number or r.document}[/bold]  {status_text(r.status)}", highlight=False)
    for title, links in ((tr("out: what it does to others"), r.outgoing),
                         (tr("in: what others do to it"), r.incoming)):
        t = Table(title=title, title_justify="left", expand=True)
        for col in ("relation", "document", "date", "mentions", "pinpoints / source"):
            t.add_column(tr(col), overflow="fold")
        for x in links:
            t.add_row(relation_label(x.relation), x.number or (x.title or "")[:60], vn_date(x.date),
                      str(x.mentions), "; ".join(x.pinpoints) or ("" if x.source == "text" else x.source))
        console.print(t)


def register(app: typer.Typer) -> None:
    app.command("relations")(relations_cmd)
