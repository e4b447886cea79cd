"""CLI: ``vanban stats``: what a store holds."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from vanban.pipeline.messages import translate_text, tr
from vanban.commands._common import DEFAULT_STORE, console, fail_line, print_json


def register(app: typer.Typer) -> None:
    @app.command("stats")
    def stats_cmd(
        store_dir: Path = typer.Option(DEFAULT_STORE, "--store", help="Store directory."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    ) -> None:
        """What the store holds: documents, sections, sentences, passages, citations, dates,
        quantities, directives, failures; the index's size and encoder.

        Example: vanban stats --store .vanban --json
        """
        from vanban.pipeline import store
        from vanban.pipeline.ingest import store_stats

        if not store.store_path(store_dir).is_file():
            fail_line(store_dir, "no store here (run vanban ingest first)")
            raise typer.Exit(2)
        s = store_stats(store_dir)
        if as_json:
            print_json(s)
            return
        table = Table(title=tr("store {store}", store=s["store"]), show_header=False, title_justify="left")
        table.add_column(tr("what"), style="bold")
        table.add_column(tr("count"), justify="right")
        for key in store.COUNTED:
            table.add_row(tr(key), f"{s[key]:,}")
        table.add_row(tr("store size"), f"{s['store_bytes'] / 1e6:.1f} MB")
        idx = s["index"]
        if idx:
            table.add_row(tr("index"), tr("{n} passages, {kind}, {mb:.1f} MB", n=f"{idx['passages']:,}",
                                          kind=idx["kind"], mb=idx["bytes"] / 1e6)
                          + (" [red](" + tr("stale") + ")[/red]" if idx["stale"] else ""))
            table.add_row(tr("encoder"), f"{idx['encoder']} ({idx['dim']} dim)")
        else:
            table.add_row(tr("index"), tr("none"))
        console.print(table)
        if s["failures"]:
            conn = store.connect(store_dir)
            try:
                for f in store.list_failures(conn):
                    fail_line(f.path, "{stage}: {reason}", stage=f.stage, reason=translate_text(f.reason))
            finally:
                conn.close()
