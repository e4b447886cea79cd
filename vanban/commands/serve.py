"""CLI command: ``vanban serve`` (the web app for researchers and auditors)."""
from __future__ import annotations

from pathlib import Path

import typer

from vanban.commands._common import DEFAULT_STORE, fail_line, say, warn_line

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
            fail_line(store, "no store here; ingest documents first (vanban ingest corpora --store {store})",
                      store=store)
            raise typer.Exit(1)
        if host not in LOOPBACK:
            warn_line(host, "anyone who can reach this address can read the store")
        from vanban.pipeline.messages import tr

        say(tr("vanban: http://{host}:{port}/  (store {store})", host=host, port=port, store=store), err=True)
        uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
