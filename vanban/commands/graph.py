"""CLI: ``vanban graph``: the citation graph for Gephi or NetworkX."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from vanban.commands._common import STORE_OPT, echo, fail_line, open_store


def graph_cmd(fmt: str = typer.Option("graphml", "--format", help="graphml | json"),
              out: Optional[Path] = typer.Option(None, "--out", help="File to write (stdout if absent)."),
              store: Path = STORE_OPT) -> None:
    """Export the citation graph (documents and cited numbers) for Gephi or NetworkX."""
    from vanban.pipeline.graph import graph_from_store, to_graphml, to_node_link

    if fmt not in ("graphml", "json"):
        fail_line(fmt, "unknown format (graphml or json)")
        raise typer.Exit(2)
    g = graph_from_store(open_store(store))
    text = (to_graphml(g) if fmt == "graphml"
            else json.dumps(to_node_link(g), ensure_ascii=False, indent=1) + "\n")
    if out:
        Path(out).write_text(text, encoding="utf-8")
        echo("wrote {nodes} nodes and {edges} edges to {path}", nodes=len(g.nodes), edges=len(g.edges),
             path=out)
    else:
        typer.echo(text, nl=False)


def register(app: typer.Typer) -> None:
    app.command("graph")(graph_cmd)
