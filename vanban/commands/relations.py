"""CLI commands: lineage (what implemented, guided, reported on, amended, replaced a document),
relations (one document's relations in and out, and whether it is in force)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table
from rich.tree import Tree

from vanban.pipeline.messages import tr
from vanban.commands._common import DEFAULT_STORE, console, fail_line, print_json

STORE_OPT = typer.Option(DEFAULT_STORE, "--store", help="Store directory.")
AS_OF_OPT = typer.Option(None, "--as-of", help="Status on this date (YYYY-MM-DD; default today).")

RELATION_VI = {  # how the terminal says each relation, for a Vietnamese reader
    "basis": "căn cứ", "implements": "thực hiện", "reports_on": "báo cáo về", "guides": "hướng dẫn",
    "amends": "sửa đổi", "replaces": "thay thế", "repeals": "bãi bỏ", "proposes": "đề nghị",
    "mentions": "nhắc đến",
}
STATUS_STYLE = {"in_force": "green", "amended": "yellow", "replaced": "red", "repealed": "red"}


def _open(store: Path):
    from vanban.pipeline.store import connect

    if not (Path(store) / "vanban.sqlite").exists():
        fail_line(store, "no store here (run `vanban ingest` first, or pass --store)")
        raise typer.Exit(1)
    return connect(store)


def _vn(iso: str | None) -> str:
    if iso and len(iso) == 10 and iso[4] == "-":
        return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"
    return iso or ""


def _check_date(value: str | None) -> None:
    if value is None:
        return
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        fail_line("--as-of", "not a date (YYYY-MM-DD): {value!r}", value=value)
        raise typer.Exit(1) from None


def _status_text(status) -> str:
    if status is None:
        return ""
    return f"[{STATUS_STYLE.get(status.status, '')}]{status.describe()}[/]"


def lineage_cmd(
    number: str = typer.Argument(..., help='The document, by number: "20-NQ/TW", "08/2014/NĐ-CP".'),
    store: Path = STORE_OPT,
    as_json: bool = typer.Option(False, "--json", help='JSON: {"root": ..., "nodes": [...]}.'),
    as_graphml: bool = typer.Option(False, "--graphml", help="GraphML (Gephi, yEd, NetworkX)."),
    as_of: Optional[str] = AS_OF_OPT,
) -> None:
    """The tree of stored documents that implement, guide, report on, amend or replace a document,
    level by level (Central -> province -> district -> report), with year and issuer.

    Example: vanban lineage 20-NQ/TW --store .vanban
    """
    from vanban.pipeline.lineage import lineage, lineage_graphml, lineage_json

    _check_date(as_of)
    conn = _open(store)
    try:
        tree = lineage(conn, number, as_of)
    finally:
        conn.close()
    if as_json:
        print_json(lineage_json(tree))
        return
    if as_graphml:
        typer.echo(lineage_graphml(tree), nl=False)
        return
    r = tree.root
    head = f"[bold]{r.number}[/bold]"
    if r.date:
        head += f" ({_vn(r.date)})"
    if r.issuer:
        head += f" — {r.issuer}"
    if r.status is not None:
        head += f"  {_status_text(r.status)}"
    t = Tree(head, guide_style="dim")
    if r.title:
        t.label = f"{t.label}\n[dim]{r.title[:110]}[/dim]"
    branches = {}

    def add(parent, node) -> None:
        year = node.date[:4] if node.date else "?"
        name = node.number or node.path.rsplit("/", 1)[-1]
        label = (f"[cyan]{RELATION_VI.get(node.relation, node.relation)}[/cyan]  [bold]{name}[/bold] "
                 f"[{year}] {node.doc_type or ''} — {node.issuer or '?'} [dim]({node.scope})[/dim]")
        if node.title:
            label += f"\n[dim]{node.title[:100]}[/dim]"
        branches[node.path] = parent.add(label)

    def grow(parent, number: str) -> None:
        for node in tree.children(number):
            if node.path in branches:
                continue
            add(parent, node)
            if node.number:
                grow(branches[node.path], node.number)

    grow(t, r.number)
    console.print(t)
    levels = {}
    for n in tree.nodes:
        levels[n.level] = levels.get(n.level, 0) + 1
    console.print(tr("{n} document(s), {depth} level(s)", n=len(tree.nodes), depth=tree.depth)
                  + ("" if not levels else ": " + ", ".join(tr("level {k}: {v}", k=k, v=v)
                                                            for k, v in sorted(levels.items()))),
                  highlight=False)


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

    _check_date(as_of)
    conn = _open(store)
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
    console.print(f"[bold]{r.number or r.document}[/bold]  {_status_text(r.status)}", highlight=False)
    for title, links in ((tr("out: what it does to others"), r.outgoing),
                         (tr("in: what others do to it"), r.incoming)):
        t = Table(title=title, title_justify="left", expand=True)
        for col in ("relation", "document", "date", "mentions", "pinpoints / source"):
            t.add_column(tr(col), overflow="fold")
        for x in links:
            t.add_row(RELATION_VI.get(x.relation, x.relation), x.number or (x.title or "")[:60], _vn(x.date),
                      str(x.mentions), "; ".join(x.pinpoints) or ("" if x.source == "text" else x.source))
        console.print(t)


def register(app: typer.Typer) -> None:
    app.command("lineage")(lineage_cmd)
    app.command("relations")(relations_cmd)
