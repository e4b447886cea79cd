"""CLI commands: ``vanban server start|stop|status``, a standing local Prefect server that every
later ``vanban ingest`` uses instead of starting a temporary one (``flows/server.py``)."""
from __future__ import annotations

import time

import typer

from vanban.pipeline.messages import tr
from vanban.commands._common import echo, fail_line, say

server_app = typer.Typer(help="A standing local Prefect server for ingest runs (start, stop, status).",
                         no_args_is_help=True)


def _describe(s) -> None:
    echo("Prefect server running: {ui} (pid {pid}, up {minutes:.0f} min)", ui=s.ui_url, pid=s.pid,
         minutes=(time.time() - s.started) / 60)
    echo("runs and task logs: open {ui} in a browser; log file {log}", ui=s.ui_url, log=s.log)


@server_app.command("start")
def start_cmd(
    port: int = typer.Option(4200, "--port", help="Port (the server binds to 127.0.0.1)."),
    timeout: float = typer.Option(180.0, "--timeout", help="Seconds to wait for it to answer."),
) -> None:
    """Start a Prefect server in the background and keep it: every later `vanban ingest`
    (without PREFECT_API_URL) reports to it and skips the temporary server's start-up.

    Example: vanban server start && vanban ingest corpora && vanban server stop"""
    from vanban.flows.server import ServerError, server_status, start_server

    already = server_status()
    if already is None:
        say(tr("starting a Prefect server on 127.0.0.1:{port} ...", port=port), err=True)
    try:
        s = start_server(port=port, timeout=timeout)
    except ServerError as err:
        fail_line("vanban server", err.message.render())
        raise typer.Exit(1) from None
    _describe(s)


@server_app.command("status")
def status_cmd() -> None:
    """Whether the standing Prefect server runs, and its URL (exit status 1 if not)."""
    from vanban.flows.server import server_status, state_file

    s = server_status()
    if s is None:
        echo("no standing Prefect server (start one with: vanban server start); ingest starts a "
             "temporary one for each run")
        raise typer.Exit(1)
    _describe(s)
    echo("state: {path}", path=state_file())


@server_app.command("stop")
def stop_cmd() -> None:
    """Stop the standing Prefect server and every process it started."""
    from vanban.flows.server import stop_server

    s = stop_server()
    if s is None:
        echo("no standing Prefect server was running")
        return
    echo("stopped the Prefect server at {ui} (pid {pid})", ui=s.ui_url, pid=s.pid)


def register(app: typer.Typer) -> None:
    app.add_typer(server_app, name="server")
