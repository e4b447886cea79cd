"""Helpers shared by the CLI commands."""
from __future__ import annotations

import json
import signal
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path

import typer
from rich.console import Console

from vanban.pipeline.messages import translate_text, tr

console = Console()
err_console = Console(stderr=True)

DEFAULT_STORE = Path(".vanban")
STORE_OPT = typer.Option(DEFAULT_STORE, "--store", help="Store directory.")


def print_json(obj) -> None:
    """JSON on stdout, Vietnamese kept as is."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def fail_line(path, reason, /, **params) -> None:
    """The one-line error for a bad input file: ``error FILE: reason``, in the current language
    (``reason`` is a catalogue message filled with ``params``, or a reason from elsewhere)."""
    text = tr(str(reason), **params) if params else translate_text(str(reason))
    say(f"[red]{tr('error')}[/red] {path}: {text}", err=True)


def warn_line(what, reason, /, **params) -> None:
    text = tr(str(reason), **params) if params else translate_text(str(reason))
    say(f"[yellow]{tr('warning')}[/yellow] {what}: {text}", err=True)


def say(text: str, *, err: bool = False) -> None:
    """One line for people (already translated), as written: no rich highlighting."""
    (err_console if err else console).print(text, highlight=False, soft_wrap=True)


def error_line(text: str) -> None:
    """``error`` and a line already translated, on stderr (no file to name)."""
    say(f"[red]{tr('error')}[/red] {text}", err=True)


def echo(msgid: str, /, **params) -> None:
    """A catalogue message, filled and printed on stdout."""
    say(tr(msgid, **params))


def open_store(store: Path, *, must_exist: bool = True):
    """A connection to the store; with ``must_exist`` a missing store is one line and exit 1."""
    from vanban.pipeline.store import connect, store_path

    if must_exist and not store_path(store).exists():
        fail_line(store, "no store here (run `vanban ingest` first, or pass --store)")
        raise typer.Exit(1)
    return connect(store)


def vn_date(iso: str | None) -> str:
    """"2012-11-01" as "01/11/2012"."""
    if iso and len(iso) == 10 and iso[4] == "-":
        return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"
    return iso or ""


# Exit status when the store is being written by another run: EX_TEMPFAIL, "try again later".
EXIT_BUSY = 75


def wait_line(message: str) -> None:
    """Said once while waiting for another run to finish writing the store."""
    err_console.print(f"[yellow]{tr(message)}[/yellow]", highlight=False, soft_wrap=True)


@contextmanager
def writing(store_dir, command: str, wait: bool = False):
    """Hold the store's writer lock for a command that writes it; when another run holds it,
    one line naming that run and exit 75 (or, with ``wait``, wait for it)."""
    from vanban.pipeline.errors import StoreBusy
    from vanban.pipeline.store import writer_lock

    with ExitStack() as held:
        try:
            held.enter_context(writer_lock(store_dir, command, wait=wait, on_wait=wait_line))
        except StoreBusy as err:
            fail_line(store_dir, err.reason)
            raise typer.Exit(EXIT_BUSY) from None
        except OSError as err:  # a store folder this user cannot write
            fail_line(store_dir, "cannot write the store: {reason}", reason=(err.strerror or str(err)).lower())
            raise typer.Exit(1) from None
        yield


def exit_code_for(err: KeyboardInterrupt) -> int:
    """128 + the signal's number, as a shell reports a process a signal stopped."""
    return 128 + int(getattr(err, "signum", signal.SIGINT))


def interrupted_line(store_dir, err: KeyboardInterrupt) -> None:
    """The one line for an interrupted run (Ctrl-C, or SIGTERM / SIGHUP raised as
    ``pipeline.ingest.Interrupted``)."""
    signum = getattr(err, "signum", signal.SIGINT)
    err_console.print(tr("[red]interrupted[/red] ({signal}): documents stored so far in {store} are kept "
                         "whole; run the command again to resume", signal=signal.Signals(int(signum)).name,
                         store=store_dir), highlight=False, soft_wrap=True)


AS_OF_OPT = typer.Option(None, "--as-of", help="Status on this date (YYYY-MM-DD; default today).")
STATUS_STYLE = {"in_force": "green", "amended": "yellow", "replaced": "red", "repealed": "red"}


def check_date(value: str | None) -> None:
    """An ``--as-of`` that is not a date is one line and exit 1."""
    if value is None:
        return
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        fail_line("--as-of", "not a date (YYYY-MM-DD): {value!r}", value=value)
        raise typer.Exit(1) from None


def status_text(status) -> str:
    """A document's status (``pipeline.lineage.Validity``), coloured for the terminal."""
    if status is None:
        return ""
    return f"[{STATUS_STYLE.get(status.status, '')}]{status.describe()}[/]"
