"""A standing local Prefect server for ``vanban ingest``: started once, used by every later run.

Without one, each ``vanban ingest`` starts Prefect's temporary server (20-35 s on a small
machine) and stops it at the end. ``start_server()`` runs ``prefect server start`` in a session of
its own, waits until it answers, and records it (pid, URL, log) in ``server.json`` under the data
folder (``VANBAN_DATA_DIR``, else ``$XDG_DATA_HOME/vanban``, else ``~/.local/share/vanban``);
``standing_api_url()`` is what the CLI checks before a run; ``stop_server()`` ends the server's
whole process group and waits for it, so nothing is left behind. A ``PREFECT_API_URL`` that is
already set (your own Prefect server or Prefect Cloud) always wins over the standing server.

>>> s = start_server(port=4200)      # doctest: +SKIP
>>> s.ui_url, standing_api_url()     # doctest: +SKIP
('http://127.0.0.1:4200', 'http://127.0.0.1:4200/api')
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from vanban.pipeline.messages import Message, msg

DEFAULT_PORT = 4200
START_TIMEOUT_S = 180.0   # a first start migrates a fresh database: slow on a busy 2-core machine
STOP_TIMEOUT_S = 30.0


class ServerError(RuntimeError):
    """The standing server could not be started; ``message`` says why in one line (a catalogue
    message, ``reason`` is it in English)."""

    def __init__(self, message: Message):
        self.message = message
        self.reason = message.render("en")
        super().__init__(self.reason)


@dataclass(frozen=True, slots=True)
class StandingServer:
    """A standing Prefect server as recorded in ``server.json``."""
    pid: int
    host: str
    port: int
    started: float     # time.time() when it answered
    log: str           # its log file

    @property
    def ui_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.ui_url}/api"


def data_dir() -> Path:
    """Where vanban keeps per-user state: ``VANBAN_DATA_DIR``, ``$XDG_DATA_HOME/vanban`` or
    ``~/.local/share/vanban``."""
    if os.environ.get("VANBAN_DATA_DIR"):
        return Path(os.environ["VANBAN_DATA_DIR"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "vanban"


def state_file() -> Path:
    return data_dir() / "server.json"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (exited, not yet reaped by its parent) is not a running server
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except OSError:
        return True


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    """Whether a Prefect server answers at ``api_url`` (its ``/health`` route)."""
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout) as r:
            return r.status == 200
    except (OSError, ValueError):
        return False


def recorded() -> StandingServer | None:
    """The server recorded in ``server.json``, whether it still runs or not."""
    try:
        return StandingServer(**json.loads(state_file().read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def server_status() -> StandingServer | None:
    """The standing server if it runs and answers; a record of one that died is removed."""
    s = recorded()
    if s is None:
        return None
    if not _alive(s.pid):
        state_file().unlink(missing_ok=True)
        return None
    return s if healthy(s.api_url) else None


def standing_api_url() -> str | None:
    """The API URL of a running standing server, or None."""
    s = server_status()
    return s.api_url if s else None


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def start_server(host: str = "127.0.0.1", port: int = DEFAULT_PORT,
                 timeout: float = START_TIMEOUT_S) -> StandingServer:
    """Start ``prefect server start`` in the background (a session of its own, so closing the
    terminal does not end it), wait until it answers and record it. Returns the running one if
    there is already one."""
    running = server_status()
    if running is not None:
        return running
    if not _port_free(host, port):
        raise ServerError(msg("port {port} on {host} is in use (choose another with --port)", port=port, host=host))
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "prefect-server.log"
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port),
             "--analytics-off"],
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env,
            start_new_session=True, cwd=folder)
    server = StandingServer(pid=proc.pid, host=host, port=port, started=time.time(), log=str(log))
    deadline = time.monotonic() + timeout
    while not healthy(server.api_url, timeout=1.0):
        if proc.poll() is not None:
            raise ServerError(msg("the Prefect server exited with status {status} (see {log})",
                                  status=proc.returncode, log=log))
        if time.monotonic() > deadline:
            _stop_group(proc.pid)
            proc.wait(5)
            raise ServerError(msg("the Prefect server did not answer within {seconds:.0f} s (see {log})",
                                  seconds=timeout, log=log))
        time.sleep(0.5)
    server = StandingServer(pid=proc.pid, host=host, port=port, started=time.time(), log=str(log))
    tmp = state_file().with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(server)), encoding="utf-8")
    tmp.replace(state_file())
    return server


def _stop_group(pid: int, timeout: float = STOP_TIMEOUT_S) -> None:
    """SIGTERM to the server's process group (it leads a session of its own), SIGKILL to what
    is left after ``timeout``."""
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                os.killpg(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.2)


def stop_server() -> StandingServer | None:
    """Stop the standing server and every process of its group; the record goes. Returns what
    was stopped, or None if none was recorded."""
    s = recorded()
    if s is None:
        return None
    _stop_group(s.pid)
    state_file().unlink(missing_ok=True)
    return s


@contextmanager
def standing_server_for_this_run():
    """Point this process (and the workers it starts) at the standing server for the length of a
    run, unless ``PREFECT_API_URL`` is already set; yields the API URL used, or None (then the
    flow starts its temporary server as before)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value():
        yield None
        return
    url = standing_api_url()
    if url is None:
        yield None
        return
    os.environ["PREFECT_API_URL"] = url
    try:
        with temporary_settings(updates={PREFECT_API_URL: url}):
            yield url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
