"""Helpers shared by the CLI commands."""
from __future__ import annotations

import json
import signal
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path

from rich.console import Console

from vanban.pipeline.messages import translate_text, tr

console = Console()
err_console = Console(stderr=True)

DEFAULT_STORE = Path(".vanban")


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


def echo(msgid: str, /, **params) -> None:
    """A catalogue message, filled and printed on stdout."""
    say(tr(msgid, **params))


# Exit status when the store is being written by another run: EX_TEMPFAIL, "try again later".
EXIT_BUSY = 75


def wait_line(message: str) -> None:
    """Said once while waiting for another run to finish writing the store."""
    err_console.print(f"[yellow]{tr(message)}[/yellow]", highlight=False, soft_wrap=True)


@contextmanager
def writing(store_dir, command: str, wait: bool = False):
    """Hold the store's writer lock for a command that writes it; when another run holds it,
    one line naming that run and exit 75 (or, with ``wait``, wait for it)."""
    import typer

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
    ``flows.ingest.Interrupted``)."""
    signum = getattr(err, "signum", signal.SIGINT)
    err_console.print(tr("[red]interrupted[/red] ({signal}): documents stored so far in {store} are kept "
                         "whole; run the command again to resume", signal=signal.Signals(int(signum)).name,
                         store=store_dir), highlight=False, soft_wrap=True)
