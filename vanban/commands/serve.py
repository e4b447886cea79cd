"""CLI command: ``vanban serve`` (the web app for researchers and auditors)."""
from __future__ import annotations

from pathlib import Path

import typer

from vanban.commands._common import DEFAULT_STORE, err_console

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_cmd(
        store: Path = typer.Option(DEFAULT_STORE, "--store", help="Store directory."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)."),
        port: int = typer.Option(8000, "--port", help="Port."),
    ) -> None:
        """Serve search, documents, citations and the audit in the browser (and a JSON API
        under /api/, documented at /docs)."""
        import uvicorn

        from vanban.web import create_app

        if not (store / "vanban.sqlite").is_file():
            err_console.print(f"[red]error[/red] {store}: no store here; ingest documents first "
                              f"(vanban ingest corpora --store {store})", highlight=False, soft_wrap=True)
            raise typer.Exit(1)
        if host not in LOOPBACK:
            err_console.print(f"[yellow]warning[/yellow] serving on {host}: anyone who can reach "
                              "this address can read the store", highlight=False, soft_wrap=True)
        err_console.print(f"vanban: http://{host}:{port}/  (store {store})", highlight=False)
        uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
