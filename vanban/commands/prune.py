"""CLI: ``vanban prune``: remove documents whose files are gone."""
from __future__ import annotations

from pathlib import Path

import typer

from vanban.pipeline.messages import tr
from vanban.commands._common import DEFAULT_STORE, console, echo, fail_line, print_json, writing


def register(app: typer.Typer) -> None:
    @app.command("prune")
    def prune_cmd(
        store_dir: Path = typer.Option(DEFAULT_STORE, "--store", help="Store directory."),
        no_index: bool = typer.Option(False, "--no-index", help="Do not rebuild the index afterwards."),
        wait: bool = typer.Option(False, "--wait", help="If another run is writing the store, wait for it."),
        as_json: bool = typer.Option(False, "--json", help="Print the pruned paths as JSON."),
    ) -> None:
        """Remove documents whose files no longer exist (and their passages), then rebuild the
        index from the embedding cache.

        Example: vanban prune --store .vanban
        """
        from vanban.pipeline import store
        from vanban.pipeline.ingest import prune

        if not store.store_path(store_dir).is_file():
            fail_line(store_dir, "no store here")
            raise typer.Exit(2)
        with writing(store_dir, "vanban prune", wait):
            gone, rebuilt = prune(store_dir, index=not no_index)
        if as_json:
            print_json({"pruned": gone, "index_passages": rebuilt})
            return
        for p in gone:
            echo("pruned {path}", path=p)
        console.print(tr("{n} documents pruned", n=len(gone))
                      + (tr("; index rebuilt ({n} passages)", n=rebuilt) if rebuilt is not None else ""),
                      highlight=False)
