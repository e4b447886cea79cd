"""CLI: ``vanban lineage NUMBER``: what implemented, guided, reported on, amended or replaced a
document."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.tree import Tree

from vanban.pipeline.lineage import relation_label
from vanban.pipeline.messages import tr
from vanban.commands._common import (
    AS_OF_OPT,
    STORE_OPT,
    check_date,
    console,
    open_store,
    print_json,
    status_text,
    vn_date,
)


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

    check_date(as_of)
    conn = open_store(store)
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
        head += f" ({vn_date(r.date)})"
    if r.issuer:
        head += f" — {r.issuer}"
    if r.status is not None:
        head += f"  {status_text(r.status)}"
    t = Tree(head, guide_style="dim")
    if r.title:
        t.label = f"{t.label}\n[dim]{r.title[:110]}[/dim]"
    branches = {}

    def add(parent, node) -> None:
        year = node.date[:4] if node.date else "?"
        name = node.number or node.path.rsplit("/", 1)[-1]
        label = (f"[cyan]{relation_label(node.relation)}[/cyan]  [bold]{name}[/bold] "
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


def register(app: typer.Typer) -> None:
    app.command("lineage")(lineage_cmd)
